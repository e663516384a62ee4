#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class QListView;

namespace reflekt {

// A row of the step list: the step's mark (StepMark), its numbered title in the body type,
// wrapping, and under it the kind and planned minutes in the small type. Every size is for the
// width the row really has, so a long title gets all its lines and no empty band (Qt's list view
// asks for a row's size without a width once it has laid the rows out).
class StepItemDelegate : public QStyledItemDelegate {
public:
    StepItemDelegate(QListView* view, const QColor& accent);

    void setAccent(const QColor& accent) { m_accent = accent; }

    /** Where the parts of a row go, for a row `rect` in `font` (the view's, the body type). */
    struct Layout {
        QRect mark;
        QRect title;
        QRect detail;
        int height = 0; ///< the height the row needs at rect's width
    };
    static Layout layout(const QRect& rect, const QFont& font, const QString& title, const QString& detail);
    /** The kind-and-minutes line's font: the design's Small step below `font`. */
    static QFont detailFont(const QFont& font);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QListView* m_view;
    QColor m_accent;
};

} // namespace reflekt
