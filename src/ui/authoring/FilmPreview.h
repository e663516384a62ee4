#pragma once

#include <QWidget>

class QVBoxLayout;

namespace reflekt {

class EditorDocument;
class FilmPlayer;

// A film step's film in a small player, for the two things an author marks while watching:
// chapters (at the current position, each titled per language) and the poster (the frame shown
// now, saved into the package as a PNG).
class FilmPreview : public QWidget {
    Q_OBJECT
public:
    FilmPreview(EditorDocument* doc, const QString& stepPointer, QWidget* parent = nullptr);

    FilmPlayer* player() const { return m_player; }
    /** Adds a chapter at the player's position, in time order; its index. */
    int addChapterHere();
    /** Saves the frame shown now as the step's poster; false (after saying why) when there is none. */
    bool useFrameAsPoster();

private:
    void loadFilm();
    void rebuildChapters();

    EditorDocument* m_doc;
    QString m_step;
    FilmPlayer* m_player;
    QVBoxLayout* m_chapters;
    QString m_loadedVideo;
    int m_chapterCount = -1;
};

} // namespace reflekt
