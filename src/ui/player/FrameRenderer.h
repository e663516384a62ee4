#pragma once

#include "core/YuvScaler.h"

#include <QImage>
#include <QVideoFrame>

namespace reflekt {

// Turns a decoded video frame into the picture for the screen at the size it is shown, in one pass
// (core's YuvScaler) for the 4:2:0 formats GStreamer's decoders hand out, so no full-size RGB copy of
// each frame is made. Other formats go through QVideoFrame::toImage() and a scale (rare: a film
// whose decoder outputs packed RGB or 4:2:2). The result is reused from frame to frame.
class FrameRenderer {
public:
    // The picture of `frame` at `size` (device pixels) for a screen of `devicePixelRatio`. Null if
    // the frame cannot be read. Valid until the next call; do not keep a copy (it would make the
    // next frame allocate a new image instead of reusing this one).
    const QImage& render(const QVideoFrame& frame, const QSize& size, qreal devicePixelRatio = 1.0);
    const QImage& image() const { return m_image; }
    // Writes the picture of `frame` straight into `destination` (32-bit RGB, such as the window's
    // backing store) at `area`, for the direct formats only; false when it cannot.
    bool renderInto(const QVideoFrame& frame, QImage& destination, const QRect& area);
    // Whether the last render took the direct path (for the benchmark and the tests).
    bool lastWasDirect() const { return m_direct; }

    static bool isDirectFormat(QVideoFrameFormat::PixelFormat format);

private:
    bool renderDirect(QVideoFrame& frame, const QSize& size);
    bool scaleInto(QVideoFrame& frame, std::uint32_t* pixels, const QSize& size, int stride);

    YuvScaler m_scaler;
    QImage m_image;
    bool m_direct = false;
};

} // namespace reflekt
