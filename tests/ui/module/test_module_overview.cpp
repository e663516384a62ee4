// The module overview (what opening a module shows first), the step list's marks and minutes, and
// the module-complete page: their content, their action, their type and their width.
#include "UiTestFixture.h"

#include "platform/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/facilitator/GroupSessionController.h"
#include "ui/module/ModuleOverview.h"
#include "ui/module/ModulePage.h"
#include "ui/module/StepListModel.h"
#include "ui/widgets/Design.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {
const QString kBundle = QStringLiteral("org.example.minimal");
const QString kModule = QStringLiteral("intro");
const QString kSvBundle = QStringLiteral("org.example.reflekt.interkulturell-sv");

template <typename T> T* find(QWidget& root, const QString& name)
{
    T* w = root.findChild<T*>(name);
    INFO("looking for " << name.toStdString());
    REQUIRE(w);
    return w;
}

void complete(UiTestFixture& f, const QString& bundle, const QString& module, const std::string& step)
{
    REQUIRE(f.workspace()
                .store()
                ->progress()
                .markCompleted(f.workspace().participantId(), {bundle.toStdString(), module.toStdString(), step},
                               CompletionHow::Alone)
                .ok());
}

QWidget* overview(MainWindow& window)
{
    return window.modulePage()->findChild<ModuleOverview*>(QStringLiteral("moduleOverview"));
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QTest::qWait(20);
}

// Every visible label and button under `root` in at least the Small type; `body` ones in Body.
void checkTypeSizes(QWidget* root, const QStringList& body)
{
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || !(qobject_cast<QLabel*>(w) || qobject_cast<QPushButton*>(w)))
            continue;
        if (auto* l = qobject_cast<QLabel*>(w); l && l->text().isEmpty())
            continue;
        INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
        CHECK(w->font().pointSizeF() >= Design::pointSize(Design::Type::Small) - 0.01);
        if (body.contains(w->objectName()))
            CHECK(w->font().pointSizeF() >= Design::pointSize(Design::Type::Body) - 0.01);
    }
}
} // namespace

TEST_CASE("opening a module shows its overview: every step with its state and minutes, and Start",
          "[ui][module][overview]")
{
    UiTestFixture f;
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    REQUIRE(f.window().openModule(kBundle, kModule));
    QWidget* page = overview(f.window());
    REQUIRE(page);
    CHECK(f.window().modulePage()->currentRow() == -1);
    CHECK(find<QLabel>(*page, QStringLiteral("overviewTitle"))->text() == QStringLiteral("Introduktion"));
    CHECK(find<QLabel>(*page, QStringLiteral("overviewSummary"))->text() == QStringLiteral("För samtalsledaren."));
    CHECK(find<QLabel>(*page, QStringLiteral("overviewKind"))->text().startsWith(QStringLiteral("For the discussion leader")));
    CHECK(find<QLabel>(*page, QStringLiteral("overviewTitle"))->font().pointSizeF() ==
          Approx(Design::pointSize(Design::Type::Heading1)));

    const Module* module = f.workspace().module(kBundle, kModule);
    int total = 0;
    for (const Step& step : module->steps) {
        auto* row = find<QPushButton>(*page, QStringLiteral("overviewStep_%1").arg(QString::fromStdString(step.id)));
        const int minutes = GroupSessionController::plannedMinutes(step);
        total += minutes;
        const QString detail = find<QLabel>(*row, QStringLiteral("overviewStepDetail"))->text();
        INFO(step.id << ": " << detail.toStdString());
        if (minutes > 0)
            CHECK(detail.endsWith(QStringLiteral("%1 min").arg(minutes)));
        else
            CHECK_FALSE(detail.contains(QStringLiteral("min")));
        CHECK(find<QLabel>(*row, QStringLiteral("overviewStepState"))->text() == QStringLiteral("Not started"));
        CHECK(row->accessibleName().startsWith(QStringLiteral("%1. ").arg(&step - module->steps.data() + 1)));
    }
    REQUIRE(total > 0); // the film (2 s: 1 min) and the reflection's questions
    CHECK(find<QLabel>(*page, QStringLiteral("overviewMeta"))->text().contains(QStringLiteral("about %1 min").arg(total)));

    auto* primary = find<QPushButton>(*page, QStringLiteral("overviewPrimaryButton"));
    CHECK(primary->text() == QStringLiteral("&Start"));
    QTest::mouseClick(primary, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return f.window().modulePage()->currentRow() == 0; }, 2000));
    CHECK(overview(f.window()) == nullptr);
    CHECK(f.window().modulePage()->findChild<QWidget*>(QStringLiteral("filmStepView")));

    // Back to the overview from the step column: the film shows as opened now.
    QTest::mouseClick(find<QPushButton>(f.window(), QStringLiteral("overviewNavButton")), Qt::LeftButton);
    page = overview(f.window());
    REQUIRE(page);
    auto* film = find<QPushButton>(*page, QStringLiteral("overviewStep_film"));
    CHECK(find<QLabel>(*film, QStringLiteral("overviewStepState"))->text() == QStringLiteral("Opened"));
    CHECK(find<QPushButton>(*page, QStringLiteral("overviewPrimaryButton"))->text() == QStringLiteral("&Continue"));
}

