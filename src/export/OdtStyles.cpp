#include "export/OdtStyles.h"

#include "export/OdtXml.h"

#include <QCoreApplication>

#include <initializer_list>
#include <utility>

namespace reflekt {

namespace {

using Props = std::initializer_list<std::pair<const char*, const char*>>;

// The PDF's colours: ink, muted (5.4:1 on white) and accent.
constexpr const char* kInk = "#1d2329";
constexpr const char* kMuted = "#5f6b76";
constexpr const char* kAccent = "#1f4e79";

void properties(OdtXml& xml, const char* element, Props props)
{
    if (props.size() == 0)
        return;
    xml.empty(QString::fromLatin1(element));
    for (const auto& [name, value] : props)
        xml.attr(QString::fromLatin1(name), QString::fromUtf8(value));
}

/** A style of `family`; `attrs` go on style:style (parent, next style, outline level...). */
void style(OdtXml& xml, const char* family, const char* name, const char* display, Props attrs,
           Props paragraph, Props text)
{
    xml.start(QStringLiteral("style:style"));
    xml.attr(QStringLiteral("style:name"), QString::fromLatin1(name));
    if (display)
        xml.attr(QStringLiteral("style:display-name"), QString::fromUtf8(display));
    xml.attr(QStringLiteral("style:family"), QString::fromLatin1(family));
    for (const auto& [attr, value] : attrs)
        xml.attr(QString::fromLatin1(attr), QString::fromUtf8(value));
    properties(xml, "style:paragraph-properties", paragraph);
    properties(xml, "style:text-properties", text);
    xml.end();
}

void paragraph(OdtXml& xml, const char* name, const char* display, Props attrs, Props paragraphProps,
               Props text)
{
    style(xml, "paragraph", name, display, attrs, paragraphProps, text);
}

// "Page %1 of %2" as ExportLabels::pageOf words it (same context and source, so the same
// translation), with the page number and count as fields LibreOffice fills in.
void pageOfFields(OdtXml& xml)
{
    const QString words = QCoreApplication::translate("ExportLabels", "Page %1 of %2");
    qsizetype from = 0;
    while (from < words.size()) {
        const qsizetype marker = words.indexOf(u'%', from);
        const bool field = marker >= 0 && marker + 1 < words.size() &&
                           (words.at(marker + 1) == u'1' || words.at(marker + 1) == u'2');
        if (!field) {
            xml.text(words.mid(from));
            break;
        }
        xml.text(words.mid(from, marker - from));
        if (words.at(marker + 1) == u'1') {
            xml.start(QStringLiteral("text:page-number"));
            xml.attr(QStringLiteral("text:select-page"), QStringLiteral("current"));
            xml.text(QStringLiteral("2"));
        } else {
            xml.start(QStringLiteral("text:page-count"));
            xml.text(QStringLiteral("2"));
        }
        xml.end();
        from = marker + 2;
    }
}

} // namespace

QByteArray OdtStyles::write(const ExportDocument& doc, ExportPageSize pageSize)
{
    OdtXml xml;
    xml.startRoot(QStringLiteral("office:document-styles"));

    xml.start(QStringLiteral("office:font-face-decls"));
    xml.empty(QStringLiteral("style:font-face"));
    xml.attr(QStringLiteral("style:name"), QStringLiteral("DejaVu Sans"));
    xml.attr(QStringLiteral("svg:font-family"), QStringLiteral("'DejaVu Sans'"));
    xml.attr(QStringLiteral("style:font-family-generic"), QStringLiteral("swiss"));
    xml.attr(QStringLiteral("style:font-pitch"), QStringLiteral("variable"));
    xml.end();

    xml.start(QStringLiteral("office:styles"));
    // The document's language is the default of every paragraph; passages in another language are
    // marked with a span (content.xml).
    xml.start(QStringLiteral("style:default-style"));
    xml.attr(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    xml.empty(QStringLiteral("style:paragraph-properties"));
    xml.attr(QStringLiteral("fo:orphans"), QStringLiteral("2"));
    xml.attr(QStringLiteral("fo:widows"), QStringLiteral("2"));
    xml.empty(QStringLiteral("style:text-properties"));
    xml.attr(QStringLiteral("style:font-name"), QStringLiteral("DejaVu Sans"));
    xml.attr(QStringLiteral("fo:font-size"), QStringLiteral("10.5pt"));
    xml.attr(QStringLiteral("fo:color"), QString::fromLatin1(kInk));
    xml.languageAttributes(OdtXml::documentLanguage(doc));
    xml.end();
    paragraphStyles(xml);
    style(xml, "text", "Detail_20_label", "Detail label", {}, {}, {{"fo:color", kMuted}});
    listStyles(xml);
    xml.end(); // office:styles

    xml.start(QStringLiteral("office:automatic-styles"));
    pageLayouts(xml, pageSize);
    xml.languageStyles(OdtXml::foreignLanguages(doc)); // for the running header
    xml.end();
    masterPages(xml, doc);
    return xml.finish();
}

void OdtStyles::paragraphStyles(OdtXml& xml)
{
    paragraph(xml, "Standard", nullptr, {{"style:class", "text"}}, {}, {});
    paragraph(xml, "Heading", nullptr,
              {{"style:parent-style-name", "Standard"},
               {"style:next-style-name", "Text_20_body"},
               {"style:class", "text"}},
              {{"fo:keep-with-next", "always"}}, {{"fo:font-weight", "bold"}});
    paragraph(xml, "Text_20_body", "Text body",
              {{"style:parent-style-name", "Standard"}, {"style:class", "text"}},
              {{"fo:margin-bottom", "5pt"}, {"fo:line-height", "135%"}}, {});
    paragraph(xml, "Title", nullptr, {{"style:parent-style-name", "Heading"}, {"style:class", "chapter"}},
              {{"fo:margin-bottom", "8pt"}}, {{"fo:font-size", "26pt"}});
    paragraph(xml, "Subtitle", nullptr, {{"style:parent-style-name", "Heading"}, {"style:class", "chapter"}},
              {{"fo:margin-bottom", "4pt"}},
              {{"fo:font-size", "15pt"}, {"fo:font-weight", "normal"}, {"fo:color", kMuted}});
    // No heading is left alone at the bottom of a page: each keeps with what follows it.
    paragraph(xml, "Heading_20_1", "Heading 1",
              {{"style:parent-style-name", "Heading"},
               {"style:next-style-name", "Text_20_body"},
               {"style:default-outline-level", "1"},
               {"style:class", "text"}},
              {{"fo:margin-top", "0pt"}, {"fo:margin-bottom", "12pt"}, {"fo:keep-with-next", "always"}},
              {{"fo:font-size", "20pt"}});
    paragraph(xml, "Heading_20_2", "Heading 2",
              {{"style:parent-style-name", "Heading"},
               {"style:next-style-name", "Text_20_body"},
               {"style:default-outline-level", "2"},
               {"style:class", "text"}},
              {{"fo:margin-top", "22pt"}, {"fo:margin-bottom", "8pt"}, {"fo:keep-with-next", "always"}},
              {{"fo:font-size", "16pt"}, {"fo:color", kAccent}});
    paragraph(xml, "Heading_20_3", "Heading 3",
              {{"style:parent-style-name", "Heading"},
               {"style:next-style-name", "Text_20_body"},
               {"style:default-outline-level", "3"},
               {"style:class", "text"}},
              {{"fo:margin-top", "14pt"}, {"fo:margin-bottom", "4pt"}, {"fo:keep-with-next", "always"}},
              {{"fo:font-size", "12pt"}, {"fo:color", kMuted}});
    paragraph(xml, "Document_20_kind", "Document kind", {{"style:parent-style-name", "Standard"}},
              {{"fo:margin-bottom", "10pt"}},
              {{"fo:font-size", "10pt"},
               {"fo:font-weight", "bold"},
               {"fo:color", kAccent},
               {"fo:text-transform", "uppercase"}});
    paragraph(xml, "Detail", nullptr, {{"style:parent-style-name", "Text_20_body"}},
              {{"fo:margin-bottom", "4pt"}}, {});
    paragraph(xml, "Intro", nullptr, {{"style:parent-style-name", "Text_20_body"}},
              {{"fo:margin-bottom", "6pt"}, {"fo:line-height", "130%"}}, {{"fo:color", kMuted}});
    // A question keeps with its answer, as a heading with its first paragraph.
    paragraph(xml, "Question", nullptr,
              {{"style:parent-style-name", "Standard"}, {"style:next-style-name", "Answer"}},
              {{"fo:margin-top", "14pt"}, {"fo:margin-bottom", "4pt"}, {"fo:keep-with-next", "always"}},
              {{"fo:font-size", "11pt"}, {"fo:font-weight", "bold"}});
    paragraph(xml, "Answer", nullptr, {{"style:parent-style-name", "Text_20_body"}}, {}, {});
    paragraph(xml, "Unanswered", nullptr, {{"style:parent-style-name", "Answer"}}, {},
              {{"fo:font-style", "italic"}, {"fo:color", kMuted}});
    paragraph(xml, "Last_20_edited", "Last edited", {{"style:parent-style-name", "Standard"}},
              {{"fo:margin-bottom", "2pt"}}, {{"fo:font-size", "8.5pt"}, {"fo:color", kMuted}});
    paragraph(xml, "List_20_Paragraph", "List Paragraph", {{"style:parent-style-name", "Text_20_body"}},
              {{"fo:margin-bottom", "2pt"}}, {});
    paragraph(xml, "Header", nullptr, {{"style:parent-style-name", "Standard"}, {"style:class", "extra"}},
              {{"fo:border-bottom", "0.57pt solid #c8cfd6"}, {"fo:padding-bottom", "1.5mm"}},
              {{"fo:font-size", "8.5pt"}, {"fo:color", kMuted}});
    paragraph(xml, "Footer", nullptr, {{"style:parent-style-name", "Standard"}, {"style:class", "extra"}},
              {{"fo:text-align", "end"}}, {{"fo:font-size", "8.5pt"}, {"fo:color", kMuted}});
}

void OdtStyles::listStyles(OdtXml& xml)
{
    // Headings are not numbered: the outline only gives them their levels.
    xml.start(QStringLiteral("text:outline-style"));
    xml.attr(QStringLiteral("style:name"), QStringLiteral("Outline"));
    for (int level = 1; level <= 10; ++level) {
        xml.start(QStringLiteral("text:outline-level-style"));
        xml.attr(QStringLiteral("text:level"), QString::number(level));
        xml.attr(QStringLiteral("style:num-format"), QString());
        xml.end();
    }
    xml.end();

    const auto list = [&](const char* name, const char* display, bool bullets) {
        xml.start(QStringLiteral("text:list-style"));
        xml.attr(QStringLiteral("style:name"), QString::fromLatin1(name));
        xml.attr(QStringLiteral("style:display-name"), QString::fromUtf8(display));
        for (int level = 1; level <= 3; ++level) {
            const bool bullet = bullets && level <= 2;
            xml.start(bullet ? QStringLiteral("text:list-level-style-bullet")
                             : QStringLiteral("text:list-level-style-number"));
            xml.attr(QStringLiteral("text:level"), QString::number(level));
            if (bullet)
                xml.attr(QStringLiteral("text:bullet-char"),
                         level == 1 ? QStringLiteral("•") : QStringLiteral("◦"));
            else
                xml.attr(QStringLiteral("style:num-format"), QString());
            xml.start(QStringLiteral("style:list-level-properties"));
            xml.attr(QStringLiteral("text:list-level-position-and-space-mode"),
                     QStringLiteral("label-alignment"));
            xml.empty(QStringLiteral("style:list-level-label-alignment"));
            // The PDF's indents: 18 pt a sub-question level; bullets hang 12 pt left of their text.
            const double margin = 18.0 * level;
            xml.attr(QStringLiteral("text:label-followed-by"),
                     bullets ? QStringLiteral("listtab") : QStringLiteral("nothing"));
            if (bullets)
                xml.attr(QStringLiteral("text:list-tab-stop-position"), QStringLiteral("%1pt").arg(margin));
            xml.attr(QStringLiteral("fo:text-indent"),
                     bullets ? QStringLiteral("-12pt") : QStringLiteral("0pt"));
            xml.attr(QStringLiteral("fo:margin-left"), QStringLiteral("%1pt").arg(margin));
            xml.end();
            xml.end();
        }
        xml.end();
    };
    list("Bullets", "Bullets", true);
    list("Sub-questions", "Sub-questions", false);
}

void OdtStyles::pageLayouts(OdtXml& xml, ExportPageSize pageSize)
{
    const bool letter = pageSize == ExportPageSize::Letter;
    const auto layout = [&](const char* name, bool headerFooter) {
        xml.start(QStringLiteral("style:page-layout"));
        xml.attr(QStringLiteral("style:name"), QString::fromLatin1(name));
        xml.empty(QStringLiteral("style:page-layout-properties"));
        xml.attr(QStringLiteral("fo:page-width"),
                 letter ? QStringLiteral("215.9mm") : QStringLiteral("210mm"));
        xml.attr(QStringLiteral("fo:page-height"),
                 letter ? QStringLiteral("279.4mm") : QStringLiteral("297mm"));
        xml.attr(QStringLiteral("style:print-orientation"), QStringLiteral("portrait"));
        xml.attr(QStringLiteral("fo:margin-left"), QStringLiteral("25mm"));
        xml.attr(QStringLiteral("fo:margin-right"), QStringLiteral("25mm"));
        // With a header the page margin is the header's distance from the edge: 12 mm, then the
        // header (10 mm) and a 6 mm gap put the body at 28 mm as in the PDF; the footer likewise.
        xml.attr(QStringLiteral("fo:margin-top"),
                 headerFooter ? QStringLiteral("12mm") : QStringLiteral("28mm"));
        xml.attr(QStringLiteral("fo:margin-bottom"),
                 headerFooter ? QStringLiteral("11mm") : QStringLiteral("25mm"));
        if (headerFooter) {
            for (const char* part : {"style:header-style", "style:footer-style"}) {
                const bool header = QByteArray(part) == "style:header-style";
                xml.start(QString::fromLatin1(part));
                xml.empty(QStringLiteral("style:header-footer-properties"));
                xml.attr(QStringLiteral("fo:min-height"),
                         header ? QStringLiteral("10mm") : QStringLiteral("8mm"));
                xml.attr(header ? QStringLiteral("fo:margin-bottom") : QStringLiteral("fo:margin-top"),
                         QStringLiteral("6mm"));
                xml.end();
            }
        }
        xml.end();
    };
    layout("pm_title", false);
    layout("pm_body", true);
}

void OdtStyles::masterPages(OdtXml& xml, const ExportDocument& doc)
{
    xml.start(QStringLiteral("office:master-styles"));
    xml.start(QStringLiteral("style:master-page"));
    xml.attr(QStringLiteral("style:name"), QStringLiteral("Standard"));
    xml.attr(QStringLiteral("style:page-layout-name"), QStringLiteral("pm_body"));
    xml.start(QStringLiteral("style:header"));
    xml.start(QStringLiteral("text:p"));
    xml.attr(QStringLiteral("text:style-name"), QStringLiteral("Header"));
    xml.span(OdtXml::languageStyle(doc, OdtXml::titleLanguage(doc)), doc.headerText);
    xml.end();
    xml.end();
    xml.start(QStringLiteral("style:footer"));
    xml.start(QStringLiteral("text:p"));
    xml.attr(QStringLiteral("text:style-name"), QStringLiteral("Footer"));
    pageOfFields(xml);
    xml.end();
    xml.end();
    xml.end(); // Standard

    xml.empty(QStringLiteral("style:master-page"));
    xml.attr(QStringLiteral("style:name"), QStringLiteral("First_20_Page"));
    xml.attr(QStringLiteral("style:display-name"), QStringLiteral("First Page"));
    xml.attr(QStringLiteral("style:page-layout-name"), QStringLiteral("pm_title"));
    xml.attr(QStringLiteral("style:next-style-name"), QStringLiteral("Standard"));
    xml.end(); // office:master-styles
}

} // namespace reflekt
