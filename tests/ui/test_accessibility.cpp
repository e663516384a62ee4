// Keyboard and screen-reader use of the main window: every control Tab reaches has a name a screen
// reader can announce, and Tab walks the reflection step's answers in reading order without
// getting stuck in one of them.
#include "AccessibilityProbe.h"
#include "UiTestFixture.h"
#include "facilitator/test_facilitator_support.h"

#include "platform/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/facilitator/FacilitatorConsole.h"
#include "ui/facilitator/GroupSessionController.h"
#include "ui/facilitator/SessionSetupDialog.h"
#include "ui/library/LibraryPage.h"
#include "ui/module/ModulePage.h"
#include "ui/notes/ExportDialog.h"
#include "ui/notes/NoteEditor.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/StatusColors.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QTreeView>

#include <memory>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {
const QString kBundle = QStringLiteral("org.example.minimal");
const QString kModule = QStringLiteral("intro");

// What a screen reader announces for the widget: its accessible name, else what Qt derives from
// it (a button's text, a buddy label's text).
QString announcedName(QWidget* w)
{
    if (!w->accessibleName().trimmed().isEmpty())
        return w->accessibleName();
    if (QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w)) {
        const QString name = iface->text(QAccessible::Name);
        if (!name.trimmed().isEmpty())
            return name;
    }
    for (QLabel* label : w->window()->findChildren<QLabel*>()) {
        if (label->buddy() == w && !label->text().trimmed().isEmpty())
            return label->text();
    }
    return {};
}

// The widgets Tab can reach in the window, in focus-chain order.
QList<QWidget*> tabStops(QWidget* window)
{
    QList<QWidget*> stops;
    QWidget* w = window->nextInFocusChain();
    for (int guard = 0; w && w != window && guard < 10000; ++guard, w = w->nextInFocusChain()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(window) || !w->isEnabled() ||
            w->focusProxy())
            continue;
        // A spin box's or combo box's line edit takes the focus for it; the reader names the owner.
        QWidget* owner =
            qobject_cast<QLineEdit*>(w) && w->parentWidget() && w->parentWidget()->focusProxy() == w
                ? w->parentWidget()
                : w;
        if (!stops.contains(owner))
            stops << owner;
    }
    return stops;
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

void requireNamedTabStops(QWidget* window, const char* page)
{
    settle();
    const QList<QWidget*> stops = tabStops(window);
    INFO(page);
    CHECK(stops.size() >= 2); // a page with nothing to reach is not what this test means to check
    QStringList unnamed;
    for (QWidget* w : stops) {
        if (announcedName(w).isEmpty())
            unnamed << describeWidget(w);
    }
    INFO("focusable widgets without an accessible name:\n  "
         << unnamed.join(QStringLiteral("\n  ")).toStdString());
    CHECK(unnamed.isEmpty());
}
} // namespace

TEST_CASE("every control Tab reaches on each page has an accessible name", "[ui][accessibility]")
{
    UiTestFixture f;
    f.open();
    MainWindow& window = f.window();

    requireNamedTabStops(&window, "profile page");

    REQUIRE(window.useProfile(QStringLiteral("Åsa"), true));
    requireNamedTabStops(&window, "library");

    REQUIRE(window.openModule(kBundle, kModule, QStringLiteral("film")));
    requireNamedTabStops(&window, "module, film step");

    REQUIRE(window.openModule(kBundle, kModule, QStringLiteral("read")));
    requireNamedTabStops(&window, "module, text step");

    REQUIRE(window.openModule(kBundle, kModule, QStringLiteral("reflect")));
    requireNamedTabStops(&window, "module, reflection step");

    REQUIRE(window.openModule(kBundle, kModule, QStringLiteral("cards")));
    requireNamedTabStops(&window, "module, activity step");
}

TEST_CASE("Tab walks the reflection answers in reading order and never gets stuck in one",
          "[ui][accessibility]")
{
    UiTestFixture f;
    f.open();
    MainWindow& window = f.window();
    REQUIRE(window.useProfile(QStringLiteral("Åsa"), true));
    REQUIRE(window.openModule(kBundle, kModule, QStringLiteral("reflect")));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    settle();

    const QList<NoteEditor*> editors = window.modulePage()->findChildren<NoteEditor*>();
    REQUIRE(editors.size() >= 2);

    // Start in the first answer and press Tab until focus comes back round; record the answers
    // in the order the keyboard visits them.
    editors.front()->setFocus(Qt::TabFocusReason);
    settle();
    REQUIRE(QApplication::focusWidget() == editors.front());
    QList<NoteEditor*> visited{editors.front()};
    const int stops = static_cast<int>(tabStops(&window).size());
    for (int i = 0; i < stops + 1; ++i) {
        QWidget* before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        settle();
        QWidget* after = QApplication::focusWidget();
        INFO("Tab from " << describeWidget(before).toStdString());
        REQUIRE(after != before); // a keyboard trap: Tab typed into the widget instead
        if (after == editors.front())
            break;
        if (auto* editor = qobject_cast<NoteEditor*>(after); editor && !visited.contains(editor))
            visited << editor;
    }
    CHECK(visited.size() == editors.size());
    // Reading order: each answer Tab reaches lies below the one before it.
    for (int i = 1; i < visited.size(); ++i) {
        const int above = visited[i - 1]->mapTo(&window, QPoint(0, 0)).y();
        const int below = visited[i]->mapTo(&window, QPoint(0, 0)).y();
        CHECK(above < below);
    }
    // Nothing was typed into the answers by the Tab presses.
    for (NoteEditor* editor : editors)
        CHECK_FALSE(editor->toPlainText().contains(QLatin1Char('\t')));
}

