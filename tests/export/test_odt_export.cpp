// The ODT as a reader, LibreOffice and a screen reader meet it: headings with outline levels,
// metadata, the document's and the packages' languages, page numbers in a footer.
#include "ExportFixture.h"
#include "OdtReader.h"

#include "export/ExportBuilder.h"
#include "export/Exporter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <map>

using namespace reflekt;
using namespace reflekt::test;

namespace {

const QString kParts[] = {QStringLiteral("META-INF/manifest.xml"), QStringLiteral("content.xml"),
                          QStringLiteral("styles.xml"), QStringLiteral("meta.xml")};

// The fixture's package (Swedish, as the document), a Norwegian one with two steps, and an answer
// with control characters pasted into it.
ExportDocument twoPackages(ExportFixture& f)
{
    const ExportBuilder builder(*f.store, f.bundles());
    ExportBuildResult built = builder.build(f.request(ExportScope::Package));
    REQUIRE(built.ok());
    ExportDocument doc = *built.document;
    ExportQuestion& q2 = doc.packages[0].modules[0].steps[0].questions.back();
    q2.answered = true;
    q2.edited = QDateTime::currentDateTimeUtc();
    q2.answer = QStringLiteral("Rad ett\x01\x1b slut\vRad två\ttab") + QChar(0xD800) + QChar(0xFFFF) +
                QStringLiteral(" och  två mellanslag");
    ExportPackage nb;
    nb.id = QStringLiteral("org.example.nb");
    nb.title = QStringLiteral("Koordinering i kommunen");
    nb.version = QStringLiteral("2.0.0");
    nb.language = QStringLiteral("nb");
    ExportModule m{QStringLiteral("samarbeid"), QStringLiteral("Samarbeid på tvers"), {}};
    m.steps.push_back(
        {QStringLiteral("Refleksjon før filmen"),
         QStringLiteral("Snakk sammen to og to."),
         {{QStringLiteral("q1"), QStringLiteral("1"), QStringLiteral("Hva betyr samarbeid for deg?"), 0,
           QStringLiteral("Ærlig og åpent – æ ø å."), true, QDateTime::currentDateTimeUtc(), {}}}});
    m.steps.push_back({QStringLiteral("Oppsummering"),
                       {},
                       {{QStringLiteral("q2"),
                         QStringLiteral("2"),
                         QStringLiteral("Hva tar du med deg?"),
                         0,
                         {},
                         false,
                         {},
                         {}}}});
    nb.modules.push_back(std::move(m));
    doc.packages.push_back(std::move(nb));
    doc.title = QStringLiteral("All my reflection notes");
    doc.headerText = QStringLiteral("Reflection notes of Åsa Öberg");
    return doc;
}

QString writeOdt(const ExportDocument& doc, const QString& path, ExportPageSize size = ExportPageSize::A4)
{
    ExportOptions options;
    options.format = ExportFormat::Odt;
    options.pageSize = size;
    options.filePath = path;
    const ExportResult result = Exporter::write(doc, options);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    return path;
}

} // namespace

