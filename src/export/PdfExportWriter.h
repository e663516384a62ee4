#pragma once

#include "export/ExportDocument.h"
#include "export/ExportRequest.h"

#include <QByteArray>

namespace reflekt {

// Prints the laid-out document page by page onto a QPdfWriter, with a running header (the package
// title) and a "Page N of M" footer drawn on every page after the title page. Text stays text, set
// in the shipped font, which the PDF embeds.
class PdfExportWriter {
public:
    /** Renders into `pdf`. Cancelled (through `progress`) or failed results leave `pdf` unusable. */
    static ExportResult render(const ExportDocument& doc, ExportPageSize pageSize, const ExportProgress& progress,
                               QByteArray& pdf);
};

} // namespace reflekt
