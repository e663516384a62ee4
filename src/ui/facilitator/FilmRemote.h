#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace reflekt {

class ChapterSeekBar;
class FilmPlayer;

// The console's controls for the film on the wall: play/pause, ten seconds back or on, the film's
// chapters, seek, the caption language, audio description and the wall's caption size (the room's setting, kept in
// Settings). They act on the presentation's player, which is the only one that plays sound.
class FilmRemote : public QWidget {
    Q_OBJECT
public:
    explicit FilmRemote(QWidget* parent = nullptr);

    /** The player to drive, or nullptr when no film is on the wall. */
    void setPlayer(FilmPlayer* player);
    FilmPlayer* player() const { return m_player; }

private:
    void update();
    void skip(double seconds);

    QPointer<FilmPlayer> m_player;
    QPushButton* m_play;
    ChapterSeekBar* m_seek;
    QPushButton* m_back10;
    QPushButton* m_forward10;
    QComboBox* m_chapters;
    QLabel* m_time;
    QComboBox* m_captions;
    QPushButton* m_describe; // AD on the wall, beside its captions
    QComboBox* m_captionSize;
};

} // namespace reflekt