TEST_CASE("ODT export has headings, metadata and page numbers", "[odt]")
{
    ExportFixture f;
    const ExportDocument doc = twoPackages(f);
    const QString odt = writeOdt(doc, f.file(QStringLiteral("notes.odt")));

    // ODF part 2: "mimetype" first, stored, so its media type sits at byte 38 for tools that sniff.
    QFile file(odt);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    const QByteArray mediaType("application/vnd.oasis.opendocument.text");
    REQUIRE(raw.size() > 38 + mediaType.size());
    CHECK(raw.left(4) == QByteArray("PK\x03\x04"));
    CHECK(raw.at(8) == 0); // compression method 0: stored
    CHECK(raw.at(9) == 0);
    CHECK(raw.mid(30, 8) == QByteArray("mimetype"));
    CHECK(raw.mid(38, mediaType.size()) == mediaType);
    const QStringList names =
        run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), odt}).split(u'\n', Qt::SkipEmptyParts);
    CHECK(names == QStringList{QStringLiteral("mimetype"), kParts[0], kParts[1], kParts[2], kParts[3]});

    std::map<QString, QString> xml;
    for (const QString& name : kParts) {
        xml[name] = odtPart(odt, name);
        INFO(name.toStdString());
        CHECK(xmlError(xml[name]).isEmpty());
        CHECK(!xml[name].isEmpty());
    }
    for (const QString& name :
         {QStringLiteral("content.xml"), QStringLiteral("styles.xml"), QStringLiteral("meta.xml")})
        CHECK(xml[kParts[0]].contains(QStringLiteral("manifest:full-path=\"%1\"").arg(name)));

    const QString& content = xml[QStringLiteral("content.xml")];
    const std::vector<OdtBlock> all = odtBlocks(content);
    const auto heading = [&](const QString& text) -> std::pair<int, QString> {
        for (const OdtBlock& b : all)
            if (b.element == u"text:h" && b.text == text)
                return {b.level, b.style};
        return {0, {}};
    };
    CHECK(heading(doc.title) == std::pair<int, QString>(1, QStringLiteral("Title")));
    CHECK(heading(QStringLiteral("Minimalt paket")).first == 1);
    CHECK(heading(QStringLiteral("Koordinering i kommunen")) ==
          std::pair<int, QString>(1, QStringLiteral("Break_H1")));
    CHECK(heading(QStringLiteral("Introduktion")) ==
          std::pair<int, QString>(2, QStringLiteral("Heading_20_2")));
    CHECK(heading(QStringLiteral("Samarbeid på tvers")).first == 2);
    CHECK(heading(QStringLiteral("Refleksjon før filmen")) ==
          std::pair<int, QString>(3, QStringLiteral("Heading_20_3")));
    CHECK(heading(QStringLiteral("Oppsummering")).first == 3);
    CHECK(heading(QStringLiteral("Notes from an earlier version of the package")).first == 2);
    // The page styles of the first package heading and of the second lead back to "Heading 1".
    const QString first = heading(QStringLiteral("Minimalt paket")).second;
    CHECK(styleAttribute(content, first, QStringLiteral("style:parent-style-name")) == u"Heading_20_1");
    CHECK(styleAttribute(content, first, QStringLiteral("style:master-page-name")) == u"Standard");
    CHECK(styleAttribute(content, QStringLiteral("Break_H1"), QStringLiteral("fo:break-before")) == u"page");

    // Questions with their numbers, answers as written (a line per paragraph), in the PDF's order.
    const OdtBlock* q1 = findBlock(all, QStringLiteral("Vad är kultur för dig?"));
    REQUIRE(q1);
    CHECK(q1->style == u"Question");
    CHECK(q1->text == QStringLiteral("1   Vad är kultur för dig?"));
    const OdtBlock* a1 = findBlock(all, QString::fromUtf8(ExportFixture::kAnswerQ1));
    const OdtBlock* a1a = findBlock(all, QString::fromUtf8(ExportFixture::kAnswerQ1a));
    const OdtBlock* nbAnswer = findBlock(all, QStringLiteral("Ærlig og åpent – æ ø å."));
    REQUIRE(a1);
    REQUIRE(a1a);
    REQUIRE(nbAnswer);
    CHECK(a1->style == u"Answer");
    CHECK(q1 < a1);
    CHECK(a1 < a1a);
    CHECK(a1a < nbAnswer);
    CHECK(findBlock(all, QStringLiteral("1.1   Ge ett exempel."))->style == u"Question");
    CHECK(q1->list.isEmpty());
    CHECK(findBlock(all, QStringLiteral("1.1   Ge ett exempel."))->list == u"Sub-questions");
    CHECK(a1a->list == u"Sub-questions"); // the sub-question's answer is in its list item
    CHECK(findBlock(all, QString::fromUtf8(ExportFixture::kEarlier)));
    CHECK(!content.contains(QString::fromUtf8(ExportFixture::kSecret)));
    // Control characters are dropped, a vertical tab starts a paragraph, spaces and tabs are kept.
    CHECK(findBlock(all, QStringLiteral("Rad ett slut"))->text == QStringLiteral("Rad ett slut"));
    CHECK(content.contains(QStringLiteral("Rad två<text:tab/>tab och <text:s/>två mellanslag")));

    // The document is Swedish; the Norwegian package's texts are marked, the Swedish one's are not.
    const QString& styles = xml[QStringLiteral("styles.xml")];
    CHECK(styles.contains(QStringLiteral("fo:language=\"sv\" fo:country=\"SE\"")));
    const OdtBlock* nbTitle = findBlock(all, QStringLiteral("Koordinering i kommunen"));
    REQUIRE(nbTitle->spans.size() == 1);
    CHECK(styleAttribute(content, nbTitle->spans[0], QStringLiteral("fo:language")) == u"nb");
    CHECK(findBlock(all, QStringLiteral("Hva betyr samarbeid for deg?"))->spans == nbTitle->spans);
    CHECK(findBlock(all, QStringLiteral("Vad är kultur för dig?"))->spans.isEmpty());
    CHECK(nbAnswer->spans.isEmpty()); // what the participant wrote is not the package's text

    // Standard heading styles, as LibreOffice names them, with their outline levels.
    for (int level = 1; level <= 3; ++level) {
        const QString name = QStringLiteral("Heading_20_%1").arg(level);
        CHECK(styleAttribute(styles, name, QStringLiteral("style:display-name")) ==
              QStringLiteral("Heading %1").arg(level));
        CHECK(styleAttribute(styles, name, QStringLiteral("style:default-outline-level")) ==
              QString::number(level));
        CHECK(styleAttribute(styles, name, QStringLiteral("fo:keep-with-next")) == u"always");
    }
    CHECK(styleAttribute(styles, QStringLiteral("Question"), QStringLiteral("fo:keep-with-next")) ==
          u"always");

    // Header and "Page N of M" on the body pages; the title page's master page has neither.
    static const QRegularExpression footer(
        QStringLiteral("<style:footer><text:p text:style-name=\"Footer\">Page <text:page-number "
                       "text:select-page=\"current\">\\d+</text:page-number>(?: |<text:s/>)of "
                       "<text:page-count>\\d+</text:page-count>"));
    INFO(styles.mid(styles.indexOf(QStringLiteral("<style:footer>")), 300).toStdString());
    CHECK(footer.match(styles).hasMatch());
    CHECK(styles.contains(QStringLiteral(
        "<style:header><text:p text:style-name=\"Header\">Reflection notes of Åsa Öberg</text:p>")));
    CHECK(styles.contains(
        QStringLiteral("<style:master-page style:name=\"First_20_Page\" style:display-name=\"First Page\" "
                       "style:page-layout-name=\"pm_title\" style:next-style-name=\"Standard\"/>")));
    CHECK(styleAttribute(content, all.front().style, QStringLiteral("style:master-page-name")) ==
          u"First_20_Page");
    CHECK(styles.contains(QStringLiteral("fo:page-width=\"210mm\" fo:page-height=\"297mm\"")));
    CHECK(styles.contains(QStringLiteral("fo:margin-left=\"25mm\" fo:margin-right=\"25mm\"")));

    const QString& meta = xml[QStringLiteral("meta.xml")];
    CHECK(meta.contains(QStringLiteral("<dc:title>All my reflection notes</dc:title>")));
    CHECK(meta.contains(QStringLiteral("<dc:creator>Åsa Öberg</dc:creator>")));
    CHECK(meta.contains(QStringLiteral("<meta:initial-creator>Åsa Öberg</meta:initial-creator>")));
    CHECK(meta.contains(QStringLiteral("<dc:language>sv-SE</dc:language>")));
    CHECK(meta.contains(QStringLiteral("<meta:generator>Reflekt</meta:generator>")));
    CHECK(meta.contains(QStringLiteral("<meta:creation-date>%1</meta:creation-date>")
                            .arg(doc.exportedAt.toUTC().toString(Qt::ISODate))));

    // US Letter when asked for.
    const QString letter = writeOdt(doc, f.file(QStringLiteral("letter.odt")), ExportPageSize::Letter);
    CHECK(odtPart(letter, QStringLiteral("styles.xml"))
              .contains(QStringLiteral("fo:page-width=\"215.9mm\" fo:page-height=\"279.4mm\"")));
}

