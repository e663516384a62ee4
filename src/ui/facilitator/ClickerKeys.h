#pragma once

#include <Qt>

class QKeyEvent;

namespace reflekt {

/** What a presenter remote (or the keyboard standing in for one) asks of a group session. */
enum class SessionCommand { None, Advance, Back, ToggleBlank, End };

/**
 * The one key map of a group session, used by the facilitator console and the wall alike:
 * Right/PageDown/Space advance, Left/PageUp go back, B or "." blanks the wall (many remotes send
 * "." for their blank button), Esc ends. In a text editor only the keys a typist never needs for
 * text (PageDown, PageUp, Esc) belong to the session.
 */
class ClickerKeys {
public:
    enum class Context { Window, TextEditor };

    static SessionCommand command(int key, Qt::KeyboardModifiers modifiers,
                                  Context context = Context::Window);
    static SessionCommand command(const QKeyEvent& event, Context context = Context::Window);
    /** The forward button of a remote, which presses a dialog's main button. */
    static bool isForward(int key);
};

} // namespace reflekt
