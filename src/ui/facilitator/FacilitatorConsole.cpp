#include "ui/facilitator/FacilitatorConsole.h"

#include "platform/Workspace.h"
#include "ui/facilitator/ConsoleBanners.h"
#include "ui/facilitator/ConsoleSideTabs.h"
#include "ui/room/RoomController.h"
#include "ui/room/RoomPanel.h"
#include "ui/facilitator/EndTimePanel.h"
#include "ui/facilitator/FacilitatorGuide.h"
#include "ui/facilitator/FilmRemote.h"
#include "ui/facilitator/GroupSessionController.h"
#include "ui/facilitator/PresentationWindow.h"
#include "ui/facilitator/ScreenChooser.h"
#include "ui/facilitator/SessionEndDialog.h"
#include "ui/facilitator/SessionItemsModel.h"
#include "ui/facilitator/SessionSetupDialog.h"
#include "ui/facilitator/WallPreview.h"
#include "ui/notes/ExportDialog.h"
#include "ui/notes/NoteEditor.h"
#include "ui/notes/UnsavedTextPrompt.h"
#include "ui/player/FilmPlayer.h"
#include "ui/widgets/StatusColors.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QListView>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace reflekt {

namespace {

QString clock(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QPushButton* makeButton(const QString& text, const QString& name, const QString& description,
                        QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    // Named by its text (WCAG 2.5.3) without the arrows, which a speech synthesiser reads out.
    QString label = QString(text).remove(QLatin1Char('&'));
    b->setAccessibleName(label.remove(QStringLiteral("←")).remove(QStringLiteral("→")).trimmed());
    b->setAccessibleDescription(description);
    // Reachable with Tab like any button; the console's filter still gives the clicker's keys to
    // the session while one has the focus, except Space and Enter, which press it. Tab only, not
    // a click: after a click the focus stays on the console, so a clicker's Space still advances.
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

} // namespace

FacilitatorConsole::FacilitatorConsole(std::unique_ptr<GroupSessionController> session, QWidget* parent)
    : QWidget(parent, Qt::Window), m_session(std::move(session))
{
    setObjectName(QStringLiteral("facilitatorConsole"));
    setAccessibleName(tr("Facilitator console"));
    setWindowTitle(tr("Reflekt facilitator console: %1").arg(m_session->text(m_session->module().title)));

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("currentItemDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_detail);
    m_film = new FilmRemote(this);
    leftLayout->addWidget(m_film);
    leftLayout->addWidget(createNotes(), 1);
    m_presentation = new PresentationWindow(*m_session);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("consoleSplitter"));
    splitter->addWidget(left);
    auto* side = new ConsoleSideTabs(*m_session, this);
    m_guide = side->guide();
    // The room: anonymous answers from phones (docs/facilitator.md). It closes with the session.
    m_room = new RoomController(*m_session, this);
    m_roomPanel = new RoomPanel(*m_room, side);
    side->addTab(m_roomPanel, tr("&Room"));
    m_presentation->setRoom(m_room);
    connect(m_roomPanel, &RoomPanel::copyToNote, this, [this](const QString& text) {
        if (m_note->isEnabled())
            m_note->appendQuoted(text);
    });
    connect(side, &QTabWidget::currentChanged, this, [this, side](int index) {
        if (side->widget(index) == m_roomPanel)
            m_roomPanel->answerList()->setFocus(Qt::TabFocusReason); // Alt+R, then the arrows choose
    });
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    m_banners = new ConsoleBanners(this);
    layout->addWidget(m_banners);
    auto* top = new QHBoxLayout;
    top->addWidget(createTopBar(), 1);
    m_preview = new WallPreview(*m_session, m_presentation, this);
    top->addWidget(m_preview, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_presentation, &PresentationWindow::filmChanged, m_film, &FilmRemote::setPlayer);
    m_film->setPlayer(m_presentation->player());

    connect(m_session.get(), &GroupSessionController::currentChanged, this, &FacilitatorConsole::showItem);
    connect(m_session.get(), &GroupSessionController::clockChanged, this, &FacilitatorConsole::updateClocks);
    connect(m_session.get(), &GroupSessionController::clockChanged, m_endTime, &EndTimePanel::update);
    connect(m_session.get(), &GroupSessionController::blankChanged, this, &FacilitatorConsole::showBlank);
    connect(m_screens, &ScreenChooser::screensChanged, m_banners, &ConsoleBanners::setScreenCount);
    connect(m_session.get(), &GroupSessionController::recordProblemChanged, m_banners,
            &ConsoleBanners::setRecordProblem);
    connect(m_session.get(), &GroupSessionController::endRequested, this, &FacilitatorConsole::requestEnd,
            Qt::QueuedConnection);
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, m_session.get(), &GroupSessionController::tick);
    m_tick.start();

    // Every control hands the clicker's keys to the session (the note editor only the page keys).
    for (QWidget* w : findChildren<QWidget*>())
        w->installEventFilter(this);
    // A click anywhere but in the note gives the focus to the console itself (the buttons and
    // labels take none), so the note never keeps it by accident; the note has it only after a
    // click in it (or Tab, or Alt+G).
    setFocusPolicy(Qt::ClickFocus);
    setFocus(Qt::OtherFocusReason);
    // 1100×720 suits a laptop; a bigger screen gives the guide and the note most of its room
    // (not all: the facilitator still sees the desktop's edge). Centred; fitted again when shown.
    const QRect area = screen()->availableGeometry();
    resize(QSize(std::max(1100, area.width() * 85 / 100), std::max(720, area.height() * 85 / 100)));
    move(area.center() - rect().center());
    ScreenChooser::fitInside(this, screen());
    m_banners->setScreenCount(static_cast<int>(m_screens->screens().size()));
    m_banners->setRecordProblem(m_session->recordProblem());
    showItem(m_session->currentIndex());
}

FacilitatorConsole::~FacilitatorConsole()
{
    restoreHiddenWindow();
    if (m_note)
        m_note->flush();
    if (m_presentation) {
        m_presentation->allowClose();
        delete m_presentation;
    }
}

void FacilitatorConsole::showBlank(bool blank)
{
    m_blank->setChecked(blank);
    m_banners->setBlank(blank);
    // Keys typed while the wall is dark must not end up in the note: the next B shows the wall.
    if (blank && noteHasFocus())
        setFocus(Qt::OtherFocusReason);
}

bool FacilitatorConsole::noteHasFocus() const
{
    // The console's own focus widget, whether or not the console is the active window just now.
    return focusWidget() == m_note;
}

void FacilitatorConsole::hideDuringSession(QWidget* window)
{
    if (!window || window == this || !window->isVisible())
        return;
    m_hiddenWindow = window;
    window->hide();
}

void FacilitatorConsole::restoreHiddenWindow()
{
    if (!m_hiddenWindow)
        return;
    m_hiddenWindow->show();
    // The keyboard goes back to it: the wall never takes it, and the console is closing.
    m_hiddenWindow->raise();
    m_hiddenWindow->activateWindow();
    m_hiddenWindow = nullptr;
}

QWidget* FacilitatorConsole::createTopBar()
{
    auto* bar = new QWidget(this);
    m_current = new QLabel(bar);
    m_current->setObjectName(QStringLiteral("currentItem"));
    m_current->setWordWrap(true);
    QFont big = m_current->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_current->setFont(big);
    m_next = new QLabel(bar);
    m_next->setObjectName(QStringLiteral("nextItem"));
    m_next->setWordWrap(true);
    m_position = new QLabel(bar);
    m_position->setObjectName(QStringLiteral("itemPosition"));
    m_sessionClock = new QLabel(bar);
    m_sessionClock->setObjectName(QStringLiteral("sessionClock"));
    m_itemClock = new QLabel(bar);
    m_itemClock->setObjectName(QStringLiteral("itemClock"));
    QFont clockFont = m_itemClock->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 1.6);
    clockFont.setBold(true);
    m_itemClock->setFont(clockFont);
    m_itemClock->setMargin(6);

