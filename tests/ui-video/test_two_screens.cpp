// The projector path on a real X server with two screens (tests/with-xvfb.sh starts one with a 1366x768
// "laptop" and a 1280x720 "projector"; see tests/ui-video/CMakeLists.txt): the wall goes full
// screen on the screen the console is not on, and "Swap screens" trades them.
#include "UiTestFixture.h"
#include "facilitator/test_facilitator_support.h"

#include "ui/facilitator/FacilitatorConsole.h"
#include "ui/facilitator/PresentationWindow.h"
#include "ui/facilitator/ScreenChooser.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

using namespace reflekt;

TEST_CASE("with a second screen the wall goes full screen there and Swap screens trades places",
          "[video][facilitator][screens]")
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    REQUIRE(screens.size() == 2);
    QScreen* laptop = screens[0];
    QScreen* projector = screens[1];
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    PresentationWindow* wall = console->presentation();
    REQUIRE(QTest::qWaitForWindowExposed(console.get()));
    REQUIRE(QTest::qWaitForWindowExposed(wall));
    CHECK(console->screen() == laptop);

    CHECK(console->screenChooser()->isFullScreen());
    CHECK(console->findChild<QComboBox*>(QStringLiteral("presentationScreen"))->currentIndex() == 1);
    REQUIRE(QTest::qWaitFor([&] { return wall->screen() == projector && wall->isFullScreen(); }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return wall->size() == projector->size(); }, 5000));

    auto* swap = console->findChild<QPushButton*>(QStringLiteral("swapScreens"));
    REQUIRE(swap);
    CHECK(swap->isEnabled());
    QTest::mouseClick(swap, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return wall->screen() == laptop && wall->isFullScreen(); }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return wall->size() == laptop->size(); }, 5000));
    CHECK(console->screen() == projector);
    CHECK(wall->isVisible());
    CHECK(console->isVisible());
    CHECK(QTest::qWaitForWindowExposed(console.get()));
    CHECK(QTest::qWaitForWindowExposed(wall));
}
