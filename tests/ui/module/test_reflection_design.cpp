// The reflection page as a designed page: questions as numbered sections in one centred reading
// column, sub-questions indented under their question, answers that grow with what is written
// (the page scrolls, not the answer), a quiet save line that turns prominent when saving fails,
// and a small history button a screen reader can name.
#include "UiTestFixture.h"

#include "platform/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/module/ModulePage.h"
#include "ui/module/QuestionSection.h"
#include "ui/module/ReflectionView.h"
#include "ui/notes/NoteEditor.h"
#include "ui/widgets/Design.h"
#include "ui/widgets/StatusColors.h"

#include <QApplication>
#include <QLabel>
#include <QScrollBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

#include <memory>

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

void settle()
{
    for (int i = 0; i < 10; ++i) {
        QApplication::processEvents();
        QTest::qWait(5);
    }
}

ReflectionView* openReflection(UiTestFixture& f, QSize size)
{
    // After the window's first fit to the (800×600) offscreen screen, so the size holds.
    QTest::qWait(200);
    f.window().resize(size);
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("reflect")));
    settle();
    auto* view = f.window().findChild<ReflectionView*>();
    REQUIRE(view);
    return view;
}

int leftIn(QWidget* w, QWidget* root)
{
    return w->mapTo(root, QPoint(0, 0)).x();
}

// Pastes `text` at the end of the editor, as a participant would paste a long answer.
void paste(NoteEditor* editor, const QString& text)
{
    editor->setFocus();
    QTextCursor cursor = editor->textCursor();
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    editor->setTextCursor(cursor);
    settle();
}

QString sentences(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QStringLiteral(
            "Jag tänker på ett möte där vi inte förstod varandra först, och på vad som hjälpte. ");
    return text;
}

// A dark palette like KDE Breeze Dark's, as in test_accessibility.cpp.
QPalette darkPalette()
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

struct PaletteRestorer {
    QPalette saved = QApplication::palette();
    ~PaletteRestorer() { QApplication::setPalette(saved); }
};
} // namespace

TEST_CASE("the reflection questions and answers stand in one centred reading column", "[ui][module][design]")
{
    UiTestFixture f;
    f.open();
    const QSize size = GENERATE(QSize(1366, 768), QSize(1920, 1080));
    INFO("window " << size.width() << "×" << size.height());
    ReflectionView* view = openReflection(f, size);
    QWidget* content = view->widget();
    auto* q1 = find<NoteEditor>(f.window(), QStringLiteral("note_q1"));
    auto* q2 = find<NoteEditor>(f.window(), QStringLiteral("note_q2"));
    const int column = Design::readingWidth(Design::font(Design::Type::Body));
    // As wide as a reading line of the body font, no wider; and the same room on both sides.
    CHECK(q1->width() <= column);
    CHECK(q1->width() >= column * Design::kMinReadingChars / Design::kReadingChars);
    const int left = leftIn(q1, content);
    const int right = content->width() - (left + q1->width());
    CHECK(std::abs(left - right) <= 2);
    CHECK(leftIn(q2, content) == left);

    // The question a heading, the answer right below it in the same column.
    auto* heading = find<QLabel>(f.window(), QStringLiteral("questionText_q1"));
    CHECK(heading->font().pointSizeF() == Approx(Design::pointSize(Design::Type::Heading3)));
    CHECK(heading->text().startsWith(QStringLiteral("1 ")));
    CHECK(leftIn(heading, content) == left);
    const int gap =
        q1->mapTo(content, QPoint(0, 0)).y() - heading->mapTo(content, QPoint(0, heading->height())).y();
    CHECK(gap >= 0);
    CHECK(gap <= Design::space(4));

    // Body text in the answers, and no label below Design Small anywhere on the page.
    CHECK(q1->font().pointSizeF() >= 11.0);
    for (QLabel* label : view->findChildren<QLabel*>()) {
        if (!label->isVisible())
            continue;
        INFO("label " << label->objectName().toStdString() << " \"" << label->text().toStdString() << "\"");
        CHECK(label->font().pointSizeF() >= Design::pointSize(Design::Type::Small));
    }
}