TEST_CASE("Continue on the overview goes to the step the participant goes on with", "[ui][module][overview]")
{
    UiTestFixture f;
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    SECTION("the step last opened, when it is not done")
    {
        REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("reflect")));
        REQUIRE(f.window().openModule(kBundle, kModule));
    }
    SECTION("the next step not done, when the last one opened is done")
    {
        REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("read"))); // a short text: done at once
        auto* list = find<QListView>(f.window(), QStringLiteral("stepList"));
        REQUIRE(QTest::qWaitFor(
            [&] { return list->model()->index(1, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked; }, 5000));
        REQUIRE(f.window().openModule(kBundle, kModule));
        QWidget* page = overview(f.window());
        REQUIRE(page);
        CHECK(find<QLabel>(*find<QPushButton>(*page, QStringLiteral("overviewStep_read")),
                           QStringLiteral("overviewStepState"))->text() == QStringLiteral("Done"));
        CHECK(find<QLabel>(*page, QStringLiteral("overviewMeta"))->text().endsWith(QStringLiteral("1 of 4 done")));
    }
    QWidget* page = overview(f.window());
    REQUIRE(page);
    auto* primary = find<QPushButton>(*page, QStringLiteral("overviewPrimaryButton"));
    CHECK(primary->text() == QStringLiteral("&Continue"));
    CHECK(find<QLabel>(*page, QStringLiteral("overviewContinueHint"))->text().contains(QStringLiteral("3. Reflektion")));
    QTest::mouseClick(primary, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return f.window().modulePage()->currentRow() == 2; }, 2000));
    CHECK(f.window().modulePage()->findChild<QWidget*>(QStringLiteral("reflectionView")));
}

TEST_CASE("opening a step directly skips the overview", "[ui][module][overview]")
{
    UiTestFixture f;
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("cards")));
    CHECK(overview(f.window()) == nullptr);
    CHECK(f.window().modulePage()->currentRow() == 3);
    CHECK_FALSE(find<QPushButton>(f.window(), QStringLiteral("overviewNavButton"))->isChecked());
    // A step this module does not have: the overview, not a wrong step.
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("no-such-step")));
    CHECK(overview(f.window()) != nullptr);
    CHECK(find<QPushButton>(f.window(), QStringLiteral("overviewNavButton"))->isChecked());
    // Clicking a step on the overview opens that step.
    QTest::mouseClick(find<QPushButton>(*overview(f.window()), QStringLiteral("overviewStep_read")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return f.window().modulePage()->currentRow() == 1; }, 2000));
}

