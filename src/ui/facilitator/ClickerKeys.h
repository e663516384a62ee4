#pragma once

#include <Qt>

class QKeyEvent;

namespace reflekt {

/** What a presenter remote (or the keyboard standing in for one) asks of a group session. */
enum class SessionCommand {
    None,
    Advance,
    Back,
    ToggleBlank,
    End,
    PlayPause,   ///< the film on the wall (Space and K during a film item)
    Resume,      ///< F5, a remote's "start slideshow": shows a blank wall again, never moves on
    LeaveEditor, ///< Esc while typing: the console takes the focus back from the note
};

/**
 * The one key map of a group session, used by the facilitator console and the wall alike:
 * Right/PageDown/Space advance, Left/PageUp go back, B or "." blanks the wall (many remotes send
 * "." for their blank button), F5 (the remotes' slideshow button) shows the picture again, Esc
 * ends. During a film Space and K pause and play it, as in the player. In a text editor that has
 * the focus only the keys a typist never needs for text belong to the session (PageDown, PageUp,
 * F5), and Esc leaves the editor. docs/facilitator.md has the table.
 */
class ClickerKeys {
public:
    enum class Context {
        Window,     ///< a window or a control of the session, not typing
        Film,       ///< as Window, while a film item is on the wall
        TextEditor, ///< typing in the group's note
    };

    static SessionCommand command(int key, Qt::KeyboardModifiers modifiers,
                                  Context context = Context::Window);
    static SessionCommand command(const QKeyEvent& event, Context context = Context::Window);
    /** The forward button of a remote, which presses a dialog's main button. */
    static bool isForward(int key);
    /** The back button and the slideshow button (F5) of a remote: "back to the session" in a dialog. */
    static bool isBackToSession(int key);
};

} // namespace reflekt
