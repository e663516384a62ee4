// PDF export checked the way a reader would: poppler's pdftotext, pdffonts and pdfinfo.
#include "ExportFixture.h"

#include "export/Exporter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

using namespace reflekt;
using namespace reflekt::test;

namespace {

ExportResult exportPdf(ExportFixture& f, const ExportRequest& request, const QString& path,
                       ExportPageSize size = ExportPageSize::A4)
{
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    options.pageSize = size;
    options.filePath = path;
    return Exporter::exportNotes(*f.store, f.bundles(), request, options);
}

int pdfPages(const QString& pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

} // namespace

TEST_CASE("A module's notes become a PDF with every question, answer and number in order", "[pdf]")
{
    ExportFixture f;
    const QString pdf = f.file(QStringLiteral("intro.pdf"));
    const ExportResult result = exportPdf(f, f.request(ExportScope::Module), pdf);
    REQUIRE(result.ok());
    REQUIRE(QFile::exists(pdf));

    const QString text = pdfText(pdf);
    const qsizetype q1 = text.indexOf(QStringLiteral("1 Vad är kultur för dig?"));
    const qsizetype a1 = text.indexOf(QStringLiteral("fika på fredagar"));
    const qsizetype q1a = text.indexOf(QStringLiteral("1.1 Ge ett exempel."));
    const qsizetype a1a = text.indexOf(QStringLiteral("Tromsø, med ærlig prat."));
    const qsizetype q2 = text.indexOf(QStringLiteral("2 Vad tar du med dig?"));
    const qsizetype none = text.indexOf(QStringLiteral("No answer"));
    CHECK(q1 >= 0);
    CHECK(a1 > q1);
    CHECK(q1a > a1);
    CHECK(a1a > q1a);
    CHECK(q2 > a1a);
    CHECK(none > q2);
    CHECK(text.contains(QStringLiteral("språket och minnen – å ä ö.")));
    // Title page: who, which package, and the running header / footer on the pages after it.
    CHECK(text.contains(QStringLiteral("Åsa Öberg")));
    CHECK(text.contains(QStringLiteral("Minimalt paket (version 1.0.0)")));
    CHECK(text.contains(QStringLiteral("Page 2 of %1").arg(result.pageCount)));
    CHECK(!text.contains(QStringLiteral("Page 1 of"))); // the title page has no footer
    CHECK(text.contains(QStringLiteral("Last edited")));
    // Another profile's notes never appear.
    CHECK(!text.contains(QString::fromUtf8(ExportFixture::kSecret)));
}

TEST_CASE("The PDF embeds the shipped font and carries title, author and creator", "[pdf]")
{
    ExportFixture f;
    const QString pdf = f.file(QStringLiteral("meta.pdf"));
    REQUIRE(exportPdf(f, f.request(ExportScope::Package), pdf).ok());

    const QStringList fonts = run(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE(!fonts.isEmpty());
    for (const QString& line : fonts) {
        INFO(line.toStdString());
        CHECK(line.contains(QStringLiteral("DejaVuSans")));
        // columns: name type encoding emb sub uni object ID
        CHECK(QRegularExpression(QStringLiteral("\\s(yes)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$")).match(line).hasMatch());
    }
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    INFO(info.toStdString());
    CHECK(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Minimalt paket\\n"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Author:\\s+Åsa Öberg\\n"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Reflekt\\n"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595.* x 842.* pts \\(A4\\)"))));
}

TEST_CASE("Letter paper is used when asked for", "[pdf]")
{
    ExportFixture f;
    const QString pdf = f.file(QStringLiteral("letter.pdf"));
    REQUIRE(exportPdf(f, f.request(ExportScope::Module), pdf, ExportPageSize::Letter).ok());
    CHECK(run(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("612 x 792 pts (letter)")));
}

TEST_CASE("A long answer flows over pages and the footer counts them right", "[pdf]")
{
    ExportFixture f;
    QString longAnswer;
    for (int i = 1; i <= 400; ++i)
        longAnswer += QStringLiteral("Mening %1 om bemötande, språk och förtroende på jobbet. ").arg(i);
    longAnswer += QStringLiteral("SLUTET PÅ SVARET");
    f.store->notes().save(f.asa, f.bundle.id, f.bundle.version, "q2", longAnswer.toStdString());

    const QString pdf = f.file(QStringLiteral("long.pdf"));
    const ExportResult result = exportPdf(f, f.request(ExportScope::Module), pdf);
    REQUIRE(result.ok());
    const int pages = pdfPages(pdf);
    CHECK(pages >= 4);
    CHECK(result.pageCount == pages);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Mening 400 om bemötande")));
    // The last page holds the end of the answer.
    const QString last = pdfText(pdf, pages);
    CHECK(last.contains(QStringLiteral("SLUTET PÅ SVARET")));
}

TEST_CASE("Notes on questions an earlier version had get their own section", "[pdf]")
{
    ExportFixture f;
    const QString pdf = f.file(QStringLiteral("earlier.pdf"));
    REQUIRE(exportPdf(f, f.request(ExportScope::Package), pdf).ok());
    const QString text = pdfText(pdf);
    const qsizetype section = text.indexOf(QStringLiteral("Notes from an earlier version of the package"));
    CHECK(section > text.indexOf(QStringLiteral("Vad tar du med dig?")));
    CHECK(text.indexOf(QString::fromUtf8(ExportFixture::kEarlier)) > section);
    CHECK(text.contains(QStringLiteral("question q0 (version 0.9.0)")));
}
