#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

class QWidget;

namespace reflekt {

// Reflekt's small design system for the laptop side (docs/design.md): one type scale, one spacing
// scale, a reading column of 60–80 characters, and colours that keep WCAG AA contrast in light and
// dark palettes, with one accent colour per package. Pages take their fonts, gaps and colours from
// here and nowhere else, so the whole laptop side changes together.
class Design {
public:
    /** The type scale. Body is at least 11 pt (about 15 px at 96 dpi); nothing is below Small. */
    enum class Type { Small, Body, Lead, Heading3, Heading2, Heading1, Display };
    /** Point size of `type` when the text scale (View > Larger text) is `scale`. */
    static double pointSize(Type type, double scale = 1.0);
    /** The application font at the size (and weight: headings are bold) of `type`. */
    static QFont font(Type type, double scale = 1.0);
    /** Sets `widget`'s font to `type`. */
    static void setType(QWidget* widget, Type type, double scale = 1.0);

    /** Spacing steps in pixels: 1 = 4 px, 2 = 8, 3 = 12, 4 = 16, 5 = 24, 6 = 32, 7 = 48. */
    static int space(int step);

    /**
     * Characters per line the reading column is measured for, and the range lines must average in.
     * Measured on a plain sentence; real prose wraps before long compounds and has wider letters,
     * so its lines come out 60–68 characters long.
     */
    static constexpr int kReadingChars = 74;
    static constexpr int kMinReadingChars = 60;
    static constexpr int kMaxReadingChars = 80;
    /** Width in pixels of a line of kReadingChars characters of ordinary Swedish text in `font`. */
    static int readingWidth(const QFont& font);

    /** The default accent (a deep teal) for packages that declare none. */
    static QColor defaultAccent();
    /**
     * The package's accent, from its declared "accentColor" (#RRGGBB), else the default. An
     * unreadable value falls back to the default; the colour is adjusted by accentOn() where used.
     */
    static QColor accent(const QString& declared);
    /** `accent` made dark or light enough to be read as text (and lines) on `background`: 4.5:1. */
    static QColor accentOn(const QColor& accent, const QColor& background);
    /** A fill for primary buttons and progress bars from `accent`, with its text colour: 4.5:1. */
    struct Fill {
        QColor background;
        QColor text;
    };
    static Fill accentFill(const QColor& accent);
    /** Card surface and border for `palette` (the Base colour, a hairline that shows on Window). */
    static QColor surface(const QPalette& palette);
    static QColor border(const QPalette& palette);

    /** Style sheet for a primary button (the one clear action of a page) in `accent`. */
    static QString primaryButtonStyle(const QColor& accent);
    /** Style sheet for a card: a rounded surface with a hairline border (selector `selector`). */
    static QString cardStyle(const QString& selector, const QPalette& palette);
};

} // namespace reflekt
