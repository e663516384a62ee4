#include "ui/module/StepItemDelegate.h"

#include "ui/module/StepListModel.h"
#include "ui/module/StepMark.h"
#include "ui/widgets/Design.h"
#include "ui/widgets/StatusColors.h"

#include <QListView>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace reflekt {

namespace {
constexpr int kPadX = 3; // Design::space steps
constexpr int kPadY = 2;

// Titles wrap between words, and break inside a word only when it is wider than the line (a long
// Norwegian compound in a narrow list). Measuring and drawing share this layout, so the row is as
// tall as what is drawn.
int layOut(QTextLayout& layout, int width)
{
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return static_cast<int>(std::ceil(height));
}

int wrappedHeight(const QString& text, const QFont& font, int width)
{
    QTextLayout layout(text, font);
    return layOut(layout, width);
}

QColor tint(const QColor& base, const QColor& accent, double t)
{
    return QColor::fromRgbF(static_cast<float>(base.redF() + (accent.redF() - base.redF()) * t),
                            static_cast<float>(base.greenF() + (accent.greenF() - base.greenF()) * t),
                            static_cast<float>(base.blueF() + (accent.blueF() - base.blueF()) * t));
}
} // namespace

StepItemDelegate::StepItemDelegate(QListView* view, const QColor& accent)
    : QStyledItemDelegate(view), m_view(view), m_accent(accent)
{
}

QFont StepItemDelegate::detailFont(const QFont& font)
{
    QFont f = font;
    f.setPointSizeF(font.pointSizeF() * Design::pointSize(Design::Type::Small) /
                    Design::pointSize(Design::Type::Body));
    f.setWeight(QFont::Normal);
    return f;
}

StepItemDelegate::Layout StepItemDelegate::layout(const QRect& rect, const QFont& font, const QString& title,
                                                  const QString& detail)
{
    Layout l;
    const QFontMetrics metrics(font);
    const int markSide = metrics.height();
    const int padX = Design::space(kPadX);
    const int padY = Design::space(kPadY);
    const int textLeft = rect.left() + padX + markSide + Design::space(3);
    const int textWidth = std::max(40, rect.right() - padX - textLeft);
    const int titleHeight = wrappedHeight(title, font, textWidth);
    const int detailHeight = detail.isEmpty() ? 0 : QFontMetrics(detailFont(font)).height();
    l.mark = QRect(rect.left() + padX, rect.top() + padY, markSide, markSide);
    l.title = QRect(textLeft, rect.top() + padY, textWidth, titleHeight);
    l.detail = QRect(textLeft, l.title.bottom() + 1 + Design::space(1) / 2, textWidth, detailHeight);
    l.height = padY + titleHeight + (detail.isEmpty() ? 0 : Design::space(1) / 2 + detailHeight) + padY;
    return l;
}

QSize StepItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = m_view->viewport()->width() - 2 * m_view->spacing();
    const Layout l = layout(QRect(0, 0, std::max(width, 80), 0), option.font, index.data().toString(),
                            index.data(StepListModel::DetailRole).toString());
    return {std::max(width, 80), l.height};
}

void StepItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QPalette& palette = option.palette;
    const QString title = index.data().toString();
    const QString detail = index.data(StepListModel::DetailRole).toString();
    const Layout l = layout(option.rect, option.font, title, detail);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor base = palette.color(QPalette::Base);
    const QColor line = Design::accentOn(m_accent, base);
    QPalette row = palette; // the muted line keeps 4.5:1 on the row's own fill

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (selected) {
        painter->setPen(Qt::NoPen);
        row.setColor(QPalette::Base, tint(base, line, 0.12));
        painter->setBrush(row.color(QPalette::Base));
        painter->drawRoundedRect(card, 6, 6);
        painter->setBrush(line);
        painter->drawRoundedRect(QRectF(card.left(), card.top() + 4, 4, card.height() - 8), 2, 2);
    } else if (option.state.testFlag(QStyle::State_MouseOver)) {
        painter->setPen(Qt::NoPen);
        row.setColor(QPalette::Base, tint(base, palette.color(QPalette::Text), 0.05));
        painter->setBrush(row.color(QPalette::Base));
        painter->drawRoundedRect(card, 6, 6);
    }
    if (option.state.testFlag(QStyle::State_HasFocus) && m_view->hasFocus()) {
        painter->setPen(QPen(line, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(1, 1, -1, -1), 6, 6);
    }
    const auto state = static_cast<StepListModel::State>(index.data(StepListModel::StateRole).toInt());
    StepMark::paint(*painter, l.mark, state, index.data(StepListModel::UnavailableRole).toBool(), m_accent, palette);

    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(option.font);
    QTextLayout titleLayout(title, option.font);
    layOut(titleLayout, l.title.width());
    titleLayout.draw(painter, l.title.topLeft());
    if (!detail.isEmpty()) {
        painter->setPen(StatusColors::mutedText(row, QPalette::Base));
        painter->setFont(detailFont(option.font));
        painter->drawText(l.detail, Qt::AlignLeft | Qt::AlignTop, detail);
    }
    painter->restore();
}

} // namespace reflekt
