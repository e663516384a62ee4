#include "ui/widgets/WindowPlacement.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPointer>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace reflekt {

namespace {

// Fits the window once more after its first show, when the frame is known.
class RefitOnFirstShow : public QObject {
public:
    explicit RefitOnFirstShow(QWidget& window) : QObject(&window), m_window(&window)
    {
        window.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_window && event->type() == QEvent::Show) {
            m_window->removeEventFilter(this);
            // The window manager reparents and frames the window after it is mapped.
            QTimer::singleShot(100, m_window, [window = m_window] {
                if (window)
                    WindowPlacement::fitToScreen(*window);
            });
            deleteLater();
        }
        return false;
    }

private:
    QPointer<QWidget> m_window;
};

} // namespace

void WindowPlacement::keepOnScreen(QWidget& window)
{
    fitToScreen(window);
    new RefitOnFirstShow(window);
}

void WindowPlacement::fitToScreen(QWidget& window)
{
    if (window.isMaximized() || window.isFullScreen())
        return;
    const QRect frame = window.frameGeometry();
    QScreen* screen = QGuiApplication::screenAt(frame.center());
    if (!screen)
        screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect area = screen->availableGeometry();
    // The frame (title bar, borders) around the client area, as the window manager drew it.
    const int extraW = std::max(0, frame.width() - window.width());
    const int extraH = std::max(0, frame.height() - window.height());
    const QSize size(std::min(window.width(), area.width() - extraW),
                     std::min(window.height(), area.height() - extraH));
    if (size != window.size())
        window.resize(size.expandedTo(window.minimumSizeHint()).boundedTo(area.size()));
    const QRect now = window.frameGeometry();
    QPoint topLeft = now.topLeft();
    topLeft.setX(std::clamp(topLeft.x(), area.left(), std::max(area.left(), area.right() + 1 - now.width())));
    topLeft.setY(std::clamp(topLeft.y(), area.top(), std::max(area.top(), area.bottom() + 1 - now.height())));
    if (topLeft != now.topLeft())
        window.move(topLeft);
}

} // namespace reflekt