    m_back = makeButton(tr("← Back"), QStringLiteral("consoleBack"), tr("Previous item"), bar);
    m_forward = makeButton(tr("Next →"), QStringLiteral("consoleNext"), tr("Next item"), bar);
    m_blank =
        makeButton(tr("&Blank the wall"), QStringLiteral("consoleBlank"), tr("Blank the projector (B)"), bar);
    m_blank->setCheckable(true);
    m_wallTimer = new QCheckBox(tr("&Timer on the wall"), bar);
    m_wallTimer->setObjectName(QStringLiteral("wallTimerToggle"));
    m_wallTimer->setAccessibleDescription(tr("Show the discussion timer on the wall"));
    m_wallTimer->setChecked(m_session->isWallTimerVisible());
    m_wallTimer->setFocusPolicy(Qt::TabFocus); // a click leaves the focus on the console
    auto* end = makeButton(tr("&End session…"), QStringLiteral("endSession"), tr("End the session"), bar);

    connect(m_back, &QPushButton::clicked, m_session.get(), &GroupSessionController::back);
    connect(m_forward, &QPushButton::clicked, m_session.get(), &GroupSessionController::advance);
    connect(m_blank, &QPushButton::toggled, m_session.get(), &GroupSessionController::setBlank);
    connect(m_wallTimer, &QCheckBox::toggled, m_session.get(), &GroupSessionController::setWallTimerVisible);
    connect(end, &QPushButton::clicked, this, &FacilitatorConsole::requestEnd);

