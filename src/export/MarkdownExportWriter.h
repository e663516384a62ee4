#pragma once

#include "export/ExportDocument.h"

#include <QByteArray>

namespace reflekt {

// Markdown with the same content and order as the PDF: headings for packages, modules and questions,
// answers exactly as written (so the text round-trips), labels in the UI language. UTF-8, LF.
class MarkdownExportWriter {
public:
    static QByteArray render(const ExportDocument& doc);
};

} // namespace reflekt