namespace {

// A dark palette like the desktops' own dark themes (KDE Breeze Dark's colours).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x31, 0x36, 0x3b), base(0x1b, 0x1e, 0x20), text(0xfc, 0xfc, 0xfc);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, text);
    QColor placeholder = text;
    placeholder.setAlpha(128);
    p.setColor(QPalette::PlaceholderText, placeholder);
    return p;
}

// The colour a translucent foreground shows on an opaque background.
QColor over(const QColor& fg, const QColor& bg)
{
    const double a = fg.alphaF();
    return QColor::fromRgbF(static_cast<float>(fg.redF() * a + bg.redF() * (1 - a)),
                            static_cast<float>(fg.greenF() * a + bg.greenF() * (1 - a)),
                            static_cast<float>(fg.blueF() * a + bg.blueF() * (1 - a)));
}

struct PaletteRestorer {
    QPalette saved = QApplication::palette();
    ~PaletteRestorer() { QApplication::setPalette(saved); }
};

} // namespace

TEST_CASE("status, hint and error colours keep WCAG AA contrast in light and dark palettes",
          "[ui][accessibility]")
{
    PaletteRestorer restore;
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    REQUIRE(fusion);
    const QPalette light = fusion->standardPalette();
    const QPalette dark = darkPalette();
    const auto [name, palette] =
        GENERATE_COPY(table<const char*, QPalette>({{"light", light}, {"dark", dark}}));
    INFO(name << " palette");
    QApplication::setPalette(palette);

    UiTestFixture f;
    // A broken package beside the good one: the library shows it in the error colour.
    REQUIRE(QDir().mkpath(f.modulesDir() + QStringLiteral("/broken")));
    QFile manifest(f.modulesDir() + QStringLiteral("/broken/bundle.json"));
    REQUIRE(manifest.open(QIODevice::WriteOnly));
    manifest.write("{ not json");
    manifest.close();
    f.open();
    MainWindow& window = f.window();
    REQUIRE(window.useProfile(QStringLiteral("Åsa"), true));
    settle();

    auto* tree = window.libraryPage()->findChild<QTreeView*>();
    REQUIRE(tree);
    const QColor base = palette.color(QPalette::Base);
    int brokenRows = 0;
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        const QVariant fg = tree->model()->index(row, 0).data(Qt::ForegroundRole);
        if (!fg.canConvert<QBrush>() || fg.value<QBrush>().style() == Qt::NoBrush)
            continue;
        ++brokenRows;
        CHECK(StatusColors::contrast(fg.value<QBrush>().color(), base) >= 4.5);
    }
    CHECK(brokenRows == 1);

    REQUIRE(window.openModule(kBundle, kModule, QStringLiteral("reflect")));
    settle();
    const QList<NoteEditor*> editors = window.modulePage()->findChildren<NoteEditor*>();
    REQUIRE_FALSE(editors.isEmpty());
    for (NoteEditor* editor : editors) {
        const QPalette p = editor->palette();
        CHECK(StatusColors::contrast(over(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)),
                                     p.color(QPalette::Base)) >= 4.5);
    }
    const auto statuses =
        window.modulePage()->findChildren<QLabel*>(QRegularExpression(QStringLiteral("^saveStatus_")));
    REQUIRE_FALSE(statuses.isEmpty());
    for (QLabel* status : statuses) {
        const QPalette p = status->palette();
        CHECK(StatusColors::contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 4.5);
    }
    // The "Not saved" message under a note.
    CHECK(StatusColors::contrast(StatusColors::errorText(palette.color(QPalette::Window)),
                                 palette.color(QPalette::Window)) >= 4.5);
}

TEST_CASE("every control Tab reaches in the dialogs and the facilitator console has an accessible name",
          "[ui][accessibility]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);

    {
        SettingsDialog dialog(&f.window());
        dialog.show();
        requireNamedTabStops(&dialog, "settings dialog");
    }
    {
        ExportDialog dialog(f.workspace(), kBundle, kModule, &f.window());
        dialog.show();
        requireNamedTabStops(&dialog, "export dialog");
    }
    {
        const Bundle* bundle = f.workspace().bundle(FacilitatorSetup::kBundle);
        REQUIRE(bundle);
        SessionSetupDialog dialog(f.workspace(), *bundle, FacilitatorSetup::kModule, &f.window());
        dialog.show();
        requireNamedTabStops(&dialog, "group session setup");
    }
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    REQUIRE(console);
    GroupSessionController& session = console->session();
    // Every item of the session: title card, film, text, each question, closing card.
    const int items = static_cast<int>(session.items().size());
    for (int i = 0; i < items; ++i) {
        session.goTo(i);
        const std::string where =
            "facilitator console at " + session.itemTitle(session.currentItem()).toStdString();
        requireNamedTabStops(console.get(), where.c_str());
    }
}
