#include "UiTestFixture.h"

#include "platform/Settings.h"
#include "platform/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/library/LibraryModel.h"
#include "ui/library/LibraryPage.h"
#include "ui/library/ProfilePage.h"
#include "ui/module/ModulePage.h"
#include "ui/module/ReflectionView.h"
#include "ui/notes/NoteEditor.h"
#include "ui/player/FilmPlayer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {
const QString kBundle = QStringLiteral("org.example.minimal");
const QString kModule = QStringLiteral("intro");

template <typename T> T* find(QWidget& root, const QString& name)
{
    return root.findChild<T*>(name);
}

// QTest::keyClicks only knows ASCII; a participant types å, ä and ö. Each character goes in as a
// real key press with its text, the way an input method delivers it.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}
QPushButton* button(QWidget* root, const char* name)
{
    auto* b = root->findChild<QPushButton*>(QString::fromLatin1(name));
    REQUIRE(b);
    return b;
}
} // namespace

TEST_CASE("a new profile is created, chosen and remembered across restarts", "[ui][profile]")
{
    UiTestFixture f;
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Åsa Öberg"), true));
    REQUIRE(f.workspace().participant());
    CHECK(f.workspace().participant()->displayName == "Åsa Öberg");
    CHECK(f.window().findChild<QStackedWidget*>()->currentWidget() == f.window().libraryPage());

    f.reopen();
    // The profile page preselects the last profile; Enter continues with it.
    auto* list = find<QListView>(f.window(), QStringLiteral("profileList"));
    REQUIRE(list);
    REQUIRE(list->currentIndex().isValid());
    CHECK(list->currentIndex().data().toString() == QStringLiteral("Åsa Öberg"));
    QTest::mouseClick(find<QPushButton>(f.window(), QStringLiteral("continueButton")), Qt::LeftButton);
    REQUIRE(f.workspace().participant());
    CHECK(f.workspace().participant()->displayName == "Åsa Öberg");
}

TEST_CASE("a note typed in a reflection survives closing the window and reopening", "[ui][notes]")
{
    UiTestFixture f;
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("reflect")));
    auto* editor = find<NoteEditor>(f.window(), QStringLiteral("note_q1"));
    REQUIRE(editor);
    editor->setFocus();
    typeText(editor, QStringLiteral("Mötet på biblioteket lärde mig att fråga först."));
    // Autosave within about a second of the last keystroke, and a quiet indicator says so.
    auto* status = find<QLabel>(f.window(), QStringLiteral("saveStatus_q1"));
    REQUIRE(status);
    REQUIRE(QTest::qWaitFor([&] { return !editor->hasUnsavedChanges(); }, 5000));
    CHECK(status->text().startsWith(QStringLiteral("Saved")));

    // Type more and close at once: closing saves what the timer has not saved yet.
    typeText(editor, QStringLiteral(" Och lyssna."));
    f.reopen();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), false));
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("reflect")));
    editor = find<NoteEditor>(f.window(), QStringLiteral("note_q1"));
    REQUIRE(editor);
    CHECK(editor->toPlainText() ==
          QStringLiteral("Mötet på biblioteket lärde mig att fråga först. Och lyssna."));
}

TEST_CASE("one profile never sees another profile's notes", "[ui][notes][privacy]")
{
    UiTestFixture f;
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("reflect")));
    auto* editor = find<NoteEditor>(f.window(), QStringLiteral("note_q2"));
    typeText(editor, QStringLiteral("Annas hemliga tanke"));
    REQUIRE(editor->flush());

    REQUIRE(f.window().useProfile(QStringLiteral("Bo"), true));
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("reflect")));
    editor = find<NoteEditor>(f.window(), QStringLiteral("note_q2"));
    REQUIRE(editor);
    CHECK(editor->toPlainText().isEmpty());
}

