// The library as cards and the profile chooser, as a user sees them: covers, progress of modules,
// last opened, one primary action in the package's accent, readable colours in light and dark,
// keyboard use, an empty library that says what to do, and a compact list of profiles.
#include "UiTestFixture.h"

#include "platform/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/library/LibraryDelegate.h"
#include "ui/library/LibraryModel.h"
#include "ui/library/LibraryPage.h"
#include "ui/module/ModulePage.h"
#include "ui/widgets/Design.h"
#include "ui/widgets/StatusColors.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QTreeView>

#include <memory>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {
const QString kNb = QStringLiteral("org.example.reflekt.koordinering-nb");

void settle()
{
    for (int i = 0; i < 10; ++i) {
        QApplication::processEvents();
        QTest::qWait(5);
    }
}

void withNorwegianSample(UiTestFixture& f)
{
    REQUIRE(copyTree(QStringLiteral(REFLEKT_MODULES_DIR "/nb-koordinering"),
                     f.modulesDir() + QStringLiteral("/nb-koordinering")));
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Kari"), true));
}

void completeModule(UiTestFixture& f, const Module& m)
{
    for (const Step& step : m.steps) {
        const StepRef ref{kNb.toStdString(), m.id, step.id};
        REQUIRE(f.workspace().store()->progress().openStep(f.workspace().participantId(), ref).ok());
        REQUIRE(f.workspace()
                    .store()
                    ->progress()
                    .markCompleted(f.workspace().participantId(), ref, CompletionHow::Alone)
                    .ok());
    }
}

QPalette dark()
{
    QPalette p;
    const QColor window(0x31, 0x36, 0x3b), base(0x1b, 0x1e, 0x20), text(0xfc, 0xfc, 0xfc);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    return p;
}
} // namespace

TEST_CASE("a package card shows its cover, publisher, modules done and when it was last opened",
          "[ui][library]")
{
    UiTestFixture f{QStringList{}};
    withNorwegianSample(f);
    LibraryModel* model = f.window().libraryPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 1);
    QModelIndex card = model->index(0, 0);
    CHECK_FALSE(card.data(LibraryModel::CoverRole).value<QPixmap>().isNull());
    CHECK(card.data(LibraryModel::AccentRole).value<QColor>() == QColor(QStringLiteral("#0F4C5C")));
    CHECK(card.data(LibraryModel::PublisherRole).toString() == QStringLiteral("Reflekt eksempelinnhold"));
    CHECK(card.data(LibraryModel::ProgressTextRole).toString() == QStringLiteral("0 of 4 modules"));
    CHECK_FALSE(card.data(LibraryModel::LastOpenedRole).toDateTime().isValid());
    auto* open = f.window().libraryPage()->findChild<QPushButton*>(QStringLiteral("openModuleButton"));
    REQUIRE(open);
    CHECK(open->text() == QStringLiteral("Start"));

    const Bundle* bundle = f.workspace().bundle(kNb);
    REQUIRE(bundle);
    completeModule(f, bundle->modules.front());
    f.window().showLibrary();
    card = model->index(0, 0);
    CHECK(card.data(LibraryModel::DoneRole).toInt() == 1);
    CHECK(card.data(LibraryModel::ProgressTextRole).toString() == QStringLiteral("1 of 4 modules"));
    CHECK(card.data(LibraryModel::LastOpenedRole).toDateTime().isValid());
    // What a screen reader says about the card.
    const QString said = card.data(Qt::AccessibleDescriptionRole).toString();
    CHECK(said.contains(QStringLiteral("1 of 4 modules done")));
    CHECK(said.contains(QStringLiteral("Last opened today")));
    CHECK(model->index(0, 0, card).data(LibraryModel::ProgressTextRole).toString() == QStringLiteral("Done"));
    CHECK(model->index(1, 0, card).data(LibraryModel::ProgressTextRole).toString() ==
          QStringLiteral("0 of 4 steps"));

    // Opened the second module once: the card's action now continues it, and says so.
    const Module& second = bundle->modules[1];
    REQUIRE(f.workspace()
                .store()
                ->progress()
                .openStep(f.workspace().participantId(), {kNb.toStdString(), second.id, second.steps[0].id})
                .ok());
    f.window().showLibrary();
    CHECK(open->text() == QStringLiteral("Continue"));
    CHECK(open->accessibleName().startsWith(open->text()));
    CHECK(open->accessibleName().contains(f.workspace().text(*bundle, second.title)));
}