TEST_CASE("sub-questions are indented under their question and keep their numbers", "[ui][module][design]")
{
    UiTestFixture f;
    f.open();
    ReflectionView* view = openReflection(f, QSize(1366, 768));
    QWidget* content = view->widget();
    auto* q1 = find<QLabel>(f.window(), QStringLiteral("questionText_q1"));
    auto* q1a = find<QLabel>(f.window(), QStringLiteral("questionText_q1a"));
    CHECK(q1a->text().startsWith(QStringLiteral("1.1 ")));
    CHECK(leftIn(q1a, content) >= leftIn(q1, content) + Design::space(4));
    CHECK(leftIn(find<NoteEditor>(f.window(), QStringLiteral("note_q1a")), content) == leftIn(q1a, content));
    // Below its parent's heading in size, never below the body.
    CHECK(q1a->font().pointSizeF() < q1->font().pointSizeF());
    CHECK(q1a->font().pointSizeF() >= Design::pointSize(Design::Type::Body));
}

TEST_CASE("an answer grows with its text instead of scrolling inside a small box", "[ui][module][design]")
{
    UiTestFixture f;
    f.open();
    ReflectionView* view = openReflection(f, QSize(1366, 768));
    auto* editor = find<NoteEditor>(f.window(), QStringLiteral("note_q1"));
    const int empty = editor->height();
    CHECK(empty >= editor->fontMetrics().lineSpacing() * QuestionSection::kMinLines);

    paste(editor, sentences(8));
    INFO("empty " << empty << " px, with 8 sentences " << editor->height() << " px, " << editor->textLines()
                  << " lines");
    REQUIRE(editor->textLines() > QuestionSection::kMinLines);
    CHECK(editor->height() > empty);
    CHECK_FALSE(editor->verticalScrollBar()->isVisible());
    // Every line of the answer is on the editor: nothing scrolled out of it.
    CHECK(editor->verticalScrollBar()->maximum() == 0);
    // The line being written is on screen: the page scrolled to it.
    const QPoint cursor = editor->viewport()->mapTo(view->viewport(), editor->cursorRect().bottomLeft());
    CHECK(cursor.y() <= view->viewport()->height());
    CHECK(cursor.y() >= 0);

    // A very long answer stops growing at a sensible height and scrolls on its own from there.
    paste(editor, QStringLiteral("\n\n") + sentences(60));
    CHECK(editor->height() <= editor->fontMetrics().lineSpacing() * (QuestionSection::kMaxLines + 2));
    CHECK(editor->verticalScrollBar()->isVisible());
}

TEST_CASE("the history of an answer is a small button with a name and a tooltip", "[ui][module][design]")
{
    UiTestFixture f;
    f.open();
    openReflection(f, QSize(1366, 768));
    for (const char* id : {"q1", "q1a", "q2"}) {
        auto* history = find<QToolButton>(f.window(), QStringLiteral("history_%1").arg(QLatin1String(id)));
        INFO(id);
        CHECK_FALSE(history->icon().isNull());
        CHECK(history->text().isEmpty() == (history->toolButtonStyle() == Qt::ToolButtonIconOnly));
        CHECK_FALSE(history->toolTip().isEmpty());
        // Icon only: the name a screen reader says is what the tooltip shows.
        CHECK(history->accessibleName() == history->toolTip());
        CHECK(history->accessibleName().startsWith(QStringLiteral("History")));
        CHECK(history->sizeHint().width() <= 3 * history->iconSize().width()); // small, not a row
    }
}

