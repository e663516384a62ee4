// A meeting on a real X server with two screens (see CMakeLists.txt: a 1366×768 laptop and a
// 1280×720 projector): the projector is swapped and then lost in the middle of the film, and
// neither window may end up partly off its screen.
#include "UiTestFixture.h"

#include "platform/Workspace.h"
#include "store/Store.h"
#include "ui/MainWindow.h"
#include "ui/facilitator/FacilitatorConsole.h"
#include "ui/facilitator/GroupSessionController.h"
#include "ui/facilitator/PresentationWindow.h"
#include "ui/facilitator/ScreenChooser.h"
#include "ui/player/FilmPlayer.h"

#include <QGuiApplication>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QTest>

#include <catch2/catch.hpp>

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

} // namespace

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
