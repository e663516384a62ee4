#include "export/OdtExportWriter.h"

#include "export/ExportLabels.h"
#include "export/OdtContent.h"
#include "export/OdtPackage.h"
#include "export/OdtStyles.h"
#include "export/OdtXml.h"

namespace reflekt {

QByteArray OdtExportWriter::render(const ExportDocument& doc, ExportPageSize pageSize)
{
    OdtPackage package(QStringLiteral("application/vnd.oasis.opendocument.text"));
    package.add(QStringLiteral("content.xml"), OdtContent::write(doc));
    package.add(QStringLiteral("styles.xml"), OdtStyles::write(doc, pageSize));
    package.add(QStringLiteral("meta.xml"), meta(doc));
    return package.zip();
}

QByteArray OdtExportWriter::meta(const ExportDocument& doc)
{
    OdtXml xml;
    xml.startRoot(QStringLiteral("office:document-meta"));
    xml.start(QStringLiteral("office:meta"));
    xml.element(QStringLiteral("meta:generator"), QStringLiteral("Reflekt"));
    xml.element(QStringLiteral("dc:title"), doc.title);
    xml.element(QStringLiteral("dc:subject"),
                doc.subtitle.isEmpty() ? ExportLabels::kind(doc) : doc.subtitle);
    xml.element(QStringLiteral("meta:initial-creator"), doc.participant);
    xml.element(QStringLiteral("dc:creator"), doc.participant);
    if (doc.exportedAt.isValid()) {
        const QString when = doc.exportedAt.toUTC().toString(Qt::ISODate);
        xml.element(QStringLiteral("meta:creation-date"), when);
        xml.element(QStringLiteral("dc:date"), when);
    }
    xml.element(QStringLiteral("dc:language"), OdtXml::documentLanguage(doc));
    xml.end();
    return xml.finish();
}

} // namespace reflekt
