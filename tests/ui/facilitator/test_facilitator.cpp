// Facilitator mode: the wall, the console, the clicker's keys, the clocks, group notes, finishing.
#include "test_facilitator_support.h"

#include "platform/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/facilitator/FacilitatorConsole.h"
#include "ui/facilitator/PresentationWindow.h"
#include "ui/facilitator/ScreenChooser.h"
#include "ui/facilitator/SessionSetupDialog.h"
#include "ui/notes/NoteEditor.h"
#include "ui/player/FilmPlayer.h"
#include "ui/widgets/CheckList.h"
#include "ui/widgets/StatusColors.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

#include <map>

using namespace reflekt;


TEST_CASE("the wall never shows a profile name or a personal note, at any item", "[ui][facilitator][privacy]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    PresentationWindow* wall = console->presentation();
    REQUIRE(wall);
    GroupSessionController& s = console->session();

    const QStringList secrets{FacilitatorSetup::kPresentName, FacilitatorSetup::kAbsentName,
                              FacilitatorSetup::kPresentNote, FacilitatorSetup::kAbsentNote,
                              QStringLiteral("HEMLIG"),       QStringLiteral("PRIVAT"),
                              FacilitatorSetup::kGuestName,   FacilitatorSetup::kFacilitatorName};
    const auto checkWall = [&] {
        const QString all = visibleTexts(wall).join(QLatin1Char('\n'));
        for (const QString& secret : secrets) {
            INFO("item " << s.currentIndex() << " shows " << secret.toStdString());
            CHECK_FALSE(all.contains(secret, Qt::CaseInsensitive));
        }
        return all;
    };

    // The walker does see what the wall shows (so finding nothing above means something).
    const QString card = checkWall();
    CHECK(card.contains(QStringLiteral("Introduktion")));
    bool sawQuestion = false;
    bool sawSubQuestion = false;
    while (s.currentIndex() + 1 < static_cast<int>(s.items().size())) {
        pressUntilNext(wall, s);
        const QString all = checkWall();
        sawQuestion = sawQuestion || all.contains(QStringLiteral("Vad är kultur för dig?"));
        sawSubQuestion = sawSubQuestion || all.contains(QStringLiteral("Ge ett exempel."));
        QTest::keyClick(wall, Qt::Key_B); // blank, then back
        checkWall();
        QTest::keyClick(wall, Qt::Key_B);
    }
    CHECK(sawQuestion);
    CHECK(sawSubQuestion);
    // ...and a group note typed on the console stays on the console.
    s.goTo(indexOf(s, SessionItem::Kind::Question, 0));
    REQUIRE(s.currentItem().kind == SessionItem::Kind::Question);
    clickIntoNote(*console);
    QTest::keyClicks(console->noteEditor(), QStringLiteral("GRUPPENS-BESLUT-5150"));
    REQUIRE(console->noteEditor()->flush());
    CHECK_FALSE(visibleTexts(wall).join(QLatin1Char('\n')).contains(QStringLiteral("GRUPPENS-BESLUT")));
    CHECK(
        visibleTexts(console.get()).join(QLatin1Char('\n')).contains(QStringLiteral("GRUPPENS-BESLUT-5150")));
}

