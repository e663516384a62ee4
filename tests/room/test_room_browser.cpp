// The "done when": in a session, a phone (Debian's Chromium) opens the address in the
// wall's QR code, answers the question, the facilitator puts that answer on the wall, and the
// phone's page follows the wall to the next question.
#include "WebDriver.h"
#include "test_facilitator_support.h"

#include "ui/facilitator/FacilitatorConsole.h"
#include "ui/facilitator/PresentationWindow.h"
#include "ui/room/RoomController.h"
#include "ui/room/RoomPanel.h"
#include "ui/room/RoomWallPanel.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace reflekt;
using namespace reflekt::testing;

namespace {

// What a phone's camera would read: the wall's QR code, decoded by zbarimg from its pixels.
QString readQrCode(const QPixmap& code, const QString& folder)
{
    const QString file = folder + QStringLiteral("/qr.png");
    REQUIRE(code.save(file));
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), file});
    REQUIRE(zbar.waitForFinished(20000));
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE("a phone's browser scans the wall, answers, and the facilitator shows the answer on the wall",
          "[room][browser]")
{
    if (const QString why = WebDriver::unavailable(); !why.isEmpty()) {
        WARN("not run: " << why.toStdString());
        return;
    }
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty());
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    FacilitatorConsole* console = setup.startSession();
    GroupSessionController& s = console->session();
    s.goTo(indexOf(s, SessionItem::Kind::Question, 0));
    auto* tabs = console->findChild<QTabWidget*>(QStringLiteral("consoleTabs"));
    tabs->setCurrentWidget(console->roomPanel());
    console->findChild<QCheckBox*>(QStringLiteral("roomWholeSession"))->setChecked(true);
    QTest::mouseClick(console->findChild<QPushButton*>(QStringLiteral("roomOpen")), Qt::LeftButton);
    RoomController& room = *console->room();
    REQUIRE(room.isOpen());

    QTemporaryDir tmp;
    PresentationWindow* wall = console->presentation();
    const QString scanned = readQrCode(wall->roomPanel()->code()->pixmap(), tmp.path());
    CHECK(scanned == room.phoneUrl().toString());

    WebDriver phone;
    const bool started = phone.start();
    INFO(phone.error().toStdString());
    REQUIRE(started);
    REQUIRE(phone.open(QUrl(scanned)));
    const QString question = phone.find(QStringLiteral("#question"));
    INFO("the phone is at " << phone.currentUrl().toStdString() << ", showing " << phone.source().mid(250, 900).toStdString());
    REQUIRE_FALSE(question.isEmpty());
    CHECK(phone.text(question) == s.text(s.questionOf(s.currentItem())->text));

    const QString answer = QStringLiteral("Att någon lyssnar <på riktigt> & frågar igen");
    REQUIRE(phone.type(phone.find(QStringLiteral("#answer")), answer));
    REQUIRE(phone.click(phone.find(QStringLiteral("#send"))));
    auto* list = console->roomPanel()->answerList();
    REQUIRE(QTest::qWaitFor([&] { return list->model()->rowCount() == 1; }, 15000));
    CHECK(list->model()->index(0, 0).data(Qt::ToolTipRole).toString() == answer);
    // The phone says thank you (after its form's redirect).
    REQUIRE(QTest::qWaitFor([&] { return !phone.find(QStringLiteral("#notice")).isEmpty(); }, 10000));
    CHECK(phone.text(phone.find(QStringLiteral("#notice"))).startsWith(QStringLiteral("Tack!")));
    if (const QString shots = qEnvironmentVariable("REFLEKT_ROOM_SHOTS"); !shots.isEmpty()) {
        QFile file(shots + QStringLiteral("/room-phone-sv.png"));
        if (file.open(QIODevice::WriteOnly))
            file.write(phone.screenshot());
    }

    // The facilitator, on the keys: the answer list, Enter.
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(currentPage(wall) == QStringLiteral("presentationRoomAnswers"));
    REQUIRE(wall->roomAnswers()->answerLabels().size() == 1);
    CHECK(wall->roomAnswers()->answerLabels()[0]->text() == answer);

    // The console moves on: the phone's page follows by itself (its script sees the new question).
    s.advance();
    const QString next = s.text(s.questionOf(s.currentItem())->text);
    CHECK(QTest::qWaitFor([&] {
        const QString element = phone.find(QStringLiteral("#question"));
        return !element.isEmpty() && phone.text(element) == next;
    }, 15000));

    room.close();
    delete console;
}
