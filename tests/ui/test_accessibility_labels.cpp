// What is seen is what is said, on every page and dialog (WCAG 2.5.3 label in name, 2.4.3 focus
// order, 2.1.1 keyboard): each control a keyboard reaches is named, starting with the label it
// shows; opening a step puts the keyboard on the step's named content; and no Alt+letter belongs
// to two controls of one window, in English, Swedish or Bokmål.
#include "AccessibilityProbe.h"
#include "UiTestFixture.h"
#include "facilitator/test_facilitator_support.h"

#include "platform/UiLanguage.h"
#include "platform/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/facilitator/FacilitatorConsole.h"
#include "ui/facilitator/GroupSessionController.h"
#include "ui/facilitator/SessionEndDialog.h"
#include "ui/facilitator/SessionSetupDialog.h"
#include "ui/module/ModulePage.h"
#include "ui/notes/ExportDialog.h"
#include "ui/settings/SettingsDialog.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QTest>

#include <functional>
#include <memory>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {

const QString kBundle = QStringLiteral("org.example.minimal");
const QString kModule = QStringLiteral("intro");

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

using WindowCheck = std::function<QStringList(QWidget*)>;

// Runs `check` on each page of the main window, each dialog and the console at every item, and
// collects what it finds, each line prefixed with where.
QStringList everyWindow(UiTestFixture& f, const WindowCheck& check)
{
    QStringList found;
    const auto at = [&](QWidget* window, const QString& where) {
        window->show();
        settle();
        for (const QString& problem : check(window))
            found << where + QStringLiteral(": ") + problem;
    };
    MainWindow& window = f.window();
    at(&window, QStringLiteral("profile page"));
    REQUIRE(window.useProfile(QStringLiteral("Åsa"), true));
    at(&window, QStringLiteral("library"));
    REQUIRE(window.openModule(kBundle, kModule));
    at(&window, QStringLiteral("module overview"));
    for (const char* step : {"film", "read", "reflect", "cards"}) {
        REQUIRE(window.openModule(kBundle, kModule, QString::fromLatin1(step)));
        at(&window, QStringLiteral("module, step %1").arg(QString::fromLatin1(step)));
    }
    {
        ExportDialog dialog(f.workspace(), kBundle, kModule, &window);
        at(&dialog, QStringLiteral("export dialog"));
    }
    {
        SettingsDialog dialog(&window);
        at(&dialog, QStringLiteral("settings dialog"));
    }
    FacilitatorSetup setup(f);
    {
        const Bundle* bundle = f.workspace().bundle(FacilitatorSetup::kBundle);
        REQUIRE(bundle);
        SessionSetupDialog dialog(f.workspace(), *bundle, FacilitatorSetup::kModule, &window);
        at(&dialog, QStringLiteral("group session setup"));
    }
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    REQUIRE(console);
    GroupSessionController& session = console->session();
    for (int i = 0; i < static_cast<int>(session.items().size()); ++i) {
        session.goTo(i);
        at(console.get(), QStringLiteral("console at %1").arg(session.itemTitle(session.currentItem())));
    }
    {
        SessionEndDialog dialog(session, console.get());
        at(&dialog, QStringLiteral("end-session dialog"));
    }
    return found;
}

} // namespace

TEST_CASE("every control the keyboard reaches is named, starting with the label it shows",
          "[ui][accessibility][labels]")
{
    UiTestFixture f;
    f.open();
    const QStringList problems = everyWindow(f, &labelsMissingFromNames);
    INFO(problems.join(QStringLiteral("\n")).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("opening a step puts the keyboard on the step's named content", "[ui][accessibility][labels]")
{
    UiTestFixture f;
    f.open();
    MainWindow& window = f.window();
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.useProfile(QStringLiteral("Åsa"), true));
    const auto [step, expected] = GENERATE(table<const char*, const char*>({{"film", "filmPlayer"},
                                                                            {"read", "documentBrowser"},
                                                                            {"reflect", "reflectionView"},
                                                                            {"cards", "documentBrowser"}}));
    INFO("step " << step);
    REQUIRE(window.openModule(kBundle, kModule, QString::fromLatin1(step)));
    settle();
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus);
    INFO("focus on " << describeWidget(focus).toStdString());
    CHECK(focus->objectName() == QString::fromLatin1(expected));
    CHECK(window.modulePage()->isAncestorOf(focus));
    CHECK(focus->focusPolicy() != Qt::NoFocus);
    CHECK_FALSE(accessibleName(focus).trimmed().isEmpty());
    // Nothing else claims the focus: a widget whose focus proxy has it reports `focused` too.
    QStringList alsoFocused;
    for (QWidget* w : window.findChildren<QWidget*>()) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (w != focus && iface && iface->state().focused)
            alsoFocused << describeWidget(w);
    }
    INFO("also focused: " << alsoFocused.join(QStringLiteral("; ")).toStdString());
    CHECK(alsoFocused.isEmpty());
}

TEST_CASE("no Alt+letter belongs to two controls of one window", "[ui][accessibility][labels]")
{
    const QStringList dirs{QStringLiteral(REFLEKT_BUILD_TRANSLATIONS_DIR)};
    const char* language = GENERATE("en", "sv", "nb");
    INFO("language " << language);
    UiLanguage::install(QString::fromLatin1(language), dirs);
    QStringList clashes;
    {
        UiTestFixture f;
        f.open();
        clashes = everyWindow(f, &mnemonicClashes);
    }
    UiLanguage::install(QStringLiteral("en"), dirs);
    INFO(clashes.join(QStringLiteral("\n")).toStdString());
    CHECK(clashes.isEmpty());
}
