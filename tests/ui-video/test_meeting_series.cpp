// Meetings on a real X server with two screens (see CMakeLists.txt: a 1366×768 laptop and a
// 1280×720 projector). A module run over two meetings with a clicker, the app restarted between
// them; and the projector swapped and then lost in the middle of the film, where neither window
// may end up partly off its screen.
#include "UiTestFixture.h"

#include "export/Exporter.h"
#include "platform/Workspace.h"
#include "store/Store.h"
#include "ui/MainWindow.h"
#include "ui/facilitator/FacilitatorConsole.h"
#include "ui/facilitator/GroupSessionController.h"
#include "ui/facilitator/PresentationWindow.h"
#include "ui/facilitator/ScreenChooser.h"
#include "ui/facilitator/SessionSetupDialog.h"
#include "ui/notes/NoteEditor.h"
#include "ui/player/FilmPlayer.h"
#include "ui/widgets/CheckList.h"

#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QTest>

#include <catch2/catch.hpp>

#include <map>

using namespace reflekt;

namespace {

/** On `screen`, with its frame inside what the screen offers (its whole area when full screen). */
bool fitsOn(QWidget* window, QScreen* screen)
{
    const QRect allowed = window->isFullScreen() ? screen->geometry() : screen->availableGeometry();
    return window->isVisible() && window->screen() == screen && allowed.contains(window->frameGeometry());
}

std::string where(QWidget* window)
{
    const QRect r = window->frameGeometry();
    const QRect a = window->screen()->availableGeometry();
    return window->objectName().toStdString() + " " + std::to_string(r.width()) + "x" +
           std::to_string(r.height()) + "+" + std::to_string(r.x()) + "+" + std::to_string(r.y()) +
           " on " + window->screen()->name().toStdString() + " (" + std::to_string(a.width()) + "x" +
           std::to_string(a.height()) + ")";
}

const QString kBundle = QStringLiteral("org.example.reflekt.interkulturell-sv");
const QString kModule = QStringLiteral("kultur-identitet");

/** Where a key from the clicker (or the keyboard) goes: the console's focus widget. */
void press(FacilitatorConsole& console, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = console.focusWidget() ? console.focusWidget() : &console;
    QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
}

/** Clicker forward until the wall shows `kind` (question `question`); false if it never does. */
bool forwardTo(FacilitatorConsole& console, SessionItem::Kind kind, int question = -1)
{
    GroupSessionController& s = console.session();
    for (int presses = 0; presses < 40; ++presses) {
        const SessionItem& item = s.currentItem();
        if (item.kind == kind && (question < 0 || item.questionIndex == question))
            return true;
        press(console, Qt::Key_PageDown);
    }
    return false;
}

/** Key presses as a Swedish keyboard sends them (QTest::keyClicks knows ASCII only). */
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, static_cast<char>(c.unicode()));
            continue;
        }
        const int key = c.toUpper().unicode(); // Qt::Key_Aring, Key_Adiaeresis, Key_Odiaeresis...
        QTest::sendKeyEvent(QTest::KeyAction::Click, widget, static_cast<Qt::Key>(key), QString(c), Qt::NoModifier);
    }
}

/** Types a group note the way a facilitator does between presses: into the note, then Esc. */
void typeNote(FacilitatorConsole& console, const QString& text)
{
    NoteEditor* note = console.noteEditor();
    QTest::mouseClick(note->viewport(), Qt::LeftButton);
    typeText(note, text);
    press(console, Qt::Key_Escape); // leaves the note; asks nothing
}

/** The setup dialog's people list: name -> ticked. */
std::map<QString, bool> ticks(QWidget* dialog)
{
    std::map<QString, bool> out;
    auto* list = dialog->findChild<CheckList*>(QStringLiteral("presentList"));
    for (int i = 0; list && i < list->count(); ++i)
        out[list->text(i)] = list->isChecked(i);
    return out;
}

bool completed(Store& store, std::int64_t pid, const char* step)
{
    const auto p = store.progress().stepProgress(pid, {kBundle.toStdString(), kModule.toStdString(), step});
    return p.ok() && p.value->has_value() && (*p.value)->completed;
}

} // namespace

