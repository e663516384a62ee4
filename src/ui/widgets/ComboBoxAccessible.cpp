#include "ui/widgets/ComboBoxAccessible.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLineEdit>

namespace reflekt {

namespace {

// The popup list's selected item follows the combo box's choice, so the list's item for it
// reports `selected` even while the list is closed (Qt moves it only when it opens). While it is
// closed the list has no current item: that item would report `focused` (Qt's item state follows
// the current index), though the focus is on the combo box. QComboBox makes it current again
// when the list opens.
void syncPopupSelection(QComboBox* combo)
{
    QAbstractItemView* view = combo->view();
    if (!view || !view->selectionModel() || !combo->model())
        return;
    QItemSelectionModel* selection = view->selectionModel();
    const QModelIndex chosen =
        combo->model()->index(combo->currentIndex(), combo->modelColumn(), combo->rootModelIndex());
    if (!chosen.isValid())
        selection->clearSelection();
    else if (!selection->isSelected(chosen) || selection->selectedIndexes().size() != 1)
        selection->select(chosen, QItemSelectionModel::ClearAndSelect);
    if (!view->isVisible() && selection->currentIndex().isValid())
        selection->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
}

bool popupOpen(const QComboBox* combo)
{
    return combo->view() && combo->view()->isVisible();
}

// Tidies the closed list's selection each time the popup hides, and tells AT-SPI clients that
// the combo box's children changed: its list is one of them only while it is open.
class PopupWatcher : public QObject {
public:
    explicit PopupWatcher(QComboBox* combo) : QObject(combo), m_combo(combo) {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Hide)
            syncPopupSelection(m_combo);
        if (event->type() == QEvent::Show || event->type() == QEvent::Hide) {
            QAccessibleEvent reorder(m_combo, QAccessible::ObjectReorder);
            QAccessible::updateAccessibility(&reorder);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QComboBox* m_combo;
};

} // namespace

ComboBoxAccessible::ComboBoxAccessible(QComboBox* combo) : QAccessibleWidget(combo, QAccessible::ComboBox)
{
    syncPopupSelection(combo);
    combo->view()->installEventFilter(new PopupWatcher(combo));
    // Qt sends the value change itself (QComboBox's currentIndexChanged); a screen reader reading
    // the Text interface also needs the text to change, and the list its selection.
    QObject::connect(combo, &QComboBox::currentTextChanged, combo,
                     [combo, last = combo->currentText()](const QString& now) mutable {
                         syncPopupSelection(combo);
                         if (now == last)
                             return;
                         QAccessibleTextUpdateEvent textEvent(combo, 0, last, now);
                         QAccessible::updateAccessibility(&textEvent);
                         last = now;
                     });
}

QComboBox* ComboBoxAccessible::combo() const
{
    return static_cast<QComboBox*>(object());
}

void* ComboBoxAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface && !combo()->isEditable())
        return static_cast<QAccessibleTextInterface*>(this);
    return QAccessibleWidget::interface_cast(type);
}

// The popup's list only while it is open: closed, its items still claim `showing` (Qt 6.4 takes
// an item view cell's state from its rectangle, not from the popup's visibility). The value and
// the Text interface say the choice meanwhile.
int ComboBoxAccessible::childCount() const
{
    return (popupOpen(combo()) ? 1 : 0) + (combo()->lineEdit() ? 1 : 0);
}

QAccessibleInterface* ComboBoxAccessible::child(int index) const
{
    const bool open = popupOpen(combo());
    if (open && index == 0)
        return QAccessible::queryAccessibleInterface(combo()->view());
    if (index == (open ? 1 : 0) && combo()->lineEdit())
        return QAccessible::queryAccessibleInterface(combo()->lineEdit());
    return nullptr;
}

int ComboBoxAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    if (!child)
        return -1;
    const bool open = popupOpen(combo());
    if (open && child->object() == combo()->view())
        return 0;
    if (combo()->lineEdit() && child->object() == combo()->lineEdit())
        return open ? 1 : 0;
    return -1;
}

QAccessibleInterface* ComboBoxAccessible::childAt(int, int) const
{
    return nullptr;
}

QString ComboBoxAccessible::text(QAccessible::Text type) const
{
    if (type == QAccessible::Value)
        return combo()->isEditable() && combo()->lineEdit() ? combo()->lineEdit()->text()
                                                            : combo()->currentText();
    // Name: the accessible name, else the buddy label's text (QAccessibleWidget finds it).
    return QAccessibleWidget::text(type);
}

QAccessible::State ComboBoxAccessible::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    s.expandable = true;
    s.expanded = popupOpen(combo());
    s.editable = combo()->isEditable();
    return s;
}

QStringList ComboBoxAccessible::actionNames() const
{
    return QStringList{showMenuAction(), pressAction()} + QAccessibleWidget::actionNames();
}

void ComboBoxAccessible::doAction(const QString& actionName)
{
    if (actionName == showMenuAction() || actionName == pressAction()) {
        if (combo()->view()->isVisible())
            combo()->hidePopup();
        else
            combo()->showPopup();
        return;
    }
    QAccessibleWidget::doAction(actionName);
}

QStringList ComboBoxAccessible::keyBindingsForAction(const QString&) const
{
    return {};
}

QString ComboBoxAccessible::readOnlyText() const
{
    return text(QAccessible::Value);
}

} // namespace reflekt
