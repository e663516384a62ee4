// Facilitator mode with a clicker in the room: keys never type into the group's note, Esc and clicks
// leave it, the blank wall is unmistakable, and the main window stays out of the room's sight.
#include "test_facilitator_support.h"

#include "platform/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/facilitator/FacilitatorConsole.h"
#include "ui/facilitator/PresentationWindow.h"
#include "ui/facilitator/ScreenChooser.h"
#include "ui/facilitator/SessionSetupDialog.h"
#include "ui/notes/NoteEditor.h"
#include "ui/player/FilmPlayer.h"
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


TEST_CASE("meeting series: clicker keys never type into the group's note", "[ui][facilitator][keys]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    PresentationWindow* wall = console->presentation();
    GroupSessionController& s = console->session();
    NoteEditor* note = console->noteEditor();
    auto* banner = console->findChild<QLabel*>(QStringLiteral("wallBlankBanner"));
    REQUIRE(banner);
    // Where a key goes: the console's focus widget (the console itself unless the note has it).
    const auto press = [&](int key) {
        QWidget* target = console->focusWidget() ? console->focusWidget() : console.get();
        QTest::keyClick(target, static_cast<Qt::Key>(key));
    };

    // The clicker walks to the first question (a text pages first).
    while (s.currentItem().kind != SessionItem::Kind::Question) {
        const int before = s.currentIndex();
        press(Qt::Key_PageDown);
        REQUIRE(s.currentIndex() >= before);
    }
    const QString question = QString::fromStdString(s.questionOf(s.currentItem())->id);

    // Typed while the note has the focus: B and "." are letters there.
    const QString typed = QStringLiteral("Vi bokar fika. Alla far tala.");
    clickIntoNote(*console);
    QTest::keyClicks(note, typed);
    CHECK(note->toPlainText() == typed);
    CHECK(currentPage(wall) == QStringLiteral("presentationQuestionPage"));

    // Esc leaves the note and asks nothing; now B and "." are the clicker's.
    press(Qt::Key_Escape);
    CHECK(console->focusWidget() != note);
    CHECK(QApplication::activeModalWidget() == nullptr);
    press(Qt::Key_B);
    CHECK(currentPage(wall) == QStringLiteral("presentationBlank"));
    CHECK(banner->isVisibleTo(console.get()));
    // Any other key while the wall is dark: nothing reaches the note, even sent straight at it.
    QTest::keyClicks(note, QStringLiteral("xyz"));
    QTest::keyClicks(note->viewport(), QStringLiteral("qrs"));
    for (int key : {Qt::Key_A, Qt::Key_Return, Qt::Key_Backspace})
        press(key);
    CHECK(note->toPlainText() == typed);
    CHECK(currentPage(wall) == QStringLiteral("presentationBlank"));
    QTest::keyClick(note, Qt::Key_Period); // the remote's blank button: the picture comes back
    CHECK(currentPage(wall) == QStringLiteral("presentationQuestionPage"));
    CHECK_FALSE(banner->isVisibleTo(console.get()));
    QTest::keyClick(note, Qt::Key_B);
    CHECK(currentPage(wall) == QStringLiteral("presentationBlank"));
    press(Qt::Key_Period);
    CHECK(currentPage(wall) == QStringLiteral("presentationQuestionPage"));
    CHECK(note->toPlainText() == typed);
    CHECK(s.currentItem().kind == SessionItem::Kind::Question);

    // Back to the film with the clicker's back button; Space and K pause and play it there.
    while (s.currentItem().kind != SessionItem::Kind::Film)
        press(Qt::Key_PageUp);
    const int film = s.currentIndex();
    FilmPlayer* player = wall->player();
    REQUIRE(player);
    REQUIRE(QTest::qWaitFor([&] { return player->isPlaying(); }, 5000));
    press(Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return !player->isPlaying(); }, 5000));
    CHECK(s.currentIndex() == film);
    QTest::keyClick(wall, Qt::Key_K);
    REQUIRE(QTest::qWaitFor([&] { return player->isPlaying(); }, 5000));
    QTest::keyClick(wall, Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return !player->isPlaying(); }, 5000));
    CHECK(s.currentIndex() == film);
    QTest::keyClicks(note, QStringLiteral("b.k ")); // the note is off during a film; nothing lands
    CHECK(s.currentIndex() == film);
    CHECK(currentPage(wall) == QStringLiteral("presentationFilmPage"));
    press(Qt::Key_Right); // Right and PageDown still move on
    CHECK(s.currentIndex() == film + 1);

    // What the group typed is saved under its question, and nothing else is.
    while (s.currentItem().kind != SessionItem::Kind::Question)
        press(Qt::Key_PageDown);
    CHECK(note->toPlainText() == typed);
    CHECK(s.groupNote(question) == typed);
}

