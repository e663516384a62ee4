#include "export/PdfExportWriter.h"

#include "export/ExportFlow.h"
#include "export/PdfCairoPages.h"
#include "export/PdfPageLayout.h"
#include "export/PdfTagPatch.h"

#include <cairo-pdf.h>
#include <pango/pango.h>

namespace reflekt {

namespace {

cairo_status_t appendTo(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<QByteArray*>(closure)->append(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
    return CAIRO_STATUS_SUCCESS;
}

} // namespace

ExportResult PdfExportWriter::render(const ExportDocument& doc, ExportPageSize pageSize,
                                     const ExportProgress& progress, QByteArray& pdf)
{
    ExportResult result;
    pdf.clear();
    const std::vector<FlowItem> flow = ExportFlow::build(doc);
    const PdfPageGeometry geometry = PdfPageGeometry::forSize(pageSize);
    PdfPageLayout layout(flow, geometry);
    const int pages = layout.paginate();

    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendTo, &pdf, geometry.width, geometry.height);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, doc.title.toUtf8().constData());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, doc.participant.toUtf8().constData());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Reflekt");
    PdfCairoPages painter(layout, doc.headerText);
    const bool drawn = painter.render(surface, pages, progress);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (!drawn) {
        result.cancelled = true;
        pdf.clear();
        return result;
    }
    if (status != CAIRO_STATUS_SUCCESS) {
        result.error = tr("The PDF could not be written: %1").arg(QString::fromUtf8(cairo_status_to_string(status)));
        pdf.clear();
        return result;
    }
    result.pageCount = pages;

    PdfTagPatch patch;
    patch.language = ExportFlow::documentLanguage(doc);
    patch.elementLanguages = painter.elementLanguages();
    patch.title = doc.title;
    patch.author = doc.participant;
    patch.creator = QStringLiteral("Reflekt");
    patch.producer = QStringLiteral("cairo %1, pango %2")
                         .arg(QString::fromLatin1(cairo_version_string()), QString::fromLatin1(pango_version_string()));
    patch.created = doc.exportedAt;
    patch.applyTo(pdf);
    return result;
}

} // namespace reflekt
