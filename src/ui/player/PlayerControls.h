#pragma once

#include "ui/player/FilmSource.h"

#include <QPair>
#include <QWidget>

class QActionGroup;
class QLabel;
class QMenu;
class QSlider;
class QToolButton;

namespace reflekt {

class ChapterSeekBar;
class FilmTimeLabel;

// The control bar under the film: seek bar with chapter ticks on top; below it play/pause, time,
// chapters, captions, transcript, speed, mute, volume and fullscreen. It only reports what the user
// asks for; FilmPlayer decides and calls the setters back.
class PlayerControls : public QWidget {
    Q_OBJECT
public:
    static const QList<double>& rates();

    explicit PlayerControls(QWidget* parent = nullptr);

    void setPlaying(bool playing);
    void setPosition(double seconds);
    void setDuration(double seconds);
    void setChapters(const QList<ChapterMark>& chapters);
    // (language, label) for each track; the captions menu gets "Off" plus one entry each.
    void setCaptionTracks(const QList<QPair<QString, QString>>& tracks);
    void setCaptionLanguage(const QString& language, const QString& label = {});
    // The AD button: enabled when the film has audio description; `status` says why it cannot be
    // spoken (shown beside the button), empty when all is well.
    void setAudioDescription(bool available, bool on, const QString& status = {});
    void setRate(double rate);
    void setVolume(int volume);
    void setMuted(bool muted);
    void setTranscriptChecked(bool checked);
    void setFullScreen(bool fullScreen);
    // Play and seek are disabled while the film cannot be played.
    void setMediaUsable(bool usable);

    ChapterSeekBar* seekBar() const { return m_seek; }
    QMenu* captionsMenu() const { return m_captionsMenu; }
    QMenu* chaptersMenu() const { return m_chaptersMenu; }
    QMenu* speedMenu() const { return m_speedMenu; }

Q_SIGNALS:
    void playToggleRequested();
    void seekRequested(double seconds);
    void captionLanguageRequested(const QString& language);
    void captionStyleRequested();
    void audioDescriptionToggled(bool on);
    void transcriptToggled(bool visible);
    void rateRequested(double rate);
    void volumeRequested(int volume);
    void muteRequested(bool muted);
    void fullScreenRequested();

private:
    QToolButton* makeButton(const QString& objectName, const QString& accessibleName, const QString& toolTip);
    void updateTimeLabel();
    static QString rateText(double rate);

    ChapterSeekBar* m_seek;
    QToolButton* m_play;
    FilmTimeLabel* m_time;
    QToolButton* m_chapters;
    QMenu* m_chaptersMenu;
    QToolButton* m_captions;
    QMenu* m_captionsMenu;
    QActionGroup* m_captionGroup;
    QAction* m_captionStyle; // "Caption style…", kept at the end of the captions menu
    QToolButton* m_describe; // AD: audio description, at the same level as the captions (EN 301 549 7.3)
    QLabel* m_describeStatus;
    QToolButton* m_transcript;
    QToolButton* m_speed;
    QMenu* m_speedMenu;
    QToolButton* m_mute;
    QSlider* m_volume;
    QToolButton* m_fullScreen;
    double m_position = 0;
    double m_duration = 0;
    bool m_playing = false;
};

} // namespace reflekt
