#include "ui/library/LibraryDelegate.h"

#include "ui/library/LibraryModel.h"
#include "ui/widgets/Design.h"
#include "ui/widgets/StatusColors.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace reflekt {

namespace {

constexpr int kRadius = 8;
constexpr int kBarHeight = 6;
constexpr int kRing = 22;

QColor tint(const QColor& surface, const QColor& accent, double t)
{
    auto lerp = [t](float a, float b) { return static_cast<float>(a + (b - a) * t); };
    return QColor::fromRgbF(lerp(surface.redF(), accent.redF()), lerp(surface.greenF(), accent.greenF()),
                            lerp(surface.blueF(), accent.blueF()));
}

int pad()
{
    return Design::space(4);
}

int cardGap(const QModelIndex& index)
{
    return index.row() > 0 ? Design::space(5) : 0;
}

bool isPackage(const QModelIndex& index)
{
    return !index.parent().isValid();
}

QString elided(const QFont& font, const QString& text, int width)
{
    return QFontMetrics(font).elidedText(text, Qt::ElideRight, std::max(0, width));
}

} // namespace

LibraryDelegate::LibraryDelegate(QAbstractItemView* view) : QStyledItemDelegate(view), m_view(view) {}

QSize LibraryDelegate::coverSize()
{
    return {168, 94};
}

LibraryDelegate::Colors LibraryDelegate::colors(const QPalette& palette, const QColor& accent, bool selected)
{
    Colors c;
    const QColor surface = Design::surface(palette);
    c.background = selected ? tint(surface, Design::accentOn(accent, surface), 0.10) : surface;
    c.border = Design::border(palette);
    QPalette onBackground = palette;
    onBackground.setColor(QPalette::Base, c.background);
    c.text = palette.color(QPalette::Text);
    c.muted = StatusColors::mutedText(onBackground, QPalette::Base);
    c.accent = Design::accentOn(accent, c.background);
    c.error = StatusColors::errorText(c.background);
    return c;
}

int LibraryDelegate::textWidth(const QModelIndex& index) const
{
    const int width = m_view ? m_view->viewport()->width() : 600;
    if (isPackage(index))
        return width - 3 * pad() - coverSize().width();
    return width - 2 * pad() - kRing - Design::space(3);
}

int LibraryDelegate::titleHeight(const QString& title, int width) const
{
    const QFontMetrics fm(Design::font(Design::Type::Heading3));
    const QRect r = fm.boundingRect(QRect(0, 0, std::max(1, width), 10000), Qt::TextWordWrap, title);
    return std::min(r.height(), 2 * fm.lineSpacing());
}

QSize LibraryDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() != LibraryModel::TitleColumn)
        return QStyledItemDelegate::sizeHint(option, index);
    const int width = m_view ? m_view->viewport()->width() : 600;
    const QFontMetrics small(Design::font(Design::Type::Small));
    if (!isPackage(index)) {
        const QFontMetrics body(Design::font(Design::Type::Body));
        return {width, 2 * Design::space(3) + body.height() + Design::space(1) + small.height()};
    }
    const int title = titleHeight(index.data(LibraryModel::TitleRole).toString(), textWidth(index));
    int text = title + Design::space(1) + small.height();
    if (index.data(LibraryModel::BrokenRole).toBool())
        text = title + Design::space(1) + 3 * small.lineSpacing();
    else
        text += Design::space(3) + kBarHeight + Design::space(2) + small.height();
    return {width, cardGap(index) + 2 * pad() + std::max(coverSize().height(), text)};
}

void LibraryDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() != LibraryModel::TitleColumn)
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (isPackage(index))
        paintPackage(p, option, index);
    else
        paintModule(p, option, index);
    p->restore();
}

