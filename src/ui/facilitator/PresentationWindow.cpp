#include "ui/facilitator/PresentationWindow.h"

#include "platform/Workspace.h"
#include "ui/facilitator/GroupSessionController.h"
#include "ui/facilitator/WallPages.h"
#include "ui/module/BundleTextBrowser.h"
#include "ui/player/FilmPlayer.h"
#include "ui/room/RoomController.h"
#include "ui/room/RoomWallPanel.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace reflekt {

namespace {

QLabel* makeTimerLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("presentationTimer"));
    label->setTextFormat(Qt::PlainText);
    label->setFocusPolicy(Qt::NoFocus);
    return label;
}

} // namespace

PresentationWindow::PresentationWindow(GroupSessionController& session, QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::WindowDoesNotAcceptFocus), m_session(session),
      m_stack(new QStackedWidget(this))
{
    // The keyboard (and the clicker, which is one) stays with the console: its Alt+ shortcuts, the
    // note and the jump list work only in the active window, and a wall that went full screen or
    // was clicked would otherwise take that from it. The console handles every presenter key.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Reflekt presentation"));
    setAccessibleName(tr("Presentation for the projector"));
    setAttribute(Qt::WA_StyledBackground);
    setFocusPolicy(Qt::StrongFocus);
    setStyleSheet(WallPages::styleSheet(objectName()));
    setMinimumSize(480, 270);

    m_stack->setObjectName(QStringLiteral("presentationStack"));
    m_stack->setFocusPolicy(Qt::NoFocus);
    m_pages = std::make_unique<WallPages>(session, m_stack);

    m_filmPage = new QWidget(m_stack);
    m_filmPage->setObjectName(QStringLiteral("presentationFilmPage"));
    m_filmLayout = new QVBoxLayout(m_filmPage);
    m_filmLayout->setContentsMargins(0, 0, 0, 0);

    m_blankPage = new QWidget(m_stack);
    m_blankPage->setObjectName(QStringLiteral("presentationBlank"));
    m_blankPage->setAttribute(Qt::WA_StyledBackground);
    m_blankPage->setCursor(Qt::BlankCursor); // true black: no text, no timer, no pointer

    m_stack->addWidget(m_filmPage);
    m_stack->addWidget(m_blankPage);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_stack, 1);

    m_timer = makeTimerLabel(this);
    m_timer->setAccessibleName(tr("Discussion time"));
    m_timer->setAlignment(Qt::AlignCenter);
    m_timer->setAttribute(Qt::WA_StyledBackground);

    session.setPager([this](int direction) { return page(direction); });
    connect(&session, &GroupSessionController::currentChanged, this, &PresentationWindow::showItem);
    connect(&session, &GroupSessionController::blankChanged, this, &PresentationWindow::applyBlank);
    connect(&session, &GroupSessionController::playPauseRequested, this, [this] {
        if (m_player)
            m_player->togglePlay();
    });
    connect(&session, &GroupSessionController::clockChanged, this, &PresentationWindow::updateTimer);
    connect(&session, &GroupSessionController::wallTimerVisibleChanged, this,
            &PresentationWindow::updateTimer);
    resize(960, 540);
    showItem(session.currentIndex());
}

PresentationWindow::~PresentationWindow()
{
    m_session.setPager({});
    releaseFilm();
}

void PresentationWindow::showItem(int index)
{
    const SessionItem& item = m_session.items()[static_cast<std::size_t>(index)];
    if (item.kind != SessionItem::Kind::Film)
        releaseFilm();
    QWidget* target = m_pages->fill(item);
    if (!target) {
        showFilm(item.stepIndex);
        target = m_filmPage;
    }
    if (m_session.isBlank())
        m_beforeBlank = target;
    else
        m_stack->setCurrentWidget(target);
    applySizes();
    if (target == m_pages->textPage())
        m_pages->text()->verticalScrollBar()->setValue(0); // after the new type size has laid it out
    updateTimer();
    updateRoom();
}

void PresentationWindow::setRoom(RoomController* room)
{
    if (m_room || !room)
        return;
    m_room = room;
    m_roomPanel = new RoomWallPanel(*room, this);
    layout()->addWidget(m_roomPanel);
    m_roomAnswers = new RoomWallAnswers(*room, m_stack);
    m_stack->addWidget(m_roomAnswers);
    connect(room, &RoomController::stateChanged, this, &PresentationWindow::updateRoom);
    connect(room, &RoomController::wallChanged, this, &PresentationWindow::updateRoom);
    applySizes();
    updateRoom();
}

void PresentationWindow::updateRoom()
{
    if (!m_room)
        return;
    const SessionItem& item = m_session.currentItem();
    const bool question = item.kind == SessionItem::Kind::Question;
    m_roomPanel->setVisible(m_room->isOpen() && question && !m_session.isBlank());
    // The answers page stands in for the question page while answers are on the wall.
    QWidget* target = nullptr;
    // Only answers to this question: the wall may have moved on before the room heard of it.
    const std::vector<StoredRoomAnswer> shown = m_room->onWall();
    const Question* q = question ? m_session.questionOf(item) : nullptr;
    if (q && !shown.empty() && shown.front().questionId == q->id) {
        m_roomAnswers->fill(m_session.text(q->text));
        target = m_roomAnswers;
    } else if (question && (m_stack->currentWidget() == m_roomAnswers || m_beforeBlank == m_roomAnswers)) {
        target = m_pages->fill(item); // the last answer left the wall: back to the question
    }
    if (!target)
        return;
    if (m_session.isBlank())
        m_beforeBlank = target;
    else
        m_stack->setCurrentWidget(target);
}

