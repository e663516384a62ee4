// The library and the profile list as a screen reader walks them: each cell of the library tree
// says what it shows ("0 of 4 steps" in the progress column), modules are leaves that cannot
// expand, the current item is `selected`, and the profile page, once left, leaves no `focused`
// or `showing` item behind.
#include "AccessibilityProbe.h"
#include "UiTestFixture.h"

#include "ui/MainWindow.h"
#include "ui/library/LibraryModel.h"
#include "ui/library/LibraryPage.h"

#include <QAccessibleInterface>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListView>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// The model's indexes in the order the expanded tree shows them, one per row.
QList<QModelIndex> rowsInViewOrder(const QAbstractItemModel& model)
{
    QList<QModelIndex> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex package = model.index(r, 0);
        rows << package;
        for (int m = 0; m < model.rowCount(package); ++m)
            rows << model.index(m, 0, package);
    }
    return rows;
}

void addBrokenPackage(UiTestFixture& f)
{
    REQUIRE(QDir().mkpath(f.modulesDir() + QStringLiteral("/broken")));
    QFile manifest(f.modulesDir() + QStringLiteral("/broken/bundle.json"));
    REQUIRE(manifest.open(QIODevice::WriteOnly));
    manifest.write("{ not json");
}

} // namespace

TEST_CASE("each library cell tells a screen reader what it shows; modules do not expand",
          "[ui][accessibility][library]")
{
    UiTestFixture f;
    addBrokenPackage(f);
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Åsa"), true));
    f.window().show();
    settle();

    auto* tree = f.window().libraryPage()->findChild<QTreeView*>(QStringLiteral("libraryTree"));
    REQUIRE(tree);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(tree);
    REQUIRE(iface);
    QAccessibleTableInterface* table = iface->tableInterface();
    REQUIRE(table);
    const QList<QModelIndex> rows = rowsInViewOrder(*tree->model());
    REQUIRE(table->rowCount() == rows.size());
    REQUIRE(table->columnCount() == LibraryModel::ColumnCount);

    int modules = 0;
    for (int row = 0; row < rows.size(); ++row) {
        const QModelIndex title = rows[row];
        const QModelIndex progress = title.siblingAtColumn(LibraryModel::ProgressColumn);
        INFO("row " << row << ": " << title.data().toString().toStdString());
        QAccessibleInterface* titleCell = table->cellAt(row, LibraryModel::TitleColumn);
        QAccessibleInterface* progressCell = table->cellAt(row, LibraryModel::ProgressColumn);
        REQUIRE(titleCell);
        REQUIRE(progressCell);
        // The progress cell says the progress ("0 of 4 steps", "0 of 1 modules", "Cannot be opened").
        CHECK(progressCell->text(QAccessible::Name) == progress.data().toString());
        CHECK(titleCell->text(QAccessible::Name) != progressCell->text(QAccessible::Name));
        const bool hasChildren = tree->model()->rowCount(title) > 0;
        CHECK(titleCell->state().expandable == hasChildren);
        CHECK(titleCell->state().expanded == hasChildren);
        CHECK_FALSE(progressCell->state().expanded);
        if (title.parent().isValid()) {
            ++modules;
            CHECK(progressCell->text(QAccessible::Name).contains(QStringLiteral("steps")));
        }
    }
    CHECK(modules >= 1);

    // The current item is the selected one, as the highlight shows.
    const int current = static_cast<int>(rows.indexOf(tree->currentIndex().siblingAtColumn(0)));
    REQUIRE(current >= 0);
    CHECK(table->cellAt(current, LibraryModel::TitleColumn)->state().selected);
}

TEST_CASE("the profile list, once its page is left, has nothing focused or showing",
          "[ui][accessibility][library]")
{
    UiTestFixture f;
    f.open();
    f.window().show();
    REQUIRE(f.window().useProfile(QStringLiteral("Åsa"), true));
    REQUIRE(f.window().useProfile(QStringLiteral("Bo"), true));
    settle();
    auto* list = f.window().findChild<QListView*>(QStringLiteral("profileList"));
    REQUIRE(list);
    REQUIRE_FALSE(list->isVisible()); // the library shows now

    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(list);
    REQUIRE(iface);
    QStringList stale;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface* item = iface->child(i);
        if (!item)
            continue;
        const QAccessible::State s = item->state();
        if (s.focused || !s.invisible)
            stale << QStringLiteral("%1%2%3").arg(item->text(QAccessible::Name),
                                                  s.focused ? QStringLiteral(" focused") : QString(),
                                                  s.invisible ? QString() : QStringLiteral(" showing"));
    }
    INFO("items of the hidden profile page: " << stale.join(QStringLiteral(", ")).toStdString());
    CHECK(stale.isEmpty());

    // Back on the profile page the list is whole again, the profile last used current.
    QAction* switchProfile = nullptr;
    for (QAction* action : f.window().findChildren<QAction*>())
        if (action->text() == QStringLiteral("&Switch profile"))
            switchProfile = action;
    REQUIRE(switchProfile);
    switchProfile->trigger();
    settle();
    REQUIRE(list->isVisible());
    CHECK(list->model()->rowCount() == 2);
    CHECK(list->currentIndex().isValid());
}