TEST_CASE("clicker keys advance, go back and blank in both windows", "[ui][facilitator][keys]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    PresentationWindow* wall = console->presentation();
    GroupSessionController& s = console->session();
    auto* current = console->findChild<QLabel*>(QStringLiteral("currentItem"));
    REQUIRE(current);

    CHECK(s.currentIndex() == 0);
    CHECK(currentPage(wall) == QStringLiteral("presentationCard"));
    CHECK(current->text().contains(QStringLiteral("Introduktion")));
    QTest::keyClick(wall, Qt::Key_Right);
    CHECK(s.currentIndex() == 1);
    CHECK(currentPage(wall) == QStringLiteral("presentationFilmPage"));
    CHECK(current->text().contains(QStringLiteral("Film")));
    QTest::keyClick(wall, Qt::Key_Left);
    CHECK(s.currentIndex() == 0);
    QTest::keyClick(console.get(), Qt::Key_PageDown);
    CHECK(s.currentIndex() == 1);
    QTest::keyClick(console.get(), Qt::Key_PageUp);
    CHECK(s.currentIndex() == 0);
    QTest::keyClick(wall, Qt::Key_Space);
    CHECK(s.currentIndex() == 1);

    // B blanks the wall; the next press brings the picture back without moving on.
    QTest::keyClick(wall, Qt::Key_B);
    CHECK(currentPage(wall) == QStringLiteral("presentationBlank"));
    CHECK(console->findChild<QPushButton*>(QStringLiteral("consoleBlank"))->isChecked());
    QTest::keyClick(console.get(), Qt::Key_PageDown);
    CHECK(currentPage(wall) == QStringLiteral("presentationFilmPage"));
    CHECK(s.currentIndex() == 1);

    // At a question, Space in the group's note types a space; PageDown still advances.
    s.goTo(indexOf(s, SessionItem::Kind::Question, 0));
    CHECK(currentPage(wall) == QStringLiteral("presentationQuestionPage"));
    NoteEditor* note = console->noteEditor();
    clickIntoNote(*console);
    QTest::keyClicks(note, QStringLiteral("a b"));
    CHECK(note->toPlainText() == QStringLiteral("a b"));
    const int at = s.currentIndex();
    QTest::keyClick(note, Qt::Key_PageDown);
    CHECK(s.currentIndex() == at + 1);
    CHECK(console->findChild<QLabel*>(QStringLiteral("nextItem"))
              ->text()
              .contains(QStringLiteral("Samtalskort")));

    // Esc asks before ending; "back to the session" keeps everything running.
    bool asked = false;
    onNextModal([&](QWidget* dialog) {
        asked = dialog->objectName() == QStringLiteral("sessionEndDialog");
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(wall, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return asked; }, 5000));
    REQUIRE(QTest::qWaitFor([] { return QApplication::activeModalWidget() == nullptr; }, 5000));
    CHECK(console->isVisible());
    CHECK(wall->isVisible());
    CHECK_FALSE(s.isFinished());
}

TEST_CASE("wall type scales with the window, not fixed points", "[ui][facilitator][scale]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    PresentationWindow* wall = console->presentation();
    GroupSessionController& s = console->session();
    s.goTo(indexOf(s, SessionItem::Kind::Question, 0));
    auto* question = wall->findChild<QLabel*>(QStringLiteral("questionText"));
    REQUIRE(question);
    wall->resize(800, 450);
    CHECK(QTest::qWaitFor([&] { return question->font().pixelSize() == 450 / 18; }, 2000));
    wall->resize(1600, 900);
    CHECK(QTest::qWaitFor([&] { return question->font().pixelSize() == 900 / 18; }, 2000));
    CHECK(wall->findChild<QLabel*>(QStringLiteral("cardTitle"))->font().pixelSize() == 900 / 10);
}

TEST_CASE("the question clock turns amber near the planned minutes and red past them",
          "[ui][facilitator][timer]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    GroupSessionController& s = console->session();
    PresentationWindow* wall = console->presentation();
    auto* clock = console->findChild<QLabel*>(QStringLiteral("itemClock"));
    auto* wallTimer = wall->findChild<QLabel*>(QStringLiteral("presentationTimer"));
    REQUIRE(clock);
    REQUIRE(wallTimer);

    s.goTo(indexOf(s, SessionItem::Kind::Question, 0)); // q1: 5 minutes planned
    CHECK(clock->property("timerState").toString() == QStringLiteral("normal"));
    CHECK(clock->text() == QStringLiteral("0:00 of 5 min"));
    CHECK(wallTimer->isVisible());
    setup.now += 3 * 60000;
    s.tick();
    CHECK(clock->property("timerState").toString() == QStringLiteral("normal"));
    CHECK(clock->text() == QStringLiteral("3:00 of 5 min"));
    CHECK(clock->styleSheet().isEmpty());
    setup.now += 90000; // 4:30
    s.tick();
    CHECK(clock->property("timerState").toString() == QStringLiteral("near"));
    CHECK(clock->styleSheet().contains(QStringLiteral("#f2b632")));
    setup.now += 60000; // 5:30
    s.tick();
    CHECK(clock->property("timerState").toString() == QStringLiteral("over"));
    CHECK(clock->styleSheet().contains(QStringLiteral("#c62828")));
    CHECK(wallTimer->text().contains(QStringLiteral("5:30")));

    // The next question has its own clock; coming back continues the first one.
    QTest::keyClick(wall, Qt::Key_Right);
    CHECK(clock->property("timerState").toString() == QStringLiteral("normal"));
    CHECK(clock->text() == QStringLiteral("0:00 of 3 min"));
    QTest::keyClick(wall, Qt::Key_Left);
    CHECK(clock->property("timerState").toString() == QStringLiteral("over"));

    auto* session = console->findChild<QLabel*>(QStringLiteral("sessionClock"));
    CHECK(session->text() == QStringLiteral("Session 5:30 of 9 min planned"));

    // The facilitator can hide the wall's timer.
    console->findChild<QCheckBox*>(QStringLiteral("wallTimerToggle"))->click();
    CHECK_FALSE(wallTimer->isVisible());
}

