#include "ui/facilitator/ClickerKeys.h"

#include <QKeyEvent>

namespace reflekt {

SessionCommand ClickerKeys::command(int key, Qt::KeyboardModifiers modifiers, Context context)
{
    // Shortcuts with Ctrl/Alt/Meta belong to the window (Ctrl+S and the like), never to the session.
    // Shift stays: some remotes send Shift+F5 ("from the current slide").
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return SessionCommand::None;
    switch (key) {
    case Qt::Key_PageDown:
        return SessionCommand::Advance;
    case Qt::Key_PageUp:
        return SessionCommand::Back;
    case Qt::Key_F5:
        return SessionCommand::Resume;
    case Qt::Key_Escape:
        return context == Context::TextEditor ? SessionCommand::LeaveEditor : SessionCommand::End;
    default:
        break;
    }
    if (context == Context::TextEditor)
        return SessionCommand::None; // everything else is typing
    switch (key) {
    case Qt::Key_Right:
        return SessionCommand::Advance;
    case Qt::Key_Space:
        return context == Context::Film ? SessionCommand::PlayPause : SessionCommand::Advance;
    case Qt::Key_K:
        return context == Context::Film ? SessionCommand::PlayPause : SessionCommand::None;
    case Qt::Key_Left:
        return SessionCommand::Back;
    case Qt::Key_B:
    case Qt::Key_Period:
        return SessionCommand::ToggleBlank;
    default:
        return SessionCommand::None;
    }
}

SessionCommand ClickerKeys::command(const QKeyEvent& event, Context context)
{
    return command(event.key(), event.modifiers(), context);
}

bool ClickerKeys::isForward(int key)
{
    return key == Qt::Key_PageDown || key == Qt::Key_Right;
}

bool ClickerKeys::isBackToSession(int key)
{
    return key == Qt::Key_PageUp || key == Qt::Key_Left || key == Qt::Key_F5;
}

} // namespace reflekt