TEST_CASE("Esc in the group's note leaves the note, the second Esc asks; a click elsewhere takes the focus",
          "[ui][facilitator][keys]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    PresentationWindow* wall = console->presentation();
    GroupSessionController& s = console->session();
    NoteEditor* note = console->noteEditor();
    s.goTo(indexOf(s, SessionItem::Kind::Question, 0));

    // A click on a label, on the blank button, on the background: the note lets go.
    for (const char* name : {"currentItem", "consoleBlank", "wallTimerToggle", "guideTitle"}) {
        INFO(name);
        clickIntoNote(*console);
        auto* elsewhere = console->findChild<QWidget*>(QString::fromLatin1(name));
        REQUIRE(elsewhere);
        QTest::mouseClick(elsewhere, Qt::LeftButton);
        CHECK(console->focusWidget() != note);
        if (s.isBlank())
            QTest::keyClick(console.get(), Qt::Key_B);
    }
    CHECK_FALSE(s.isBlank());
    // The timer toggle was clicked: the click toggled it, and left no focus on it.
    CHECK_FALSE(console->findChild<QCheckBox*>(QStringLiteral("wallTimerToggle"))->hasFocus());

    clickIntoNote(*console);
    QTest::keyClicks(note, QStringLiteral("Klart"));
    QTest::keyClick(note, Qt::Key_Escape); // first Esc: out of the note, no question
    CHECK(console->focusWidget() == console.get());
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(note->toPlainText() == QStringLiteral("Klart"));

    // Second Esc: asks to end. The remote's F5 (its slideshow button sends F5, then Esc) goes back.
    bool asked = false;
    onNextModal([&](QWidget* dialog) {
        asked = dialog->objectName() == QStringLiteral("sessionEndDialog");
        QTest::keyClick(dialog, Qt::Key_F5);
    });
    QTest::keyClick(console.get(), Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return asked; }, 5000));
    REQUIRE(QTest::qWaitFor([] { return QApplication::activeModalWidget() == nullptr; }, 5000));
    CHECK_FALSE(s.isFinished());
    CHECK(console->isVisible());

    // ...and the back button does the same.
    asked = false;
    onNextModal([&](QWidget* dialog) {
        asked = dialog->objectName() == QStringLiteral("sessionEndDialog");
        QTest::keyClick(dialog, Qt::Key_PageUp);
    });
    QTest::keyClick(wall, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return asked; }, 5000));
    REQUIRE(QTest::qWaitFor([] { return QApplication::activeModalWidget() == nullptr; }, 5000));
    CHECK_FALSE(s.isFinished());

    // F5 on its own never moves on; on a blank wall it brings the picture back.
    const int at = s.currentIndex();
    QTest::keyClick(wall, Qt::Key_F5);
    CHECK(s.currentIndex() == at);
    QTest::keyClick(wall, Qt::Key_B);
    REQUIRE(s.isBlank());
    QTest::keyClick(console.get(), Qt::Key_F5, Qt::ShiftModifier);
    CHECK_FALSE(s.isBlank());
    CHECK(s.currentIndex() == at);
}

TEST_CASE("a blank wall is true black, and the console says so in large letters", "[ui][facilitator][keys]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    PresentationWindow* wall = console->presentation();
    GroupSessionController& s = console->session();
    s.goTo(indexOf(s, SessionItem::Kind::Question, 0)); // a question, with the timer on the wall
    auto* banner = console->findChild<QLabel*>(QStringLiteral("wallBlankBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisibleTo(console.get()));
    REQUIRE(wall->findChild<QLabel*>(QStringLiteral("presentationTimer"))->isVisible());

    QTest::keyClick(wall, Qt::Key_B);
    REQUIRE(currentPage(wall) == QStringLiteral("presentationBlank"));
    const QImage picture = wall->grab().toImage();
    REQUIRE_FALSE(picture.isNull());
    int notBlack = 0;
    for (int y = 0; y < picture.height(); ++y)
        for (int x = 0; x < picture.width(); ++x)
            notBlack += (picture.pixel(x, y) & 0xffffff) != 0 ? 1 : 0;
    CHECK(notBlack == 0);
    auto* stack = wall->findChild<QStackedWidget*>(QStringLiteral("presentationStack"));
    CHECK(visibleTexts(stack->currentWidget()).isEmpty());
    CHECK(stack->currentWidget()->cursor().shape() == Qt::BlankCursor);

    // On the console: a banner no one can miss, not only a pressed button.
    CHECK(banner->isVisibleTo(console.get()));
    CHECK(banner->text().contains(QStringLiteral("press B")));
    CHECK(banner->font().pointSizeF() >= console->font().pointSizeF() * 1.5);
    banner->ensurePolished();
    const QImage shown = banner->grab().toImage();
    const QColor fill = shown.pixelColor(shown.width() / 2, 6);
    CHECK(fill == QColor(0, 0, 0));
    CHECK(StatusColors::contrast(banner->palette().color(QPalette::WindowText), fill) >= 7.0);
    CHECK(console->findChild<QPushButton*>(QStringLiteral("consoleBlank"))->isChecked());

    QTest::keyClick(console.get(), Qt::Key_Period);
    CHECK(currentPage(wall) == QStringLiteral("presentationQuestionPage"));
    CHECK_FALSE(banner->isVisibleTo(console.get()));
}

TEST_CASE("the main window is out of sight while the session runs and comes back after",
          "[ui][facilitator][screens]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    MainWindow& window = f.window();
    REQUIRE(window.isVisible());

    onNextModal([](QWidget* dialog) {
        if (auto* start = dialog->findChild<QPushButton*>(QStringLiteral("startSessionButton")))
            start->click();
    });
    QPointer<FacilitatorConsole> console =
        FacilitatorConsole::launch(f.workspace(), FacilitatorSetup::kBundle, FacilitatorSetup::kModule, &window);
    REQUIRE(console);
    CHECK(console->isVisible());
    CHECK_FALSE(window.isVisible()); // it shows the facilitator's own answers
    // One screen (offscreen has one): the console warns that a mirroring projector shows it.
    auto* warning = console->findChild<QLabel*>(QStringLiteral("singleScreenWarning"));
    REQUIRE(warning);
    CHECK(warning->isVisibleTo(console.data()));
    CHECK(warning->text().contains(QStringLiteral("the room can see this console")));

    onNextModal([](QWidget* dialog) {
        if (auto* keep = dialog->findChild<QPushButton*>(QStringLiteral("keepOpenButton")))
            keep->click();
    });
    QTest::keyClick(console.data(), Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return console.isNull(); }, 10000));
    CHECK(window.isVisible());
}
