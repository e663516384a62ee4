#include "ui/widgets/Design.h"

#include "ui/widgets/StatusColors.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace reflekt {

namespace {

QColor mix(const QColor& from, const QColor& to, double t)
{
    auto lerp = [t](float a, float b) { return static_cast<float>(a + (b - a) * t); };
    return QColor::fromRgbF(lerp(from.redF(), to.redF()), lerp(from.greenF(), to.greenF()),
                            lerp(from.blueF(), to.blueF()));
}

bool isDark(const QColor& c)
{
    return StatusColors::contrast(c, Qt::black) < StatusColors::contrast(c, Qt::white);
}

/** `colour` moved towards black or white, the least that reaches `minimum` against `against`. */
QColor until(const QColor& colour, const QColor& against, double minimum)
{
    if (StatusColors::contrast(colour, against) >= minimum)
        return colour;
    const QColor target = isDark(against) ? QColor(Qt::white) : QColor(Qt::black);
    for (double t = 0.05; t < 1.0; t += 0.05) {
        const QColor c = mix(colour, target, t);
        if (StatusColors::contrast(c, against) >= minimum)
            return c;
    }
    return target;
}

} // namespace

double Design::pointSize(Type type, double scale)
{
    // A major-third-like scale from an 11 pt body; ratios, not free numbers, so the steps read.
    double pt = 11.0;
    switch (type) {
    case Type::Small: pt = 10.0; break;
    case Type::Body: pt = 11.0; break;
    case Type::Lead: pt = 12.5; break;
    case Type::Heading3: pt = 14.0; break;
    case Type::Heading2: pt = 16.0; break;
    case Type::Heading1: pt = 20.0; break;
    case Type::Display: pt = 26.0; break;
    }
    return pt * std::clamp(scale, 0.7, 2.5);
}

QFont Design::font(Type type, double scale)
{
    QFont f = QApplication::font();
    f.setPointSizeF(pointSize(type, scale));
    const bool heading = type == Type::Heading3 || type == Type::Heading2 || type == Type::Heading1 ||
                         type == Type::Display;
    f.setWeight(heading ? QFont::DemiBold : QFont::Normal);
    return f;
}

void Design::setType(QWidget* widget, Type type, double scale)
{
    if (widget)
        widget->setFont(font(type, scale));
}

int Design::space(int step)
{
    static constexpr int kSteps[] = {0, 4, 8, 12, 16, 24, 32, 48};
    return kSteps[std::clamp(step, 0, 7)];
}

int Design::readingWidth(const QFont& font)
{
    // Measured on real text, not averageCharWidth(): Swedish and Norwegian prose with its spaces
    // and its å ä ö.
    static const QString sample =
        QStringLiteral("Att mötas på jobbet är lättare när vi vet vad den andra förväntar sig.");
    const QFontMetricsF metrics(font);
    const double perChar = metrics.horizontalAdvance(sample) / static_cast<double>(sample.size());
    return static_cast<int>(std::ceil(perChar * kReadingChars));
}

QColor Design::defaultAccent()
{
    return QColor(0x1f, 0x6f, 0x78);
}

QColor Design::accent(const QString& declared)
{
    const QColor c = QColor::fromString(declared.trimmed());
    return c.isValid() && declared.trimmed().startsWith(QLatin1Char('#')) ? c : defaultAccent();
}

QColor Design::accentOn(const QColor& accentColour, const QColor& background)
{
    return until(accentColour, background, StatusColors::kMinimumContrast);
}

Design::Fill Design::accentFill(const QColor& accentColour)
{
    // A light accent (a yellow, a sand) keeps its colour and gets dark text; any other carries
    // white text, darkened as far as that needs.
    const QColor dark(0x10, 0x10, 0x10);
    if (!isDark(accentColour) && StatusColors::contrast(accentColour, dark) >= StatusColors::kMinimumContrast)
        return {accentColour, dark};
    return {until(accentColour, Qt::white, StatusColors::kMinimumContrast), QColor(Qt::white)};
}

QColor Design::surface(const QPalette& palette)
{
    return palette.color(QPalette::Base);
}

QColor Design::border(const QPalette& palette)
{
    // A hairline: a third of the way from the window colour to the text colour.
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.22);
}

QString Design::primaryButtonStyle(const QColor& accentColour)
{
    const Fill fill = accentFill(accentColour);
    return QStringLiteral("QPushButton { background: %1; color: %2; border: none; border-radius: 6px; "
                          "padding: %3px %4px; font-weight: 600; }"
                          "QPushButton:hover { background: %5; }"
                          "QPushButton:focus { outline: none; border: 2px solid %2; }"
                          "QPushButton:disabled { background: palette(mid); color: palette(window-text); }")
        .arg(fill.background.name(), fill.text.name())
        .arg(space(2))
        .arg(space(4))
        .arg(fill.background.darker(115).name());
}

QString Design::cardStyle(const QString& selector, const QPalette& palette)
{
    return QStringLiteral("%1 { background: %2; border: 1px solid %3; border-radius: 8px; }")
        .arg(selector, surface(palette).name(), border(palette).name());
}

} // namespace reflekt