void LibraryDelegate::paintSegment(QPainter* p, const QRect& rect, const QModelIndex& index, const Colors& c,
                                   bool focus) const
{
    // One card spans the package row and its module rows: each row paints its slice of one
    // rounded rectangle, extended past the row where the card goes on, and clipped to the row.
    QRectF card = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const bool continuesUp = !isPackage(index);
    const bool continuesDown = isPackage(index) ? index.model()->rowCount(index) > 0
                                                : index.row() + 1 < index.model()->rowCount(index.parent());
    if (continuesUp)
        card.setTop(card.top() - 2 * kRadius);
    if (continuesDown)
        card.setBottom(card.bottom() + 2 * kRadius);
    p->save();
    p->setClipRect(rect);
    QPainterPath path;
    path.addRoundedRect(card, kRadius, kRadius);
    p->fillPath(path, c.background);
    p->setPen(QPen(c.border, 1));
    p->drawPath(path);
    if (continuesUp)
        p->drawLine(QPointF(rect.left() + pad(), rect.top() + 0.5), QPointF(rect.right() - pad(), rect.top() + 0.5));
    if (focus) {
        // The keyboard's place: a 2 px ring in the accent, inside the card's edge.
        p->setPen(QPen(c.accent, 2));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(QRectF(rect).adjusted(2, 2, -2, -2), kRadius - 2, kRadius - 2);
    }
    p->restore();
}

void LibraryDelegate::paintPackage(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const bool focus = (option.state & QStyle::State_HasFocus) && m_view && m_view->hasFocus();
    const QColor accent = index.data(LibraryModel::AccentRole).value<QColor>();
    const Colors c = colors(option.palette, accent, selected);
    const QRect rect = option.rect.adjusted(0, cardGap(index), 0, 0);
    paintSegment(p, rect, index, c, focus);

    const bool broken = index.data(LibraryModel::BrokenRole).toBool();
    const QRect cover(rect.left() + pad(), rect.top() + pad(), coverSize().width(), coverSize().height());
    const QPixmap pix = index.data(LibraryModel::CoverRole).value<QPixmap>();
    const QString title = index.data(LibraryModel::TitleRole).toString();
    QPainterPath coverPath;
    coverPath.addRoundedRect(QRectF(cover), 6, 6);
    if (!pix.isNull()) {
        p->save();
        p->setClipPath(coverPath);
        p->drawPixmap(cover, pix);
        p->restore();
    } else {
        // No cover: the package's accent with its initial, or a quiet warning sign when broken.
        const Design::Fill fill = Design::accentFill(broken ? c.border : accent);
        p->fillPath(coverPath, broken ? c.background : fill.background);
        if (broken) {
            p->setPen(QPen(c.error, 1.5));
            p->drawPath(coverPath);
        }
        p->setPen(broken ? c.error : fill.text);
        p->setFont(Design::font(Design::Type::Display));
        p->drawText(cover, Qt::AlignCenter, broken ? QStringLiteral("!") : title.left(1).toUpper());
    }

    const int x = cover.right() + 1 + pad();
    const int w = textWidth(index);
    int y = cover.top();
    const QFont headingFont = Design::font(Design::Type::Heading3);
    const QFont smallFont = Design::font(Design::Type::Small);
    const QFontMetrics small(smallFont);
    const int th = titleHeight(title, w);
    p->setFont(headingFont);
    p->setPen(broken ? c.error : c.text);
    p->drawText(QRect(x, y, w, th), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                broken ? index.data(Qt::DisplayRole).toString() : title);
    y += th + Design::space(1);
    p->setFont(smallFont);
    if (broken) {
        p->setPen(c.error);
        p->drawText(QRect(x, y, w, 3 * small.lineSpacing()), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                    index.data(LibraryModel::DescriptionRole).toString());
        return;
    }
    QStringList meta;
    const QString publisher = index.data(LibraryModel::PublisherRole).toString();
    if (!publisher.isEmpty())
        meta << publisher;
    meta << LibraryModel::lastOpenedText(index.data(LibraryModel::LastOpenedRole).toDateTime());
    p->setPen(c.muted);
    p->drawText(QRect(x, y, w, small.height()), Qt::AlignLeft | Qt::AlignVCenter,
                elided(smallFont, meta.join(QStringLiteral("  ·  ")), w));
    y += small.height() + Design::space(3);

    const double share = std::clamp(index.data(LibraryModel::ProgressRole).toDouble(), 0.0, 1.0);
    const QRectF track(x, y, w, kBarHeight);
    p->setPen(Qt::NoPen);
    p->setBrush(c.border);
    p->drawRoundedRect(track, kBarHeight / 2.0, kBarHeight / 2.0);
    if (share > 0) {
        p->setBrush(c.accent);
        p->drawRoundedRect(QRectF(track.left(), track.top(), std::max(double(kBarHeight), track.width() * share),
                                  track.height()),
                           kBarHeight / 2.0, kBarHeight / 2.0);
    }
    y += kBarHeight + Design::space(2);
    p->setPen(c.text);
    p->drawText(QRect(x, y, w, small.height()), Qt::AlignLeft | Qt::AlignVCenter,
                elided(smallFont, index.data(LibraryModel::ProgressTextRole).toString(), w));
}

