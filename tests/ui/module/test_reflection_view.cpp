// The reflection step: one language for a question and its sub-questions, named for screen
// readers when it is not the interface's, and the save time after a restore from History.
#include "UiTestFixture.h"
#include "module_test_support.h"

#include "platform/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/notes/NoteEditor.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTest>

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
} // namespace

TEST_CASE("a sub-question without the interface language takes its whole question along to another",
          "[ui][module][language]")
{
    UiTestFixture f;
    // q1 has English, its sub-question q1a only Swedish; q2 has both.
    editManifest(f, QStringLiteral("{\"id\": \"q1a\", \"text\": {\"sv\": \"Ge ett exempel.\", \"en\": \"Give an example.\"}}"),
                 QStringLiteral("{\"id\": \"q1a\", \"text\": {\"sv\": \"Ge ett exempel.\"}}"));
    f.open();
    f.workspace().setContentLanguage(QStringLiteral("en")); // the interface is in English
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("reflect")));
    QWidget& w = f.window();

    auto* q1 = find<QLabel>(w, QStringLiteral("questionText_q1"));
    auto* q1a = find<QLabel>(w, QStringLiteral("questionText_q1a"));
    auto* q2 = find<QLabel>(w, QStringLiteral("questionText_q2"));
    // The tree of q1 in Swedish, all of it; q2 in the interface's English.
    CHECK(q1->text().endsWith(QStringLiteral("Vad är kultur för dig?")));
    CHECK(q1a->text().endsWith(QStringLiteral("Ge ett exempel.")));
    CHECK(q2->text().endsWith(QStringLiteral("What do you take with you?")));
    CHECK(find<QLabel>(w, QStringLiteral("reflectionIntro"))->text() == QStringLiteral("Talk in pairs."));

    // What is not in the interface's language says so to a screen reader; the rest says nothing.
    CHECK(q1->accessibleDescription() == QStringLiteral("In Swedish"));
    CHECK(q1a->accessibleDescription() == QStringLiteral("In Swedish"));
    // An answer is named by its question, the label above it, and described by its number and
    // the question's language.
    CHECK(QAccessible::queryAccessibleInterface(find<NoteEditor>(w, QStringLiteral("note_q1")))
              ->text(QAccessible::Name)
              .endsWith(QStringLiteral("Vad är kultur för dig?")));
    CHECK(find<NoteEditor>(w, QStringLiteral("note_q1"))->accessibleDescription() ==
          QStringLiteral("Your answer to question 1. In Swedish"));
    CHECK(q2->accessibleDescription().isEmpty());
    CHECK(find<NoteEditor>(w, QStringLiteral("note_q2"))->accessibleDescription() ==
          QStringLiteral("Your answer to question 2"));
    CHECK(find<QLabel>(w, QStringLiteral("reflectionIntro"))->accessibleDescription().isEmpty());
}

TEST_CASE("restoring a version from History says when the restore was saved", "[ui][module][notes]")
{
    UiTestFixture f;
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    NoteRepository& notes = f.workspace().store()->notes();
    const std::int64_t anna = f.workspace().participantId();
    REQUIRE(notes.save(anna, kBundle.toStdString(), "1.0.0", "q1", "Första tanken").ok());
    REQUIRE(notes.save(anna, kBundle.toStdString(), "1.0.0", "q1", "Andra tanken").ok());
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("reflect")));
    auto* editor = find<NoteEditor>(f.window(), QStringLiteral("note_q1"));
    auto* status = find<QLabel>(f.window(), QStringLiteral("saveStatus_q1"));
    REQUIRE(editor->toPlainText() == QStringLiteral("Andra tanken"));
    const QString before = status->text();

    onNextModal([](QWidget* dialog) {
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("revisionList"));
        REQUIRE(list);
        REQUIRE(list->count() >= 2);
        list->setCurrentRow(1); // the older one
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("restoreButton")), Qt::LeftButton);
    });
    QTest::mouseClick(find<QAbstractButton>(f.window(), QStringLiteral("history_q1")), Qt::LeftButton);
    CHECK(editor->toPlainText() == QStringLiteral("Första tanken"));

    // The restore is the newest save; the note says its time, not what it said before.
    const auto history = notes.history(anna, kBundle.toStdString(), "q1");
    REQUIRE(history.ok());
    REQUIRE_FALSE(history.value->empty());
    REQUIRE(history.value->front().text == "Första tanken");
    const QString savedAt = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(history.value->front().savedMs).time(), QLocale::ShortFormat);
    INFO("before the restore: \"" << before.toStdString() << "\", after: \"" << status->text().toStdString()
                                   << "\"");
    CHECK(status->text() == QStringLiteral("Saved %1").arg(savedAt));
    CHECK_FALSE(editor->hasUnsavedChanges());
}