TEST_CASE("group notes typed in the console are saved and survive reopening the store",
          "[ui][facilitator][notes]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::int64_t sessionId = 0;
    {
        std::unique_ptr<FacilitatorConsole> console(setup.startSession());
        GroupSessionController& s = console->session();
        sessionId = s.sessionId();
        s.goTo(indexOf(s, SessionItem::Kind::Question, 0));
        NoteEditor* note = console->noteEditor();
        CHECK(note->isEnabled());
        clickIntoNote(*console);
        QTest::keyClicks(note, QStringLiteral("Vi borjar med en fraga."));
        note->insertPlainText(QStringLiteral(" Så gör vi.")); // keyClicks knows ASCII only
        auto* status = console->findChild<QLabel*>(QStringLiteral("groupNoteStatus"));
        REQUIRE(QTest::qWaitFor([&] { return !note->hasUnsavedChanges(); }, 5000));
        CHECK(status->text().startsWith(QStringLiteral("Saved")));
        // Moving on saves at once, under the question it was written for.
        QTest::keyClicks(note, QStringLiteral(" Alla far tala."));
        s.advance();
        CHECK(note->toPlainText().isEmpty());
        QTest::keyClicks(note, QStringLiteral("Tre saker tar vi med oss."));
        s.back();
        CHECK(note->toPlainText() == QStringLiteral("Vi borjar med en fraga. Så gör vi. Alla far tala."));
        s.goTo(indexOf(s, SessionItem::Kind::Film));
        CHECK_FALSE(note->isEnabled());
    }
    f.reopen();
    const auto notes = f.workspace().store()->sessions().groupNotes(sessionId);
    REQUIRE(notes.ok());
    std::map<std::string, std::string> byQuestion;
    for (const Note& n : *notes.value)
        byQuestion[n.questionId] = n.text;
    CHECK(byQuestion["q1"] == "Vi borjar med en fraga. Så gör vi. Alla far tala.");
    CHECK(byQuestion["q2"] == "Tre saker tar vi med oss.");
    // A personal note of the same question is untouched.
    const auto own = f.workspace().store()->notes().load(setup.presentId, "org.example.minimal", "q1");
    REQUIRE(own.ok());
    CHECK((*own.value)->text == FacilitatorSetup::kPresentNote.toStdString());
}

