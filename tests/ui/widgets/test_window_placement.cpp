// Windows come back on the screen they open on, whatever size and place was saved.
#include "ui/widgets/WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <catch2/catch.hpp>

using namespace reflekt;

TEST_CASE("a window saved on a big monitor comes back inside a small screen", "[ui][placement]")
{
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    QByteArray saved;
    {
        QWidget big;
        big.setGeometry(area.left() + area.width() / 2, area.top() + area.height() / 2, area.width() * 2,
                        area.height() * 2); // twice the screen, half of it off to the right and below
        saved = big.saveGeometry();
    }
    QWidget window;
    REQUIRE(window.restoreGeometry(saved));
    WindowPlacement::fitToScreen(window);
    CHECK(area.contains(window.frameGeometry()));
    CHECK(window.width() <= area.width());
    CHECK(window.height() <= area.height());
}

TEST_CASE("a window that fits stays where it was saved", "[ui][placement]")
{
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    QWidget window;
    const QRect wanted(area.left() + 10, area.top() + 20, area.width() / 2, area.height() / 2);
    window.setGeometry(wanted);
    WindowPlacement::fitToScreen(window);
    CHECK(window.geometry() == wanted);
}

TEST_CASE("the first start's default size fits a screen smaller than it", "[ui][placement]")
{
    // The main window opens at 1200×780 the first time: taller than a 1366×768 laptop's desktop.
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    QWidget window;
    window.move(area.topLeft() + QPoint(40, 40));
    window.resize(area.width() + 200, area.height() + 120);
    WindowPlacement::fitToScreen(window);
    CHECK(area.contains(window.frameGeometry()));
}
