#include "ui/facilitator/ScreenChooser.h"

#include "ui/facilitator/PresentationWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTimer>

#include <algorithm>

namespace reflekt {

ScreenChooser::ScreenChooser(QWidget* console, PresentationWindow* presentation, QWidget* parent)
    : QWidget(parent), m_console(console), m_presentation(presentation), m_screens(new QComboBox(this)),
      m_fullScreen(new QCheckBox(tr("&Full screen"), this)),
      m_swap(new QPushButton(tr("&Swap screens"), this))
{
    setObjectName(QStringLiteral("screenChooser"));
    m_screens->setObjectName(QStringLiteral("presentationScreen"));
    m_screens->setAccessibleDescription(tr("Screen for the presentation")); // named by its label
    m_fullScreen->setObjectName(QStringLiteral("presentationFullScreen"));
    m_fullScreen->setAccessibleDescription(tr("Presentation full screen"));
    m_swap->setObjectName(QStringLiteral("swapScreens"));
    m_swap->setAccessibleDescription(tr("Swap the presentation and this window between the screens"));
    m_swap->setFocusPolicy(Qt::TabFocus); // as the console's buttons: Tab reaches it, a click leaves none
    // Reached with Tab, never by a click: a click leaves the focus on the console, where a
    // clicker's letter key can never pick another screen by type-ahead.
    m_screens->setFocusPolicy(Qt::TabFocus);
    m_fullScreen->setFocusPolicy(Qt::TabFocus);
    auto* label = new QLabel(tr("&Wall on:"), this);
    label->setBuddy(m_screens);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_screens);
    layout->addWidget(m_fullScreen);
    layout->addWidget(m_swap);

    connect(m_screens, &QComboBox::activated, this, [this](int index) { choose(index); });
    connect(m_fullScreen, &QCheckBox::clicked, this, &ScreenChooser::place);
    connect(m_swap, &QPushButton::clicked, this, &ScreenChooser::swap);
    connect(qApp, &QGuiApplication::screenAdded, this, &ScreenChooser::screenAdded);
    connect(qApp, &QGuiApplication::screenRemoved, this, &ScreenChooser::screenRemoved);
    for (QScreen* s : QGuiApplication::screens())
        watch(s);
    fill(nullptr);
}

QList<QScreen*> ScreenChooser::screens() const
{
    QList<QScreen*> out = QGuiApplication::screens();
    out.removeAll(m_gone.data());
    return out;
}

void ScreenChooser::watch(QScreen* screen)
{
    // A new resolution, a panel appearing, a screen moved in the virtual desktop.
    connect(screen, &QScreen::availableGeometryChanged, this, [this, screen] { screenResized(screen); });
}

int ScreenChooser::consoleScreen() const
{
    const int index = static_cast<int>(screens().indexOf(m_console->screen()));
    return index < 0 ? 0 : index;
}

void ScreenChooser::fill(QScreen* wall)
{
    const QList<QScreen*> list = screens();
    m_screens->clear();
    for (int i = 0; i < list.size(); ++i) {
        const QScreen* s = list[i];
        m_screens->addItem(tr("Screen %1: %2 (%3×%4)")
                               .arg(i + 1)
                               .arg(s->name())
                               .arg(s->size().width())
                               .arg(s->size().height()),
                           i);
    }
    const int console = consoleScreen();
    int chosen = static_cast<int>(list.indexOf(wall));
    if (chosen < 0 || (chosen == console && list.size() > 1))
        chosen = list.size() > 1 ? (console == 0 ? 1 : 0) : 0;
    m_screens->setCurrentIndex(chosen);
    m_fullScreen->setChecked(chosen != console);
    m_swap->setEnabled(list.size() > 1);
}

int ScreenChooser::chosenScreen() const
{
    return std::max(0, m_screens->currentIndex());
}

bool ScreenChooser::isFullScreen() const
{
    return m_fullScreen->isChecked();
}

void ScreenChooser::choose(int index)
{
    if (index < 0 || index >= screens().size())
        return;
    m_screens->setCurrentIndex(index);
    m_fullScreen->setChecked(index != consoleScreen());
    place();
}

void ScreenChooser::place()
{
    const QList<QScreen*> list = screens();
    if (list.isEmpty())
        return;
    if (m_presentation)
        m_presentation->placeOn(list.value(chosenScreen(), list.first()), m_fullScreen->isChecked());
    fitInside(m_console, m_console->screen());
    refitConsoleSoon();
}