TEST_CASE("ODT export opens in LibreOffice", "[odt][libreoffice]")
{
    QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        soffice = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (soffice.isEmpty()) {
        WARN("LibreOffice (soffice) is not installed: the ODT is not converted to PDF here");
        return;
    }
    // Written as a Swedish user does on the command line: labels, dates and the footer in Swedish.
    ExportFixture f;
    f.closeStore();
    const QString odt = f.file(QStringLiteral("anteckningar.odt"));
    const CliRun exported = runHeadless(
        {QStringLiteral("export"), QStringLiteral("--profile"), QStringLiteral("Åsa Öberg"),
         QStringLiteral("--bundle"), QStringLiteral("org.example.minimal"), QStringLiteral("--format"),
         QStringLiteral("odt"), QStringLiteral("-o"), odt, QStringLiteral("--data-dir"), f.dataDir(),
         QStringLiteral("--modules-dir"), QStringLiteral(REFLEKT_TEST_DATA_DIR "/good/minimal")},
        QStringLiteral("sv_SE.UTF-8"));
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);

    // A profile of its own, so the test neither reads nor changes the user's LibreOffice settings.
    // Tagged PDF (the filter options in JSON need LibreOffice 7.4), as a user exporting PDF/UA gets it.
    const auto convert = [&](const QString& filter) {
        QProcess lo;
        lo.setWorkingDirectory(f.dir.path());
        lo.start(soffice,
                 {QStringLiteral("-env:UserInstallation=file://") + f.file(QStringLiteral("lo-profile")),
                  QStringLiteral("--headless"), QStringLiteral("--convert-to"), filter,
                  QStringLiteral("--outdir"), f.file(QStringLiteral("pdf")), odt});
        REQUIRE(lo.waitForFinished(180000));
        UNSCOPED_INFO(
            QString::fromUtf8(lo.readAllStandardOutput() + lo.readAllStandardError()).toStdString());
    };
    const QString pdf = f.file(QStringLiteral("pdf/anteckningar.pdf"));
    convert(
        QStringLiteral("pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}"));
    const bool tagged = QFile::exists(pdf);
    if (!tagged) {
        WARN("This LibreOffice cannot write a tagged PDF from the command line: headings are not checked in "
             "the PDF");
        convert(QStringLiteral("pdf"));
    }
    REQUIRE(QFile::exists(pdf));

    if (tagged) {
        // The headings and the document's language reach LibreOffice's tagged PDF.
        QStringList structure;
        for (const QString& line :
             run(QStringLiteral("pdfinfo"), {QStringLiteral("-struct-text"), pdf}).split(u'\n'))
            if (!line.trimmed().startsWith(u'/'))
                structure << line.trimmed();
        const QString tree = structure.join(u' ');
        INFO(tree.toStdString());
        CHECK(tree.contains(QStringLiteral("H1 (block): \"Minimalt paket\"")));
        CHECK(tree.contains(QStringLiteral("H2 (block): \"Introduktion\"")));
        CHECK(tree.contains(
            QStringLiteral("L (block) LI (block) LBody (block) P (block): \"1.1   Ge ett exempel.\"")));
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll().contains("/Lang(sv-SE)"));
    }

    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    INFO(info.toStdString());
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(pages.hasMatch());
    const int count = pages.captured(1).toInt();
    CHECK(count > 1);
    // LibreOffice took the title and the author from meta.xml.
    CHECK(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Minimalt paket\n"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Author:\\s+Åsa Öberg\n"))));

    const QString text = pdfText(pdf);
    CHECK(text.contains(QString::fromUtf8(ExportFixture::kAnswerQ1)));
    CHECK(text.contains(QString::fromUtf8(ExportFixture::kAnswerQ1a)));
    CHECK(text.contains(QStringLiteral("Vad är kultur för dig?")));
    // The title page has no header or footer; the next page has both, the footer in Swedish.
    const QString titlePage = pdfText(pdf, 1);
    CHECK(titlePage.contains(QStringLiteral("Deltagare: Åsa Öberg")));
    CHECK(!titlePage.contains(QStringLiteral("Sida")));
    const QString second = pdfText(pdf, 2);
    CHECK(second.startsWith(QStringLiteral("Minimalt paket ")));
    CHECK(second.endsWith(QStringLiteral("Sida 2 av %1").arg(count)));
}
