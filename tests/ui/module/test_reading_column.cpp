// A text step reads like a page of a book, not a form: a centred column of 60–80 characters per
// line whatever the window's width, body text at the Design body size times the reader's text
// scale, headings from the type scale, room between the lines, and images no wider than the text.
#include "UiTestFixture.h"

#include "ui/MainWindow.h"
#include "ui/module/BundleTextBrowser.h"
#include "ui/module/ModulePage.h"
#include "ui/widgets/Design.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTest>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {
const QString kBundle = QStringLiteral("org.example.minimal");
const QString kModule = QStringLiteral("intro");

// A text with headings, long paragraphs of ordinary Swedish, a list and an image wider than any
// column (made here, 1600 px wide), in place of the fixture's two lines.
void writeLongText(UiTestFixture& f)
{
    QImage wide(1600, 400, QImage::Format_RGB32);
    wide.fill(QColor(0x33, 0x66, 0x99));
    REQUIRE(wide.save(f.modulesDir() + QStringLiteral("/minimal/media/wide.png")));
    const QString paragraph = QStringLiteral(
        "Ett samtal på biblioteket börjar ofta med en fråga om något helt annat än det som besökaren "
        "egentligen vill veta, och den som lyssnar länge nog får höra vad det handlar om. Det tar tid "
        "att lära sig vänta på det, men det lönar sig nästan alltid, både för besökaren och för oss. ");
    QString text = QStringLiteral("# Möten på biblioteket\n\n");
    for (int i = 0; i < 4; ++i)
        text += paragraph + paragraph + QStringLiteral("\n\n");
    text += QStringLiteral("## Att lyssna först\n\n") + paragraph + paragraph + QStringLiteral("\n\n");
    text += QStringLiteral("- fråga\n- lyssna\n- vänta\n\n![Bild](../media/wide.png)\n\n");
    text += paragraph + QStringLiteral("\n");
    QFile file(f.modulesDir() + QStringLiteral("/minimal/text/read.sv.md"));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

void settle()
{
    for (int i = 0; i < 10; ++i) {
        QApplication::processEvents();
        QTest::qWait(5);
    }
}

BundleTextBrowser* openText(UiTestFixture& f, QSize size)
{
    // After the window's first fit to the (800×600) offscreen screen, so the size holds.
    QTest::qWait(200);
    f.window().resize(size);
    REQUIRE(f.window().openModule(kBundle, kModule, QStringLiteral("read")));
    auto* browser = f.window().findChild<BundleTextBrowser*>(QStringLiteral("documentBrowser"));
    REQUIRE(browser);
    settle();
    // Lay the whole text out, as scrolling through it would.
    browser->document()->documentLayout()->blockBoundingRect(browser->document()->lastBlock());
    return browser;
}

// Characters on each full line (not a paragraph's last) of the body paragraphs, as laid out.
QList<QString> fullLines(BundleTextBrowser* browser)
{
    QList<QString> lines;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 || block.textList() || !block.layout())
            continue;
        const QTextLayout* layout = block.layout();
        for (int i = 0; i + 1 < layout->lineCount(); ++i)
            lines << block.text().mid(layout->lineAt(i).textStart(), layout->lineAt(i).textLength());
    }
    return lines;
}

// The width an image is shown at: its format's width, or its own.
double shownWidth(BundleTextBrowser* browser, const QTextImageFormat& format)
{
    if (format.hasProperty(QTextFormat::ImageWidth))
        return format.width();
    const QImage image =
        browser->document()->resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
    return image.deviceIndependentSize().width();
}

QList<double> imageWidths(BundleTextBrowser* browser)
{
    QList<double> widths;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                widths << shownWidth(browser, it.fragment().charFormat().toImageFormat());
    return widths;
}
} // namespace

