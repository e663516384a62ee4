#pragma once

#include "ui/widgets/AccessibleReadOnlyText.h"

#include <QAccessibleWidget>

class QComboBox;

namespace reflekt {

// Every QComboBox as a screen reader should meet it: named by its label (Qt 6.4 names it by its
// current text on Linux, so "Export:" and the value get mixed up), its current text as the value
// and as AT-SPI Text (where Orca reads a combo box's value), and a value change, a text change
// and the popup list's selection following the current item whenever the choice changes, Down
// included. The popup's list is a child only while it is open. Replaces Qt's own
// QAccessibleComboBox through AccessibleFactory.
class ComboBoxAccessible : public QAccessibleWidget, public AccessibleReadOnlyText {
public:
    explicit ComboBoxAccessible(QComboBox* combo);

    void* interface_cast(QAccessible::InterfaceType type) override;
    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QString text(QAccessible::Text type) const override;
    QAccessible::State state() const override;

    QStringList actionNames() const override;
    void doAction(const QString& actionName) override;
    QStringList keyBindingsForAction(const QString& actionName) const override;

    QString readOnlyText() const override;

private:
    QComboBox* combo() const;
};

} // namespace reflekt