TEST_CASE("meeting series: two meetings with a latecomer and a guest, kept open, restarted, continued and "
          "finished with the clicker",
          "[video][facilitator][series]")
{
    UiTestFixture f{QStringList{}};
    REQUIRE(copyTree(QStringLiteral(REFLEKT_MODULES_DIR "/sv-interkulturell"),
                     f.modulesDir() + QStringLiteral("/sv-interkulturell")));
    f.open();
    Store* store = f.workspace().store();
    const auto asa = store->participants().create("Åsa Öberg").value->id;
    const auto bertil = store->participants().create("Bertil Ek").value->id;
    const auto cai = store->participants().create("Cai Lindström").value->id;
    REQUIRE(f.window().useProfile(QStringLiteral("Åsa Öberg"), false));
    const QString note1 = QStringLiteral("Vi bokar b. Alla får tala.");
    const QString note2 = QStringLiteral("Bemötande. b b . Närvaro");
    const QString note4 = QStringLiteral("Göran: bra bok. Läs.");

    // Meeting 1: Åsa leads, Bertil comes. Film, text, the first two questions; then kept open.
    onNextModal([&](QWidget* dialog) {
        auto* setup = qobject_cast<SessionSetupDialog*>(dialog);
        CHECK(setup->findChild<QComboBox*>(QStringLiteral("continueSession"))->currentData().toLongLong() == 0);
        setup->setPresent(QStringLiteral("Bertil Ek"), true);
        QTest::keyClick(dialog->findChild<QPushButton*>(QStringLiteral("startSessionButton")), Qt::Key_Space);
    });
    QPointer<FacilitatorConsole> console =
        FacilitatorConsole::launch(f.workspace(), kBundle, kModule, &f.window());
    REQUIRE(console);
    REQUIRE(QTest::qWaitForWindowExposed(console.data()));
    const std::int64_t sessionId = console->session().sessionId();
    REQUIRE(forwardTo(*console, SessionItem::Kind::Question, 0));
    typeNote(*console, note1);
    press(*console, Qt::Key_PageDown);
    REQUIRE(console->session().currentItem().questionIndex == 1);
    typeNote(*console, note2);
    press(*console, Qt::Key_B); // the wall goes dark and comes back: the note does not change
    CHECK(console->session().isBlank());
    press(*console, Qt::Key_Period);
    CHECK_FALSE(console->session().isBlank());
    bool keptOpen = false;
    bool keptByKey = false;
    onNextModal(
        [&](QWidget* dialog) { // the end dialog, by keyboard: Alt+K keeps the session open
            auto* keep = dialog->findChild<QPushButton*>(QStringLiteral("keepOpenButton"));
            keptOpen = keep != nullptr;
            // A mnemonic only works once the window manager has made the dialog the active window,
            // which on a loaded machine comes late and can be taken back once: press again, as a
            // person would whose key did nothing.
            for (int attempt = 0; attempt < 8 && !keptByKey; ++attempt) {
                dialog->activateWindow();
                (void)QTest::qWaitForWindowActive(dialog, 2000);
                QTest::keyClick(dialog, Qt::Key_K, Qt::AltModifier);
                keptByKey = QTest::qWaitFor([&] { return !dialog->isVisible(); }, 1000);
            }
            if (!keptByKey && keep) // no hang: the CHECK below reports it
                keep->click();
        },
        QStringLiteral("sessionEndDialog"));
    press(*console, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return console.isNull(); }, 10000));
    CHECK(keptOpen);
    CHECK(keptByKey);

    // The laptop is shut down; a week later Reflekt starts again.
    f.reopen();
    store = f.workspace().store();
    REQUIRE(f.window().useProfile(QStringLiteral("Åsa Öberg"), false));
    std::map<QString, bool> offered;
    bool continuing = false;
    onNextModal([&](QWidget* dialog) {
        auto* setup = qobject_cast<SessionSetupDialog*>(dialog);
        continuing = setup->findChild<QComboBox*>(QStringLiteral("continueSession"))->currentData().toLongLong() ==
                     sessionId;
        offered = ticks(dialog);
        // Bertil is away; Cai comes for the first time, and a guest from another department.
        setup->setPresent(QStringLiteral("Bertil Ek"), false);
        setup->setPresent(QStringLiteral("Cai Lindström"), true);
        setup->addGuest(QStringLiteral("Göran Guest"));
        QTest::keyClick(dialog->findChild<QPushButton*>(QStringLiteral("startSessionButton")), Qt::Key_Space);
    });
    console = FacilitatorConsole::launch(f.workspace(), kBundle, kModule, &f.window());
    REQUIRE(console);
    CHECK(continuing); // the open session is the default
    CHECK(offered == std::map<QString, bool>{{QStringLiteral("Åsa Öberg"), true},
                                             {QStringLiteral("Bertil Ek"), true},
                                             {QStringLiteral("Cai Lindström"), false}});
    GroupSessionController& s = console->session();
    CHECK(s.sessionId() == sessionId);
    CHECK(s.meetingNumber() == 2);
    // Back where the group stopped, with what was covered marked.
    CHECK(s.currentItem().kind == SessionItem::Kind::Question);
    CHECK(s.currentItem().questionIndex == 1);
    for (int i = 0; i < s.currentIndex(); ++i)
        CHECK((s.isCovered(i) || s.items()[static_cast<std::size_t>(i)].kind == SessionItem::Kind::TitleCard));
    CHECK(console->noteEditor()->toPlainText() == note2);

    press(*console, Qt::Key_PageDown);
    press(*console, Qt::Key_PageDown);
    REQUIRE(s.currentItem().questionIndex == 3);
    typeNote(*console, note4);
    press(*console, Qt::Key_B);
    press(*console, Qt::Key_B);
    REQUIRE(forwardTo(*console, SessionItem::Kind::EndCard));
    QStringList credited;
    onNextModal(
        [&](QWidget* dialog) {
            auto* steps = dialog->findChild<CheckList*>(QStringLiteral("stepsToCredit"));
            for (int i = 0; steps && i < steps->count(); ++i)
                if (steps->isChecked(i))
                    credited << steps->data(i).toString();
            onNextModal([](QWidget* question) { QTest::keyClick(question, Qt::Key_Escape); }, // no minutes now
                        QStringLiteral("exportMinutesQuestion"));
            QTest::keyClick(dialog, Qt::Key_PageDown); // the clicker finishes
        },
        QStringLiteral("sessionEndDialog"));
    press(*console, Qt::Key_PageDown);
    REQUIRE(QTest::qWaitFor([&] { return console.isNull(); }, 10000));
    // Every step was covered across the two meetings.
    CHECK(credited == QStringList{QStringLiteral("kultur-identitet-film"), QStringLiteral("kultur-identitet-text"),
                                  QStringLiteral("kultur-identitet-reflektion"),
                                  QStringLiteral("kultur-identitet-aktivitet")});

    // Credit per profile: for what was on the wall at the meetings they came to.
    for (const char* step : {"kultur-identitet-film", "kultur-identitet-text", "kultur-identitet-reflektion",
                             "kultur-identitet-aktivitet"}) {
        INFO(step);
        CHECK(completed(*store, asa, step));
    }
    CHECK(completed(*store, bertil, "kultur-identitet-film"));
    CHECK(completed(*store, bertil, "kultur-identitet-reflektion"));
    CHECK_FALSE(completed(*store, bertil, "kultur-identitet-aktivitet"));
    CHECK_FALSE(completed(*store, cai, "kultur-identitet-film"));
    CHECK(completed(*store, cai, "kultur-identitet-reflektion"));
    CHECK(completed(*store, cai, "kultur-identitet-aktivitet"));

    // The group's notes are exactly what was typed: no b or . from the clicker in them.
    std::map<std::string, std::string> notes;
    const auto groupNotes = store->sessions().groupNotes(sessionId);
    REQUIRE(groupNotes.ok());
    for (const Note& n : *groupNotes.value)
        notes[n.questionId] = n.text;
    CHECK(notes == std::map<std::string, std::string>{{"kultur-identitet-q1", note1.toStdString()},
                                                      {"kultur-identitet-q2", note2.toStdString()},
                                                      {"kultur-identitet-q4", note4.toStdString()}});

    // The minutes: both meetings with who was there, the notes, no padding.
    ExportRequest request;
    request.participantId = asa;
    request.scope = ExportScope::Session;
    request.sessionId = sessionId;
    request.locale = QLocale(QStringLiteral("sv_SE"));
    ExportOptions options;
    options.format = ExportFormat::Markdown;
    options.filePath = f.dataDir() + QStringLiteral("/protokoll.md");
    const ExportResult result =
        Exporter::exportNotes(*store, {f.workspace().bundle(kBundle)}, request, options);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    QFile file(options.filePath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(file.readAll());
    INFO(md.toStdString());
    const auto meeting1 = md.indexOf(QStringLiteral("Meeting 1"));
    const auto meeting2 = md.indexOf(QStringLiteral("Meeting 2"));
    REQUIRE(meeting1 >= 0);
    REQUIRE(meeting2 > meeting1);
    const QString first = md.mid(meeting1, meeting2 - meeting1);
    const QString second = md.mid(meeting2, md.indexOf(QStringLiteral("\n## "), meeting2) - meeting2);
    CHECK(first.contains(QStringLiteral("Bertil Ek")));
    CHECK_FALSE(first.contains(QStringLiteral("Cai Lindström")));
    CHECK_FALSE(first.contains(QStringLiteral("Göran Guest")));
    CHECK(second.contains(QStringLiteral("Cai Lindström")));
    CHECK(second.contains(QStringLiteral("Göran Guest")));
    CHECK_FALSE(second.contains(QStringLiteral("Bertil Ek")));
    for (const QString& n : {note1, note2, note4})
        CHECK(md.contains(n));
    CHECK_FALSE(md.contains(QStringLiteral("Not answered")));
    // Only the two questions the group wrote nothing for say so, once each; no sub-question padding.
    CHECK(md.count(QStringLiteral("No notes")) == 2);
}