TEST_CASE("the step list's model passes Qt's model checks and says where each step is", "[ui][module][steplist]")
{
    UiTestFixture f;
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("film")));
    auto* list = find<QListView>(f.window(), QStringLiteral("stepList"));
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* model = qobject_cast<StepListModel*>(list->model());
    REQUIRE(model);
    CHECK(model->state(0) == StepListModel::State::Opened);
    CHECK(model->state(1) == StepListModel::State::NotStarted);
    CHECK(model->index(0).data(StepListModel::DetailRole).toString() == QStringLiteral("Film · 1 min"));
    CHECK(model->index(1).data(StepListModel::DetailRole).toString() == QStringLiteral("Text"));
    CHECK(model->index(0).data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral(", opened")));
    model->setDone(QStringLiteral("film"), true);
    CHECK(model->state(0) == StepListModel::State::Done);
    CHECK(model->index(0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(list->font().pointSizeF() >= Design::pointSize(Design::Type::Body) - 0.01);
}

TEST_CASE("the overview and the complete page keep the type scale and a column, not the whole width",
          "[ui][module][overview][design]")
{
    UiTestFixture f;
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    const QSize size = GENERATE(QSize(1366, 768), QSize(1920, 1080));
    const double scale = GENERATE(1.0, 1.5);
    INFO("window " << size.width() << "×" << size.height() << ", text scale " << scale);
    f.window().resize(size);
    f.window().show();
    REQUIRE(f.window().openModule(kBundle, kModule));
    f.window().modulePage()->setScale(scale);
    settle();
    QWidget* page = overview(f.window());
    REQUIRE(page);
    checkTypeSizes(page, {QStringLiteral("overviewMeta"), QStringLiteral("overviewSummary")});
    checkTypeSizes(find<QWidget>(f.window(), QStringLiteral("modulePage")), {QStringLiteral("moduleTitle")});
    auto* primary = find<QPushButton>(*page, QStringLiteral("overviewPrimaryButton"));
    CHECK(primary->width() < 300 * scale);
    CHECK(primary->width() >= primary->sizeHint().width());
    const int column = Design::readingWidth(Design::font(Design::Type::Lead, scale)) + 2 * Design::space(5);
    auto* title = find<QLabel>(*page, QStringLiteral("overviewTitle"));
    CHECK(title->width() <= column);
    auto* row = find<QPushButton>(*page, QStringLiteral("overviewStep_film"));
    CHECK(row->width() <= column);
    CHECK(row->height() >= row->heightForWidth(row->width()));

    f.window().modulePage()->openStep(4);
    settle();
    auto* done = find<QWidget>(*f.window().modulePage(), QStringLiteral("moduleCompletePage"));
    checkTypeSizes(done, {QStringLiteral("moduleCompleteSummary"), QStringLiteral("moduleCompleteNext")});
    CHECK(find<QLabel>(*done, QStringLiteral("moduleCompleteTitle"))->width() <= column);
    CHECK(find<QPushButton>(*done, QStringLiteral("completeBackToLibraryButton"))->width() < 400 * scale);
}

TEST_CASE("finishing a module: a moment of completion, when, and the next module as the one action",
          "[ui][module][complete]")
{
    UiTestFixture f{QStringList{}};
    REQUIRE(copyTree(QStringLiteral(REFLEKT_MODULES_DIR "/sv-interkulturell"),
                     f.modulesDir() + QStringLiteral("/sv-interkulturell")));
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Åsa Öberg"), true));
    const QString module = QStringLiteral("kultur-identitet");
    for (const Step& step : f.workspace().module(kSvBundle, module)->steps)
        complete(f, kSvBundle, module, step.id);
    REQUIRE(f.window().openModule(kSvBundle, module));
    QWidget* page = overview(f.window());
    REQUIRE(page);
    CHECK(find<QPushButton>(*page, QStringLiteral("overviewPrimaryButton"))->text() == QStringLiteral("Go through it &again"));
    f.window().modulePage()->openStep(4);
    auto* done = find<QWidget>(*f.window().modulePage(), QStringLiteral("moduleCompletePage"));
    CHECK(find<QLabel>(*done, QStringLiteral("moduleCompleteTitle"))->text() ==
          QStringLiteral("You have finished “Kultur och identitet”"));
    CHECK(find<QLabel>(*done, QStringLiteral("moduleCompleteSummary"))->text() == QStringLiteral("4 of 4 steps done."));
    const QString when = find<QLabel>(*done, QStringLiteral("moduleCompleteTime"))->text();
    INFO(when.toStdString());
    CHECK(when.startsWith(QStringLiteral("Done on ")));
    CHECK(when.contains(QStringLiteral("planned for about")));
    CHECK(find<QLabel>(*done, QStringLiteral("doneStepsList"))->text().count(QStringLiteral("✓")) == 4);
    CHECK(done->findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^goToStep_"))).isEmpty());
    CHECK(find<QLabel>(*done, QStringLiteral("moduleCompleteNext"))->text().contains(QStringLiteral("Kommunikation")));

    // The next module is the one primary action; it opens that module's overview.
    auto* next = find<QPushButton>(*done, QStringLiteral("nextModuleButton"));
    CHECK(next->text().contains(QStringLiteral("Kommunikation")));
    CHECK(next->isDefault());
    CHECK_FALSE(find<QPushButton>(*done, QStringLiteral("exportMyNotesButton"))->isDefault());
    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return f.window().modulePage()->moduleId() == QStringLiteral("kommunikation-sprak"); }, 2000));
    REQUIRE(overview(f.window()));
    CHECK(f.window().windowTitle().contains(QStringLiteral("Kommunikation")));
    CHECK(find<QPushButton>(*overview(f.window()), QStringLiteral("overviewPrimaryButton"))->text() == QStringLiteral("&Start"));
}