    auto* grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_current, 0, 0, 1, 3);
    grid->addWidget(m_itemClock, 0, 3, 2, 1, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(m_next, 1, 0, 1, 2);
    grid->addWidget(m_position, 1, 2);
    m_endTime = new EndTimePanel(bar);
    grid->addWidget(m_endTime, 2, 0, 1, 2, Qt::AlignLeft);
    grid->addWidget(m_sessionClock, 2, 2, 1, 2, Qt::AlignRight);
    auto* buttons = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_back, m_forward, m_blank, m_wallTimer})
        buttons->addWidget(w);
    buttons->addStretch();
    m_screens = new ScreenChooser(this, m_presentation, bar);
    buttons->addWidget(end);
    grid->addLayout(buttons, 3, 0, 1, 4);
    auto* screens = new QHBoxLayout;
    screens->addWidget(m_screens);
    screens->addStretch();
    grid->addLayout(screens, 4, 0, 1, 4);
    grid->setColumnStretch(0, 1);
    return bar;
}

QWidget* FacilitatorConsole::createNotes()
{
    auto* box = new QWidget(this);
    m_noteLabel = new QLabel(tr("What the &group agreed (saved as you type):"), box);
    m_noteLabel->setObjectName(QStringLiteral("groupNoteLabel"));
    m_noteStatus = new QLabel(box);
    m_noteStatus->setObjectName(QStringLiteral("groupNoteStatus"));
    m_noteStatus->setWordWrap(true);
    m_note =
        new NoteEditor([this](const QString& text) { return m_session->saveGroupNote(m_noteQuestion, text); },
                       m_noteStatus, box);
    m_note->setObjectName(QStringLiteral("groupNote"));
    // The editor holds the newest text of its question: once that is saved, an older kept copy
    // must never be saved over it.
    connect(m_note, &NoteEditor::saved, this, [this] { m_keptNotes.erase(m_noteQuestion); });
    m_note->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding); // the room's notes get the space
    m_note->setAccessibleDescription(tr("The group's note for this question")); // named by its label
    m_noteLabel->setBuddy(m_note);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_noteStatus);
    return box;
}

