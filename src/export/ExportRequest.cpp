#include "export/ExportRequest.h"

namespace reflekt {

QString extensionFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Odt:
        return QStringLiteral("odt");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

} // namespace reflekt
