#include "ui/player/CaptionOverlay.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace reflekt {

namespace {

enum class Side { Left, Center, Right };

Side sideOf(CueAlign align)
{
    switch (align) {
    case CueAlign::Start:
    case CueAlign::Left:
        return Side::Left;
    case CueAlign::End:
    case CueAlign::Right:
        return Side::Right;
    case CueAlign::Center:
        break;
    }
    return Side::Center;
}

// Lays out caption text within `width`: cue line breaks kept, long lines wrapped at word boundaries,
// and a word longer than the line (Swedish compounds in a narrow window) broken anywhere. Lines are
// then placed left, centred or right within the widest one.
struct CaptionLayout {
    QTextLayout layout;
    QSizeF size;
    double lineHeight = 0;

    CaptionLayout(const CaptionCue& cue, const QFont& font, double width)
        : layout(QString(cue.text).replace(QLatin1Char('\n'), QChar::LineSeparator), font)
    {
        QTextOption option(Qt::AlignLeft | Qt::AlignAbsolute);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        QList<QTextLayout::FormatRange> formats;
        for (const CaptionCue::Span& span : cue.spans) {
            QTextLayout::FormatRange range;
            range.start = span.start;
            range.length = span.length;
            range.format.setFontItalic(span.italic);
            if (span.bold)
                range.format.setFontWeight(QFont::Bold);
            range.format.setFontUnderline(span.underline);
            formats.append(range);
        }
        layout.setFormats(formats);
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
        lineHeight = layout.lineCount() > 0 ? layout.lineAt(0).height() + leading : 0;
        const Side side = sideOf(cue.placement.align);
        for (int i = 0; i < layout.lineCount(); ++i) {
            QTextLine line = layout.lineAt(i);
            const double spare = widest - line.naturalTextWidth();
            const double x = side == Side::Left ? 0 : side == Side::Right ? spare : spare / 2;
            line.setPosition(QPointF(x, line.position().y()));
        }
    }
};

double paddingFor(const QFont& font)
{
    return std::round(font.pixelSize() * 0.35);
}

double maxTextWidth(const QRectF& area, const QFont& font)
{
    return std::max(1.0, area.width() * 0.9 - 2 * paddingFor(font));
}

// `value` kept within lo..hi, or at lo when the range is empty (a box larger than the area).
double within(double value, double lo, double hi)
{
    return hi < lo ? lo : std::clamp(value, lo, hi);
}

} // namespace

CaptionOverlay::CaptionOverlay(double heightShare) : m_share(heightShare) {}

QFont CaptionOverlay::fontFor(const QRectF& area) const
{
    QFont font = m_style.fontFrom(m_baseFont);
    const double share = m_share * m_style.sizePercent / 100.0;
    font.setPixelSize(std::max(kMinimumPixelSize, static_cast<int>(std::lround(area.height() * share))));
    font.setWeight(QFont::Medium);
    return font;
}

QRectF CaptionOverlay::boxFor(const QRectF& area, const QString& text) const
{
    return boxFor(area, CaptionCue::plain(text));
}

QRectF CaptionOverlay::boxFor(const QRectF& area, const CaptionCue& cue) const
{
    if (cue.isEmpty() || area.isEmpty())
        return {};
    const QFont font = fontFor(area);
    const CaptionLayout laid(cue, font, maxTextWidth(area, font));
    const double padding = paddingFor(font);
    const double width = laid.size.width() + 2 * padding;
    const double height = laid.size.height() + 1.2 * padding;
    const double marginX = area.width() * 0.05;
    const double marginY = std::max(8.0, area.height() * 0.05);
    const CuePlacement& placement = cue.placement;

    const Side side = sideOf(placement.align);
    double anchor = side == Side::Left    ? area.left() + marginX
                    : side == Side::Right ? area.right() - marginX
                                          : area.center().x();
    if (placement.position)
        anchor = area.left() + area.width() * *placement.position / 100.0;
    double x = side == Side::Left ? anchor : side == Side::Right ? anchor - width : anchor - width / 2;
    x = within(x, area.left() + std::min(marginX, (area.width() - width) / 2),
               area.right() - std::min(marginX, (area.width() - width) / 2) - width);

    double y = m_style.position == CaptionStyle::Position::Top ? area.top() + marginY
                                                               : area.bottom() - marginY - height;
    if (const auto& line = placement.line) {
        if (line->percent)
            y = area.top() + area.height() * line->value / 100.0;
        else if (line->value >= 0)
            y = area.top() + marginY + line->value * laid.lineHeight;
        else
            y = area.bottom() - marginY - height - (-line->value - 1) * laid.lineHeight;
    }
    y = within(y, area.top(), area.bottom() - height);
    return {x, y, width, height};
}

void CaptionOverlay::paint(QPainter& painter, const QRectF& area, const CaptionCue& cue) const
{
    const QRectF box = boxFor(area, cue);
    if (box.isEmpty())
        return;
    const QFont font = fontFor(area);
    const CaptionLayout laid(cue, font, maxTextWidth(area, font));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor background = m_style.backgroundColor();
    if (background.alpha() > 0) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(background);
        const double radius = font.pixelSize() * 0.2;
        painter.drawRoundedRect(box, radius, radius);
    }
    const double padding = paddingFor(font);
    const QPointF origin(box.left() + padding, box.top() + 0.6 * padding);
    if (m_style.needsOutline()) {
        // Eight offset copies make an outline that keeps the text readable on any picture.
        const double d = std::max(1.0, std::round(font.pixelSize() / 14.0));
        painter.setPen(m_style.outlineColor());
        for (int dx = -1; dx <= 1; ++dx) {
            for (int dy = -1; dy <= 1; ++dy) {
                if (dx != 0 || dy != 0)
                    laid.layout.draw(&painter, origin + QPointF(dx * d, dy * d));
            }
        }
    }
    painter.setPen(m_style.textColor());
    laid.layout.draw(&painter, origin);
    painter.restore();
}

} // namespace reflekt