QString FacilitatorConsole::currentItemDetail() const
{
    const SessionItem& item = m_session->currentItem();
    switch (item.kind) {
    case SessionItem::Kind::Question: {
        QString out = m_session->text(m_session->questionOf(item)->text);
        for (const Question& c : m_session->questionOf(item)->children)
            out += QStringLiteral("\n  – ") + m_session->text(c.text);
        return out;
    }
    case SessionItem::Kind::Text:
    case SessionItem::Kind::Activity:
        return tr("The text is on the wall. Next scrolls it a page at a time, then moves on.");
    case SessionItem::Kind::Film:
        return tr("The film plays on the wall, with its sound. Use the controls below.");
    case SessionItem::Kind::TitleCard:
        return tr("Welcome everyone. Next starts the module.");
    case SessionItem::Kind::EndCard:
        return tr(
            "Last item. Next ends the session: you can then credit those present and export the minutes.");
    }
    return {};
}

void FacilitatorConsole::keepOrSaveNote()
{
    // Under the question it was written for. A clicker never waits for a dialog: a note that
    // cannot be saved is kept here and tried again at every move, and at the end.
    if (!m_note->flush() && !m_noteQuestion.isEmpty()) {
        m_keptNotes[m_noteQuestion] = m_note->toPlainText();
        m_keptReason = m_note->lastError();
        m_note->discardChanges();
    }
}

void FacilitatorConsole::retryKeptNotes()
{
    for (auto it = m_keptNotes.begin(); it != m_keptNotes.end();) {
        const QString error = m_session->saveGroupNote(it->first, it->second);
        if (error.isEmpty()) {
            it = m_keptNotes.erase(it);
        } else {
            m_keptReason = error;
            ++it;
        }
    }
}

void FacilitatorConsole::showItem(int index)
{
    keepOrSaveNote();
    retryKeptNotes();
    const SessionItem& item = m_session->currentItem();
    m_current->setText(SessionItemsModel::displayTitle(*m_session, item));
    const SessionItem* next = m_session->nextItem();
    m_next->setText(next ? tr("Next: %1").arg(SessionItemsModel::displayTitle(*m_session, *next))
                         : tr("Next: end the session"));
    m_position->setText(tr("%1 of %2").arg(index + 1).arg(m_session->items().size()));
    m_detail->setText(currentItemDetail());
    m_back->setEnabled(index > 0);

    const bool question = item.kind == SessionItem::Kind::Question;
    m_noteQuestion = question ? QString::fromStdString(m_session->questionOf(item)->id) : QString();
    m_note->setStoredText(question ? m_session->groupNote(m_noteQuestion) : QString());
    if (auto kept = m_keptNotes.find(m_noteQuestion); question && kept != m_keptNotes.end()) {
        m_note->setPlainText(kept->second);   // counts as an edit: saved again within a second
        m_note->moveCursor(QTextCursor::End); // the group goes on writing where it stopped
        m_keptNotes.erase(kept);
    }
    if (!question && noteHasFocus())
        setFocus(Qt::OtherFocusReason); // else Qt hands the focus on to the next control
    m_note->setEnabled(question);
    m_note->setPlaceholderText(question ? tr("Write down what the group agreed or wants to remember.")
                                        : tr("Notes are taken at the reflection questions."));
    m_noteStatus->clear();
    if (!m_keptNotes.empty())
        m_noteStatus->setText(tr("%n group note(s) not saved yet (%1). They are kept and saved as soon as "
                                 "possible.",
                                 nullptr, static_cast<int>(m_keptNotes.size()))
                                  .arg(m_keptReason));
    m_film->setVisible(item.kind == SessionItem::Kind::Film);
    m_guide->showSectionFor(item);
    updateClocks();
}

