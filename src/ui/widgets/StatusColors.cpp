#include "ui/widgets/StatusColors.h"

#include <algorithm>
#include <cmath>

namespace reflekt {

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor& from, const QColor& to, double t)
{
    auto lerp = [t](float a, float b) { return static_cast<float>(a + (b - a) * t); };
    return QColor::fromRgbF(lerp(from.redF(), to.redF()), lerp(from.greenF(), to.greenF()),
                            lerp(from.blueF(), to.blueF()));
}

} // namespace

double StatusColors::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StatusColors::errorText(const QColor& background)
{
    const bool dark = luminance(background) < 0.18;
    const QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    if (contrast(red, background) >= kMinimumContrast)
        return red;
    // An unusual background (a mid grey): move towards black or white until it reads.
    const QColor target = dark ? QColor(Qt::white) : QColor(Qt::black);
    for (double t = 0.1; t < 1.0; t += 0.1) {
        const QColor c = mix(red, target, t);
        if (contrast(c, background) >= kMinimumContrast)
            return c;
    }
    return target;
}

QColor StatusColors::mutedText(const QPalette& palette, QPalette::ColorRole background)
{
    const QColor bg = palette.color(background);
    const QColor text = palette.color(background == QPalette::Base || background == QPalette::AlternateBase
                                          ? QPalette::Text
                                          : QPalette::WindowText);
    // From 40 % of the way to the background back towards the full text colour.
    for (double t = 0.4; t > 0.0; t -= 0.05) {
        const QColor c = mix(text, bg, t);
        if (contrast(c, bg) >= kMinimumContrast)
            return c;
    }
    return text;
}

StatusColors::Badge StatusColors::timeNearlyUp()
{
    return {QColor(0xf2, 0xb6, 0x32), QColor(0x1d, 0x1d, 0x1d)};
}

StatusColors::Badge StatusColors::timeOver()
{
    return {QColor(0xc6, 0x28, 0x28), QColor(0xff, 0xff, 0xff)};
}

QString StatusColors::badgeStyleSheet(const Badge& badge)
{
    return QStringLiteral("background:%1; color:%2; border-radius:4px;")
        .arg(badge.background.name(), badge.text.name());
}

} // namespace reflekt
