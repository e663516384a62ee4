#include "ui/player/FilmCanvas.h"

#include <QMouseEvent>
#include <QPainter>

namespace reflekt {

FilmCanvas::FilmCanvas(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("videoCanvas"));
    setAccessibleName(tr("Film"));
    setToolTip(tr("Click to play or pause, double-click for full screen"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    QFont font = this->font();
    m_overlay.setFontFamily(font);
}

void FilmCanvas::setPoster(const QImage& poster)
{
    m_poster = poster;
    update();
}

void FilmCanvas::setCaption(const QString& text)
{
    if (text == m_caption)
        return;
    m_caption = text;
    // Screen readers cannot see painted text; the description carries the caption to them.
    setAccessibleDescription(text);
    update();
}

void FilmCanvas::clearFrame()
{
    m_frame = QVideoFrame();
    m_image = QImage();
    m_imageStale = false;
    update();
}

void FilmCanvas::setFrame(const QVideoFrame& frame)
{
    if (!frame.isValid())
        return;
    m_frame = frame;
    m_imageStale = true;
    update();
}

QRect FilmCanvas::pictureRect() const
{
    QSize source;
    if (m_frame.isValid())
        source = m_frame.size();
    else if (!m_poster.isNull())
        source = m_poster.size();
    if (source.isEmpty())
        return rect();
    const QSize scaled = source.scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
}

QSize FilmCanvas::sizeHint() const
{
    return {640, 360};
}
QSize FilmCanvas::minimumSizeHint() const
{
    return {160, 90};
}

void FilmCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (m_frame.isValid() && m_imageStale) {
        m_image = m_frame.toImage();
        m_imageStale = false;
    }
    const QImage& picture = !m_image.isNull() ? m_image : m_poster;
    if (!picture.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(pictureRect(), picture);
    }
    // The caption belongs to the screen area, not the picture: in a letterboxed film it may sit on
    // the black bar, where it is easiest to read.
    m_overlay.paint(painter, QRectF(rect()), m_caption);
}

void FilmCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QWidget::mouseReleaseEvent(event);
}

void FilmCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT doubleClicked();
    QWidget::mouseDoubleClickEvent(event);
}

} // namespace reflekt