TEST_CASE(
    "finishing with the clicker credits the profiles present, not the absent, and guests need no profile",
    "[ui][facilitator][finish]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    auto* console = setup.startSession();
    console->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<FacilitatorConsole> alive(console);
    GroupSessionController& s = console->session();
    const std::int64_t sessionId = s.sessionId();
    PresentationWindow* wall = console->presentation();
    while (s.currentIndex() + 1 < static_cast<int>(s.items().size()))
        pressUntilNext(wall, s);
    setup.now += 40 * 60000;

    QString endText;
    const QString minutesFile = f.dataDir() + QStringLiteral("/minutes.pdf");
    bool minutesOffered = false;
    bool sessionPreselected = false;
    bool minutesWhere = false;
    onNextModal([&](QWidget* dialog) {
        // No REQUIRE in here: this runs inside the dialog's event loop.
        CHECK(dialog->objectName() == QStringLiteral("sessionEndDialog"));
        if (auto* label = dialog->findChild<QLabel*>(QStringLiteral("sessionEndText")))
            endText = label->text();
        onNextModal([&](QWidget* question) { // "Export the minutes now?"
            minutesOffered = question->objectName() == QStringLiteral("exportMinutesQuestion");
            onNextModal([&](QWidget* exportDialog) {
                auto* scope = exportDialog->findChild<QComboBox*>(QStringLiteral("exportSession"));
                sessionPreselected = exportDialog->objectName() == QStringLiteral("exportDialog") && scope &&
                                     scope->isVisible() && scope->currentData().toLongLong() == sessionId;
                if (auto* file = exportDialog->findChild<QLineEdit*>(QStringLiteral("exportFile")))
                    file->setText(minutesFile);
                onNextModal(
                    [&](QWidget* done) { // where the minutes are; the clicker closes it
                        minutesWhere = qobject_cast<QMessageBox*>(done)->text().contains(minutesFile);
                        QTest::keyClick(done, Qt::Key_PageDown);
                    },
                    QStringLiteral("minutesDoneMessage"));
                QTest::keyClick(exportDialog, Qt::Key_PageDown); // the clicker exports
            });
            QTest::keyClick(question, Qt::Key_PageDown); // yes, with the clicker
        });
        QTest::keyClick(dialog, Qt::Key_PageDown); // the clicker's forward button finishes
    });
    QTest::keyClick(wall, Qt::Key_PageDown); // past the end card
    REQUIRE(QTest::qWaitFor([&] { return alive.isNull(); }, 10000));
    CHECK(endText.contains(QStringLiteral("1 profile")));
    CHECK(minutesOffered);
    CHECK(sessionPreselected);
    CHECK(minutesWhere);
    QFile minutes(minutesFile);
    REQUIRE(minutes.open(QIODevice::ReadOnly));
    CHECK(minutes.read(5) == QByteArray("%PDF-"));

    Store& store = *f.workspace().store();
    const auto found = store.sessions().find(sessionId);
    REQUIRE(found.ok());
    REQUIRE(found.value->has_value());
    const GroupSession& gs = **found.value;
    CHECK(gs.endedMs.has_value());
    CHECK(gs.facilitator == FacilitatorSetup::kFacilitatorName.toStdString());
    bool guest = false;
    for (const Attendee& a : gs.attendees)
        guest = guest || (!a.participantId && a.guestName == FacilitatorSetup::kGuestName.toStdString());
    CHECK(guest);
    CHECK(gs.attendees.size() == 2);

    for (const char* step : {"film", "read", "reflect", "cards"}) {
        INFO(step);
        const StepRef ref{"org.example.minimal", "intro", step};
        const auto present = store.progress().stepProgress(setup.presentId, ref);
        REQUIRE(present.ok());
        REQUIRE(present.value->has_value());
        CHECK((*present.value)->completed);
        CHECK((*present.value)->completedHow == CompletionHow::Group);
        CHECK((*present.value)->completedSessionId == sessionId);
        const auto absent = store.progress().stepProgress(setup.absentId, ref);
        REQUIRE(absent.ok());
        CHECK_FALSE((absent.value->has_value() && (*absent.value)->completed));
    }
    // Their own notes stay their own.
    const auto own = store.notes().load(setup.absentId, "org.example.minimal", "q2");
    CHECK((*own.value)->text == FacilitatorSetup::kAbsentNote.toStdString());
}

TEST_CASE("setup: who is present, guests without a profile, steps and planned time",
          "[ui][facilitator][setup]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    const Bundle* bundle = f.workspace().bundle(FacilitatorSetup::kBundle);
    SessionSetupDialog dialog(f.workspace(), *bundle, FacilitatorSetup::kModule);
    auto* planned = dialog.findChild<QLabel*>(QStringLiteral("plannedTime"));
    REQUIRE(planned);
    // Film 2 s (1 min) + questions 5 + 3 min.
    CHECK(planned->text().startsWith(QStringLiteral("Planned time: 9 min")));
    CHECK(planned->text().contains(QStringLiteral("20 min")));
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("facilitatorName"))->text() ==
          FacilitatorSetup::kPresentName);

    auto* guest = dialog.findChild<QLineEdit*>(QStringLiteral("guestName"));
    guest->insert(FacilitatorSetup::kGuestName);
    QTest::keyClick(guest, Qt::Key_Return);
    CHECK(guest->text().isEmpty());
    REQUIRE(dialog.setStepIncluded(QStringLiteral("reflect"), false));
    CHECK(planned->text().startsWith(QStringLiteral("Planned time: 1 min")));

    const SessionPlan plan = dialog.plan();
    CHECK(plan.participantIds == std::vector<std::int64_t>{setup.presentId}); // the current profile, ticked
    CHECK(plan.guestNames == QStringList{FacilitatorSetup::kGuestName});
    CHECK(plan.stepIds ==
          QStringList{QStringLiteral("film"), QStringLiteral("read"), QStringLiteral("cards")});
    CHECK(plan.continueSessionId == 0);

    // No steps: nothing to start.
    for (const char* step : {"film", "read", "cards"})
        dialog.setStepIncluded(QString::fromLatin1(step), false);
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("startSessionButton"))->isEnabled());
}

