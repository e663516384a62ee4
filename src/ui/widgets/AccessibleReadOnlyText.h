#pragma once

#include <QAccessibleInterface>

namespace reflekt {

// The AT-SPI Text interface for a widget whose text a user reads but cannot edit or select (a
// combo box's current value, the film's time). Orca takes a combo box's value, and the text of
// a label it reviews, from this interface; Qt 6.4 gives neither widget one.
class AccessibleReadOnlyText : public QAccessibleTextInterface {
public:
    virtual QString readOnlyText() const = 0;

    void selection(int selectionIndex, int* startOffset, int* endOffset) const override;
    int selectionCount() const override { return 0; }
    void addSelection(int, int) override {}
    void removeSelection(int) override {}
    void setSelection(int, int, int) override {}
    int cursorPosition() const override { return 0; }
    void setCursorPosition(int) override {}
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int) const override { return {}; }
    int offsetAtPoint(const QPoint&) const override { return -1; }
    void scrollToSubstring(int, int) override {}
    QString attributes(int offset, int* startOffset, int* endOffset) const override;
};

} // namespace reflekt
