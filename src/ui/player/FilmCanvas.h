#pragma once

#include "ui/player/CaptionOverlay.h"

#include <QImage>
#include <QVideoFrame>
#include <QWidget>

namespace reflekt {

// Where the film is drawn: the latest frame from the player's QVideoSink (or the poster before the
// first one), letterboxed on black, with the current caption painted on top. Drawing the frame
// ourselves keeps captions over the picture on X11, Wayland and offscreen alike, and lets
// QWidget::grab() see what the user sees.
class FilmCanvas : public QWidget {
    Q_OBJECT
public:
    explicit FilmCanvas(QWidget* parent = nullptr);

    void setPoster(const QImage& poster);
    void setCaption(const QString& text);
    QString caption() const { return m_caption; }
    CaptionOverlay& overlay() { return m_overlay; }
    // Forgets the frame (a new film is loading), showing the poster again.
    void clearFrame();
    bool hasFrame() const { return m_frame.isValid(); }
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
    QVideoFrame m_frame;
    QImage m_image; // m_frame converted, made on demand when painting
    bool m_imageStale = false;
    QImage m_poster;
    QString m_caption;
    CaptionOverlay m_overlay;
};

} // namespace reflekt
