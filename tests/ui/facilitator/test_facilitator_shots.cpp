// Not a check: takes the screenshots in docs/screenshots of a group session on a real X display.
// Run by hand under Xvfb with two screens (see docs/facilitator.md):
//   Xvfb :98 +xinerama -screen 0 1280x800x24 -screen 1 1280x720x24 &
//   DISPLAY=:98 QT_QPA_PLATFORM=xcb REFLEKT_SHOTS=/tmp/shots tests_ui "[.shots]"
#include "test_facilitator_support.h"

#include "platform/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/facilitator/FacilitatorConsole.h"
#include "ui/facilitator/PresentationWindow.h"
#include "ui/facilitator/SessionSetupDialog.h"
#include "ui/notes/NoteEditor.h"
#include "ui/player/FilmPlayer.h"

#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QTest>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {

void shoot(const QString& name)
{
    // The X server draws what Qt sent a moment later; there is nothing in this process to poll.
    QTest::qWait(700);
    const QString folder = qEnvironmentVariable("REFLEKT_SHOTS");
    QDir().mkpath(folder);
    QProcess::execute(QStringLiteral("sh"),
                      {QStringLiteral("-c"),
                       QStringLiteral("xwd -root -silent | convert xwd:- '%1/%2.png'").arg(folder, name)});
}

} // namespace

TEST_CASE("screenshots of a group session", "[.shots]")
{
    if (qEnvironmentVariable("REFLEKT_SHOTS").isEmpty())
        return;
    UiTestFixture f{QStringList{}};
    REQUIRE(copyTree(QStringLiteral(REFLEKT_MODULES_DIR "/sv-interkulturell"),
                     f.modulesDir() + QStringLiteral("/sv-interkulturell")));
    f.open();
    Store& store = *f.workspace().store();
    for (const char* name : {"Åsa Öberg", "Bengt Lind", "Carin Holm", "Dragan Petrović"})
        REQUIRE(store.participants().create(name).ok());
    REQUIRE(f.window().useProfile(QStringLiteral("Åsa Öberg"), false));
    f.window().hide();

    onNextModal([](QWidget* dialog) {
        auto* setup = qobject_cast<SessionSetupDialog*>(dialog);
        if (!setup)
            return;
        setup->setPresent(QStringLiteral("Bengt Lind"), true);
        setup->setPresent(QStringLiteral("Dragan Petrović"), true);
        setup->addGuest(QStringLiteral("Eva från HR"));
        shoot(QStringLiteral("facilitator-setup"));
        setup->findChild<QPushButton*>(QStringLiteral("startSessionButton"))->click();
    });
    QPointer<FacilitatorConsole> console =
        FacilitatorConsole::launch(f.workspace(), QStringLiteral("org.example.reflekt.interkulturell-sv"),
                                   QStringLiteral("kultur-identitet"));
    REQUIRE(console);
    GroupSessionController& s = console->session();
    // Side by side, as on a laptop next to the projector's picture.
    const QRect area = console->screen()->geometry();
    console->setGeometry(8, 30, area.width() / 2 - 16, area.height() - 60);
    console->presentation()->setGeometry(area.width() / 2 + 8, 30, area.width() / 2 - 16,
                                         (area.width() / 2 - 16) * 9 / 16);
    shoot(QStringLiteral("facilitator-title"));
    s.advance();
    // The film is on the wall once its player reports the first frame and a second of playing.
    FilmPlayer* film = console->presentation()->player();
    REQUIRE(film);
    REQUIRE(QTest::qWaitFor([&] { return film->position() > 1.0; }, 15000));
    shoot(QStringLiteral("facilitator-film"));
    s.advance();
    shoot(QStringLiteral("facilitator-text"));
    s.advance();
    while (s.currentItem().kind == SessionItem::Kind::Text)
        s.advance();
    console->noteEditor()->setFocus();
    console->noteEditor()->insertPlainText(
        QStringLiteral("Vi vill prata mer om vad \"svensk\" betyder i vårt arbete."));
    shoot(QStringLiteral("facilitator-question"));
    console->presentation()->allowClose();
    delete console;
}