TEST_CASE("the primary action is in the package's accent, sized to its label, and the keyboard opens modules",
          "[ui][library]")
{
    UiTestFixture f{QStringList{}};
    withNorwegianSample(f);
    f.window().resize(1920, 1080);
    f.window().show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.window()));
    settle();
    LibraryPage* page = f.window().libraryPage();
    auto* open = page->findChild<QPushButton*>(QStringLiteral("openModuleButton"));
    REQUIRE(open);
    CHECK(open->isVisible());
    CHECK(open->width() < 300); // not stretched across the panel, let alone the window
    const QColor accent = Design::accent(QStringLiteral("#0F4C5C"));
    CHECK(open->styleSheet().contains(Design::accentFill(accent).background.name()));
    // The page is a centred column: on a 1920 px screen neither the cards nor the page can fill
    // the width (the offscreen screen is smaller, so the limits are checked, not the geometry).
    auto* tree = page->findChild<QTreeView*>(QStringLiteral("libraryTree"));
    REQUIRE(tree);
    const int reading = Design::readingWidth(Design::font(Design::Type::Body));
    CHECK(tree->maximumWidth() <= reading * 5 / 4);
    auto* content = page->findChild<QWidget*>(QStringLiteral("libraryContent"));
    REQUIRE(content);
    CHECK(content->maximumWidth() < 1920 * 2 / 3);
    CHECK(tree->width() >= tree->minimumWidth());
    // Visible words on the page are never below the Small size.
    for (QLabel* label : page->findChildren<QLabel*>()) {
        if (label->isVisible() && !label->text().isEmpty())
            CHECK(label->font().pointSizeF() >= Design::pointSize(Design::Type::Small));
    }

    // Down to the second module and Enter: that module opens.
    tree->setFocus();
    REQUIRE(tree->currentIndex() == tree->model()->index(0, 0));
    QTest::keyClick(tree, Qt::Key_Down);
    QTest::keyClick(tree, Qt::Key_Down);
    const QString expected = tree->currentIndex().data(LibraryModel::ModuleIdRole).toString();
    REQUIRE(expected == QString::fromStdString(f.workspace().bundle(kNb)->modules[1].id));
    QTest::keyClick(tree, Qt::Key_Return);
    REQUIRE(f.window().findChild<QStackedWidget*>()->currentWidget() == f.window().modulePage());
    CHECK(QString::fromStdString(f.window().modulePage()->module()->id) == expected);
}

TEST_CASE("an empty library says in words how to add a package", "[ui][library]")
{
    UiTestFixture f{QStringList{}};
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Kari"), true));
    f.window().show();
    settle();
    QWidget* empty = f.window().libraryPage()->findChild<QWidget*>(QStringLiteral("libraryEmptyState"));
    REQUIRE(empty);
    CHECK(empty->isVisible());
    CHECK_FALSE(f.window().libraryPage()->findChild<QTreeView*>()->isVisible());
    auto* text = empty->findChild<QLabel*>(QStringLiteral("emptyStateText"));
    REQUIRE(text);
    CHECK(text->text().contains(QStringLiteral("File > Open package…")));
    CHECK(text->text().contains(QStringLiteral(".reflekt")));
    CHECK(text->font().pointSizeF() >= Design::pointSize(Design::Type::Body));
}

TEST_CASE("library cards keep 4.5:1 for every word in light and dark palettes, selected or not",
          "[ui][library][accessibility]")
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    REQUIRE(fusion);
    const bool darkTheme = GENERATE(false, true);
    const QPalette palette = darkTheme ? dark() : fusion->standardPalette();
    const QString accent = QString::fromLatin1(GENERATE("", "#0F4C5C", "#23395B", "#F2C94C", "#7FDBFF"));
    const bool selected = GENERATE(false, true);
    INFO("accent " << accent.toStdString() << ", selected " << selected << ", window "
                   << palette.color(QPalette::Window).name().toStdString());
    const auto c = LibraryDelegate::colors(palette, Design::accent(accent), selected);
    CHECK(StatusColors::contrast(c.text, c.background) >= 4.5);
    CHECK(StatusColors::contrast(c.muted, c.background) >= 4.5);
    CHECK(StatusColors::contrast(c.accent, c.background) >= 4.5);
    CHECK(StatusColors::contrast(c.error, c.background) >= 4.5);
}

TEST_CASE("the profile chooser is compact and puts the profile used last first", "[ui][profile]")
{
    UiTestFixture f;
    f.open();
    f.window().resize(1366, 768);
    f.window().show();
    // First start: type a name and press Enter, and the library opens.
    auto* name = f.window().findChild<QLineEdit*>(QStringLiteral("newProfileName"));
    REQUIRE(name);
    settle();
    REQUIRE(name->isVisible());
    QTest::keyClicks(name, QStringLiteral("Cecilia"));
    QTest::keyClick(name, Qt::Key_Return);
    REQUIRE(f.workspace().participant());
    CHECK(f.workspace().participant()->displayName == "Cecilia");
    REQUIRE(f.window().useProfile(QStringLiteral("Bo"), true));
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    REQUIRE(f.window().useProfile(QStringLiteral("Cecilia"), false));

    f.reopen();
    f.window().resize(1366, 768);
    f.window().show();
    settle();
    auto* list = f.window().findChild<QListView*>(QStringLiteral("profileList"));
    REQUIRE(list);
    REQUIRE(list->model()->rowCount() == 3);
    CHECK(list->model()->index(0, 0).data().toString() == QStringLiteral("Cecilia"));
    CHECK(list->model()->index(1, 0).data().toString() == QStringLiteral("Anna"));
    CHECK(list->model()->index(2, 0).data().toString() == QStringLiteral("Bo"));
    CHECK(list->currentIndex().row() == 0);
    // As tall as its three rows, not the screen.
    CHECK(list->height() <= 3 * list->sizeHintForRow(0) + 2 * list->frameWidth());
    CHECK(list->height() < 768 / 3);
    CHECK_FALSE(f.window().findChild<QLineEdit*>(QStringLiteral("newProfileName"))->isVisible());
}