void LibraryDelegate::paintModule(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const bool focus = (option.state & QStyle::State_HasFocus) && m_view && m_view->hasFocus();
    const Colors c = colors(option.palette, index.data(LibraryModel::AccentRole).value<QColor>(), selected);
    paintSegment(p, option.rect, index, c, focus);

    const QRect rect = option.rect;
    const int x = rect.left() + pad();
    const QFont bodyFont = Design::font(Design::Type::Body);
    const QFont smallFont = Design::font(Design::Type::Small);
    const QFontMetrics body(bodyFont);
    const QFontMetrics small(smallFont);
    const int top = rect.top() + Design::space(3);

    // The ring: empty, partly drawn, or full with a tick.
    const double share = std::clamp(index.data(LibraryModel::ProgressRole).toDouble(), 0.0, 1.0);
    const QRectF ring(x + 1.5, top + (body.height() - kRing) / 2.0 + 1.5, kRing - 3, kRing - 3);
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(c.border, 3));
    p->drawEllipse(ring);
    if (share >= 1.0) {
        p->setPen(Qt::NoPen);
        p->setBrush(c.accent);
        p->drawEllipse(ring.adjusted(-1.5, -1.5, 1.5, 1.5));
        p->setPen(QPen(c.background, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const QPointF o = ring.topLeft();
        const double s = ring.width();
        p->drawPolyline(QList<QPointF>{o + QPointF(s * 0.26, s * 0.52), o + QPointF(s * 0.44, s * 0.70),
                                       o + QPointF(s * 0.76, s * 0.32)});
    } else if (share > 0) {
        p->setPen(QPen(c.accent, 3, Qt::SolidLine, Qt::FlatCap));
        p->drawArc(ring, 90 * 16, -static_cast<int>(share * 360 * 16));
    }

    const int tx = x + kRing + Design::space(3);
    const QString progress = index.data(LibraryModel::ProgressTextRole).toString();
    const int pw = small.horizontalAdvance(progress);
    const int right = rect.right() - pad();
    p->setFont(bodyFont);
    p->setPen(c.text);
    const int titleWidth = right - tx - pw - Design::space(4);
    p->drawText(QRect(tx, top, titleWidth, body.height()), Qt::AlignLeft | Qt::AlignVCenter,
                elided(bodyFont, index.data(LibraryModel::TitleRole).toString(), titleWidth));
    p->setFont(smallFont);
    p->setPen(share >= 1.0 ? c.accent : c.muted);
    p->drawText(QRect(right - pw, top, pw, body.height()), Qt::AlignRight | Qt::AlignVCenter, progress);
    const QString meta = LibraryModel::tr("%1 · %2 min")
                             .arg(index.data(LibraryModel::KindRole).toString())
                             .arg(index.data(LibraryModel::MinutesRole).toInt());
    p->setPen(c.muted);
    p->drawText(QRect(tx, top + body.height() + Design::space(1), right - tx, small.height()),
                Qt::AlignLeft | Qt::AlignVCenter, elided(smallFont, meta, right - tx));
}

} // namespace reflekt
