// The module page: when text and activity steps count as done, the page after the last step, and
// step titles that fit their row (and are not doubled on the facilitator console).
#include "UiTestFixture.h"
#include "facilitator/test_facilitator_support.h"
#include "module_test_support.h"

#include "platform/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/facilitator/FacilitatorConsole.h"
#include "ui/library/LibraryPage.h"
#include "ui/module/ModulePage.h"
#include "ui/module/StepItemDelegate.h"
#include "ui/module/StepListModel.h"
#include "ui/notes/ExportDialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPrintDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextLayout>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {
const QString kBundle = QStringLiteral("org.example.minimal");
const QString kModule = QStringLiteral("intro");

template <typename T> T* find(QWidget& root, const QString& name)
{
    T* w = root.findChild<T*>(name);
    INFO("looking for " << name.toStdString());
    REQUIRE(w);
    return w;
}

bool ticked(MainWindow& window, int row)
{
    const auto* list = window.modulePage()->findChild<QListView*>(QStringLiteral("stepList"));
    return list->model()->index(row, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

bool storedDone(UiTestFixture& f, const char* stepId)
{
    const auto p = f.workspace().store()->progress().stepProgress(
        f.workspace().participantId(), {kBundle.toStdString(), kModule.toStdString(), stepId});
    return p.ok() && *p.value && (*p.value)->completed;
}

// Receives what QDesktopServices would hand to the desktop: no PDF viewer opens in a test.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

// What is wrong with row `row`, or "": its title and its kind-and-minutes line, laid out the way
// the step list's delegate lays them out in the row's own rectangle, must fit (nothing cut off),
// and the next row must follow right after it (no empty band below).
QString rowProblem(QListView* list, int row)
{
    const QModelIndex index = list->model()->index(row, 0);
    const QRect rect = list->visualRect(index);
    const StepItemDelegate::Layout layout = StepItemDelegate::layout(
        rect, list->font(), index.data().toString(), index.data(StepListModel::DetailRole).toString());
    const QString where = QStringLiteral("row %1 \"%2\" at width %3: ")
                              .arg(row)
                              .arg(index.data().toString())
                              .arg(list->viewport()->width());
    if (layout.height > rect.height())
        return where + QStringLiteral("needs %1 px, in a row %2 px high").arg(layout.height).arg(rect.height());
    if (layout.height < rect.height())
        return where + QStringLiteral("needs %1 px, in a row %2 px high (an empty band)")
                           .arg(layout.height)
                           .arg(rect.height());
    if (row + 1 < list->model()->rowCount()) {
        const QRect next = list->visualRect(list->model()->index(row + 1, 0));
        const int gap = next.top() - rect.bottom() - 1;
        if (gap != 2 * list->spacing())
            return where + QStringLiteral("%1 px to the next row").arg(gap);
    }
    return {};
}

QString listProblems(QListView* list)
{
    QStringList problems;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        if (const QString p = rowProblem(list, row); !p.isEmpty())
            problems << p;
    return problems.join(QLatin1Char('\n'));
}
} // namespace

TEST_CASE("a text step is done when its end has been on screen, not when it is opened",
          "[ui][module][completion]")
{
    UiTestFixture f;
    SECTION("a long text: when scrolled to its end")
    {
        QFile text(f.modulesDir() + QStringLiteral("/minimal/text/read.sv.md"));
        REQUIRE(text.open(QIODevice::Append));
        for (int i = 0; i < 120; ++i)
            text.write("\n\nEtt stycke till om hur ett samtal på biblioteket kan börja, och hur det slutar.\n");
        text.close();
        f.open();
        REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
        REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("read")));
        auto* browser = find<QTextBrowser>(f.window(), QStringLiteral("documentBrowser"));
        REQUIRE(QTest::qWaitFor([&] { return browser->verticalScrollBar()->maximum() > 0; }, 5000));
        CHECK_FALSE(QTest::qWaitFor([&] { return ticked(f.window(), 1); }, 500));
        CHECK_FALSE(storedDone(f, "read"));

        // Half way is not the end.
        browser->verticalScrollBar()->setValue(browser->verticalScrollBar()->maximum() / 2);
        CHECK_FALSE(QTest::qWaitFor([&] { return ticked(f.window(), 1); }, 300));
        // Reading on to the end, with the keyboard.
        browser->setFocus();
        QTest::keyClick(browser, Qt::Key_End);
        REQUIRE(QTest::qWaitFor([&] { return ticked(f.window(), 1); }, 5000));
        CHECK(storedDone(f, "read"));
        CHECK(find<QLabel>(f.window(), QStringLiteral("moduleProgress"))->text().startsWith(QStringLiteral("1 of 4")));
    }
    SECTION("a short text that fits the page: at once")
    {
        f.open();
        REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
        REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("read")));
        REQUIRE(QTest::qWaitFor([&] { return ticked(f.window(), 1); }, 5000));
        CHECK(storedDone(f, "read"));
    }
}

