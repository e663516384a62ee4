#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace reflekt {

// How Reflekt draws a caption: white text on a translucent dark box near the bottom of the picture,
// wrapped to 90 % of its width, the font a fixed share of the picture height so it stays readable
// on a laptop and from the back of a room alike. Painted, not a child widget, so it shows over
// the video on every platform (a widget over a native video window may not).
class CaptionOverlay {
public:
    // Share of the area height used as the font's pixel size.
    static constexpr double kDesktopShare = 0.045;
    static constexpr double kPresentationShare = 0.05;
    static constexpr int kMinimumPixelSize = 14;

    explicit CaptionOverlay(double heightShare = kDesktopShare);

    void setHeightShare(double share) { m_share = share; }
    double heightShare() const { return m_share; }
    void setFontFamily(const QFont& font) { m_baseFont = font; }

    // The font used for an area of this height.
    QFont fontFor(const QRectF& area) const;
    // The box the caption occupies in `area` (empty for empty text).
    QRectF boxFor(const QRectF& area, const QString& text) const;
    void paint(QPainter& painter, const QRectF& area, const QString& text) const;

private:
    double m_share;
    QFont m_baseFont;
};

} // namespace reflekt
