#include "ui/player/CaptionStyle.h"

#include "platform/Settings.h"

#include <QFontDatabase>

#include <algorithm>
#include <cmath>

namespace reflekt {

namespace {

// Stored names, so the settings file reads plainly and survives a reordering of the enums.
template <typename E> struct Names {
    QList<QPair<E, QString>> list;

    QString name(E value) const
    {
        for (const auto& [e, n] : list) {
            if (e == value)
                return n;
        }
        return list.front().second;
    }
    E value(const QString& name, E fallback) const
    {
        for (const auto& [e, n] : list) {
            if (n == name)
                return e;
        }
        return fallback;
    }
};

using S = CaptionStyle;
const Names<S::TextColor> kTextNames{{{S::TextColor::White, QStringLiteral("white")},
                                      {S::TextColor::Yellow, QStringLiteral("yellow")},
                                      {S::TextColor::Cyan, QStringLiteral("cyan")},
                                      {S::TextColor::Green, QStringLiteral("green")},
                                      {S::TextColor::Black, QStringLiteral("black")}}};
const Names<S::Background> kBackgroundNames{
    {{S::Background::Black, QStringLiteral("black")}, {S::Background::White, QStringLiteral("white")}}};
const Names<S::Opacity> kOpacityNames{{{S::Opacity::Solid, QStringLiteral("solid")},
                                       {S::Opacity::Semi, QStringLiteral("semi")},
                                       {S::Opacity::Transparent, QStringLiteral("none")}}};
const Names<S::Font> kFontNames{
    {{S::Font::Default, QStringLiteral("default")}, {S::Font::Sans, QStringLiteral("sans")}}};
const Names<S::Position> kPositionNames{
    {{S::Position::Bottom, QStringLiteral("bottom")}, {S::Position::Top, QStringLiteral("top")}}};

// WCAG relative luminance and contrast ratio.
double luminance(const QColor& c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A size read from the settings file is snapped to the nearest offered step.
int snapToStep(int percent)
{
    const QList<int>& steps = CaptionStyle::sizeSteps();
    return *std::min_element(steps.begin(), steps.end(), [percent](int a, int b) {
        return std::abs(a - percent) < std::abs(b - percent);
    });
}

} // namespace

const QList<int>& CaptionStyle::sizeSteps()
{
    static const QList<int> steps{75, 100, 125, 150, 200, 250};
    return steps;
}

QColor CaptionStyle::textColor() const
{
    switch (text) {
    case TextColor::Yellow:
        return QColor(255, 230, 0);
    case TextColor::Cyan:
        return QColor(0, 230, 255);
    case TextColor::Green:
        return QColor(60, 230, 60);
    case TextColor::Black:
        return Qt::black;
    case TextColor::White:
        break;
    }
    return Qt::white;
}

QColor CaptionStyle::backgroundColor() const
{
    QColor color = background == Background::White ? QColor(Qt::white) : QColor(Qt::black);
    color.setAlpha(opacity == Opacity::Solid ? 255 : opacity == Opacity::Semi ? 200 : 0);
    return color;
}

bool CaptionStyle::needsOutline() const
{
    return opacity == Opacity::Transparent || contrast(textColor(), backgroundColor()) < 4.5;
}

QColor CaptionStyle::outlineColor() const
{
    return contrast(textColor(), Qt::black) >= contrast(textColor(), Qt::white) ? QColor(Qt::black)
                                                                                : QColor(Qt::white);
}

QString CaptionStyle::sansFamily()
{
    // Looked up once: captions are drawn with every frame, and installed fonts do not change meanwhile.
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString& candidate :
             {QStringLiteral("DejaVu Sans"), QStringLiteral("Atkinson Hyperlegible"),
              QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans")}) {
            if (families.contains(candidate))
                return candidate;
        }
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

QFont CaptionStyle::fontFrom(const QFont& base) const
{
    if (font == Font::Default)
        return base;
    QFont sans = base;
    sans.setFamilies({sansFamily()});
    sans.setStyleHint(QFont::SansSerif);
    return sans;
}

int CaptionStyle::steppedSize(int percent, int direction)
{
    const QList<int>& steps = sizeSteps();
    const auto at = std::find(steps.begin(), steps.end(), snapToStep(percent));
    const auto index = static_cast<int>(at - steps.begin()) + (direction > 0 ? 1 : direction < 0 ? -1 : 0);
    return steps.at(std::clamp(index, 0, static_cast<int>(steps.size()) - 1));
}

CaptionStyle CaptionStyle::load(const Settings& settings)
{
    const CaptionStyle defaults;
    CaptionStyle style;
    style.sizePercent = snapToStep(settings.captionSizePercent(kNormalSize));
    style.text = kTextNames.value(settings.captionTextColor(QString()), defaults.text);
    style.background = kBackgroundNames.value(settings.captionBackground(QString()), defaults.background);
    style.opacity = kOpacityNames.value(settings.captionBackgroundOpacity(QString()), defaults.opacity);
    style.font = kFontNames.value(settings.captionFont(QString()), defaults.font);
    style.position = kPositionNames.value(settings.captionPosition(QString()), defaults.position);
    return style;
}

CaptionStyle CaptionStyle::loadForWall(const Settings& settings)
{
    CaptionStyle style = load(settings);
    style.sizePercent = wallSizePercent(settings);
    return style;
}

void CaptionStyle::save(Settings& settings) const
{
    settings.setCaptionSizePercent(sizePercent);
    settings.setCaptionTextColor(kTextNames.name(text));
    settings.setCaptionBackground(kBackgroundNames.name(background));
    settings.setCaptionBackgroundOpacity(kOpacityNames.name(opacity));
    settings.setCaptionFont(kFontNames.name(font));
    settings.setCaptionPosition(kPositionNames.name(position));
}

int CaptionStyle::wallSizePercent(const Settings& settings)
{
    return snapToStep(settings.wallCaptionSizePercent(kNormalSize));
}

void CaptionStyle::saveWallSizePercent(Settings& settings, int percent)
{
    settings.setWallCaptionSizePercent(snapToStep(percent));
}

} // namespace reflekt
