#pragma once

#include <QAccessibleWidget>
#include <QList>

namespace reflekt {

// A container (a plain QWidget: a step's view, a scroll area's viewport; a QStackedWidget; a
// QSplitter; a dialog's button box) as a screen reader should see it:
// - `focused` only when it has the keyboard itself. Qt's default interface asks
//   QWidget::hasFocus(), which is also true when the container's focus proxy has the focus, so
//   Orca found an unnamed, unfocusable box "focused" beside the film player or the answer box.
// - Only the children a sighted user can see: visible ones (none while the container itself is
//   hidden). Qt lists every child widget (a stacked widget every page), and Qt 6.4's item-view
//   cells take `showing` from their rectangle and `focused` from the current index, not from the
//   view's visibility: the library tree on a hidden page, the step list in the hidden main window
//   during a group session had showing, focused cells. A child that is hidden or shown again is
//   announced as removed or added (AT-SPI children-changed), so a client's cached tree follows.
class ContainerAccessible : public QAccessibleWidget {
public:
    explicit ContainerAccessible(QWidget* widget, QAccessible::Role role = QAccessible::Client);

    QAccessible::State state() const override;
    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;

private:
    QList<QAccessibleInterface*> shownChildren() const;
};

} // namespace reflekt