TEST_CASE("a session kept open is listed and continued at the next meeting", "[ui][facilitator][continue]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::int64_t sessionId = 0;
    {
        auto* console = setup.startSession();
        console->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<FacilitatorConsole> alive(console);
        GroupSessionController& s = console->session();
        sessionId = s.sessionId();
        s.goTo(indexOf(s, SessionItem::Kind::Question, 0));
        clickIntoNote(*console);
        QTest::keyClicks(console->noteEditor(), QStringLiteral("Fortsatter nasta gang."));
        onNextModal([](QWidget* dialog) {
            if (auto* keep = dialog->findChild<QPushButton*>(QStringLiteral("keepOpenButton")))
                keep->click();
        });
        console->findChild<QPushButton*>(QStringLiteral("endSession"))->click();
        REQUIRE(QTest::qWaitFor([&] { return alive.isNull(); }, 10000));
    }
    f.reopen();
    REQUIRE(f.window().useProfile(FacilitatorSetup::kPresentName, false));
    const Bundle* bundle = f.workspace().bundle(FacilitatorSetup::kBundle);
    SessionSetupDialog dialog(f.workspace(), *bundle, FacilitatorSetup::kModule);
    auto* history = dialog.findChild<QListWidget*>(QStringLiteral("sessionHistory"));
    REQUIRE(history->count() == 2); // the session, and its one meeting so far
    CHECK(history->item(0)->text().contains(QStringLiteral("open")));
    CHECK(history->item(1)->text().contains(QStringLiteral("Meeting 1")));
    CHECK(history->item(1)->text().contains(QStringLiteral("2 present")));
    auto* choice = dialog.findChild<QComboBox*>(QStringLiteral("continueSession"));
    REQUIRE(choice->count() == 2);
    CHECK(choice->currentIndex() == 1); // continuing is the default when a session is open
    CHECK(choice->currentText().contains(QStringLiteral("meeting 2")));
    // Attendance is taken again: those of the last meeting ticked, a latecomer can be added.
    auto* people = dialog.findChild<CheckList*>(QStringLiteral("presentList"));
    REQUIRE(people);
    CHECK(people->isEnabled());
    std::map<QString, bool> ticked;
    for (int i = 0; i < people->count(); ++i)
        ticked[people->text(i)] = people->isChecked(i);
    CHECK(ticked == std::map<QString, bool>{{FacilitatorSetup::kPresentName, true},
                                            {FacilitatorSetup::kAbsentName, false},
                                            {FacilitatorSetup::kGuestName, true}});
    CHECK(dialog.setPresent(FacilitatorSetup::kAbsentName, true));
    CHECK_FALSE(dialog.findChild<CheckList*>(QStringLiteral("stepsToCover"))->isEnabled());
    const SessionPlan plan = dialog.plan();
    CHECK(plan.continueSessionId == sessionId);

    // Back to "a new session": the defaults again, the series' guest gone.
    choice->setCurrentIndex(0);
    CHECK(people->count() == 2);
    CHECK(dialog.findChild<CheckList*>(QStringLiteral("stepsToCover"))->isEnabled());

    GroupSessionController again(f.workspace(), *bundle, FacilitatorSetup::kModule, plan);
    REQUIRE(again.start());
    CHECK(again.sessionId() == sessionId);
    CHECK(again.meetingNumber() == 2);
    CHECK(again.currentIndex() == indexOf(again, SessionItem::Kind::Question, 0)); // where the group stopped
    CHECK(again.groupNote(QStringLiteral("q1")) == QStringLiteral("Fortsatter nasta gang."));
    CHECK(again.session().attendees.size() == 3); // the latecomer joined the roster
    CHECK(again.session().meetings.back().attendees.size() == 3);
    CHECK(again.session().meetings.front().attendees.size() == 2);
}

TEST_CASE("with one screen the wall is an ordinary window for rehearsing", "[ui][facilitator][screens]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    REQUIRE(QGuiApplication::screens().size() == 1);
    CHECK_FALSE(console->screenChooser()->isFullScreen());
    CHECK_FALSE(console->presentation()->isFullScreen());
    CHECK(console->presentation()->isVisible());
    CHECK_FALSE(console->findChild<QPushButton*>(QStringLiteral("swapScreens"))->isEnabled());
}

