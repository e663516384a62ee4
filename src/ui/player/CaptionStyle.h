#pragma once

#include <QColor>
#include <QFont>
#include <QList>

namespace reflekt {

class Settings;

// How the viewer wants captions drawn (EN 301 549 7.1.4): size, text colour, background colour and
// opacity, font and position. The defaults are Reflekt's original look: white text of the normal
// size on a semi-transparent black box at the bottom, in the application's font.
//
// Readability is kept by drawing, not by refusing choices: when the box is transparent, or its
// colour is too close to the text's (contrast under 4.5:1, e.g. yellow on white), the text gets an
// outline in black or white, whichever contrasts with it (see needsOutline()).
struct CaptionStyle {
    enum class TextColor { White, Yellow, Cyan, Green, Black };
    enum class Background { Black, White };
    enum class Opacity { Solid, Semi, Transparent };
    enum class Font { Default, Sans };
    enum class Position { Bottom, Top };

    // Text sizes offered, in percent of the normal size; Ctrl++ and Ctrl+- step through them.
    static const QList<int>& sizeSteps();
    static constexpr int kNormalSize = 100;

    int sizePercent = kNormalSize;
    TextColor text = TextColor::White;
    Background background = Background::Black;
    Opacity opacity = Opacity::Semi;
    Font font = Font::Default;
    Position position = Position::Bottom;

    bool operator==(const CaptionStyle&) const = default;

    QColor textColor() const;
    QColor backgroundColor() const; // with the opacity as alpha; alpha 0 when transparent
    bool needsOutline() const;
    QColor outlineColor() const;
    // The family for Font::Sans: "DejaVu Sans" (installed with Reflekt's dependencies), else
    // another clear sans the system has, else the generic sans serif.
    static QString sansFamily();
    // `base` (the application font) or the clear sans, at base's size.
    QFont fontFrom(const QFont& base) const;

    // The next size step up (+1) or down (-1) from sizePercent, kept within sizeSteps().
    static int steppedSize(int percent, int direction);

    // The style of the profile in use, and the wall's: the same colours, font and position (the
    // facilitator's choice), with the room's own size.
    static CaptionStyle load(const Settings& settings);
    static CaptionStyle loadForWall(const Settings& settings);
    void save(Settings& settings) const;
    static int wallSizePercent(const Settings& settings);
    static void saveWallSizePercent(Settings& settings, int percent);
};

} // namespace reflekt
