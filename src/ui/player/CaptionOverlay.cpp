#include "ui/player/CaptionOverlay.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace reflekt {

namespace {

// Lays out caption text centred within `width`: cue line breaks kept, long lines wrapped at word
// boundaries, and a word longer than the line (Swedish compounds in a narrow window) broken anywhere.
struct CaptionLayout {
    QTextLayout layout;
    QSizeF size;

    CaptionLayout(const QString& text, const QFont& font, double width)
        : layout(QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator), font)
    {
        QTextOption option(Qt::AlignHCenter);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        const double leading = QFontMetricsF(font).leading();
        double y = 0;
        double widest = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height() + leading;
            widest = std::max(widest, line.naturalTextWidth());
        }
        layout.endLayout();
        size = QSizeF(widest, y - leading);
    }
};

} // namespace

CaptionOverlay::CaptionOverlay(double heightShare) : m_share(heightShare) {}

QFont CaptionOverlay::fontFor(const QRectF& area) const
{
    QFont font = m_baseFont;
    font.setPixelSize(std::max(kMinimumPixelSize, static_cast<int>(std::lround(area.height() * m_share))));
    font.setWeight(QFont::Medium);
    return font;
}

namespace {
double paddingFor(const QFont& font)
{
    return std::round(font.pixelSize() * 0.35);
}
double maxTextWidth(const QRectF& area, const QFont& font)
{
    return std::max(1.0, area.width() * 0.9 - 2 * paddingFor(font));
}
} // namespace

QRectF CaptionOverlay::boxFor(const QRectF& area, const QString& text) const
{
    if (text.isEmpty() || area.isEmpty())
        return {};
    const QFont font = fontFor(area);
    const CaptionLayout laid(text, font, maxTextWidth(area, font));
    const double padding = paddingFor(font);
    const double width = laid.size.width() + 2 * padding;
    const double height = laid.size.height() + 1.2 * padding;
    const double bottomMargin = std::max(8.0, area.height() * 0.05);
    return {area.center().x() - width / 2, area.bottom() - bottomMargin - height, width, height};
}

void CaptionOverlay::paint(QPainter& painter, const QRectF& area, const QString& text) const
{
    const QRectF box = boxFor(area, text);
    if (box.isEmpty())
        return;
    const QFont font = fontFor(area);
    const double textWidth = maxTextWidth(area, font);
    const CaptionLayout laid(text, font, textWidth);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 200));
    const double radius = font.pixelSize() * 0.2;
    painter.drawRoundedRect(box, radius, radius);
    painter.setPen(Qt::white);
    // Lines are centred within textWidth; shift so that width is centred on the box.
    const QPointF origin(box.center().x() - textWidth / 2, box.top() + 0.6 * paddingFor(font));
    laid.layout.draw(&painter, origin);
    painter.restore();
}

} // namespace reflekt
