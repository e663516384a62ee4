#include "ui/facilitator/ScreenChooser.h"

#include "ui/facilitator/PresentationWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>

namespace reflekt {

ScreenChooser::ScreenChooser(QWidget* console, PresentationWindow* presentation, QWidget* parent)
    : QWidget(parent), m_console(console), m_presentation(presentation), m_screens(new QComboBox(this)),
      m_fullScreen(new QCheckBox(tr("&Full screen"), this)),
      m_swap(new QPushButton(tr("&Swap screens"), this))
{
    setObjectName(QStringLiteral("screenChooser"));
    m_screens->setObjectName(QStringLiteral("presentationScreen"));
    m_screens->setAccessibleName(tr("Screen for the presentation"));
    m_fullScreen->setObjectName(QStringLiteral("presentationFullScreen"));
    m_fullScreen->setAccessibleName(tr("Presentation full screen"));
    m_swap->setObjectName(QStringLiteral("swapScreens"));
    m_swap->setAccessibleName(tr("Swap the presentation and this window between the screens"));
    m_swap->setFocusPolicy(Qt::NoFocus);
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
    const auto replug = [this] {
        fill(-1);
        place();
    };
    connect(qApp, &QGuiApplication::screenAdded, this, replug);
    connect(qApp, &QGuiApplication::screenRemoved, this, replug);
    fill(-1);
}

int ScreenChooser::consoleScreen() const
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    const int index = static_cast<int>(screens.indexOf(m_console->screen()));
    return index < 0 ? 0 : index;
}

void ScreenChooser::fill(int preferred)
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    m_screens->clear();
    for (int i = 0; i < screens.size(); ++i) {
        const QScreen* s = screens[i];
        m_screens->addItem(tr("Screen %1: %2 (%3×%4)")
                               .arg(i + 1)
                               .arg(s->name())
                               .arg(s->size().width())
                               .arg(s->size().height()),
                           i);
    }
    const int console = consoleScreen();
    int chosen = preferred;
    if (chosen < 0 || chosen >= screens.size())
        chosen = screens.size() > 1 ? (console == 0 ? 1 : 0) : 0;
    m_screens->setCurrentIndex(chosen);
    m_fullScreen->setChecked(chosen != console);
    m_swap->setEnabled(screens.size() > 1);
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
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (index < 0 || index >= screens.size())
        return;
    m_screens->setCurrentIndex(index);
    m_fullScreen->setChecked(index != consoleScreen());
    place();
}

void ScreenChooser::place()
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (!m_presentation || screens.isEmpty())
        return;
    m_presentation->placeOn(screens.value(chosenScreen(), screens.first()), m_fullScreen->isChecked());
}

void ScreenChooser::swap()
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (screens.size() < 2 || !m_presentation)
        return;
    const int wall = chosenScreen();
    const int console = consoleScreen();
    int target = (console + 1) % static_cast<int>(screens.size());
    if (wall != console) {
        // The console takes the wall's screen and the wall the console's.
        // Hidden while it changes screen: a native window recreated on another X screen stays
        // unmapped otherwise (see PresentationWindow::placeOn).
        const bool maximized = m_console->isMaximized();
        m_console->hide();
        m_console->setScreen(screens[wall]);
        m_console->move(screens[wall]->availableGeometry().topLeft() + QPoint(32, 32));
        if (maximized)
            m_console->showMaximized();
        else
            m_console->show();
        target = console;
    }
    m_screens->setCurrentIndex(target);
    m_fullScreen->setChecked(true);
    place();
}

} // namespace reflekt
