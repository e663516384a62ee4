#pragma once

#include "export/ExportDocument.h"
#include "export/ExportRequest.h"

#include <QByteArray>

namespace reflekt {

// OpenDocument Text (ODF 1.3) for municipal document systems, written from the ExportDocument with
// the PDF's content and order: real headings with outline levels, the document's language and the
// package texts' language where it differs, a title page without header and footer, then a running
// header and "Page N of M" on every page. Parts: mimetype, META-INF/manifest.xml, content.xml
// (OdtContent), styles.xml (OdtStyles), meta.xml (title, author, language, dates).
class OdtExportWriter {
public:
    /** The .odt package bytes, or an empty array if it could not be written. */
    static QByteArray render(const ExportDocument& doc, ExportPageSize pageSize = ExportPageSize::A4);

private:
    static QByteArray meta(const ExportDocument& doc);
};

} // namespace reflekt
