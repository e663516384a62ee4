#pragma once

#include "ui/player/FilmSource.h"

#include <QSlider>

namespace reflekt {

// The film's seek bar: milliseconds as slider values, a tick for each chapter, the chapter title and
// time under the mouse as a tooltip, and a click anywhere on the groove jumps there.
class ChapterSeekBar : public QSlider {
    Q_OBJECT
public:
    explicit ChapterSeekBar(QWidget* parent = nullptr);

    void setDuration(double seconds);
    void setChapters(const QList<ChapterMark>& chapters);
    const QList<ChapterMark>& chapters() const { return m_chapters; }
    // Moves the handle to the playing position unless the user is dragging it.
    void setPosition(double seconds);
    // The chapter playing at `seconds` (the last one started), -1 before the first.
    int chapterAt(double seconds) const;
    // Film time under a widget x coordinate.
    double secondsAtX(int x) const;
    // Widget x coordinate of a film time (centre of the handle there), for tests and painting.
    int xForSeconds(double seconds) const;
    // Moves the handle and asks for the seek, as a click there would (a screen reader setting the value).
    void seekTo(double seconds);

Q_SIGNALS:
    void seekRequested(double seconds);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QRect grooveRect() const;
    int handleLength() const;

    QList<ChapterMark> m_chapters;
};

} // namespace reflekt
