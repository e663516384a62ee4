#pragma once

#include <QAccessibleWidget>

namespace reflekt {

class ChapterSeekBar;

// The seek bar as a screen reader meets it: a slider whose value is the position in whole
// seconds (the bar itself counts milliseconds), stepping 5 s, with the position in words as its
// value text and description ("1 minute 5 seconds of 1 minute 38 seconds"): Orca speaks a
// slider's number from the Value interface and the words from the description.
class SeekBarAccessible : public QAccessibleWidget, public QAccessibleValueInterface {
public:
    explicit SeekBarAccessible(ChapterSeekBar* bar);

    void* interface_cast(QAccessible::InterfaceType type) override;
    QString text(QAccessible::Text type) const override;

    QVariant currentValue() const override;
    void setCurrentValue(const QVariant& value) override;
    QVariant maximumValue() const override;
    QVariant minimumValue() const override;
    QVariant minimumStepSize() const override;

private:
    ChapterSeekBar* bar() const;
};

} // namespace reflekt
