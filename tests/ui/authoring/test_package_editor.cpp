// The package editor, driven as an author drives it: fields typed into, buttons clicked, keys
// pressed. Files the author would pick in a file dialog are handed to the function the dialog
// calls (a native file dialog cannot be driven offscreen).
#include <catch2/catch.hpp>

#include "core/BundleImporter.h"
#include "core/BundleLoader.h"
#include "core/PackageEdits.h"
#include "core/WebVtt.h"
#include "TinyDisk.h"
#include "UiTestFixture.h"
#include "ui/MainWindow.h"
#include "ui/authoring/EditorDocument.h"
#include "ui/authoring/FilmPreview.h"
#include "ui/player/FilmPlayer.h"
#include "ui/authoring/MarkdownEditor.h"
#include "ui/authoring/PackageEditor.h"
#include "ui/authoring/PackageOutlineModel.h"
#include "ui/authoring/ProblemListModel.h"
#include "ui/authoring/QuestionEditor.h"
#include "ui/authoring/StepForm.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>
#include <QTreeView>

#include <fstream>
#include <sstream>

using namespace reflekt;

namespace {

QWidget* form(PackageEditor& editor)
{
    return editor.findChild<QScrollArea*>(QStringLiteral("formArea"))->widget();
}

// The form is built again a moment after a structural edit: wait until one of `T` is shown.
template <typename T> T* waitForForm(PackageEditor& editor)
{
    T* found = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        found = qobject_cast<T*>(form(editor));
        return found != nullptr;
    }, 5000));
    return found;
}

template <typename T> T* field(PackageEditor& editor, const QString& name)
{
    T* w = nullptr;
    INFO("the field " << name.toStdString());
    REQUIRE(QTest::qWaitFor([&] {
        w = form(editor)->findChild<T*>(name);
        return w != nullptr;
    }, 5000));
    return w;
}

void click(PackageEditor& editor, const QString& button)
{
    auto* b = field<QPushButton>(editor, button);
    QTest::mouseClick(b, Qt::LeftButton);
}

// As the keyboard types it, å ä ö too (QTest::keyClicks knows only ASCII); "\n" is Enter.
void typeText(QWidget* w, const QString& text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            QTest::keyClick(w, Qt::Key_Return);
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
        QApplication::sendEvent(w, &release);
    }
}

void typeInto(QWidget* w, const QString& text)
{
    w->setFocus();
    typeText(w, text);
}

