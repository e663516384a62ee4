#include "ui/widgets/ContainerAccessible.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace reflekt {

namespace {

// A child a sighted user can see: not hidden, in a container that is shown. Nothing inside a
// hidden window or page is listed, so nothing there can claim to be `showing`.
bool isShownChild(const QObject* object)
{
    return !object || !object->isWidgetType() || static_cast<const QWidget*>(object)->isVisible();
}

// Tells AT-SPI clients when a child of the container is hidden or shown: Qt sends only a
// `showing` state change for it, which leaves a client's cached child list as it was. Compares
// the children the container lists with those it listed before, on each show or hide of the
// container or of a child, and sends ObjectDestroyed (AT-SPI "remove") for a child that went
// and ObjectCreated ("add", at its index) for one that came.
class ShownChildrenWatcher : public QObject {
public:
    explicit ShownChildrenWatcher(QWidget* container) : QObject(container), m_container(container)
    {
        setObjectName(QStringLiteral("reflekt_shown_children_watcher"));
        container->installEventFilter(this);
        for (QWidget* w : container->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
            watch(w);
        m_listed = listed();
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::ChildAdded:
            if (watched == m_container) {
                QObject* added = static_cast<QChildEvent*>(event)->child();
                if (added->isWidgetType())
                    watch(static_cast<QWidget*>(added));
            }
            break;
        case QEvent::Show:
        case QEvent::Hide:
        case QEvent::ChildRemoved:
            update();
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void watch(QWidget* w)
    {
        if (w != nullptr && !w->isWindow())
            w->installEventFilter(this);
    }

    QList<QPointer<QWidget>> listed() const
    {
        QList<QPointer<QWidget>> result;
        for (QWidget* w : m_container->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
            if (!w->isWindow() && isShownChild(w))
                result.append(w);
        return result;
    }

    void update()
    {
        const QList<QPointer<QWidget>> now = listed();
        if (now == m_listed)
            return;
        for (const QPointer<QWidget>& w : m_listed)
            if (w && !now.contains(w) && w->parentWidget() == m_container) {
                QAccessibleEvent removed(w.data(), QAccessible::ObjectDestroyed);
                QAccessible::updateAccessibility(&removed);
            }
        for (const QPointer<QWidget>& w : now)
            if (!m_listed.contains(w)) {
                QAccessibleEvent added(w.data(), QAccessible::ObjectCreated);
                QAccessible::updateAccessibility(&added);
            }
        m_listed = now;
    }

    QWidget* m_container;
    QList<QPointer<QWidget>> m_listed;
};

} // namespace

ContainerAccessible::ContainerAccessible(QWidget* widget, QAccessible::Role role)
    : QAccessibleWidget(widget, role)
{
    if (!widget->findChild<ShownChildrenWatcher*>(QStringLiteral("reflekt_shown_children_watcher"),
                                                  Qt::FindDirectChildrenOnly))
        new ShownChildrenWatcher(widget);
}

QAccessible::State ContainerAccessible::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    s.focused = s.focused && QApplication::focusWidget() == widget();
    return s;
}

QList<QAccessibleInterface*> ContainerAccessible::shownChildren() const
{
    QList<QAccessibleInterface*> result;
    const int all = QAccessibleWidget::childCount();
    for (int i = 0; i < all; ++i) {
        QAccessibleInterface* iface = QAccessibleWidget::child(i);
        if (iface && isShownChild(iface->object()))
            result.append(iface);
    }
    return result;
}

int ContainerAccessible::childCount() const
{
    return static_cast<int>(shownChildren().size());
}

QAccessibleInterface* ContainerAccessible::child(int index) const
{
    const QList<QAccessibleInterface*> children = shownChildren();
    return index >= 0 && index < children.size() ? children.at(index) : nullptr;
}

int ContainerAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    return child ? static_cast<int>(shownChildren().indexOf(const_cast<QAccessibleInterface*>(child))) : -1;
}

} // namespace reflekt
