#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class QAbstractItemView;
class QPainter;

namespace reflekt {

// Paints LibraryModel's packages as cards (cover, title, publisher, last opened, a progress bar
// "3 of 9 modules") and their modules as rows of the same card (a progress ring, title, kind and
// minutes, "2 of 4 steps"). Only the title column is painted; the view hides the other.
class LibraryDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit LibraryDelegate(QAbstractItemView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /** Every colour a card or row uses, each foreground with 4.5:1 on `background`. */
    struct Colors {
        QColor background; ///< the card surface, or its tint when selected
        QColor border;
        QColor text;
        QColor muted;
        QColor accent; ///< accent as text, ring and bar on `background`
        QColor error;
    };
    static Colors colors(const QPalette& palette, const QColor& accent, bool selected);
    /** The cover's size on a card, in device-independent pixels (16:9). */
    static QSize coverSize();

private:
    void paintPackage(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintModule(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    /** The card's outline for this row: rounded where the card begins or ends. */
    void paintSegment(QPainter* p, const QRect& rect, const QModelIndex& index, const Colors& c,
                      bool focus) const;
    int textWidth(const QModelIndex& index) const;
    int titleHeight(const QString& title, int width) const;

    QAbstractItemView* m_view;
};

} // namespace reflekt
