#pragma once

class QWidget;

namespace reflekt {

// Keeps a window on the screen it opens on. A size and position saved on a big external monitor
// would otherwise come back partly off a 1366×768 laptop screen, title bar and all.
class WindowPlacement {
public:
    /** Shrinks `window` to the available geometry of its screen and moves it fully onto it.
        A maximised or full-screen window is left alone. */
    static void fitToScreen(QWidget& window);
    /** fitToScreen() now, and again once the window manager has framed the shown window (the
        title bar and borders are only known then, and push a window that just fitted off the
        bottom of the screen). */
    static void keepOnScreen(QWidget& window);
};

} // namespace reflekt
