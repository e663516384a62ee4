#pragma once

#include "ui/player/CaptionOverlay.h"
#include "ui/player/FrameRenderer.h"

#include <QImage>
#include <QVideoFrame>
#include <QWidget>

namespace reflekt {

// Where the film is drawn: the latest frame from the player's QVideoSink (or the poster before the
// first one), letterboxed on black, with the current caption painted on top. Drawing the frame
// ourselves keeps captions over the picture on X11, Wayland and offscreen alike, and lets
// QWidget::grab() see what the user sees. Each frame is converted once, straight at the size it is
// shown (FrameRenderer), and only when it is painted: frames that arrive faster than the screen
// is drawn are never converted (docs/performance.md, "Film playback").
class FilmCanvas : public QWidget {
    Q_OBJECT
public:
    explicit FilmCanvas(QWidget* parent = nullptr);

    void setPoster(const QImage& poster);
    void setCaption(const CaptionCue& cue);
    void setCaption(const QString& text);
    QString caption() const { return m_caption.text; }
    const CaptionCue& captionCue() const { return m_caption; }
    CaptionOverlay& overlay() { return m_overlay; }
    // Forgets the frame (a new film is loading), showing the poster again.
    void clearFrame();
    bool hasFrame() const { return m_frame.isValid(); }
    /** The frame shown now at the film's own size (null before the first): a poster for authors. */
    QImage frameImage() const;
    // Frames handed to the canvas since the last clearFrame(), and how many of them were drawn.
    int framesReceived() const { return m_framesReceived; }
    int framesPainted() const { return m_framesPainted; }
    // Whether the last frame drawn took the direct 4:2:0 path (no full-size RGB copy).
    bool lastFrameDirect() const { return m_renderer.lastWasDirect(); }
    // The rectangle the picture occupies in the widget.
    QRect pictureRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void setFrame(const QVideoFrame& frame);

Q_SIGNALS:
    void clicked();
    void doubleClicked();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    bool drawFrame(QPainter& painter, const QRect& dirty, const QRect& target);
    bool drawFrameInPlace(QPainter& painter, const QRect& target);

    QVideoFrame m_frame;
    FrameRenderer m_renderer; // m_frame at the picture's size, made on demand when painting
    bool m_imageStale = false;
    bool m_imageCurrent = false; // m_renderer's image shows m_frame (not so after an in-place draw)
    int m_framesReceived = 0;
    int m_framesPainted = 0;
    QImage m_poster;
    CaptionCue m_caption;
    CaptionOverlay m_overlay;
};

} // namespace reflekt