TEST_CASE("the module view ticks steps and continues where the participant left off", "[ui][module]")
{
    UiTestFixture f;
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("read")));
    ModulePage* page = f.window().modulePage();
    CHECK(page->currentRow() == 1);
    auto* steps = find<QListView>(f.window(), QStringLiteral("stepList"));
    // A text step is done once its end has been on screen: this short one fits the page.
    CHECK(QTest::qWaitFor(
        [&] { return steps->model()->index(1, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked; }, 5000));
    CHECK(steps->model()->index(2, 0).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    QTest::mouseClick(find<QPushButton>(f.window(), QStringLiteral("nextStepButton")), Qt::LeftButton);
    CHECK(page->currentRow() == 2);
    CHECK(page->findChild<ReflectionView*>());

    f.reopen();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), false));
    REQUIRE(f.window().continueLearning());
    CHECK(f.window().modulePage()->currentRow() == 2);
    CHECK(find<QLabel>(f.window(), QStringLiteral("moduleProgress"))
              ->text()
              .startsWith(QStringLiteral("1 of 4")));
}

TEST_CASE("the window title names the module and the profile, and the app only once", "[ui][title]")
{
    // X11, Wayland and Windows add " — " and the application's display name to every window title
    // that does not already end with it (QPlatformWindow::formatWindowTitle); offscreen does not,
    // so the test adds it the same way to see what the title bar shows.
    struct DisplayName { // as GuiLauncher sets it, for this test only
        QString saved = QGuiApplication::applicationDisplayName();
        DisplayName() { QGuiApplication::setApplicationDisplayName(QStringLiteral("Reflekt")); }
        ~DisplayName() { QGuiApplication::setApplicationDisplayName(saved); }
    } displayName;
    const auto titleBar = [](const QWidget& w) {
        const QString title = w.windowTitle();
        return title.endsWith(QStringLiteral("Reflekt")) ? title : title + QStringLiteral(" — Reflekt");
    };
    UiTestFixture f;
    f.open();
    CHECK(titleBar(f.window()) == QStringLiteral("Reflekt"));
    REQUIRE(f.window().useProfile(QStringLiteral("Åsa Öberg"), true));
    CHECK(f.window().windowTitle() == QStringLiteral("Åsa Öberg"));
    CHECK(titleBar(f.window()) == QStringLiteral("Åsa Öberg — Reflekt"));
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("read")));
    CHECK(titleBar(f.window()) == QStringLiteral("Introduktion — Åsa Öberg — Reflekt"));
    QTest::mouseClick(find<QPushButton>(f.window(), QStringLiteral("backToLibraryButton")), Qt::LeftButton);
    CHECK(titleBar(f.window()) == QStringLiteral("Åsa Öberg — Reflekt"));
}

TEST_CASE("a film sought to a new place resumes there after closing the window and reopening", "[ui][film]")
{
    UiTestFixture f;
    // The fixture's two-second clip is too short to seek in: a 30 s one takes its place.
    REQUIRE(makeClip(f.modulesDir() + QStringLiteral("/minimal/media/clip.mp4"), 30));
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("film")));
    auto* player = find<FilmPlayer>(f.window(), QStringLiteral("filmPlayer"));
    REQUIRE(player);
    REQUIRE(QTest::qWaitFor([&] { return player->duration() > 29; }, 15000));
    CHECK(player->position() < 1.0);

    // The participant plays, jumps ahead with L (+10 s) twice, watches a little and closes.
    player->setFocus();
    QTest::keyClick(player, Qt::Key_K);
    REQUIRE(QTest::qWaitFor([&] { return player->position() > 1.0; }, 15000));
    QTest::keyClick(player, Qt::Key_L);
    QTest::keyClick(player, Qt::Key_L);
    REQUIRE(QTest::qWaitFor([&] { return player->position() > 21.5; }, 15000));
    QTest::keyClick(player, Qt::Key_K);
    REQUIRE(QTest::qWaitFor([&] { return !player->isPlaying(); }, 5000));
    const double leftAt = player->position();
    INFO("left the film at " << leftAt << " s");
    REQUIRE(leftAt > 21.0);
    REQUIRE(leftAt < 29.0);

    f.reopen();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), false));
    REQUIRE(f.window().continueLearning());
    CHECK(f.window().modulePage()->currentRow() == 0);
    player = find<FilmPlayer>(f.window(), QStringLiteral("filmPlayer"));
    REQUIRE(player);
    REQUIRE(QTest::qWaitFor([&] { return player->duration() > 29; }, 15000));
    // Resumed a few seconds before where it stopped, so the participant finds the thread again.
    REQUIRE(QTest::qWaitFor([&] { return player->position() > 15.0; }, 10000));
    CHECK(player->position() == Approx(leftAt - 3.0).margin(1.0));
}

