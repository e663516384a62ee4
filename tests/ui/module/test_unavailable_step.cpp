// One missing film makes only its own step unavailable: the package opens, the step names the
// file, and the other steps work. (validate still calls it an error: tests/core.)
#include "UiTestFixture.h"

#include "core/Library.h"
#include "platform/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/module/ModulePage.h"

#include <QFile>
#include <QLabel>
#include <QListView>

#include <catch2/catch.hpp>

using namespace reflekt;

TEST_CASE("a package with a missing film opens, and only the film step says it cannot be shown",
          "[ui][module]")
{
    UiTestFixture f;
    REQUIRE(QFile::remove(f.modulesDir() + QStringLiteral("/minimal/media/clip.mp4")));
    f.open();
    bool usable = false;
    for (const LibraryEntry& e : f.workspace().entries())
        usable = usable || (e.usable() && e.load.bundle->id == "org.example.minimal");
    REQUIRE(usable);
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    REQUIRE(f.window().openModule(QStringLiteral("org.example.minimal"), QStringLiteral("intro"),
                                  QStringLiteral("film")));

    auto* reason = f.window().findChild<QLabel*>(QStringLiteral("stepUnavailableReason"));
    REQUIRE(reason);
    CHECK(reason->text().contains(QStringLiteral("media/clip.mp4")));
    const auto* list = f.window().modulePage()->findChild<QListView*>(QStringLiteral("stepList"));
    REQUIRE(list);
    CHECK(list->model()
              ->index(0, 0)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("media/clip.mp4")));

    // The text step after it opens as usual.
    REQUIRE(f.window().openModule(QStringLiteral("org.example.minimal"), QStringLiteral("intro"),
                                  QStringLiteral("read")));
    CHECK(f.window().findChild<QLabel*>(QStringLiteral("stepUnavailableReason")) == nullptr);
}
