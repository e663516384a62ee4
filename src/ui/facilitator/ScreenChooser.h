#pragma once

#include "ui/facilitator/PresentationWindow.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QScreen;

namespace reflekt {

// Where the wall goes: a choice of screen, full screen or not, and a swap button. With a second
// screen the wall starts full screen on the one the console is not on (the projector); with one
// screen it is an ordinary window, so a facilitator can rehearse. Follows screens being plugged
// in and out and changing resolution during the session, and keeps both windows inside the
// available area of their screens.
class ScreenChooser : public QWidget {
    Q_OBJECT
public:
    ScreenChooser(QWidget* console, PresentationWindow* presentation, QWidget* parent = nullptr);

    /** The screens the windows may use, in the order of the list (QGuiApplication::screens()). */
    QList<QScreen*> screens() const;
    /** Index into screens() of the wall's screen. */
    int chosenScreen() const;
    bool isFullScreen() const;

    /**
     * Shrinks `window` to the available geometry of `screen` where it is bigger, and moves it so
     * its frame lies inside. A full-screen or maximised window is left to the window system.
     */
    static void fitInside(QWidget* window, QScreen* screen);

public Q_SLOTS:
    /** Puts the wall on screen `index`; full screen when it is not the console's screen. */
    void choose(int index);
    /** The wall goes where the console is, and the console where the wall was. */
    void swap();
    /** Places the wall as the controls say, and fits the console to its screen. */
    void place();
    /**
     * What QGuiApplication::screenRemoved runs: `gone` is not used again (until a screen is
     * added); a window on it moves to a remaining screen, the wall full screen only if the
     * console is on another one.
     */
    void screenRemoved(QScreen* gone);
    /** What QGuiApplication::screenAdded runs: the wall goes to the new screen, full screen. */
    void screenAdded(QScreen* added);

Q_SIGNALS:
    /** After a screen came or went; `count` is screens().size(). */
    void screensChanged(int count);

private:
    void fill(QScreen* wall);
    void watch(QScreen* screen);
    void screenResized(QScreen* screen);
    int consoleScreen() const;
    void moveConsoleTo(QScreen* screen);
    void refitConsoleSoon();

    QWidget* m_console;
    QPointer<PresentationWindow> m_presentation;
    QComboBox* m_screens;
    QCheckBox* m_fullScreen;
    QPushButton* m_swap;
    QList<QPointer<QScreen>> m_list;
    QPointer<QScreen> m_gone;
};

} // namespace reflekt
