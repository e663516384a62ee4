#pragma once

#include "ui/player/CaptionCue.h"
#include "ui/player/CaptionStyle.h"

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace reflekt {

// How Reflekt draws a caption: in the viewer's CaptionStyle (by default white text on a translucent
// dark box near the bottom), wrapped to 90 % of the width, the font a share of the picture height
// (times the style's size) so it stays readable on a laptop and from the back of a room alike.
// <i>, <b> and <u> runs are drawn styled. Painted, not a child widget, so it shows over the video on
// every platform (a widget over a native video window may not).
//
// The cue's own settings win over the style's position: `line:` as a percentage puts the top of
// the box that far down the area; a line number counts caption lines from the top (0 = first), a
// negative one from the bottom (-1 = last). `align:` start/left puts the box (and its lines) at
// the left, end/right at the right; `position:` moves that anchor to a percentage of the width.
// The box always stays inside the area.
class CaptionOverlay {
public:
    // Share of the area height used as the font's pixel size at 100 %.
    static constexpr double kDesktopShare = 0.045;
    static constexpr double kPresentationShare = 0.05;
    static constexpr int kMinimumPixelSize = 14;

    explicit CaptionOverlay(double heightShare = kDesktopShare);

    void setHeightShare(double share) { m_share = share; }
    double heightShare() const { return m_share; }
    void setFontFamily(const QFont& font) { m_baseFont = font; }
    void setStyle(const CaptionStyle& style) { m_style = style; }
    const CaptionStyle& style() const { return m_style; }

    // The font used for an area of this height.
    QFont fontFor(const QRectF& area) const;
    // The box the caption occupies in `area` (empty for empty text).
    QRectF boxFor(const QRectF& area, const CaptionCue& cue) const;
    QRectF boxFor(const QRectF& area, const QString& text) const;
    void paint(QPainter& painter, const QRectF& area, const CaptionCue& cue) const;

private:
    double m_share;
    QFont m_baseFont;
    CaptionStyle m_style;
};

} // namespace reflekt
