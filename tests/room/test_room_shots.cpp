// Not a check: takes docs/screenshots/room-*-LANG.png of the room in a session on the Swedish package on a real X
// display (docs/facilitator.md, "The room"). Run by hand:
//   Xvfb :77 -screen 0 1366x768x24 & openbox &
//   DISPLAY=:77 QT_QPA_PLATFORM=xcb [REFLEKT_SHOT_LANG=nb] REFLEKT_SHOTS=docs/screenshots tests_room "[.shots]"
#include "RoomClient.h"
#include "WebDriver.h"
#include "test_facilitator_support.h"

#include "platform/Workspace.h"
#include "room/RoomServer.h"
#include "ui/MainWindow.h"
#include "ui/facilitator/FacilitatorConsole.h"
#include "ui/facilitator/PresentationWindow.h"
#include "ui/facilitator/ScreenChooser.h"
#include "ui/room/RoomController.h"
#include "ui/room/RoomPanel.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace reflekt;
using namespace reflekt::testing;

namespace {

void shoot(const QString& name)
{
    QTest::qWait(700); // the X server draws what Qt sent a moment later
    QProcess::execute(QStringLiteral("sh"), {QStringLiteral("-c"),
                                             QStringLiteral("xwd -root -silent | convert xwd:- '%1/%2.png'")
                                                 .arg(qEnvironmentVariable("REFLEKT_SHOTS"), name)});
}

} // namespace

TEST_CASE("screenshots of the room", "[.shots]")
{
    if (qEnvironmentVariable("REFLEKT_SHOTS").isEmpty() || !WebDriver::unavailable().isEmpty())
        return;
    // The console in the facilitator's language: REFLEKT_SHOT_LANG=sv (the default) or nb.
    const QString lang = qEnvironmentVariable("REFLEKT_SHOT_LANG", QStringLiteral("sv"));
    QTranslator translator;
    if (translator.load(QStringLiteral("reflekt_") + lang,
                        QCoreApplication::applicationDirPath() + QStringLiteral("/../../translations")))
        QCoreApplication::installTranslator(&translator);
    UiTestFixture f{QStringList{}};
    REQUIRE(copyTree(QStringLiteral(REFLEKT_MODULES_DIR "/sv-interkulturell"),
                     f.modulesDir() + QStringLiteral("/sv-interkulturell")));
    f.open();
    f.window().hide();
    const Bundle* bundle = f.workspace().bundle(QStringLiteral("org.example.reflekt.interkulturell-sv"));
    REQUIRE(bundle);
    const Module& module = *bundle->findModule("kultur-identitet");
    SessionPlan plan;
    plan.facilitator = QStringLiteral("Karin");
    plan.guestNames = {QStringLiteral("Eva från HR")};
    for (const Step& step : module.steps)
        plan.stepIds << QString::fromStdString(step.id);
    auto session = std::make_unique<GroupSessionController>(f.workspace(), *bundle, QStringLiteral("kultur-identitet"), plan);
    REQUIRE(session->start());
    auto* console = new FacilitatorConsole(std::move(session));
    console->show();
    console->screenChooser()->place();
    GroupSessionController& s = console->session();
    s.goTo(indexOf(s, SessionItem::Kind::Question, 0));
    const QRect area = console->screen()->geometry();
    console->setGeometry(8, 30, area.width() * 45 / 100, area.height() - 60);
    const int wallWidth = area.width() * 55 / 100 - 24;
    console->presentation()->setGeometry(area.width() * 45 / 100 + 16, 30, wallWidth, wallWidth * 9 / 16);
    auto* tabs = console->findChild<QTabWidget*>(QStringLiteral("consoleTabs"));
    tabs->setCurrentWidget(console->roomPanel());
    console->findChild<QCheckBox*>(QStringLiteral("roomWholeSession"))->setChecked(true);
    console->findChild<QPushButton*>(QStringLiteral("roomOpen"))->click();
    REQUIRE(console->room()->isOpen());
    shoot(QStringLiteral("room-wall-") + lang);

    WebDriver phone;
    REQUIRE(phone.start());
    REQUIRE(phone.open(console->room()->phoneUrl()));
    const QString shots = qEnvironmentVariable("REFLEKT_SHOTS");
    auto phoneShot = [&](const QString& name) {
        QFile file(shots + QLatin1Char('/') + name + QStringLiteral(".png"));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(phone.screenshot());
    };
    REQUIRE(phone.type(phone.find(QStringLiteral("#answer")), QStringLiteral("Att få vara flera saker på en gång.")));
    phoneShot(QStringLiteral("room-phone-") + lang);
    REQUIRE(phone.click(phone.find(QStringLiteral("#send"))));
    Phone other(console->room()->server()->pageUrl(QHostAddress(QHostAddress::LocalHost)));
    REQUIRE(other.get().status == 200);
    REQUIRE(other.answer(QStringLiteral("Språket jag drömmer på.")).status == 303);
    auto* list = console->roomPanel()->answerList();
    REQUIRE(QTest::qWaitFor([&] { return list->model()->rowCount() == 2; }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return !phone.find(QStringLiteral("#notice")).isEmpty(); }, 10000));
    phoneShot(QStringLiteral("room-phone-thanks-") + lang);
    for (int row = 0; row < 2; ++row) {
        list->setCurrentIndex(list->model()->index(row, 0));
        console->room()->showOnWall(list->currentIndex().data(Qt::UserRole + 1).toLongLong());
    }
    shoot(QStringLiteral("room-answers-") + lang);
    console->room()->close();
    console->presentation()->allowClose();
    delete console;
    QCoreApplication::removeTranslator(&translator);
}
