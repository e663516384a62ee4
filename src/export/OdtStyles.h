#pragma once

#include "export/ExportDocument.h"
#include "export/ExportRequest.h"

#include <QByteArray>

namespace reflekt {

class OdtXml;

// styles.xml of the ODT export: the document's default language, the paragraph styles the content
// uses and the pages. Headings are LibreOffice's own "Heading 1" to "Heading 3" (Heading_20_N, with
// outline levels), so its navigator, its accessibility check and its tagged PDF export see them;
// the title page uses "Title" and "Subtitle". The rest are Reflekt's: "Document kind", "Detail"
// (with the character style "Detail label"), "Intro", "Question", "Answer", "Unanswered",
// "Last edited", "List Paragraph"; list styles "Bullets" (attendees, what was covered) and
// "Sub-questions" (indented, no bullet: the question's number says where it belongs).
//
// Pages: the title page has the master page "First Page", without header and footer; every later
// page is "Standard", with the running header (doc.headerText) and the footer "Page N of M" in the
// document's language. Margins as in the PDF: 25 mm at the sides, the body 28 mm from the top
// and 25 mm from the bottom.
class OdtStyles {
public:
    static QByteArray write(const ExportDocument& doc, ExportPageSize pageSize);

private:
    static void paragraphStyles(OdtXml& xml);
    static void listStyles(OdtXml& xml);
    static void pageLayouts(OdtXml& xml, ExportPageSize pageSize);
    static void masterPages(OdtXml& xml, const ExportDocument& doc);
};

} // namespace reflekt
