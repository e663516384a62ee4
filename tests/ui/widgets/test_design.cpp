// The design system's rules, as a reader meets them: type never below its floor, a reading column of
// 60–80 characters, and the package accent readable however a publisher chose it.
#include "ui/widgets/Design.h"
#include "ui/widgets/StatusColors.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {

/** Characters on each full line (all but the last) of `text` laid out `width` px wide in `font`. */
std::vector<int> lineLengths(const QString& text, const QFont& font, int width)
{
    QTextDocument doc;
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setPlainText(text);
    doc.setTextWidth(width);
    doc.documentLayout(); // lays it out
    std::vector<int> out;
    const QTextLayout* layout = doc.firstBlock().layout();
    for (int i = 0; i + 1 < layout->lineCount(); ++i)
        out.push_back(layout->lineAt(i).textLength());
    return out;
}

} // namespace

TEST_CASE("design: the type scale rises in steps from an 11 pt body and nothing is below 10 pt", "[ui][design]")
{
    using T = Design::Type;
    CHECK(Design::pointSize(T::Body) >= 11.0);
    CHECK(Design::pointSize(T::Small) >= 10.0);
    const T order[] = {T::Small, T::Body, T::Lead, T::Heading3, T::Heading2, T::Heading1, T::Display};
    for (std::size_t i = 1; i < std::size(order); ++i)
        CHECK(Design::pointSize(order[i]) > Design::pointSize(order[i - 1]) * 1.08); // a visible step
    CHECK(Design::pointSize(T::Body, 2.0) == Approx(22.0)); // Larger text scales the whole scale
    CHECK(Design::font(T::Heading2).weight() > Design::font(T::Body).weight());
}

TEST_CASE("design: the reading column holds 60 to 80 characters of Swedish and Norwegian prose", "[ui][design]")
{
    const QString sv = QStringLiteral(
        "När någon är ny i Sverige möter hen många myndigheter på kort tid: Migrationsverket, "
        "kommunens mottagning, Arbetsförmedlingen, skolan och vården. Varje kontakt har sina egna "
        "regler och sitt eget språk, och det är lätt att tappa bort sig. Den som arbetar i "
        "kommunen kan göra stor skillnad genom att förklara hur saker hänger ihop och vem som gör vad.");
    const QString nb = QStringLiteral(
        "Introduksjonsprogrammet er et samarbeid mellom kommunen, NAV, voksenopplæringen og "
        "helsetjenesten. For deltakeren er det viktig at rådgiverne snakker sammen, slik at ingen må "
        "fortelle den samme historien mange ganger. Koordinering handler om å avklare ansvar tidlig.");
    for (double scale : {1.0, 1.5}) {
        const QFont body = Design::font(Design::Type::Body, scale);
        const int width = Design::readingWidth(body);
        for (const QString& text : {sv, nb}) {
            const auto lines = lineLengths(text, body, width);
            REQUIRE(lines.size() >= 3);
            // Lines average 60–80 characters; one may end early before a long compound
            // ("Arbetsförmedlingen"), none runs past 80.
            double sum = 0;
            for (int n : lines) {
                INFO("scale " << scale << ": " << n << " characters on a line " << width << " px");
                CHECK(n <= Design::kMaxReadingChars);
                CHECK(n >= 40);
                sum += n;
            }
            const double mean = sum / static_cast<double>(lines.size());
            INFO("scale " << scale << ": " << mean << " characters per line on average");
            CHECK(mean >= Design::kMinReadingChars);
            CHECK(mean <= Design::kMaxReadingChars);
        }
    }
}

TEST_CASE("design: any declared accent gives a primary button and lines that keep 4.5:1", "[ui][design]")
{
    const QColor windows[] = {QColor(0xef, 0xef, 0xef), QColor(0xff, 0xff, 0xff), QColor(0x31, 0x36, 0x3b),
                              QColor(0x1b, 0x1e, 0x20)};
    const char* accents[] = {"#1F6F78", "#FFD500", "#F4E9D8", "#C0392B", "#000000", "#FFFFFF", "#7F7F7F",
                             "#3DAEE9", "#2B3A67"};
    for (const char* declared : accents) {
        INFO(declared);
        const QColor accent = Design::accent(QString::fromLatin1(declared));
        const Design::Fill fill = Design::accentFill(accent);
        CHECK(StatusColors::contrast(fill.background, fill.text) >= StatusColors::kMinimumContrast);
        for (const QColor& window : windows) {
            INFO("on " << window.name().toStdString());
            CHECK(StatusColors::contrast(Design::accentOn(accent, window), window) >= StatusColors::kMinimumContrast);
        }
    }
    CHECK(Design::accent(QStringLiteral("not a colour")) == Design::defaultAccent());
    CHECK(Design::accent(QString()) == Design::defaultAccent());
    // A yellow keeps its colour and gets dark text, rather than turning into a brown.
    const Design::Fill yellow = Design::accentFill(QColor(0xff, 0xd5, 0x00));
    CHECK(yellow.background == QColor(0xff, 0xd5, 0x00));
    CHECK(StatusColors::contrast(yellow.text, Qt::black) < 1.5);
}