TEST_CASE("an activity is done when it is printed or its PDF opened, not when it is opened",
          "[ui][module][completion]")
{
    UiTestFixture f;
    SECTION("conversation cards, printed (here to a PDF file)")
    {
        f.open();
        REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
        REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("cards")));
        CHECK_FALSE(QTest::qWaitFor([&] { return ticked(f.window(), 3); }, 500));
        CHECK_FALSE(storedDone(f, "cards"));

        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("samtalskort.pdf"));
        bool sawDialog = false;
        onNextModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<QPrintDialog*>(modal);
            REQUIRE(dialog);
            sawDialog = true;
            // Never a real printer from a test: the dialog's own "Print to File (PDF)", last in its list.
            auto* printers = dialog->findChild<QComboBox*>(QStringLiteral("printers"));
            REQUIRE(printers);
            printers->setCurrentIndex(printers->count() - 1);
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("filename"));
            REQUIRE(name);
            name->setText(pdf);
            dialog->accept();
        });
        QTest::mouseClick(find<QPushButton>(f.window(), QStringLiteral("printActivityButton")), Qt::LeftButton);
        CHECK(sawDialog);
        CHECK(QFileInfo(pdf).size() > 0);
        REQUIRE(QTest::qWaitFor([&] { return ticked(f.window(), 3); }, 2000));
        CHECK(storedDone(f, "cards"));
    }
    SECTION("cancelling the print dialog does not count")
    {
        f.open();
        REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
        REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("cards")));
        onNextModal([](QWidget* modal) { qobject_cast<QDialog*>(modal)->reject(); });
        QTest::mouseClick(find<QPushButton>(f.window(), QStringLiteral("printActivityButton")), Qt::LeftButton);
        CHECK_FALSE(QTest::qWaitFor([&] { return ticked(f.window(), 3); }, 300));
        CHECK_FALSE(storedDone(f, "cards"));
    }
    SECTION("a PDF worksheet, opened in the PDF viewer")
    {
        QFile pdf(f.modulesDir() + QStringLiteral("/minimal/text/cards.sv.pdf"));
        REQUIRE(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4\n%%EOF\n");
        pdf.close();
        editManifest(f, QStringLiteral("\"document\": {\"sv\": \"text/cards.sv.md\"}"),
                     QStringLiteral("\"document\": {\"sv\": \"text/cards.sv.pdf\"}"));
        f.open();
        REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
        REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("cards")));
        CHECK_FALSE(QTest::qWaitFor([&] { return ticked(f.window(), 3); }, 300));
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        QTest::mouseClick(find<QPushButton>(f.window(), QStringLiteral("openActivityPdfButton")),
                          Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        REQUIRE(catcher.urls.size() == 1);
        CHECK(catcher.urls.front().toLocalFile().endsWith(QStringLiteral("cards.sv.pdf")));
        REQUIRE(QTest::qWaitFor([&] { return ticked(f.window(), 3); }, 2000));
        CHECK(storedDone(f, "cards"));
    }
}

TEST_CASE("Next on the last step shows what is done and what is left, with export and the library",
          "[ui][module]")
{
    UiTestFixture f;
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("read")));
    REQUIRE(QTest::qWaitFor([&] { return ticked(f.window(), 1); }, 5000)); // the short text fits
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("cards")));
    ModulePage* page = f.window().modulePage();
    auto* next = find<QPushButton>(*page, QStringLiteral("nextStepButton"));
    REQUIRE(next->isEnabled()); // the last step's Next leads somewhere
    QTest::mouseClick(next, Qt::LeftButton);

    auto* done = find<QWidget>(*page, QStringLiteral("moduleCompletePage"));
    CHECK(QTest::qWaitFor([&] { return done->isVisible(); }, 2000));
    CHECK_FALSE(next->isEnabled());
    CHECK(find<QLabel>(*done, QStringLiteral("moduleCompleteTitle"))->text().contains(QStringLiteral("Introduktion")));
    CHECK(find<QLabel>(*done, QStringLiteral("moduleCompleteSummary"))->text() == QStringLiteral("1 of 4 steps done."));
    CHECK(find<QLabel>(*done, QStringLiteral("doneStepsList"))->text().contains(QStringLiteral("Läs")));
    CHECK_FALSE(done->findChild<QPushButton*>(QStringLiteral("goToStep_read")));
    for (const char* left : {"goToStep_film", "goToStep_reflect", "goToStep_cards"})
        CHECK(done->findChild<QPushButton*>(QString::fromLatin1(left)));

    // A step that is left: one click goes there.
    QTest::mouseClick(find<QPushButton>(*done, QStringLiteral("goToStep_reflect")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return page->currentRow() == 2; }, 2000));
    CHECK(page->findChild<QWidget*>(QStringLiteral("reflectionView")));

    // Back at the end: Previous returns to the last step, Next to the end again.
    page->openStep(4);
    done = find<QWidget>(*page, QStringLiteral("moduleCompletePage"));
    QTest::mouseClick(find<QPushButton>(*page, QStringLiteral("previousStepButton")), Qt::LeftButton);
    CHECK(page->currentRow() == 3);
    QTest::mouseClick(next, Qt::LeftButton);
    done = find<QWidget>(*page, QStringLiteral("moduleCompletePage"));

    // Export my notes opens the export dialog, for this module.
    bool exported = false;
    onNextModal([&](QWidget* modal) {
        exported = qobject_cast<ExportDialog*>(modal) != nullptr;
        qobject_cast<QDialog*>(modal)->reject();
    });
    QTest::mouseClick(find<QPushButton>(*done, QStringLiteral("exportMyNotesButton")), Qt::LeftButton);
    CHECK(exported);

    QTest::mouseClick(find<QPushButton>(*done, QStringLiteral("completeBackToLibraryButton")), Qt::LeftButton);
    auto* stack = f.window().findChild<QStackedWidget*>();
    REQUIRE(QTest::qWaitFor([&] { return stack->currentWidget() == f.window().libraryPage(); }, 2000));
}

