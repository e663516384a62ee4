#include "export/OdtExportWriter.h"

#include "export/ExportTextLayout.h"

#include <QBuffer>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace reflekt {

QByteArray OdtExportWriter::render(const ExportDocument& doc)
{
    QTextDocument text;
    // No paint device: lengths are 96 dpi pixels, which the ODF writer turns into points.
    ExportTextLayout::build(text, doc, 96.0 / 72.0);
    QByteArray odt;
    QBuffer buffer(&odt);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&text))
        return {};
    return odt;
}

} // namespace reflekt
