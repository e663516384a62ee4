#pragma once

#include "export/ExportDocument.h"
#include "export/ExportRequest.h"

#include <QByteArray>
#include <QCoreApplication>

namespace reflekt {

// Writes a tagged PDF with cairo and pango: the document as a flow of headings, paragraphs and lists
// (ExportFlow), broken into lines and pages by pango (PdfPageLayout), drawn with its structure tree
// and bookmarks (PdfCairoPages), then completed by PdfTagPatch (language, DisplayDocTitle). A running
// header (the package title) and a "Page N of M" footer are on every page after the title page.
// Text stays text, set in the shipped font, which the PDF embeds. See docs/export.md.
class PdfExportWriter {
    Q_DECLARE_TR_FUNCTIONS(PdfExportWriter)
public:
    /** Renders into `pdf`. Cancelled (through `progress`) or failed results leave `pdf` unusable. */
    static ExportResult render(const ExportDocument& doc, ExportPageSize pageSize, const ExportProgress& progress,
                               QByteArray& pdf);
};

} // namespace reflekt
