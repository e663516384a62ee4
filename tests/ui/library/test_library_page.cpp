// The library page: "Continue where I left off" only when there is a module in progress.
#include "UiTestFixture.h"

#include "platform/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/library/LibraryPage.h"
#include "ui/module/ModulePage.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {
const QString kBundle = QStringLiteral("org.example.minimal");
const QString kModule = QStringLiteral("intro");
} // namespace

TEST_CASE("Continue where I left off is offered only when a module is in progress", "[ui][library]")
{
    UiTestFixture f;
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    auto* resume = f.window().libraryPage()->findChild<QPushButton*>(QStringLiteral("continueLearningButton"));
    REQUIRE(resume);
    auto* stack = f.window().findChild<QStackedWidget*>();

    // A new profile has nothing to continue.
    CHECK_FALSE(resume->isEnabled());
    CHECK_FALSE(f.window().continueLearning());
    CHECK(stack->currentWidget() == f.window().libraryPage());

    // Open the module's film, go back: that is where Continue goes.
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("film")));
    QTest::mouseClick(f.window().findChild<QPushButton*>(QStringLiteral("backToLibraryButton")), Qt::LeftButton);
    REQUIRE(stack->currentWidget() == f.window().libraryPage());
    CHECK(resume->isEnabled());
    CHECK(resume->accessibleDescription().contains(QStringLiteral("Introduktion")));
    QTest::mouseClick(resume, Qt::LeftButton);
    CHECK(stack->currentWidget() == f.window().modulePage());
    CHECK(f.window().modulePage()->currentRow() == 0);

    // Every step done: the module is finished, nothing is in progress any more.
    for (const Step& step : f.workspace().module(kBundle, kModule)->steps)
        REQUIRE(f.workspace()
                    .store()
                    ->progress()
                    .markCompleted(f.workspace().participantId(),
                                   {kBundle.toStdString(), kModule.toStdString(), step.id}, CompletionHow::Alone)
                    .ok());
    f.window().showLibrary();
    CHECK_FALSE(resume->isEnabled());

    // Another profile on the same computer starts with nothing to continue.
    REQUIRE(f.window().useProfile(QStringLiteral("Bo"), true));
    CHECK_FALSE(resume->isEnabled());
}
