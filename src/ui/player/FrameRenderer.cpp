#include "ui/player/FrameRenderer.h"

#include <QVideoFrameFormat>

namespace reflekt {

namespace {

YuvPicture::Matrix matrixOf(const QVideoFrameFormat& format, const QSize& size)
{
    switch (format.colorSpace()) {
    case QVideoFrameFormat::ColorSpace_BT601:
        return YuvPicture::Matrix::Bt601;
    case QVideoFrameFormat::ColorSpace_BT2020:
        return YuvPicture::Matrix::Bt2020;
    case QVideoFrameFormat::ColorSpace_BT709:
        return YuvPicture::Matrix::Bt709;
    default:
        break;
    }
    // Unmarked: what players assume, SD pictures in BT.601, HD in BT.709.
    return size.height() >= 720 ? YuvPicture::Matrix::Bt709 : YuvPicture::Matrix::Bt601;
}

YuvPicture::Layout layoutOf(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_NV12:
        return YuvPicture::Layout::NV12;
    case QVideoFrameFormat::Format_NV21:
        return YuvPicture::Layout::NV21;
    default:
        return YuvPicture::Layout::I420;
    }
}

} // namespace

bool FrameRenderer::isDirectFormat(QVideoFrameFormat::PixelFormat format)
{
    return format == QVideoFrameFormat::Format_YUV420P || format == QVideoFrameFormat::Format_YV12 ||
           format == QVideoFrameFormat::Format_NV12 || format == QVideoFrameFormat::Format_NV21;
}

const QImage& FrameRenderer::render(const QVideoFrame& frame, const QSize& size, qreal devicePixelRatio)
{
    m_direct = false;
    if (!frame.isValid() || size.isEmpty()) {
        m_image = QImage();
        return m_image;
    }
    QVideoFrame mapped(frame);
    if (isDirectFormat(frame.pixelFormat()) && renderDirect(mapped, size)) {
        m_direct = true;
    } else {
        const QImage full = frame.toImage();
        m_image = full.isNull() ? QImage()
                                : full.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                      .convertToFormat(QImage::Format_RGB32);
    }
    if (!m_image.isNull())
        m_image.setDevicePixelRatio(devicePixelRatio);
    return m_image;
}

bool FrameRenderer::renderInto(const QVideoFrame& frame, QImage& destination, const QRect& area)
{
    m_direct = false;
    const QImage::Format format = destination.format();
    if (!frame.isValid() || area.isEmpty() || !isDirectFormat(frame.pixelFormat()) ||
        (format != QImage::Format_RGB32 && format != QImage::Format_ARGB32_Premultiplied &&
         format != QImage::Format_ARGB32) ||
        !destination.rect().contains(area))
        return false;
    QVideoFrame mapped(frame);
    auto* pixels = reinterpret_cast<std::uint32_t*>(destination.scanLine(area.top())) + area.left();
    m_direct = scaleInto(mapped, pixels, area.size(), static_cast<int>(destination.bytesPerLine() / 4));
    return m_direct;
}

bool FrameRenderer::renderDirect(QVideoFrame& frame, const QSize& size)
{
    if (m_image.size() != size || m_image.format() != QImage::Format_RGB32)
        m_image = QImage(size, QImage::Format_RGB32);
    if (scaleInto(frame, reinterpret_cast<std::uint32_t*>(m_image.bits()), size,
                  static_cast<int>(m_image.bytesPerLine() / 4)))
        return true;
    m_image = QImage();
    return false;
}

bool FrameRenderer::scaleInto(QVideoFrame& frame, std::uint32_t* pixels, const QSize& size, int stride)
{
    if (!frame.map(QVideoFrame::ReadOnly))
        return false;
    const QVideoFrameFormat format = frame.surfaceFormat();
    YuvPicture picture;
    picture.layout = layoutOf(frame.pixelFormat());
    picture.matrix = matrixOf(format, frame.size());
    picture.fullRange = format.colorRange() == QVideoFrameFormat::ColorRange_Full;
    picture.width = frame.width();
    picture.height = frame.height();
    picture.y = frame.bits(0);
    picture.yStride = frame.bytesPerLine(0);
    picture.u = frame.bits(1);
    picture.uStride = frame.bytesPerLine(1);
    if (picture.layout == YuvPicture::Layout::I420) {
        picture.v = frame.bits(2);
        picture.vStride = frame.bytesPerLine(2);
        if (frame.pixelFormat() == QVideoFrameFormat::Format_YV12) {
            std::swap(picture.u, picture.v);
            std::swap(picture.uStride, picture.vStride);
        }
    }
    const bool ok = m_scaler.scale(picture, pixels, size.width(), size.height(), stride);
    frame.unmap();
    return ok;
}

} // namespace reflekt