void ScreenChooser::refitConsoleSoon()
{
    // A window manager frames a window some time after it is mapped; the title bar can then push
    // a console that just fitted past the bottom edge.
    QTimer::singleShot(200, m_console, [console = QPointer<QWidget>(m_console)] {
        if (console && console->isVisible())
            fitInside(console, console->screen());
    });
}

void ScreenChooser::moveConsoleTo(QScreen* screen)
{
    if (m_console->screen() != screen) {
        // Hidden while it changes screen: a native window recreated on another X screen stays
        // unmapped otherwise (see PresentationWindow::placeOn).
        const bool maximized = m_console->isMaximized();
        const bool visible = m_console->isVisible();
        m_console->hide();
        m_console->setScreen(screen);
        m_console->move(screen->availableGeometry().topLeft() + QPoint(32, 32));
        fitInside(m_console, screen);
        if (maximized)
            m_console->showMaximized();
        else if (visible)
            m_console->show();
    }
    fitInside(m_console, screen);
    refitConsoleSoon();
}

void ScreenChooser::swap()
{
    const QList<QScreen*> list = screens();
    if (list.size() < 2 || !m_presentation)
        return;
    const int wall = chosenScreen();
    const int console = consoleScreen();
    int target = (console + 1) % static_cast<int>(list.size());
    if (wall != console) {
        // The console takes the wall's screen and the wall the console's.
        moveConsoleTo(list[wall]);
        target = console;
    }
    m_screens->setCurrentIndex(target);
    m_fullScreen->setChecked(true);
    place();
}

void ScreenChooser::screenRemoved(QScreen* gone)
{
    // Qt has taken `gone` out of QGuiApplication::screens() already; a test that cannot unplug a
    // screen calls this with one that is still there, so it is left out by hand as well.
    m_gone = gone;
    const QList<QScreen*> list = screens();
    if (list.isEmpty())
        return;
    QScreen* wall = m_presentation ? m_presentation->screen() : nullptr;
    if (!list.contains(wall))
        wall = nullptr;
    if (!list.contains(m_console->screen()))
        moveConsoleTo(wall ? wall : list.first());
    fill(wall);
    place();
    Q_EMIT screensChanged(static_cast<int>(list.size()));
}

void ScreenChooser::screenAdded(QScreen* added)
{
    if (added == m_gone)
        m_gone = nullptr;
    else
        watch(added);
    fill(added); // a projector plugged in mid-session gets the wall, full screen
    place();
    Q_EMIT screensChanged(static_cast<int>(screens().size()));
}

void ScreenChooser::screenResized(QScreen* screen)
{
    const QList<QScreen*> list = screens();
    if (!list.contains(screen))
        return;
    for (int i = 0; i < list.size() && i < m_screens->count(); ++i)
        m_screens->setItemText(i, tr("Screen %1: %2 (%3×%4)")
                                      .arg(i + 1)
                                      .arg(list[i]->name())
                                      .arg(list[i]->size().width())
                                      .arg(list[i]->size().height()));
    if (m_presentation && m_presentation->screen() == screen)
        place(); // the wall takes the new size (and the console is fitted too)
    else if (m_console->screen() == screen)
        fitInside(m_console, screen);
}

void ScreenChooser::fitInside(QWidget* window, QScreen* screen)
{
    if (!window || !screen || window->isFullScreen() || window->isMaximized())
        return;
    const QRect area = screen->availableGeometry();
    // The frame the window system adds (title bar, borders); none before the window is shown.
    const QRect outer = window->frameGeometry();
    const QRect inner = window->geometry();
    const int frameWidth = outer.width() - inner.width();
    const int frameHeight = outer.height() - inner.height();
    const QSize room(area.width() - frameWidth, area.height() - frameHeight);
    if (window->width() > room.width() || window->height() > room.height())
        window->resize(window->size().boundedTo(room)); // never below the layout's minimum
    const int width = window->width() + frameWidth;
    const int height = window->height() + frameHeight;
    const QPoint at(std::clamp(outer.left(), area.left(), std::max(area.left(), area.right() + 1 - width)),
                    std::clamp(outer.top(), area.top(), std::max(area.top(), area.bottom() + 1 - height)));
    if (at != outer.topLeft())
        window->move(at); // a window's position is that of its frame
}

} // namespace reflekt
