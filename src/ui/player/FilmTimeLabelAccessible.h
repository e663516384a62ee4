#pragma once

#include "ui/widgets/AccessibleReadOnlyText.h"

#include <QAccessibleWidget>

namespace reflekt {

class FilmTimeLabel;

// FilmTimeLabel for a screen reader: named and readable (AT-SPI Text) by what it shows,
// "0:09 / 1:38", with the spoken form as its value and "Elapsed and total time" as description.
// Qt's QLabel interface has no Text, and a fixed accessible name hid the time altogether.
class FilmTimeLabelAccessible : public QAccessibleWidget, public AccessibleReadOnlyText {
public:
    explicit FilmTimeLabelAccessible(FilmTimeLabel* label);

    void* interface_cast(QAccessible::InterfaceType type) override;
    QString text(QAccessible::Text type) const override;
    QAccessible::State state() const override;
    QString readOnlyText() const override;

private:
    FilmTimeLabel* label() const;
};

} // namespace reflekt