TEST_CASE("a long text on the wall starts at the top and pages before moving on", "[ui][facilitator][text]")
{
    UiTestFixture f;
    {
        QFile text(f.modulesDir() + QStringLiteral("/minimal/text/read.sv.md"));
        REQUIRE(text.open(QIODevice::WriteOnly | QIODevice::Truncate));
        text.write("# Lång text\n\n");
        for (int i = 0; i < 60; ++i)
            text.write(QStringLiteral("Stycke %1 med några ord om att samtala i grupp.\n\n").arg(i).toUtf8());
    }
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    PresentationWindow* wall = console->presentation();
    GroupSessionController& s = console->session();
    const int textItem = indexOf(s, SessionItem::Kind::Text);
    s.goTo(textItem);
    auto* browser = wall->findChild<QTextBrowser*>(QStringLiteral("presentationText"));
    REQUIRE(browser);
    QScrollBar* bar = browser->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    CHECK(bar->value() == 0);

    QTest::keyClick(wall, Qt::Key_PageDown);
    CHECK(s.currentIndex() == textItem); // still the text, one page further
    CHECK(bar->value() > 0);
    QTest::keyClick(wall, Qt::Key_PageUp);
    CHECK(bar->value() == 0);
    QTest::keyClick(wall, Qt::Key_PageUp);
    CHECK(s.currentIndex() == textItem - 1);

    s.goTo(textItem);
    CHECK(bar->value() == 0);
    pressUntilNext(wall, s);
    CHECK(s.currentIndex() == textItem + 1);
}

TEST_CASE("a group note that cannot be saved is kept through the meeting and never dropped at the end",
          "[ui][facilitator][notes]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    GroupSessionController& s = console->session();
    const QString db = f.dataDir() + QStringLiteral("/reflekt.db");
    sqliteExec(db, "CREATE TRIGGER disk_full BEFORE INSERT ON note "
                   "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;");
    s.goTo(indexOf(s, SessionItem::Kind::Question, 0));
    NoteEditor* note = console->noteEditor();
    clickIntoNote(*console);
    QTest::keyClicks(note, QStringLiteral("Vi vill prova samtalskorten nasta gang."));
    s.advance(); // the clicker moves on; the save fails, and the text is kept
    auto* status = console->findChild<QLabel*>(QStringLiteral("groupNoteStatus"));
    CHECK(status->text().contains(QStringLiteral("not saved yet")));
    s.back();
    CHECK(note->toPlainText() == QStringLiteral("Vi vill prova samtalskorten nasta gang."));

    // Ending with the note still unsaved asks first; the facilitator stays.
    bool asked = false;
    onNextModal([&](QWidget* modal) {
        asked = modal->objectName() == QStringLiteral("unsavedTextPrompt");
        auto* stay = modal->findChild<QPushButton*>(QStringLiteral("stayWithText"));
        REQUIRE(stay);
        QTest::mouseClick(stay, Qt::LeftButton);
    });
    console->requestEnd();
    CHECK(asked);
    CHECK(console->isVisible());

    // The disk has room again: the group adds a line, it saves, and the next move never puts the
    // older kept copy back over it.
    sqliteExec(db, "DROP TRIGGER disk_full;");
    const QString longer = QStringLiteral("Vi vill prova samtalskorten nasta gang. Och bjuda in skolan.");
    QTest::keyClicks(note, QStringLiteral(" Och bjuda in skolan."));
    REQUIRE(QTest::qWaitFor([&] { return !note->hasUnsavedChanges(); }, 5000));
    s.advance();
    CHECK(s.groupNote(QStringLiteral("q1")) == longer);
    const auto stored = f.workspace().store()->sessions().groupNotes(s.sessionId());
    REQUIRE(stored.ok());
    REQUIRE(stored.value->size() == 1);
    CHECK(QString::fromStdString(stored.value->front().text) == longer);

    // A note kept while the disk was full reaches the database at the next move.
    sqliteExec(db, "CREATE TRIGGER disk_full BEFORE INSERT ON note "
                   "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;");
    s.goTo(indexOf(s, SessionItem::Kind::Question, 1));
    const QString other = QString::fromStdString(s.questionOf(s.currentItem())->id);
    QTest::keyClicks(note, QStringLiteral("Tre saker."));
    s.back();
    CHECK(status->text().contains(QStringLiteral("not saved yet")));
    sqliteExec(db, "DROP TRIGGER disk_full;");
    s.advance();
    CHECK(s.groupNote(other) == QStringLiteral("Tre saker."));
    CHECK(note->toPlainText() == QStringLiteral("Tre saker."));
}
