// Group session minutes: module, date, duration, facilitator, who was there, the group's notes.
#include "ExportFixture.h"

#include "export/Exporter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

using namespace reflekt;
using namespace reflekt::test;

namespace {

std::int64_t startSession(ExportFixture& f)
{
    auto session = f.store->sessions().start(f.bundle.id, f.bundle.version, "intro", "Karin Samtalsledare",
                                             {f.asa, f.bertil}, {"Øystein Gjæst", "Märta Ek"});
    REQUIRE(session.ok());
    const std::int64_t id = session.value->id;
    REQUIRE(f.store->sessions().saveGroupNote(id, "q1", "Gruppen pratade om ärlighet, æ ø å och fika.").ok());
    REQUIRE(f.store->sessions().finish(id, {"reflect"}).ok());
    return id;
}

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST_CASE("Group session minutes list the attendees, guests and the group's notes", "[session]")
{
    ExportFixture f;
    ExportRequest request = f.request(ExportScope::Session);
    request.sessionId = startSession(f);

    ExportOptions options;
    options.format = ExportFormat::Markdown;
    options.filePath = f.file(QStringLiteral("minutes.md"));
    REQUIRE(Exporter::exportNotes(*f.store, f.bundles(), request, options).ok());
    const QString md = readAll(options.filePath);
    INFO(md.toStdString());
    CHECK(md.contains(QStringLiteral("*Group session minutes*")));
    CHECK(md.contains(QStringLiteral("- **Exported by:** Åsa Öberg")));
    CHECK(md.contains(QStringLiteral("- **Module:** Introduktion")));
    CHECK(md.contains(QStringLiteral("- **Facilitator:** Karin Samtalsledare")));
    // One meeting: its date, times and duration on the date line (the clock is the system's here).
    CHECK(md.contains(QRegularExpression(
        QStringLiteral("- \\*\\*Date:\\*\\* [^\n]+, \\d\\d:\\d\\d–[^\n]+, \\d+ minutes?\n"))));
    CHECK(md.contains(QStringLiteral("### Attendees\n\n- Åsa Öberg\n- Bertil\n- Øystein Gjæst (guest)\n- Märta Ek (guest)")));
    CHECK(md.contains(QStringLiteral("#### 1 Vad är kultur för dig?\n\nGruppen pratade om ärlighet, æ ø å och fika.")));
    CHECK(md.contains(QStringLiteral("#### 2 Vad tar du med dig?\n\n*No notes*")));
    // The console has no field for a sub-question: the minutes do not pad them with "No notes".
    CHECK(!md.contains(QStringLiteral("Ge ett exempel.")));
    CHECK(!md.contains(QStringLiteral("No answer")));
    // Minutes hold the group's notes, not anyone's personal ones.
    CHECK(!md.contains(QString::fromUtf8(ExportFixture::kAnswerQ1)));
    CHECK(!md.contains(QString::fromUtf8(ExportFixture::kSecret)));

    options.format = ExportFormat::Pdf;
    options.filePath = f.file(QStringLiteral("minutes.pdf"));
    REQUIRE(Exporter::exportNotes(*f.store, f.bundles(), request, options).ok());
    const QString pdf = pdfText(options.filePath);
    CHECK(pdf.contains(QStringLiteral("Øystein Gjæst (guest)")));
    CHECK(pdf.contains(QStringLiteral("Gruppen pratade om ärlighet, æ ø å och fika.")));
    CHECK(pdf.contains(QStringLiteral("Karin Samtalsledare")));
}

TEST_CASE("A profile that was not at a session cannot export its minutes", "[session]")
{
    ExportFixture f;
    const std::int64_t session = startSession(f);
    const auto cecilia = f.store->participants().create("Cecilia");
    REQUIRE(cecilia.ok());
    ExportRequest request = f.request(ExportScope::Session);
    request.participantId = cecilia.value->id;
    request.sessionId = session;
    ExportOptions options;
    options.format = ExportFormat::Markdown;
    options.filePath = f.file(QStringLiteral("not-mine.md"));
    const ExportResult result = Exporter::exportNotes(*f.store, f.bundles(), request, options);
    CHECK(!result.ok());
    CHECK(result.error.contains(QStringLiteral("Cecilia was not part of group session")));
    CHECK(!QFile::exists(options.filePath));
}

TEST_CASE("Minutes list a sub-question only where the group wrote something for it", "[session]")
{
    ExportFixture f;
    ExportRequest request = f.request(ExportScope::Session);
    request.sessionId = startSession(f);
    ExportOptions options;
    options.format = ExportFormat::Markdown;
    options.filePath = f.file(QStringLiteral("minutes.md"));

    REQUIRE(Exporter::exportNotes(*f.store, f.bundles(), request, options).ok());
    QString md = readAll(options.filePath);
    INFO(md.toStdString());
    CHECK(md.contains(QStringLiteral("#### 1 Vad är kultur för dig?")));
    CHECK(md.contains(QStringLiteral("#### 2 Vad tar du med dig?")));
    CHECK(!md.contains(QStringLiteral("1.1")));

    // A note on the sub-question (an earlier version, or the store by hand) is never hidden.
    REQUIRE(f.store->sessions().saveGroupNote(request.sessionId, "q1a", "Midsommar på jobbet.").ok());
    REQUIRE(Exporter::exportNotes(*f.store, f.bundles(), request, options).ok());
    md = readAll(options.filePath);
    CHECK(md.contains(QStringLiteral("#### 1.1 Ge ett exempel.\n\nMidsommar på jobbet.")));

    // The PDF and ODT writers share the rule: no "No notes" under a sub-question there either.
    REQUIRE(f.store->sessions().saveGroupNote(request.sessionId, "q1a", "").ok());
    options.format = ExportFormat::Pdf;
    options.filePath = f.file(QStringLiteral("minutes.pdf"));
    REQUIRE(Exporter::exportNotes(*f.store, f.bundles(), request, options).ok());
    const QString pdf = pdfText(options.filePath);
    CHECK(!pdf.contains(QStringLiteral("Ge ett exempel.")));
    CHECK(pdf.count(QStringLiteral("No notes")) == 1); // under question 2 only
}