TEST_CASE("meeting series: swap screens and unplug the projector mid-film, both windows stay fully on screen",
          "[video][facilitator][screens]")
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    REQUIRE(screens.size() == 2);
    QScreen* laptop = screens[0];
    QScreen* projector = screens[1];
    // The console's own size (1100×720) is as tall as the projector: placed anywhere but its top
    // edge it would run past the bottom.
    REQUIRE(projector->availableGeometry().height() <= 720);

    UiTestFixture f{QStringList{}};
    REQUIRE(copyTree(QStringLiteral(REFLEKT_MODULES_DIR "/sv-interkulturell"),
                     f.modulesDir() + QStringLiteral("/sv-interkulturell")));
    f.open();
    REQUIRE(f.workspace().store()->participants().create("Åsa Öberg").ok());
    REQUIRE(f.window().useProfile(QStringLiteral("Åsa Öberg"), false));

    onNextModal([](QWidget* dialog) {
        if (auto* start = dialog->findChild<QPushButton*>(QStringLiteral("startSessionButton")))
            start->click();
    });
    QPointer<FacilitatorConsole> console =
        FacilitatorConsole::launch(f.workspace(), QStringLiteral("org.example.reflekt.interkulturell-sv"),
                                   QStringLiteral("kultur-identitet"), &f.window());
    REQUIRE(console);
    PresentationWindow* wall = console->presentation();
    ScreenChooser* chooser = console->screenChooser();
    auto* warning = console->findChild<QLabel*>(QStringLiteral("singleScreenWarning"));
    REQUIRE(warning);
    REQUIRE(QTest::qWaitForWindowExposed(console.data()));
    REQUIRE(QTest::qWaitFor([&] { return wall->isFullScreen() && fitsOn(wall, projector); }, 5000));
    CHECK(fitsOn(console, laptop));
    CHECK_FALSE(f.window().isVisible()); // the facilitator's own answers stay out of the room's sight
    CHECK_FALSE(warning->isVisible());

    // The clicker goes to the film; it plays on the wall.
    GroupSessionController& s = console->session();
    while (s.currentItem().kind != SessionItem::Kind::Film)
        QTest::keyClick(console.data(), Qt::Key_PageDown);
    const int film = s.currentIndex();
    FilmPlayer* player = wall->player();
    REQUIRE(player);
    REQUIRE(QTest::qWaitFor([&] { return player->position() > 0.5; }, 15000));

    // The projector came up as the main screen: swap. The console moves to the 720-line screen.
    QTest::mouseClick(console->findChild<QPushButton*>(QStringLiteral("swapScreens")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return wall->isFullScreen() && fitsOn(wall, laptop); }, 5000));
    INFO(where(console));
    REQUIRE(QTest::qWaitFor([&] { return fitsOn(console, projector); }, 5000));
    CHECK(QTest::qWaitForWindowExposed(console.data()));
    CHECK(QTest::qWaitForWindowExposed(wall));

    // The projector's cable comes out. Xvfb cannot take a screen away while a client runs, so the
    // test calls what QGuiApplication::screenRemoved runs, ScreenChooser::screenRemoved, with the
    // projector (still there for X, no longer used by Reflekt). Not covered: Qt's own move of
    // windows off a vanished screen, and a real output going away under RandR.
    chooser->screenRemoved(projector);
    REQUIRE(QTest::qWaitFor([&] { return fitsOn(console, laptop); }, 5000));
    INFO(where(wall));
    REQUIRE(QTest::qWaitFor([&] { return !wall->isFullScreen() && fitsOn(wall, laptop); }, 5000));
    CHECK(chooser->screens() == QList<QScreen*>{laptop});
    CHECK(warning->isVisible()); // one screen: a mirroring projector would show the console
    CHECK(QTest::qWaitForWindowExposed(console.data()));
    CHECK(QTest::qWaitForWindowExposed(wall));
    // The film is still on the wall and goes on playing.
    CHECK(s.currentIndex() == film);
    CHECK(wall->player() == player);
    CHECK_FALSE(player->hasError());
    const double at = player->position();
    CHECK(QTest::qWaitFor([&] { return player->position() > at + 0.5; }, 10000));

    // Plugged in again: the wall goes back to it, full screen, and the warning goes.
    chooser->screenAdded(projector);
    REQUIRE(QTest::qWaitFor([&] { return wall->isFullScreen() && fitsOn(wall, projector); }, 5000));
    CHECK(fitsOn(console, laptop));
    CHECK_FALSE(warning->isVisible());

    console->presentation()->allowClose();
    delete console.data();
    CHECK(f.window().isVisible()); // back after the session
}
