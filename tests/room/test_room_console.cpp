// The room in a group session: the console opens it, answers arrive in its list and in the store,
// the facilitator puts one on the wall, and the wall shows what a phone sent as text, never markup.
#include "RoomClient.h"
#include "test_facilitator_support.h"

#include "platform/Workspace.h"
#include "room/RoomServer.h"
#include "ui/facilitator/FacilitatorConsole.h"
#include "ui/facilitator/PresentationWindow.h"
#include "ui/notes/NoteEditor.h"
#include "ui/room/RoomController.h"
#include "ui/room/RoomPanel.h"
#include "ui/room/RoomWallPanel.h"

#include <QAccessible>
#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace reflekt;
using namespace reflekt::testing;

namespace {

struct RoomSession {
    UiTestFixture f;
    bool opened = (f.open(), true);
    FacilitatorSetup setup{f};
    FacilitatorConsole* console = nullptr;

    RoomSession()
    {
        console = setup.startSession();
        GroupSessionController& s = console->session();
        s.goTo(indexOf(s, SessionItem::Kind::Question, 0));
    }
    ~RoomSession()
    {
        if (console)
            console->room()->close();
        delete console;
    }
    RoomController& room() { return *console->room(); }
    QPushButton* button(const char* name) { return console->findChild<QPushButton*>(QString::fromLatin1(name)); }
    QListView* list() { return console->findChild<QListView*>(QStringLiteral("roomAnswers")); }
    void openFromConsole()
    {
        auto* tabs = console->findChild<QTabWidget*>(QStringLiteral("consoleTabs"));
        REQUIRE(tabs);
        tabs->setCurrentWidget(console->roomPanel());
        QTest::mouseClick(button("roomOpen"), Qt::LeftButton);
        REQUIRE(room().isOpen());
    }
};

bool waitFor(const std::function<bool()>& condition, int ms = 5000)
{
    return QTest::qWaitFor(condition, ms);
}

} // namespace

TEST_CASE("a phone's answer reaches the console and the facilitator puts it on the wall as text", "[room]")
{
    RoomSession rs;
    rs.openFromConsole();
    PresentationWindow* wall = rs.console->presentation();
    // The wall shows the address and the QR code beside the question.
    REQUIRE(wall->roomPanel()->isVisible());
    CHECK(wall->roomPanel()->address()->text().remove(QLatin1Char('\n')) == rs.room().shortAddress());
    CHECK_FALSE(wall->roomPanel()->code()->pixmap().isNull());

    Phone phone(rs.room().server()->pageUrl(QHostAddress(QHostAddress::LocalHost)));
    REQUIRE(phone.get().status == 200);
    const QString hostile = QStringLiteral("<b>fet</b> <script>alert('x')</script> & <img src=x onerror=alert(1)>\x1b[31m");
    REQUIRE(phone.answer(hostile).status == 303);
    const QString expected = QStringLiteral("<b>fet</b> <script>alert('x')</script> & <img src=x onerror=alert(1)>[31m");

    REQUIRE(waitFor([&] { return rs.list()->model()->rowCount() == 1; }));
    CHECK(rs.list()->model()->index(0, 0).data(Qt::ToolTipRole).toString() == expected);
    // Kept at once: the store has it before anyone did anything with it.
    const auto stored = rs.f.workspace().store()->roomAnswers().forQuestion(rs.console->session().sessionId(), "q1");
    REQUIRE(stored.ok());
    REQUIRE(stored.value->size() == 1);
    CHECK(QString::fromStdString(stored.value->front().text) == expected);

    // The facilitator chooses it with the keys and presses Enter: it is on the wall.
    rs.list()->setFocus();
    rs.list()->setCurrentIndex(rs.list()->model()->index(0, 0));
    QTest::keyClick(rs.list(), Qt::Key_Return);
    REQUIRE(waitFor([&] { return currentPage(wall) == QStringLiteral("presentationRoomAnswers"); }));
    const QList<QLabel*> labels = wall->roomAnswers()->answerLabels();
    REQUIRE(labels.size() == 1);
    CHECK(labels[0]->text() == expected);
    CHECK(labels[0]->textFormat() == Qt::PlainText);
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(labels[0]);
    REQUIRE(accessible);
    CHECK(accessible->text(QAccessible::Name) == expected);
    // Shown, so ticked for the minutes.
    CHECK(rs.list()->model()->index(0, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);

    // Hidden: off the wall, back to the question, out of the minutes.
    QTest::mouseClick(rs.button("roomHide"), Qt::LeftButton);
    CHECK(currentPage(wall) == QStringLiteral("presentationQuestionPage"));
    CHECK(rs.list()->model()->index(0, 0).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK(rs.f.workspace().store()->roomAnswers().forMinutes(rs.console->session().sessionId()).value->empty());
}

TEST_CASE("the room follows the wall, closes with its question, and copies an answer into the note", "[room]")
{
    RoomSession rs;
    rs.openFromConsole();
    GroupSessionController& s = rs.console->session();
    Phone phone(rs.room().server()->pageUrl(QHostAddress(QHostAddress::LocalHost)));
    REQUIRE(phone.get().status == 200);
    CHECK(phone.page().contains("Vad"));
    REQUIRE(phone.answer(QStringLiteral("Att bli lyssnad på, åäö")).status == 303);
    REQUIRE(waitFor([&] { return rs.list()->model()->rowCount() == 1; }));

    rs.list()->setCurrentIndex(rs.list()->model()->index(0, 0));
    QTest::mouseClick(rs.button("roomCopy"), Qt::LeftButton);
    CHECK(rs.console->noteEditor()->toPlainText().contains(QStringLiteral("“Att bli lyssnad på, åäö”")));

    SECTION("opened for this question, it closes when the wall moves on")
    {
        const QUrl page = rs.room().server()->pageUrl(QHostAddress(QHostAddress::LocalHost));
        s.advance();
        CHECK_FALSE(rs.room().isOpen());
        CHECK_FALSE(rs.console->presentation()->roomPanel()->isVisible());
        Phone late(page);
        CHECK(late.get().status == 0);
    }
    SECTION("kept open for the session, the phone's page follows the wall")
    {
        auto* whole = rs.console->findChild<QCheckBox*>(QStringLiteral("roomWholeSession"));
        REQUIRE(whole);
        whole->setChecked(true);
        s.advance(); // the second question
        REQUIRE(rs.room().isOpen());
        CHECK(rs.list()->model()->rowCount() == 0);
        REQUIRE(phone.get().status == 200);
        CHECK(phone.page().contains("Vad tar du med dig?"));
        // A text or a film between questions: the phone is asked to wait; the wall shows no address.
        s.goTo(indexOf(s, SessionItem::Kind::Film));
        REQUIRE(phone.get().status == 200);
        CHECK(phone.page().contains("Vänta på nästa fråga"));
        CHECK_FALSE(rs.console->presentation()->roomPanel()->isVisible());
    }
}

TEST_CASE("the blank wall shows nothing of the room; ending the session closes it", "[room]")
{
    RoomSession rs;
    rs.openFromConsole();
    PresentationWindow* wall = rs.console->presentation();
    const QUrl page = rs.room().server()->pageUrl(QHostAddress(QHostAddress::LocalHost));
    rs.console->session().setBlank(true);
    CHECK_FALSE(wall->roomPanel()->isVisible());
    rs.console->session().setBlank(false);
    CHECK(wall->roomPanel()->isVisible());
    REQUIRE(rs.console->session().finish({}));
    CHECK_FALSE(rs.room().isOpen());
    Phone late(page);
    CHECK(late.get().status == 0);
}