void FacilitatorConsole::updateClocks()
{
    const int planned = m_session->plannedMinutes();
    m_sessionClock->setText(
        tr("Session %1 of %2 min planned").arg(clock(m_session->elapsedMs())).arg(planned));
    const auto itemPlanned = m_session->itemPlannedMs();
    QString text = clock(m_session->itemElapsedMs());
    if (itemPlanned)
        text = tr("%1 of %2 min").arg(text).arg(*itemPlanned / 60000);
    m_itemClock->setText(text);
    QString style;
    QString state;
    switch (m_session->timerState()) {
    case GroupSessionController::TimerState::None:
        state = QStringLiteral("none");
        break;
    case GroupSessionController::TimerState::Normal:
        state = QStringLiteral("normal");
        break;
    case GroupSessionController::TimerState::Near:
        state = QStringLiteral("near");
        style = StatusColors::badgeStyleSheet(StatusColors::timeNearlyUp());
        break;
    case GroupSessionController::TimerState::Over:
        state = QStringLiteral("over");
        style = StatusColors::badgeStyleSheet(StatusColors::timeOver());
        break;
    }
    m_itemClock->setProperty("timerState", state);
    m_itemClock->setStyleSheet(style);
    m_itemClock->setAccessibleName(tr("Time on this item: %1").arg(text));
}

