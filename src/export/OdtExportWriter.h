#pragma once

#include "export/ExportDocument.h"

#include <QByteArray>

namespace reflekt {

// OpenDocument Text for municipal document systems: the same laid-out document as the PDF, written
// by QTextDocumentWriter's "odf" writer (page breaks, headings and lists carry over).
class OdtExportWriter {
public:
    /** The .odt package bytes, or an empty array if Qt could not write it. */
    static QByteArray render(const ExportDocument& doc);
};

} // namespace reflekt
