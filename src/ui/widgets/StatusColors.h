#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace reflekt {

// Colours for status text drawn on the window's own background, chosen so they keep WCAG AA
// contrast (4.5:1 for normal text) in light and dark palettes alike. See docs/accessibility.md.
class StatusColors {
public:
    /** WCAG 2 contrast ratio of two opaque colours, 1.0 .. 21.0. */
    static double contrast(const QColor& a, const QColor& b);
    /** Red for error text on `background`: dark red on light, light red on dark. */
    static QColor errorText(const QColor& background);
    /** Quieter text (hints, "Saved 14:05") on the palette's `background` role: the text colour
        blended towards the background only as far as 4.5:1 allows. */
    static QColor mutedText(const QPalette& palette, QPalette::ColorRole background = QPalette::Window);

    /** A badge (text on its own fill) that keeps 4.5:1 whatever the palette. */
    struct Badge {
        QColor background;
        QColor text;
    };
    /** The item clock when the planned time is nearly used up (amber, dark text: 9.6:1). */
    static Badge timeNearlyUp();
    /** The item clock past the planned time (red, white text: 5.6:1). */
    static Badge timeOver();
    /** A style sheet that paints `badge` with rounded corners. */
    static QString badgeStyleSheet(const Badge& badge);

    static constexpr double kMinimumContrast = 4.5;
};

} // namespace reflekt
