#include "ui/player/SeekBarAccessible.h"

#include "ui/player/ChapterSeekBar.h"
#include "ui/player/SpokenTime.h"

namespace reflekt {

SeekBarAccessible::SeekBarAccessible(ChapterSeekBar* bar) : QAccessibleWidget(bar, QAccessible::Slider) {}

ChapterSeekBar* SeekBarAccessible::bar() const
{
    return static_cast<ChapterSeekBar*>(object());
}

void* SeekBarAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ValueInterface)
        return static_cast<QAccessibleValueInterface*>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString SeekBarAccessible::text(QAccessible::Text type) const
{
    if (type == QAccessible::Value || type == QAccessible::Description)
        return SpokenTime::positionOf(bar()->value() / 1000.0, bar()->maximum() / 1000.0);
    return QAccessibleWidget::text(type);
}

QVariant SeekBarAccessible::currentValue() const
{
    return SpokenTime::wholeSeconds(bar()->value() / 1000.0);
}

void SeekBarAccessible::setCurrentValue(const QVariant& value)
{
    bar()->seekTo(value.toDouble());
}

QVariant SeekBarAccessible::maximumValue() const
{
    return SpokenTime::wholeSeconds(bar()->maximum() / 1000.0);
}

QVariant SeekBarAccessible::minimumValue() const
{
    return 0;
}

QVariant SeekBarAccessible::minimumStepSize() const
{
    return bar()->singleStep() / 1000;
}

} // namespace reflekt
