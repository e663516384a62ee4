#include "ui/player/FilmCanvas.h"

#include <QMouseEvent>
#include <QPaintEngine>
#include <QPaintEvent>
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

void FilmCanvas::setCaption(const CaptionCue& cue)
{
    if (cue == m_caption)
        return;
    m_caption = cue;
    // Screen readers cannot see painted text; the description carries the caption to them.
    setAccessibleDescription(cue.text);
    update();
}

void FilmCanvas::setCaption(const QString& text)
{
    setCaption(CaptionCue::plain(text));
}

void FilmCanvas::clearFrame()
{
    m_frame = QVideoFrame();
    m_imageStale = false;
    m_imageCurrent = false;
    m_framesReceived = 0;
    m_framesPainted = 0;
    update();
}

QImage FilmCanvas::frameImage() const
{
    return m_frame.isValid() ? m_frame.toImage() : QImage();
}

void FilmCanvas::setFrame(const QVideoFrame& frame)
{
    if (!frame.isValid())
        return;
    m_frame = frame;
    m_imageStale = true;
    ++m_framesReceived;
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

bool FilmCanvas::drawFrameInPlace(QPainter& painter, const QRect& target)
{
    // On the raster engine the window's backing store is an image: the frame is converted straight
    // into it, saving a full-size copy per frame. Only for a plain translated (and DPI-scaled)
    // painter over a backing store nobody else holds; anything else draws the cached image.
    QPaintEngine* engine = painter.paintEngine();
    if (engine == nullptr || engine->type() != QPaintEngine::Raster)
        return false;
    QPaintDevice* device = engine->paintDevice();
    if (device == nullptr || device->devType() != QInternal::Image)
        return false;
    auto* image = static_cast<QImage*>(device);
    const QTransform transform = painter.deviceTransform();
    if (transform.type() > QTransform::TxScale || !image->isDetached())
        return false;
    const QRect area = transform.mapRect(QRectF(target)).toAlignedRect();
    return m_renderer.renderInto(m_frame, *image, area);
}

bool FilmCanvas::drawFrame(QPainter& painter, const QRect& dirty, const QRect& target)
{
    if (!m_frame.isValid())
        return false;
    if (m_imageStale)
        ++m_framesPainted;
    const bool fresh = m_imageStale;
    m_imageStale = false;
    if (dirty.contains(target) && drawFrameInPlace(painter, target)) {
        m_imageCurrent = false;
        return true;
    }
    const qreal ratio = devicePixelRatioF();
    const QSize device = (QSizeF(target.size()) * ratio).toSize();
    if (fresh || !m_imageCurrent || m_renderer.image().size() != device) {
        m_renderer.render(m_frame, device, ratio);
        m_imageCurrent = true;
    }
    if (m_renderer.image().isNull())
        return false;
    // Already at the picture's size: a plain copy, no scaling.
    painter.drawImage(QPointF(target.topLeft()), m_renderer.image());
    return true;
}

void FilmCanvas::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    const QRect target = pictureRect();
    const bool drawn = drawFrame(painter, event->rect(), target);
    // Black around the picture, or everywhere before the first frame.
    const QRegion bars = drawn ? QRegion(rect()).subtracted(target) : QRegion(rect());
    for (const QRect& bar : bars)
        painter.fillRect(bar, Qt::black);
    if (!drawn && !m_poster.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, m_poster);
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