TEST_CASE("a long step title wraps in the step list without being cut short or leaving a gap",
          "[ui][module][steplist]")
{
    UiTestFixture f;
    editManifest(f, QStringLiteral("\"title\": {\"sv\": \"Film\", \"en\": \"Film\"}"),
                 QStringLiteral("\"title\": {\"sv\": \"Film: Fire samtaler om det samme\", \"en\": \"Film\"}"));
    editManifest(f, QStringLiteral("\"title\": {\"sv\": \"Reflektion\""),
                 QStringLiteral("\"title\": {\"sv\": \"Reflektion: vad kultur betyder för oss i vardagen och "
                                "i mötet med dem vi arbetar för\""));
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("reflect")));
    auto* list = find<QListView>(f.window(), QStringLiteral("stepList"));
    auto* nav = find<QWidget>(f.window(), QStringLiteral("stepNav"));
    auto* splitter = find<QSplitter>(f.window(), QStringLiteral("moduleSplitter"));
    CHECK(list->model()->index(0, 0).data().toString() == QStringLiteral("1. Film: Fire samtaler om det samme"));
    // Every width the splitter lets the step column have, as a participant drags it.
    for (int width = nav->minimumWidth(); width <= nav->maximumWidth(); width += 7) {
        splitter->setSizes({width, splitter->width() - splitter->handleWidth() - width});
        REQUIRE(QTest::qWaitFor([&] { return nav->width() == width; }, 2000));
        // The list lays its rows out again a moment after a resize: poll until it has.
        const bool fits = QTest::qWaitFor([&] { return listProblems(list).isEmpty(); }, 1000);
        INFO(listProblems(list).toStdString());
        CHECK(fits);
    }
}

TEST_CASE("the facilitator console names a film once, never \"Film: Film: …\"", "[ui][facilitator][module]")
{
    UiTestFixture f;
    SECTION("a step title that starts with the kind")
    {
        editManifest(f, QStringLiteral("\"title\": {\"sv\": \"Film\", \"en\": \"Film\"}"),
                     QStringLiteral("\"title\": {\"sv\": \"Film: Fire samtaler om det samme\", \"en\": \"Film\"}"));
        f.open();
        FacilitatorSetup setup(f);
        std::unique_ptr<FacilitatorConsole> console(setup.startSession());
        CHECK(find<QLabel>(*console, QStringLiteral("nextItem"))->text() ==
              QStringLiteral("Next: Film: Fire samtaler om det samme"));
        console->session().advance();
        REQUIRE(console->session().currentItem().kind == SessionItem::Kind::Film);
        CHECK(find<QLabel>(*console, QStringLiteral("currentItem"))->text() ==
              QStringLiteral("Film: Fire samtaler om det samme"));
    }
    SECTION("a step titled just by its kind")
    {
        f.open();
        FacilitatorSetup setup(f);
        std::unique_ptr<FacilitatorConsole> console(setup.startSession());
        console->session().advance();
        REQUIRE(console->session().currentItem().kind == SessionItem::Kind::Film);
        CHECK(find<QLabel>(*console, QStringLiteral("currentItem"))->text() == QStringLiteral("Film"));
    }
    SECTION("a title that only begins with the same letters keeps its kind")
    {
        editManifest(f, QStringLiteral("\"title\": {\"sv\": \"Film\", \"en\": \"Film\"}"),
                     QStringLiteral("\"title\": {\"sv\": \"Filmen om biblioteket\", \"en\": \"Film\"}"));
        f.open();
        FacilitatorSetup setup(f);
        std::unique_ptr<FacilitatorConsole> console(setup.startSession());
        console->session().advance();
        CHECK(find<QLabel>(*console, QStringLiteral("currentItem"))->text() ==
              QStringLiteral("Film: Filmen om biblioteket"));
    }
}

#include "test_module_page.moc"