TEST_CASE("the save line is quiet when saved and prominent when saving fails", "[ui][module][design]")
{
    UiTestFixture f;
    f.open();
    openReflection(f, QSize(1366, 768));
    auto* editor = find<NoteEditor>(f.window(), QStringLiteral("note_q1"));
    auto* status = find<QLabel>(f.window(), QStringLiteral("saveStatus_q1"));
    paste(editor, QStringLiteral("En första tanke."));
    REQUIRE(editor->flush());
    status->ensurePolished();
    CHECK(status->text().startsWith(QStringLiteral("Saved")));
    CHECK(status->font().pointSizeF() == Approx(Design::pointSize(Design::Type::Small)));
    const int quietWeight = status->font().weight();
    const QColor quietColour = status->palette().color(QPalette::WindowText);
    CHECK(quietColour != status->palette().color(QPalette::Window));

    // From here on, every save fails as it would on a full disk.
    sqliteExec(f.dataDir() + QStringLiteral("/reflekt.db"),
               "CREATE TRIGGER disk_full_revision BEFORE INSERT ON note_revision "
               "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;");
    paste(editor, QStringLiteral(" Och en till."));
    REQUIRE_FALSE(editor->flush());
    status->ensurePolished();
    settle();
    CHECK(status->text().contains(QStringLiteral("Not saved")));
    CHECK(status->font().weight() > quietWeight);
    CHECK(status->styleSheet().contains(
        StatusColors::errorText(status->palette().color(QPalette::Window)).name()));
    editor->discardChanges(); // let the window close without asking where the text should go
    // Only the note written in counts as unsaved: the others were never touched.
    settle();
    CHECK_FALSE(find<NoteEditor>(f.window(), QStringLiteral("note_q1a"))->hasUnsavedChanges());
    CHECK_FALSE(find<NoteEditor>(f.window(), QStringLiteral("note_q2"))->hasUnsavedChanges());
}

TEST_CASE("the history icon keeps AA contrast in light and dark palettes",
          "[ui][module][design][accessibility]")
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
    f.open();
    openReflection(f, QSize(1366, 768));
    auto* history = find<QToolButton>(f.window(), QStringLiteral("history_q1"));
    const QImage icon = history->icon().pixmap(QSize(24, 24), 2.0).toImage();
    const QColor background = history->palette().color(QPalette::Window);
    // The strokes' solid pixels against the page.
    int solid = 0;
    double worst = 21.0;
    for (int y = 0; y < icon.height(); ++y)
        for (int x = 0; x < icon.width(); ++x)
            if (const QColor c = icon.pixelColor(x, y); c.alpha() == 255) {
                ++solid;
                worst = std::min(worst, StatusColors::contrast(c, background));
            }
    INFO(solid << " solid pixels, worst contrast " << worst);
    CHECK(solid > 20);
    CHECK(worst >= StatusColors::kMinimumContrast);
}

TEST_CASE("larger text on the reflection page changes how it looks, not what is saved",
          "[ui][module][design]")
{
    UiTestFixture f;
    f.open();
    ReflectionView* view = openReflection(f, QSize(1366, 768));
    auto* editor = find<NoteEditor>(f.window(), QStringLiteral("note_q2"));
    auto* heading = find<QLabel>(f.window(), QStringLiteral("questionText_q2"));
    const int columnBefore = editor->width();
    f.window().modulePage()->setScale(1.5);
    settle();
    // Everything larger, the column with it (still one reading line of the larger body).
    CHECK(editor->font().pointSizeF() == Approx(Design::pointSize(Design::Type::Body, 1.5)));
    CHECK(heading->font().pointSizeF() == Approx(Design::pointSize(Design::Type::Heading3, 1.5)));
    CHECK(editor->width() > columnBefore);
    CHECK(editor->width() <= Design::readingWidth(Design::font(Design::Type::Body, 1.5)));
    // A new font is no edit: nothing unsaved, and no empty answer saved behind the reader's back.
    QTest::qWait(NoteEditor::kAutosaveDelayMs + 300);
    for (NoteEditor* e : view->findChildren<NoteEditor*>())
        CHECK_FALSE(e->hasUnsavedChanges());
    const auto history =
        f.workspace().store()->notes().history(f.workspace().participantId(), kBundle.toStdString(), "q2");
    REQUIRE(history.ok());
    CHECK(history.value->empty());
}
