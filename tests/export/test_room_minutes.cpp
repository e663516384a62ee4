// What the room sent, in the minutes: only what the facilitator chose, as plain text, in every format.
#include "ExportFixture.h"
#include "OdtReader.h"

#include "export/Exporter.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace reflekt;
using namespace reflekt::test;

namespace {

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST_CASE("room answers appear in the minutes only as the facilitator chose, as text", "[session][room]")
{
    ExportFixture f;
    auto session = f.store->sessions().start(f.bundle.id, f.bundle.version, "intro", "Karin Samtalsledare",
                                             {f.asa}, {"Märta Ek"});
    REQUIRE(session.ok());
    const std::int64_t id = session.value->id;
    RoomAnswerRepository& room = f.store->roomAnswers();
    const auto shown = room.add(id, "q1", "Att bli sedd, även när språket är nytt – æ ø å");
    const auto ticked = room.add(id, "q2", "<b>Tolk</b> *från* [början](http://x)");
    const auto hidden = room.add(id, "q1", "DOLT-SVAR-5521");
    const auto ignored = room.add(id, "q1", "INTE-VALT-8830");
    REQUIRE((shown.ok() && ticked.ok() && hidden.ok() && ignored.ok()));
    REQUIRE(room.markShown(shown.value->id).ok());
    REQUIRE(room.setInMinutes(ticked.value->id, true).ok());
    REQUIRE(room.markShown(hidden.value->id).ok());
    REQUIRE(room.setHidden(hidden.value->id, true).ok());
    REQUIRE(f.store->sessions().finish(id, {"reflect"}).ok());

    ExportRequest request = f.request(ExportScope::Session);
    request.sessionId = id;
    ExportOptions options;

    options.format = ExportFormat::Markdown;
    options.filePath = f.file(QStringLiteral("minutes.md"));
    REQUIRE(Exporter::exportNotes(*f.store, f.bundles(), request, options).ok());
    const QString md = readAll(options.filePath);
    INFO(md.toStdString());
    CHECK(md.contains(
        QStringLiteral("*From the room (anonymous answers from phones)*\n\n- Att bli sedd, även när språket är nytt – æ ø å")));
    // Markup from a phone stays characters in Markdown too.
    CHECK(md.contains(QStringLiteral("- \\<b\\>Tolk\\</b\\> \\*från\\* \\[början\\]\\(http\\://x\\)")));
    CHECK_FALSE(md.contains(QStringLiteral("DOLT-SVAR-5521")));
    CHECK_FALSE(md.contains(QStringLiteral("INTE-VALT-8830")));

    options.format = ExportFormat::Pdf;
    options.filePath = f.file(QStringLiteral("minutes.pdf"));
    REQUIRE(Exporter::exportNotes(*f.store, f.bundles(), request, options).ok());
    const QString pdf = pdfText(options.filePath);
    CHECK(pdf.contains(QStringLiteral("Att bli sedd, även när språket är nytt – æ ø å")));
    CHECK(pdf.contains(QStringLiteral("<b>Tolk</b> *från* [början](http://x)")));
    CHECK_FALSE(pdf.contains(QStringLiteral("DOLT-SVAR-5521")));
    CHECK_FALSE(pdf.contains(QStringLiteral("INTE-VALT-8830")));

    options.format = ExportFormat::Odt;
    options.filePath = f.file(QStringLiteral("minutes.odt"));
    REQUIRE(Exporter::exportNotes(*f.store, f.bundles(), request, options).ok());
    const QString content = odtPart(options.filePath, QStringLiteral("content.xml"));
    CHECK(content.contains(QStringLiteral("Att bli sedd, även när språket är nytt – æ ø å")));
    CHECK(content.contains(QStringLiteral("&lt;b&gt;Tolk&lt;/b&gt;")));
    CHECK_FALSE(content.contains(QStringLiteral("<b>Tolk")));
    CHECK_FALSE(content.contains(QStringLiteral("DOLT-SVAR-5521")));
}