TEST_CASE("text steps render the bundle's Markdown with its images, nothing remote", "[ui][text]")
{
    UiTestFixture f;
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("read")));
    auto* browser = find<QTextBrowser>(f.window(), QStringLiteral("documentBrowser"));
    REQUIRE(browser);
    CHECK(browser->toPlainText().contains(QStringLiteral("möten på biblioteket")));
    CHECK(browser->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("../media/cover.png")))
              .isValid());
    CHECK_FALSE(
        browser->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://example.org/x.png")))
            .isValid());
    CHECK_FALSE(
        browser->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("../../../etc/passwd")))
            .isValid());
}

TEST_CASE("the library lists a broken bundle with its reason beside the good one", "[ui][library]")
{
    UiTestFixture f;
    QDir(f.modulesDir()).mkpath(QStringLiteral("broken"));
    QFile manifest(f.modulesDir() + QStringLiteral("/broken/bundle.json"));
    REQUIRE(manifest.open(QIODevice::WriteOnly));
    manifest.write("{\"format\": \"reflekt-bundle\", \"formatVersion\": \"1.0\", \"id\": 7}");
    manifest.close();
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    LibraryModel* model = f.window().libraryPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 2);
    int broken = -1;
    int good = -1;
    for (int r = 0; r < 2; ++r)
        (model->index(r, 0).data(LibraryModel::BrokenRole).toBool() ? broken : good) = r;
    REQUIRE(broken >= 0);
    REQUIRE(good >= 0);
    CHECK(model->index(broken, 0)
              .data(LibraryModel::DescriptionRole)
              .toString()
              .contains(QStringLiteral("/id")));
    CHECK(model->index(good, 0).data().toString() == QStringLiteral("Minimalt paket"));
    CHECK(model->rowCount(model->index(good, 0)) == 1);
}

