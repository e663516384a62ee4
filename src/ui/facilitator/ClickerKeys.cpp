#include "ui/facilitator/ClickerKeys.h"

#include <QKeyEvent>

namespace reflekt {

SessionCommand ClickerKeys::command(int key, Qt::KeyboardModifiers modifiers, Context context)
{
    // Shortcuts with Ctrl/Alt/Meta belong to the window (Ctrl+S and the like), never to the session.
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return SessionCommand::None;
    if (context == Context::TextEditor) {
        switch (key) {
        case Qt::Key_PageDown:
            return SessionCommand::Advance;
        case Qt::Key_PageUp:
            return SessionCommand::Back;
        case Qt::Key_Escape:
            return SessionCommand::End;
        default:
            return SessionCommand::None;
        }
    }
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        return SessionCommand::Advance;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        return SessionCommand::Back;
    case Qt::Key_B:
    case Qt::Key_Period:
        return SessionCommand::ToggleBlank;
    case Qt::Key_Escape:
        return SessionCommand::End;
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

} // namespace reflekt