void FacilitatorConsole::keyPressEvent(QKeyEvent* event)
{
    if (m_session->execute(ClickerKeys::command(*event, m_session->keyContext())))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

bool FacilitatorConsole::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && m_clickerButton) {
        if (ClickerKeys::isForward(static_cast<QKeyEvent*>(event)->key())) {
            m_clickerButton->click();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        // Space and Enter press the button the keyboard is on (Space through QAbstractButton's own
        // press and release); every other clicker key still drives the session.
        if (auto* button = qobject_cast<QAbstractButton*>(watched);
            button && button->hasFocus() && !(key->modifiers() & ~Qt::KeypadModifier)) {
            if (key->key() == Qt::Key_Space)
                return false;
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                button->click();
                return true;
            }
        }
        // In the note, while it has the focus, only the keys a typist does not need belong to the
        // clicker, and Esc leaves the note. Without the focus no key lands in it at all.
        const bool toNote = watched == m_note || watched == m_note->viewport();
        const bool typing = toNote && noteHasFocus();
        const SessionCommand command = ClickerKeys::command(*key, m_session->keyContext(typing));
        if (command == SessionCommand::LeaveEditor) {
            setFocus(Qt::ShortcutFocusReason); // a second Esc asks to end
            return true;
        }
        if (m_session->execute(command))
            return true;
        if (toNote && !typing)
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FacilitatorConsole::closeEvent(QCloseEvent* event)
{
    if (m_closed) {
        event->accept();
        return;
    }
    event->ignore();
    requestEnd();
}

void FacilitatorConsole::requestEnd()
{
    if (m_ending || m_closed)
        return;
    m_ending = true;
    keepOrSaveNote();
    retryKeptNotes();
    if (!m_keptNotes.empty()) {
        QStringList parts;
        for (const auto& [questionId, text] : m_keptNotes) {
            QString heading = questionId;
            for (const SessionItem& item : m_session->items()) {
                const Question* q =
                    item.kind == SessionItem::Kind::Question ? m_session->questionOf(item) : nullptr;
                if (q && QString::fromStdString(q->id) == questionId)
                    heading = m_session->itemTitle(item);
            }
            parts << heading + QStringLiteral("\n\n") + text;
        }
        if (!UnsavedTextPrompt::mayLeave(this, parts.join(QStringLiteral("\n\n\n")), m_keptReason)) {
            m_ending = false;
            return;
        }
        m_keptNotes.clear();
    }
    SessionEndDialog dialog(*m_session, this);
    const bool chosen = dialog.exec() == QDialog::Accepted;
    m_ending = false;
    if (!chosen || dialog.choice() == SessionEndDialog::Choice::Back)
        return;
    if (dialog.choice() == SessionEndDialog::Choice::Finish) {
        if (!m_session->finish(dialog.stepIds())) {
            QMessageBox::warning(this, tr("The session was not finished"), m_session->error());
            return;
        }
        closeSession();
        offerMinutes();
    } else {
        if (!m_session->keepOpen()) { // the series still resumes where the group stopped
            QMessageBox::warning(this, tr("The meeting was not ended"), m_session->error());
            return;
        }
        closeSession();
    }
    close();
}

void FacilitatorConsole::closeSession()
{
    m_closed = true;
    m_tick.stop();
    restoreHiddenWindow(); // before the console closes, so the application never has no window
    if (m_presentation) {
        m_presentation->allowClose();
        m_presentation->close();
    }
    Q_EMIT sessionClosed();
}

void FacilitatorConsole::offerMinutes()
{
    Workspace& workspace = m_session->workspace();
    QMessageBox ask(QMessageBox::Question, tr("Minutes"),
                    tr("The session is saved. Export the minutes now (module, date, who was there and the "
                       "group's notes)?"),
                    QMessageBox::Yes | QMessageBox::No, this);
    ask.setObjectName(QStringLiteral("exportMinutesQuestion"));
    ask.setDefaultButton(QMessageBox::Yes);
    if (execWithClicker(ask, ask.button(QMessageBox::Yes)) != QMessageBox::Yes)
        return;
    ExportDialog dialog(workspace, QString::fromStdString(m_session->bundle().id),
                        QString::fromStdString(m_session->module().id), this);
    // The dialog lists only sessions the current profile was part of.
    if (!dialog.preselectSession(m_session->sessionId())) {
        QMessageBox::information(this, tr("Minutes"),
                                 tr("The session is saved. Someone who was there can export its minutes "
                                    "from File > Export notes… under their own profile."));
        return;
    }
    dialog.setSayWhenDone(false);
    execWithClicker(dialog, dialog.exportButton());
    if (dialog.exportedFile().isEmpty())
        return;
    QMessageBox done(QMessageBox::Information, tr("Minutes"),
                     tr("The minutes are saved in %1.").arg(QDir::toNativeSeparators(dialog.exportedFile())),
                     QMessageBox::Ok, this);
    done.setObjectName(QStringLiteral("minutesDoneMessage"));
    execWithClicker(done, done.button(QMessageBox::Ok));
}

int FacilitatorConsole::execWithClicker(QDialog& dialog, QAbstractButton* forward)
{
    // The remote's forward button presses the dialog's main button, so a clicker reaches the minutes.
    m_clickerButton = forward;
    dialog.installEventFilter(this);
    for (QWidget* w : dialog.findChildren<QWidget*>())
        w->installEventFilter(this);
    const int result = dialog.exec();
    m_clickerButton = nullptr;
    return result;
}

FacilitatorConsole* FacilitatorConsole::launch(Workspace& workspace, const QString& bundleId,
                                               const QString& moduleId, QWidget* parent)
{
    const Bundle* bundle = workspace.bundle(bundleId);
    if (!bundle || !bundle->findModule(moduleId.toStdString()) || !workspace.store())
        return nullptr;
    SessionSetupDialog setup(workspace, *bundle, moduleId, parent);
    if (setup.exec() != QDialog::Accepted)
        return nullptr;
    auto session = std::make_unique<GroupSessionController>(workspace, *bundle, moduleId, setup.plan());
    if (!session->start()) {
        QMessageBox::warning(parent, tr("The session cannot start"), session->error());
        return nullptr;
    }
    auto* console = new FacilitatorConsole(std::move(session));
    console->setAttribute(Qt::WA_DeleteOnClose);
    console->show();
    console->screenChooser()->place();
    // The main window shows the facilitator's own answers: out of sight (and off any screen the
    // room sees) until the session ends.
    console->hideDuringSession(parent ? parent->window() : nullptr);
    console->activateWindow();
    return console;
}

} // namespace reflekt
