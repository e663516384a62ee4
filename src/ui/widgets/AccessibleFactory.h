#pragma once

namespace reflekt {

// Reflekt's own accessible interfaces where Qt 6.4's say less than the screen shows: the seek
// bar (seconds, spoken time), the film's time label (its text), every combo box (its value as
// text) and plain containers (`focused` only when they have the keyboard themselves).
// install() is idempotent and cheap; the widgets that need it call it in their constructors,
// MainWindow and the application at start, so the interface exists before a screen reader asks.
class AccessibleFactory {
public:
    static void install();
};

} // namespace reflekt