TEST_CASE("a text step is set in a centred column of 60 to 80 characters per line", "[ui][module][design]")
{
    UiTestFixture f;
    writeLongText(f);
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    const QSize size = GENERATE(QSize(1366, 768), QSize(1920, 1080));
    const double scale = GENERATE(1.0, 1.5);
    INFO("window " << size.width() << "×" << size.height() << ", text scale " << scale);
    BundleTextBrowser* browser = openText(f, size);
    f.window().modulePage()->setScale(scale);
    settle();
    browser->document()->documentLayout()->blockBoundingRect(browser->document()->lastBlock());

    const QList<QString> lines = fullLines(browser);
    INFO("column " << browser->columnWidth() << " px in a viewport of " << browser->viewport()->width()
                   << " px, reading width " << Design::readingWidth(browser->document()->defaultFont()));
    REQUIRE(lines.size() >= 10);
    for (const QString& line : lines) {
        INFO("a line of " << line.size() << " characters: \"" << line.toStdString() << "\"");
        CHECK(line.size() >= Design::kMinReadingChars);
        CHECK(line.size() <= Design::kMaxReadingChars);
    }
    // Centred: as much room on the left of the column as on its right.
    const QTextFrameFormat root = browser->document()->rootFrame()->frameFormat();
    CHECK(root.leftMargin() == Approx(root.rightMargin()).margin(1));
    CHECK(browser->viewport()->width() - root.leftMargin() - root.rightMargin() <=
          Design::readingWidth(browser->document()->defaultFont()) + 1);
    // Body at the Design body size times the scale, never below it anywhere in the text.
    CHECK(browser->document()->defaultFont().pointSizeF() ==
          Approx(Design::pointSize(Design::Type::Body, scale)));
    CHECK(browser->document()->defaultFont().pointSizeF() >= 11.0);
    // The image is no wider than the column.
    const QList<double> images = imageWidths(browser);
    REQUIRE(images.size() == 1);
    CHECK(images.front() <= browser->columnWidth() + 1);
    CHECK(images.front() >= browser->columnWidth() * 0.9); // scaled to the column, not to a thumbnail
}

TEST_CASE("a text step has headings from the type scale, airy lines, and nothing below the body size",
          "[ui][module][design]")
{
    UiTestFixture f;
    writeLongText(f);
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    BundleTextBrowser* browser = openText(f, QSize(1366, 768));

    int headings = 0;
    int paragraphs = 0;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        const int level = format.headingLevel();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat cf = it.fragment().charFormat();
            if (cf.isImageFormat())
                continue;
            const double points = cf.font().pointSizeF();
            INFO("\"" << it.fragment().text().left(30).toStdString() << "\" at " << points << " pt");
            CHECK(points >= Design::pointSize(Design::Type::Body) - 0.01);
            if (level == 1)
                CHECK(points == Approx(Design::pointSize(Design::Type::Heading1)));
            if (level == 2)
                CHECK(points == Approx(Design::pointSize(Design::Type::Heading2)));
        }
        if (level > 0) {
            ++headings;
            continue;
        }
        if (block.textList() || block.text().isEmpty())
            continue;
        ++paragraphs;
        INFO("paragraph \"" << block.text().left(30).toStdString() << "\"");
        CHECK(format.lineHeightType() == QTextBlockFormat::ProportionalHeight);
        CHECK(format.lineHeight() >= 140);
        CHECK(format.lineHeight() <= 150);
        CHECK(format.bottomMargin() == Design::space(4));
    }
    CHECK(headings == 2);
    CHECK(paragraphs >= 5);

    // The labels of the text step (a PDF activity's, an error) are never below Design Small.
    auto* view = f.window().findChild<QWidget*>(QStringLiteral("textStepView"));
    REQUIRE(view);
    for (QLabel* label : view->findChildren<QLabel*>())
        if (label->isVisible())
            CHECK(label->font().pointSizeF() >= Design::pointSize(Design::Type::Small));
}

TEST_CASE("in a narrow window the text column narrows and the image with it", "[ui][module][design]")
{
    UiTestFixture f;
    writeLongText(f);
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Anna"), true));
    BundleTextBrowser* browser = openText(f, QSize(1366, 768));
    const int wide = browser->columnWidth();
    f.window().resize(700, 600);
    settle();
    browser->document()->documentLayout()->blockBoundingRect(browser->document()->lastBlock());
    const int narrow = browser->columnWidth();
    INFO("column " << wide << " px at 1366, " << narrow << " px at 700, viewport "
                   << browser->viewport()->width());
    REQUIRE(browser->viewport()->width() < wide + 2 * Design::space(5)); // the window did narrow
    CHECK(narrow < wide);
    CHECK(narrow <= browser->viewport()->width());
    const QList<double> images = imageWidths(browser);
    REQUIRE(images.size() == 1);
    CHECK(images.front() <= narrow + 1);
    // Shorter lines, never wider than the column: no line runs under the scroll bar.
    for (const QString& line : fullLines(browser))
        CHECK(line.size() <= Design::kMaxReadingChars);
}
