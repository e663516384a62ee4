#include "ui/player/FilmTimeLabelAccessible.h"

#include "ui/player/FilmTimeLabel.h"

namespace reflekt {

FilmTimeLabelAccessible::FilmTimeLabelAccessible(FilmTimeLabel* label)
    : QAccessibleWidget(label, QAccessible::StaticText)
{
}

FilmTimeLabel* FilmTimeLabelAccessible::label() const
{
    return static_cast<FilmTimeLabel*>(object());
}

void* FilmTimeLabelAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface*>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString FilmTimeLabelAccessible::text(QAccessible::Text type) const
{
    switch (type) {
    case QAccessible::Name:
        return label()->accessibleName().isEmpty() ? label()->text() : label()->accessibleName();
    case QAccessible::Value:
        return label()->spokenText();
    default:
        return QAccessibleWidget::text(type);
    }
}

QAccessible::State FilmTimeLabelAccessible::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    s.readOnly = true;
    return s;
}

QString FilmTimeLabelAccessible::readOnlyText() const
{
    return label()->text();
}

} // namespace reflekt
