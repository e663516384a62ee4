// Group session minutes as ODT: sections as headings, attendees and what was covered as lists.
#include "ExportFixture.h"
#include "OdtReader.h"

#include "export/Exporter.h"

#include <catch2/catch.hpp>

using namespace reflekt;
using namespace reflekt::test;

namespace {

QDateTime at(int day, int hour, int minute)
{
    return QDateTime(QDate(2024, 5, day), QTime(hour, minute));
}

// Minutes of a Norwegian package's module, exported in Swedish: two meetings, a guest.
ExportDocument minutes()
{
    ExportDocument doc;
    doc.participant = QStringLiteral("Åsa Öberg");
    doc.locale = QLocale(QLocale::Swedish, QLocale::Sweden);
    doc.exportedAt = at(10, 15, 0);
    ExportSession s;
    s.packageTitle = QStringLiteral("Koordinering i kommunen");
    s.moduleTitle = QStringLiteral("Samarbeid på tvers");
    s.language = QStringLiteral("nb");
    s.facilitator = QStringLiteral("Cecilia Åkesson");
    s.started = at(3, 10, 0);
    s.ended = at(10, 14, 0);
    s.profiles = {QStringLiteral("Åsa Öberg"), QStringLiteral("Cecilia Åkesson")};
    s.guests = {QStringLiteral("Märta Ek")};
    s.meetings.push_back({1,
                          at(3, 10, 0),
                          at(3, 11, 30),
                          {QStringLiteral("Åsa Öberg")},
                          {},
                          {{QStringLiteral("film"), QStringLiteral("Filmen om Tromsø"), {}}}});
    s.meetings.push_back({2,
                          at(10, 13, 15),
                          at(10, 14, 0),
                          s.profiles,
                          s.guests,
                          {{QStringLiteral("reflect"),
                            QStringLiteral("Refleksjon"),
                            {QStringLiteral("Question 2: Hva tar dere med dere?")}}}});
    s.steps.push_back({QStringLiteral("Refleksjon"),
                       {},
                       {{QStringLiteral("q2"), QStringLiteral("2"), QStringLiteral("Hva tar dere med dere?"),
                         0, QStringLiteral("Vi tar med oss – æ ø å och å ä ö."), true, at(10, 13, 50), {}}}});
    doc.title = s.moduleTitle;
    doc.subtitle = s.packageTitle;
    doc.headerText = s.packageTitle;
    doc.session = std::move(s);
    return doc;
}

} // namespace

TEST_CASE("ODT minutes have their sections as headings and attendees and what was covered as lists", "[odt]")
{
    ExportFixture f;
    const ExportDocument doc = minutes();
    ExportOptions options;
    options.format = ExportFormat::Odt;
    options.filePath = f.file(QStringLiteral("minutes.odt"));
    REQUIRE(Exporter::write(doc, options).ok());
    const QString content = odtPart(options.filePath, QStringLiteral("content.xml"));
    REQUIRE(xmlError(content).isEmpty());
    const std::vector<OdtBlock> all = odtBlocks(content);

    const OdtBlock* kind = findBlock(all, QStringLiteral("Group session minutes"));
    REQUIRE(kind);
    CHECK(kind->element == u"text:p"); // the title page's "document kind" line
    const auto headingLevel = [&](const QString& text) {
        for (const OdtBlock& b : all)
            if (b.element == u"text:h" && b.text.startsWith(text))
                return b.level;
        return 0;
    };
    CHECK(headingLevel(QStringLiteral("Samarbeid på tvers")) == 1); // the title
    CHECK(headingLevel(QStringLiteral("Group session minutes")) == 2);
    CHECK(headingLevel(QStringLiteral("Attendees")) == 3);
    CHECK(headingLevel(QStringLiteral("Meeting 1 — ")) == 3);
    CHECK(headingLevel(QStringLiteral("Meeting 2 — ")) == 3);
    CHECK(headingLevel(QStringLiteral("Questions and the group's notes")) == 2);

    // Attendees: one list item each, the guest marked, after the "Attendees" heading.
    const auto item = [&](const QString& text) -> QString {
        for (const OdtBlock& b : all)
            if (b.text == text)
                return b.list;
        return QStringLiteral("(not there)");
    };
    CHECK(item(QStringLiteral("Åsa Öberg")) == u"Bullets");
    CHECK(item(QStringLiteral("Cecilia Åkesson")) == u"Bullets");
    CHECK(item(QStringLiteral("Märta Ek (guest)")) == u"Bullets");
    // What a meeting covered: its steps as a list, a question under its step one level deeper.
    const OdtBlock* film = findBlock(all, QStringLiteral("Filmen om Tromsø"));
    const OdtBlock* question = findBlock(all, QStringLiteral("Question 2: Hva tar dere med dere?"));
    REQUIRE(film);
    REQUIRE(question);
    CHECK(film->list == u"Bullets");
    CHECK(film->listDepth == 1);
    CHECK(question->listDepth == 2);
    CHECK(findBlock(all, QStringLiteral("Vi tar med oss – æ ø å och å ä ö."))->style == u"Answer");

    // The package's Norwegian texts are marked; the Swedish labels around them are not.
    const OdtBlock* module = findBlock(all, QStringLiteral("Module: Samarbeid på tvers"));
    REQUIRE(module);
    REQUIRE(module->spans.size() == 2);
    CHECK(module->spans[0] == u"Detail_20_label");
    CHECK(styleAttribute(content, module->spans[1], QStringLiteral("fo:language")) == u"nb");
    CHECK(styleAttribute(content,
                         findBlock(all, QStringLiteral("2   Hva tar dere med dere?"))->spans.value(0),
                         QStringLiteral("fo:language")) == u"nb");
    CHECK(findBlock(all, QStringLiteral("Facilitator: "))->spans ==
          QStringList{QStringLiteral("Detail_20_label")});
}
