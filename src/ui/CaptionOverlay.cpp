#include "ui/CaptionOverlay.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace reflekt {

namespace {
constexpr int kTextFlags = Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap;
}

CaptionOverlay::CaptionOverlay(double heightShare)
    : m_share(heightShare)
{
}

QFont CaptionOverlay::fontFor(const QRectF& area) const
{
    QFont font = m_baseFont;
    font.setPixelSize(std::max(kMinimumPixelSize, static_cast<int>(std::lround(area.height() * m_share))));
    font.setWeight(QFont::Medium);
    return font;
}

QRectF CaptionOverlay::boxFor(const QRectF& area, const QString& text) const
{
    if (text.isEmpty() || area.isEmpty())
        return {};
    const QFont font = fontFor(area);
    const QFontMetricsF metrics(font);
    const double padding = std::round(font.pixelSize() * 0.35);
    const double maxWidth = area.width() * 0.9 - 2 * padding;
    const QRectF textRect = metrics.boundingRect(QRectF(0, 0, maxWidth, 100000), kTextFlags, text);
    const double width = textRect.width() + 2 * padding;
    const double height = textRect.height() + 2 * padding * 0.6;
    const double bottomMargin = std::max(8.0, area.height() * 0.05);
    return {area.center().x() - width / 2, area.bottom() - bottomMargin - height, width, height};
}

void CaptionOverlay::paint(QPainter& painter, const QRectF& area, const QString& text) const
{
    const QRectF box = boxFor(area, text);
    if (box.isEmpty())
        return;
    const QFont font = fontFor(area);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 200));
    const double radius = font.pixelSize() * 0.2;
    painter.drawRoundedRect(box, radius, radius);
    painter.setFont(font);
    painter.setPen(Qt::white);
    const double padding = std::round(font.pixelSize() * 0.35);
    painter.drawText(box.adjusted(padding, padding * 0.6, -padding, -padding * 0.6), kTextFlags, text);
    painter.restore();
}

} // namespace reflekt