void PresentationWindow::showFilm(int stepIndex)
{
    if (m_player && m_filmStep == stepIndex)
        return;
    releaseFilm();
    const Step& step = m_session.module().steps[static_cast<std::size_t>(stepIndex)];
    m_player = new FilmPlayer(FilmPlayer::Mode::Presentation, m_filmPage);
    m_player->setObjectName(QStringLiteral("presentationPlayer"));
    m_filmLayout->addWidget(m_player);
    m_filmStep = stepIndex;
    const auto saved = m_filmPositions.find(stepIndex);
    m_player->load(FilmSource::fromStep(m_session.workspace(), m_session.bundle(), step),
                   saved == m_filmPositions.end() ? 0.0 : saved->second);
    // A room needs the captions: on, in the content language when the film has it.
    const QStringList languages = m_player->captionLanguages();
    if (m_player->captionLanguage().isEmpty() && !languages.isEmpty()) {
        const QString preferred = m_session.workspace().contentLanguage();
        m_player->setCaptionLanguage(languages.contains(preferred) ? preferred : languages.first());
    }
    Q_EMIT filmChanged(m_player);
    if (!m_session.isBlank())
        m_player->play();
}

void PresentationWindow::releaseFilm()
{
    if (!m_player)
        return;
    m_filmPositions[m_filmStep] = m_player->position();
    m_player->stop();
    delete m_player;
    m_filmStep = -1;
    Q_EMIT filmChanged(nullptr);
}

bool PresentationWindow::page(int direction)
{
    if (m_session.isBlank() || m_stack->currentWidget() != m_pages->textPage())
        return false;
    QScrollBar* bar = m_pages->text()->verticalScrollBar();
    const int before = bar->value();
    bar->setValue(before + direction * std::max(1, bar->pageStep() * 9 / 10));
    return bar->value() != before;
}

void PresentationWindow::applyBlank(bool blank)
{
    if (blank) {
        m_beforeBlank = m_stack->currentWidget();
        m_stack->setCurrentWidget(m_blankPage);
        if (m_player)
            m_player->pause();
    } else if (m_beforeBlank) {
        m_stack->setCurrentWidget(m_beforeBlank);
        m_beforeBlank = nullptr;
    }
    if (m_roomPanel) // the blank wall shows nothing at all, not even the room's address
        m_roomPanel->setVisible(!blank && m_room && m_room->isOpen() &&
                                m_session.currentItem().kind == SessionItem::Kind::Question);
    updateTimer();
}

int PresentationWindow::questionPixelSize() const
{
    return WallPages::questionPixelSize(height());
}

int PresentationWindow::titlePixelSize() const
{
    return WallPages::titlePixelSize(height());
}

void PresentationWindow::applySizes()
{
    const int h = height();
    if (m_roomPanel) {
        m_roomPanel->setFixedWidth(std::max(200, width() * 28 / 100));
        m_roomPanel->applySizes(h);
        m_roomAnswers->applySizes(h);
    }
    m_pages->applySizes(size());
    WallPages::setPixelSize(m_timer, h / 30);
    m_timer->adjustSize();
    const int margin = std::max(8, h / 40);
    m_timer->move(width() - m_timer->width() - margin, h - m_timer->height() - margin);
}

void PresentationWindow::updateTimer()
{
    const SessionItem& item = m_session.currentItem();
    const bool show =
        m_session.isWallTimerVisible() && !m_session.isBlank() && item.kind == SessionItem::Kind::Question;
    if (show) {
        const qint64 seconds = m_session.itemElapsedMs() / 1000;
        QString text = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
        if (item.plannedMinutes)
            text = tr("%1 of %2 min").arg(text).arg(*item.plannedMinutes);
        m_timer->setText(QStringLiteral("  %1  ").arg(text));
        m_timer->adjustSize();
        const int margin = std::max(8, height() / 40);
        m_timer->move(width() - m_timer->width() - margin, height() - m_timer->height() - margin);
        m_timer->raise();
    }
    m_timer->setVisible(show);
}

void PresentationWindow::placeOn(QScreen* screen, bool fullScreen)
{
    if (!screen)
        return;
    if (isFullScreen())
        showNormal();
    // The screen first, then the geometry: where each screen is its own X screen (both at 0,0),
    // the geometry alone would never leave the first one. Moving there recreates the native
    // window, which Qt leaves unmapped unless the widget is hidden first and shown again below.
    if (screen != this->screen()) {
        hide();
        setScreen(screen);
    }
    const QRect area = fullScreen ? screen->geometry() : screen->availableGeometry();
    if (fullScreen) {
        setGeometry(area);
        showFullScreen();
        setCursor(Qt::BlankCursor);
    } else {
        const QSize size(std::min(960, area.width() * 2 / 3), std::min(540, area.height() * 2 / 3));
        setGeometry(QRect(area.topLeft() + QPoint(area.width() - size.width() - 24, 48), size));
        unsetCursor();
        show();
    }
    raise();
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    if (m_session.execute(ClickerKeys::command(*event, m_session.keyContext())))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

void PresentationWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applySizes();
}

void PresentationWindow::closeEvent(QCloseEvent* event)
{
    if (m_allowClose) {
        releaseFilm();
        event->accept();
        return;
    }
    // Closing the wall is ending the presentation: the console asks first.
    event->ignore();
    Q_EMIT m_session.endRequested();
}

} // namespace reflekt