std::string readAll(const QString& path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("An author builds a two-module package in the editor, and it validates, packs and imports",
          "[ui][authoring]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // What the author has on the desktop: a film, SRT captions, an image.
    const QString desktop = dir.filePath(QStringLiteral("Skrivbord"));
    QDir().mkpath(desktop);
    REQUIRE(makeClip(desktop + QStringLiteral("/Mötet i biblioteket.mp4"), 3));
    writeFile(desktop + QStringLiteral("/motet.srt"),
              "1\n00:00:00,000 --> 00:00:01,000\nHej, kan jag hjälpa dig?\n\n"
              "2\n00:00:01,000 --> 00:00:02,000\nJag förstår inte, säger Åsa.\n");
    QImage picture(64, 36, QImage::Format_RGB32);
    picture.fill(QColor(35, 57, 91));
    REQUIRE(picture.save(desktop + QStringLiteral("/bibliotek.png")));
    {
        QPdfWriter pdf(desktop + QStringLiteral("/arbetsblad.pdf"));
        QPainter painter(&pdf);
        painter.drawText(QPointF(100, 100), QStringLiteral("Arbetsblad: mötet"));
    }

    const QString folder = dir.filePath(QStringLiteral("motet"));
    QDir().mkpath(folder);
    auto* editor = new PackageEditor(newPackageDocument(folder.toStdString(), "sv", "Mötet"));
    QAbstractItemModelTester outlineTester(editor->outline()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    editor->show();
    REQUIRE(QTest::qWaitForWindowExposed(editor));

    // The package: a description and a publisher.
    typeInto(field<QPlainTextEdit>(*editor, QStringLiteral("field:/description/sv")),
             QStringLiteral("Ett paket om att mötas på biblioteket."));
    typeInto(field<QLineEdit>(*editor, QStringLiteral("publisherEdit")), QStringLiteral("Region Exempel"));

    // Module 1: a film with captions from SRT, a text with an image, questions with a sub-question.
    editor->showItem(QStringLiteral("/modules/0"));
    auto* title = field<QLineEdit>(*editor, QStringLiteral("field:/modules/0/title/sv"));
    title->selectAll();
    typeInto(title, QStringLiteral("Mötet vid disken"));
    click(*editor, QStringLiteral("addFilmStepButton"));
    StepForm* film = waitForForm<StepForm>(*editor);
    REQUIRE(film->importFilm(desktop + QStringLiteral("/Mötet i biblioteket.mp4")));
    REQUIRE(film->importCaptions(desktop + QStringLiteral("/motet.srt"), QStringLiteral("sv")));
    const ManifestJson* seconds = editor->document()->find(QStringLiteral("/modules/0/steps/0/durationSeconds"));
    REQUIRE(seconds);
    CHECK(seconds->get<double>() == Approx(3.0).margin(0.2)); // read from the film, not typed

    // A chapter and the poster, marked while the film plays in the preview.
    // (The author plays to the place and pauses; here the preview is moved there, so a slow,
    // sanitized build does not have to play in real time.)
    auto* preview = field<FilmPreview>(*editor, QStringLiteral("filmPreview"));
    preview->player()->play();
    REQUIRE(QTest::qWaitFor([&] { return !preview->player()->currentFrame().isNull(); }, 30000));
    preview->player()->pause();
    REQUIRE(QTest::qWaitFor([&] { return !preview->player()->isPlaying(); }, 10000));
    preview->player()->seek(1.2);
    click(*editor, QStringLiteral("addChapterButton"));
    const ManifestJson* chapter = editor->document()->find(QStringLiteral("/modules/0/steps/0/chapters/0/start"));
    REQUIRE(chapter);
    CHECK(chapter->get<double>() > 0.5);
    click(*editor, QStringLiteral("posterFromFrameButton"));
    const QString poster = editor->document()->text(QStringLiteral("/modules/0/steps/0/poster"));
    REQUIRE_FALSE(poster.isEmpty());
    QImage posterImage(QDir(folder).filePath(poster));
    CHECK(posterImage.width() == 320); // the film's own size, not the preview's

    editor->showItem(QStringLiteral("/modules/0"));
    click(*editor, QStringLiteral("addTextStepButton"));
    waitForForm<StepForm>(*editor);
    auto* markdown = field<MarkdownEditor>(*editor, QStringLiteral("markdownEditor"));
    markdown->editor()->moveCursor(QTextCursor::End);
    typeInto(markdown->editor(), QStringLiteral("Tänk på hur det känns att inte bli förstådd.\n\n"));
    REQUIRE(markdown->insertImage(desktop + QStringLiteral("/bibliotek.png")));
    CHECK(markdown->preview()->toPlainText().contains(QStringLiteral("inte bli förstådd")));

    editor->showItem(QStringLiteral("/modules/0"));
    click(*editor, QStringLiteral("addReflectionStepButton"));
    waitForForm<StepForm>(*editor);
    auto* questions = field<QuestionEditor>(*editor, QStringLiteral("questionEditor"));
    click(*editor, QStringLiteral("addQuestionButton"));
    typeText(QApplication::focusWidget(), QStringLiteral("Vad hände vid disken?"));
    click(*editor, QStringLiteral("addSubQuestionButton"));
    typeText(QApplication::focusWidget(), QStringLiteral("Vad sa Åsa?"));
    // A third question, written at the top level and indented by keyboard under the first.
    questions->tree()->setCurrentIndex(questions->tree()->model()->index(0, 0));
    click(*editor, QStringLiteral("addQuestionButton"));
    typeText(QApplication::focusWidget(), QStringLiteral("Vad kunde personalen ha gjort?"));
    questions->tree()->setFocus();
    QTest::keyClick(questions->tree(), Qt::Key_Right, Qt::AltModifier);
    const ManifestJson* q = editor->document()->find(QStringLiteral("/modules/0/steps/2/questions/0/questions"));
    REQUIRE(q);
    CHECK(q->size() == 2);

    // The guide, for the discussion leader.
    editor->showItem(QStringLiteral("/modules/0"));
    click(*editor, QStringLiteral("writeGuideButton:sv"));
    auto* guide = field<MarkdownEditor>(*editor, QStringLiteral("markdownEditor"));
    guide->editor()->moveCursor(QTextCursor::End);
    typeInto(guide->editor(), QStringLiteral("Låt alla tala till punkt."));

    // Module 2, from the Package menu.
    editor->findChild<QAction*>(QStringLiteral("addModuleAction"))->trigger();
    waitForForm<QWidget>(*editor);
    auto* title2 = field<QLineEdit>(*editor, QStringLiteral("field:/modules/1/title/sv"));
    title2->selectAll();
    typeInto(title2, QStringLiteral("Efteråt"));
    click(*editor, QStringLiteral("addReflectionStepButton"));
    waitForForm<StepForm>(*editor);
    click(*editor, QStringLiteral("addQuestionButton"));
    typeText(QApplication::focusWidget(), QStringLiteral("Vad tar du med dig?"));
    // ... and a worksheet the region already has as a PDF.
    editor->showItem(QStringLiteral("/modules/1"));
    click(*editor, QStringLiteral("addActivityStepButton"));
    REQUIRE(waitForForm<StepForm>(*editor)->usePdf(desktop + QStringLiteral("/arbetsblad.pdf"), QStringLiteral("sv")));

    // Ctrl+S saves; the problem list is empty, so the package validates as the player reads it.
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(editor->document()->isModified());
    editor->validateNow();
    for (const Problem& p : editor->problems()->problems())
        UNSCOPED_INFO(p.toString());
    CHECK(editor->problems()->errorCount() == 0);
    const LoadResult loaded = loadBundle(folder.toStdString());
    for (const Problem& p : loaded.problems)
        UNSCOPED_INFO(p.toString());
    REQUIRE(loaded.ok());
    const Bundle& b = *loaded.bundle;
    REQUIRE(b.modules.size() == 2);
    CHECK(b.modules[0].title.get("sv") == "Mötet vid disken");
    REQUIRE(b.modules[0].steps.size() == 3);
    REQUIRE(b.modules[0].steps[0].captions.size() == 1);
    const std::string vtt = readAll(QString::fromStdString(b.resolve(b.modules[0].steps[0].captions[0].file).string()));
    CHECK(vtt.find("Jag förstår inte, säger Åsa.") != std::string::npos); // SRT became WebVTT
    CHECK(b.modules[0].steps[2].questions.size() == 1);
    CHECK(b.modules[0].steps[2].questions[0].children.size() == 2);
    CHECK(!b.modules[0].facilitatorGuide.empty());
    REQUIRE(b.modules[1].steps.size() == 2);
    CHECK(b.modules[1].steps[1].document.at("sv") == "activity/arbetsblad.pdf");
    // Module 2 was added as "Ny modul"; saved, its id says what it is, and its steps follow.
    CHECK(b.modules[1].id == "efterat");
    CHECK(b.modules[1].steps[0].id == "efterat-reflection");
    CHECK(b.modules[1].steps[0].questions.at(0).id.rfind("efterat-reflection-q", 0) == 0);

    // Pack, then import as a participant's Reflekt would.
    const QString archive = dir.filePath(QStringLiteral("motet.reflekt"));
    REQUIRE(editor->packTo(archive));
    const QString library = dir.filePath(QStringLiteral("library"));
    QDir().mkpath(library);
    const ImportResult imported = importBundle(archive.toStdString(), library.toStdString());
    for (const Problem& p : imported.problems)
        UNSCOPED_INFO(p.toString());
    CHECK(!hasErrors(imported.problems));
    editor->close();

    // A participant's Reflekt imports the file and plays the film with its captions.
    UiTestFixture participant(QStringList{});
    participant.open();
    REQUIRE(participant.window().useProfile(QStringLiteral("Anna"), true));
    REQUIRE(participant.window().openPath(archive));
    REQUIRE(participant.window().openModule(QString::fromStdString(b.id), QString::fromStdString(b.modules[0].id),
                                            QString::fromStdString(b.modules[0].steps[0].id)));
    auto* player = participant.window().findChild<FilmPlayer*>();
    REQUIRE(player);
    REQUIRE(QTest::qWaitFor([&] { return player->duration() > 2.5; }, 10000));
    CHECK(player->captionLanguages().contains(QStringLiteral("sv")));
    player->seek(1.5);
    CHECK(player->captionText() == QStringLiteral("Jag förstår inte, säger Åsa."));
}

TEST_CASE("Undo and redo in the editor restore every edit, and the fields show it", "[ui][authoring]")
{
    QTemporaryDir dir;
    auto* editor = new PackageEditor(newPackageDocument(dir.path().toStdString(), "sv", "Mötet"));
    editor->show();
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    const std::string start = editor->document()->core().serialize();

    auto* title = field<QLineEdit>(*editor, QStringLiteral("field:/title/sv"));
    typeInto(title, QStringLiteral(" på biblioteket"));
    CHECK(editor->document()->text(QStringLiteral("/title/sv")) == QStringLiteral("Mötet på biblioteket"));
    editor->findChild<QAction*>(QStringLiteral("addModuleAction"))->trigger();
    waitForForm<QWidget>(*editor);

    auto* undo = editor->findChild<QAction*>(QStringLiteral("undoAction"));
    auto* redo = editor->findChild<QAction*>(QStringLiteral("redoAction"));
    undo->trigger(); // the module
    undo->trigger(); // the typing, as one step
    CHECK(editor->document()->core().serialize() == start);
    editor->showItem(QString());
    CHECK(field<QLineEdit>(*editor, QStringLiteral("field:/title/sv"))->text() == QStringLiteral("Mötet"));
    redo->trigger();
    redo->trigger();
    CHECK(editor->document()->text(QStringLiteral("/title/sv")) == QStringLiteral("Mötet på biblioteket"));
    const ManifestJson* modules = editor->document()->find(QStringLiteral("/modules"));
    REQUIRE(modules);
    CHECK(modules->size() == 2);
    editor->document()->core().save();
    editor->close();
}

TEST_CASE("Every sample package opens in the editor and saves with no change", "[ui][authoring]")
{
    for (const char* name : {"sv-interkulturell", "nb-koordinering"}) {
        const QString source = QStringLiteral(REFLEKT_MODULES_DIR "/") + QLatin1String(name);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QLatin1String(name));
        QDir().mkpath(copy);
        const std::string before = readAll(source + QStringLiteral("/bundle.json"));
        writeFile(copy + QStringLiteral("/bundle.json"), QByteArray::fromStdString(before));
        PackageEditor* editor = PackageEditor::openFolder(copy, nullptr);
        REQUIRE(editor);
        editor->show();
        // Walk every module and step form, as an author looking through the package would.
        const ManifestJson* modules = editor->document()->find(QStringLiteral("/modules"));
        REQUIRE(modules);
        for (std::size_t m = 0; m < modules->size(); ++m) {
            editor->showItem(QString::fromStdString(modulePointer(m)));
            for (std::size_t s = 0; s < (*modules)[m]["steps"].size(); ++s)
                editor->showItem(QString::fromStdString(stepPointer(m, s)));
        }
        CHECK_FALSE(editor->document()->isModified());
        REQUIRE(editor->save());
        CHECK(readAll(copy + QStringLiteral("/bundle.json")) == before);
        editor->close();
    }
}

TEST_CASE("A problem in the list names its place in words, and a click on it opens the field", "[ui][authoring]")
{
    QTemporaryDir dir;
    auto* editor = new PackageEditor(newPackageDocument(dir.path().toStdString(), "sv", "Mötet"));
    QAbstractItemModelTester tester(editor->problems(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    editor->show();
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    // The author empties the module's title: the list says which module, and what is wrong.
    editor->showItem(QStringLiteral("/modules/0"));
    auto* title = field<QLineEdit>(*editor, QStringLiteral("field:/modules/0/title/sv"));
    title->setFocus();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    editor->validateNow();
    editor->showItem(QString()); // the author has moved on to the package's fields
    int row = -1;
    for (int i = 0; i < editor->problems()->rowCount(); ++i)
        if (editor->problems()->index(i).data(ProblemListModel::PointerRole).toString().startsWith(
                QStringLiteral("/modules/0/title")))
            row = i;
    REQUIRE(row >= 0);
    const QString shown = editor->problems()->index(row).data().toString();
    CHECK(shown.contains(QStringLiteral("module 1")));
    CHECK(shown.startsWith(QStringLiteral("Error")));

    auto* list = editor->findChild<QListView*>(QStringLiteral("problemList"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(editor->problems()->index(row)).center());
    REQUIRE(QTest::qWaitFor([&] {
        QWidget* focus = QApplication::focusWidget();
        return focus && focus->objectName() == QStringLiteral("field:/modules/0/title/sv");
    }, 5000));
    // The outline marks the module as having a problem too, and the package row as having none.
    const QModelIndex module = editor->outline()->currentIndex();
    CHECK(module.data(PackageOutlineModel::PointerRole).toString() == QStringLiteral("/modules/0"));
    CHECK(module.data(PackageOutlineModel::ErrorCountRole).toInt() >= 1);
    CHECK(editor->outline()->model()->index(0, 0).data(PackageOutlineModel::ErrorCountRole).toInt() == 0);
    editor->document()->core().save();
    editor->close();
}

TEST_CASE("Saving the package on a full disk says so, and every edit is still there to save again",
          "[ui][authoring][disk]")
{
    reflekt::testing::TinyDisk disk(512 * 1024);
    REFLEKT_REQUIRE_TINY_DISK(disk);
    const QString folder = QString::fromStdString((disk.path() / "motet").string());
    QDir().mkpath(folder);
    auto* editor = new PackageEditor(newPackageDocument(folder.toStdString(), "sv", "Mötet"));
    editor->show();
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    REQUIRE(editor->save());
    typeInto(field<QLineEdit>(*editor, QStringLiteral("field:/title/sv")), QStringLiteral(" på biblioteket"));
    REQUIRE(disk.fill());

    QString said;
    QTimer::singleShot(200, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            said = box->text();
            box->accept();
        }
    });
    CHECK_FALSE(editor->save());
    CHECK(said.contains(QStringLiteral("bundle.json")));
    CHECK(said.contains(QStringLiteral("full")));
    CHECK(editor->document()->isModified());
    CHECK(editor->document()->text(QStringLiteral("/title/sv")) == QStringLiteral("Mötet på biblioteket"));

    disk.unfill();
    REQUIRE(editor->save());
    const std::string saved = readAll(folder + QStringLiteral("/bundle.json"));
    CHECK(saved.find("Mötet på biblioteket") != std::string::npos);
    editor->close();
}

TEST_CASE("A question dragged onto another becomes its sub-question, ids kept", "[ui][authoring]")
{
    QTemporaryDir dir;
    auto* editor = new PackageEditor(newPackageDocument(dir.path().toStdString(), "sv", "Mötet"));
    editor->show();
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    editor->showItem(QStringLiteral("/modules/0"));
    click(*editor, QStringLiteral("addReflectionStepButton"));
    waitForForm<StepForm>(*editor);
    auto* questions = field<QuestionEditor>(*editor, QStringLiteral("questionEditor"));
    click(*editor, QStringLiteral("addQuestionButton"));
    typeText(QApplication::focusWidget(), QStringLiteral("Första"));
    click(*editor, QStringLiteral("addQuestionButton"));
    typeText(QApplication::focusWidget(), QStringLiteral("Andra"));
    const QString second = editor->document()->text(QStringLiteral("/modules/0/steps/0/questions/1/id"));

    // What the view hands the model when a row is dragged and dropped on another.
    QAbstractItemModel* model = questions->tree()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(1, 0)}));
    REQUIRE(model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, model->index(0, 0)));
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount(model->index(0, 0)) == 1; }, 5000));
    CHECK(model->rowCount() == 1);
    CHECK(editor->document()->text(QStringLiteral("/modules/0/steps/0/questions/0/questions/0/id")) == second);
    CHECK(model->index(0, 0, model->index(0, 0)).data().toString().startsWith(QStringLiteral("1.1  Andra")));
    editor->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    CHECK(editor->document()->text(QStringLiteral("/modules/0/steps/0/questions/1/id")) == second);
    editor->document()->core().save();
    editor->close();
}
