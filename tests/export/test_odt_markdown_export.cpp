// ODT and Markdown carry the same content, in the same order, as the PDF.
#include "ExportFixture.h"

#include "export/ExportBuilder.h"
#include "export/Exporter.h"
#include "export/MarkdownExportWriter.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace reflekt;
using namespace reflekt::test;

namespace {

ExportResult exportAs(ExportFixture& f, ExportFormat format, const QString& path)
{
    ExportOptions options;
    options.format = format;
    options.filePath = path;
    return Exporter::exportNotes(*f.store, f.bundles(), f.request(ExportScope::Package), options);
}

} // namespace

TEST_CASE("ODT export is a valid OpenDocument package whose content.xml holds the answers", "[odt]")
{
    ExportFixture f;
    const QString odt = f.file(QStringLiteral("notes.odt"));
    REQUIRE(exportAs(f, ExportFormat::Odt, odt).ok());

    int code = -1;
    const QString listing = run(QStringLiteral("unzip"), {QStringLiteral("-l"), odt}, &code);
    REQUIRE(code == 0);
    CHECK(listing.contains(QStringLiteral("mimetype")));
    CHECK(listing.contains(QStringLiteral("META-INF/manifest.xml")));
    CHECK(run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("mimetype")}) ==
          QStringLiteral("application/vnd.oasis.opendocument.text"));

    const QString content = run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    const qsizetype q1 = content.indexOf(QStringLiteral("Vad är kultur för dig?"));
    const qsizetype a1 = content.indexOf(QStringLiteral("fika på fredagar, språket och minnen – å ä ö."));
    const qsizetype a1a = content.indexOf(QStringLiteral("Tromsø, med ærlig prat."));
    const qsizetype none = content.indexOf(QStringLiteral("No answer"));
    CHECK(q1 >= 0);
    CHECK(a1 > q1);
    CHECK(a1a > a1);
    CHECK(none > a1a);
    CHECK(content.contains(QString::fromUtf8(ExportFixture::kEarlier)));
    CHECK(!content.contains(QString::fromUtf8(ExportFixture::kSecret)));
}

TEST_CASE("Markdown export has the document's structure and the answers exactly as written", "[markdown]")
{
    ExportFixture f;
    const ExportBuilder builder(*f.store, f.bundles());
    ExportBuildResult built = builder.build(f.request(ExportScope::Package));
    REQUIRE(built.ok());
    ExportDocument& doc = *built.document;
    const QDateTime when(QDate(2024, 5, 3), QTime(12, 30), Qt::UTC);
    doc.exportedAt = when;
    for (auto& q : doc.packages[0].modules[0].steps[0].questions)
        if (q.answered)
            q.edited = when;
    doc.packages[0].earlierNotes[0].edited = when;

    const QString edited = QStringLiteral("*Last edited %1*").arg(doc.formatDateTime(when));
    const QString expected =
        QStringLiteral("# Minimalt paket\n\n"
                       "*Reflection notes*\n\n"
                       "- **Participant:** Åsa Öberg\n"
                       "- **Package:** Minimalt paket (version 1.0.0)\n"
                       "- **Exported:** %1\n\n"
                       "## Introduktion\n\n"
                       "Samtala två och två.\n\n"
                       "#### 1 Vad är kultur för dig?\n\n"
                       "Kultur är gemenskap: fika på fredagar, språket och minnen – å ä ö.\n\n"
                       "%2\n\n"
                       "#### 1.1 Ge ett exempel.\n\n"
                       "Midsommar hos mormor i Tromsø, med ærlig prat.\n\n"
                       "%2\n\n"
                       "#### 2 Vad tar du med dig?\n\n"
                       "*No answer*\n\n"
                       "## Notes from an earlier version of the package\n\n"
                       "These questions are not in the version of the package on this computer. "
                       "Your answers are kept here as you wrote them.\n\n"
                       "#### Introduktion, question q0 (version 0.9.0)\n\n"
                       "Ett svar på en fråga som har tagits bort – ändå kvar.\n\n"
                       "%2\n")
            .arg(doc.formatDate(when), edited);
    CHECK(QString::fromUtf8(MarkdownExportWriter::render(doc)) == expected);
}

TEST_CASE("A multi-paragraph answer round-trips through the Markdown file", "[markdown]")
{
    ExportFixture f;
    const std::string answer = "Första stycket, med *stjärnor* och #tecken.\n\nAndra stycket: æ ø å.\nEn rad till.";
    f.store->notes().save(f.asa, f.bundle.id, f.bundle.version, "q2", answer);
    const QString md = f.file(QStringLiteral("notes.md"));
    REQUIRE(exportAs(f, ExportFormat::Markdown, md).ok());
    QFile file(md);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("#### 2 Vad tar du med dig?\n\n") + QString::fromStdString(answer) +
                        QStringLiteral("\n\n*Last edited")));
    CHECK(!text.contains(QString::fromUtf8(ExportFixture::kSecret)));
}

TEST_CASE("Everything I wrote leaves out unanswered sub-questions; a module export lists them all", "[markdown]")
{
    ExportFixture f;
    // Åsa answered question 1 and cleared her answer to its sub-question 1.1.
    REQUIRE(f.store->notes().save(f.asa, f.bundle.id, f.bundle.version, "q1a", "").ok());
    ExportOptions options;
    options.format = ExportFormat::Markdown;

    options.filePath = f.file(QStringLiteral("everything.md"));
    REQUIRE(Exporter::exportNotes(*f.store, f.bundles(), f.request(ExportScope::Everything), options).ok());
    QFile everything(options.filePath);
    REQUIRE(everything.open(QIODevice::ReadOnly));
    const QString all = QString::fromUtf8(everything.readAll());
    INFO(all.toStdString());
    CHECK(all.contains(QString::fromUtf8(ExportFixture::kAnswerQ1)));
    CHECK(!all.contains(QStringLiteral("Ge ett exempel.")));
    CHECK(all.contains(QStringLiteral("#### 2 Vad tar du med dig?\n\n*No answer*"))); // main questions stay

    options.filePath = f.file(QStringLiteral("module.md"));
    REQUIRE(Exporter::exportNotes(*f.store, f.bundles(), f.request(ExportScope::Module), options).ok());
    QFile module(options.filePath);
    REQUIRE(module.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(module.readAll()).contains(QStringLiteral("#### 1.1 Ge ett exempel.\n\n*No answer*")));
}
