#include "export/OdtExportWriter.h"

#include "export/ExportTextLayout.h"

#include <QBuffer>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace reflekt {

QByteArray OdtExportWriter::render(const ExportDocument& doc)
{
    QTextDocument text;
    ExportTextLayout::build(text, doc, 1.0); // ODF lengths are written in points
    QByteArray odt;
    QBuffer buffer(&odt);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&text))
        return {};
    return odt;
}

} // namespace reflekt