TEST_CASE("a note that cannot be saved is never dropped by moving on: stay, or keep a copy as a file",
          "[ui][notes]")
{
    UiTestFixture f;
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("reflect")));
    // From here on, every note save fails as it would on a full disk.
    sqliteExec(f.dataDir() + QStringLiteral("/reflekt.db"),
               "CREATE TRIGGER disk_full_insert BEFORE INSERT ON note "
               "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;");
    auto* editor = find<NoteEditor>(f.window(), QStringLiteral("note_q1"));
    REQUIRE(editor);
    editor->setFocus();
    const QString thought = QStringLiteral("Det viktigaste jag lärde mig: fråga, lyssna, vänta.");
    typeText(editor, thought);
    REQUIRE_FALSE(editor->flush());
    CHECK(find<QLabel>(f.window(), QStringLiteral("saveStatus_q1"))
              ->text()
              .contains(QStringLiteral("Not saved")));
    // The long message wraps under its note; it never pushes the answers off the page sideways.
    auto* view = f.window().findChild<ReflectionView*>();
    REQUIRE(view);
    // The layout settles in posted events: poll until the scroll range stops shrinking.
    CHECK(QTest::qWaitFor([&] { return view->horizontalScrollBar()->maximum() == 0; }, 2000));

    // Next: the participant is asked, chooses to stay, and nothing moved.
    QString asked;
    onNextModal([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        asked = box->text() + QLatin1Char('\n') + box->detailedText();
        QTest::mouseClick(button(box, "stayWithText"), Qt::LeftButton);
    });
    QTest::mouseClick(find<QPushButton>(f.window(), QStringLiteral("nextStepButton")), Qt::LeftButton);
    INFO(asked.toStdString());
    CHECK(asked.contains(QStringLiteral("could not save your note")));
    CHECK(asked.contains(QStringLiteral("reflekt.db"))); // names the file that refused
    CHECK(asked.contains(thought));
    CHECK(f.window().modulePage()->currentRow() == 2);
    REQUIRE(find<NoteEditor>(f.window(), QStringLiteral("note_q1")) == editor);
    CHECK(editor->toPlainText() == thought);

    // Back to the library: a copy goes to a text file on another drive, then the page changes.
    QTemporaryDir usb;
    const QString copy = usb.filePath(QStringLiteral("min-reflektion.txt"));
    onNextModal([&](QWidget* modal) {
        QTest::mouseClick(button(modal, "saveTextCopy"), Qt::LeftButton);
        onNextModal([&](QWidget* dialog) {
            auto* files = qobject_cast<QFileDialog*>(dialog);
            REQUIRE(files);
            // Typed into the dialog's own name field, as a person would.
            auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            REQUIRE(name);
            name->setText(copy);
            static_cast<QDialog*>(files)->accept(); // QFileDialog::accept, through the public slot
        });
    });
    QTest::mouseClick(find<QPushButton>(f.window(), QStringLiteral("backToLibraryButton")), Qt::LeftButton);
    CHECK(f.window().findChild<QStackedWidget*>()->currentWidget() == f.window().libraryPage());
    QFile file(copy);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(file.readAll());
    CHECK(saved.contains(thought));
    CHECK(saved.contains(QStringLiteral("Vad är kultur för dig?"))); // the question it answers
    CHECK(saved.contains(QStringLiteral("Minimalt paket")));         // and where it belongs
}

TEST_CASE("a new language offers a restart that saves first and comes back to the same module",
          "[ui][language]")
{
    UiTestFixture f;
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Åsa"), true));
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("reflect")));
    auto* editor = find<NoteEditor>(f.window(), QStringLiteral("note_q1"));
    typeText(editor, QStringLiteral("Skrivet strax före omstarten."));

    QSignalSpy restart(&f.window(), &MainWindow::restartRequested);
    bool prompted = false;
    onNextModal([&](QWidget* settings) {
        auto* language = settings->findChild<QComboBox*>(QStringLiteral("languageCombo"));
        REQUIRE(language);
        language->setCurrentIndex(language->findData(QStringLiteral("nb")));
        onNextModal([&](QWidget* prompt) {
            prompted = prompt->objectName() == QStringLiteral("restartPrompt");
            QTest::mouseClick(button(prompt, "restartNow"), Qt::LeftButton);
        });
        static_cast<QDialog*>(settings)->accept();
    });
    f.window().findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    CHECK(prompted);
    REQUIRE(restart.count() == 1);
    CHECK(restart.first().at(0).toStringList() ==
          QStringList({QStringLiteral("--profile"), QStringLiteral("Åsa"), QStringLiteral("--module"),
                       QStringLiteral("org.example.minimal/intro")}));
    CHECK_FALSE(f.window().isVisible());
    CHECK(Settings().uiLanguage() == QStringLiteral("nb"));

    // What was typed just before is in the database: the restarted process will find it.
    const auto saved =
        f.workspace().store()->notes().load(f.workspace().participantId(), kBundle.toStdString(), "q1");
    REQUIRE(saved.ok());
    REQUIRE(saved.value->has_value());
    CHECK((*saved.value)->text == "Skrivet strax före omstarten.");
}
