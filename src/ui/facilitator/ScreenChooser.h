#pragma once

#include "ui/facilitator/PresentationWindow.h"

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
// in and out during the session.
class ScreenChooser : public QWidget {
    Q_OBJECT
public:
    ScreenChooser(QWidget* console, PresentationWindow* presentation, QWidget* parent = nullptr);

    /** Index into QGuiApplication::screens() of the wall's screen. */
    int chosenScreen() const;
    bool isFullScreen() const;

public Q_SLOTS:
    /** Puts the wall on screen `index`; full screen when it is not the console's screen. */
    void choose(int index);
    /** The wall goes where the console is, and the console where the wall was. */
    void swap();
    /** Places the wall as the controls say. */
    void place();

private:
    void fill(int preferred);
    int consoleScreen() const;

    QWidget* m_console;
    QPointer<PresentationWindow> m_presentation;
    QComboBox* m_screens;
    QCheckBox* m_fullScreen;
    QPushButton* m_swap;
};

} // namespace reflekt
