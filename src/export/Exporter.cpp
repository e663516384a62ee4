#include "export/Exporter.h"

#include "export/ExportBuilder.h"
#include "export/MarkdownExportWriter.h"
#include "export/OdtExportWriter.h"
#include "export/PdfExportWriter.h"

#include <QDir>
#include <QSaveFile>

namespace reflekt {

ExportResult Exporter::exportNotes(Store& store, const std::vector<const Bundle*>& bundles,
                                   const ExportRequest& request, const ExportOptions& options)
{
    const ExportBuilder builder(store, bundles);
    const ExportBuildResult built = builder.build(request);
    if (!built.ok()) {
        ExportResult result;
        result.error = built.error;
        return result;
    }
    return write(*built.document, options);
}

ExportResult Exporter::write(const ExportDocument& doc, const ExportOptions& options)
{
    ExportResult result;
    const QString shown = QDir::toNativeSeparators(options.filePath);
    if (options.filePath.isEmpty()) {
        result.error = tr("No file name was given for the export.");
        return result;
    }
    // Open first: a folder that does not exist or cannot be written fails before any work is done.
    QSaveFile file(options.filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return result;
    }
    QByteArray bytes;
    switch (options.format) {
    case ExportFormat::Pdf:
        result = PdfExportWriter::render(doc, options.pageSize, options.progress, bytes);
        if (!result.ok()) {
            file.cancelWriting();
            return result;
        }
        break;
    case ExportFormat::Odt:
        bytes = OdtExportWriter::render(doc);
        if (bytes.isEmpty()) {
            file.cancelWriting();
            result.error = tr("Cannot write %1: the OpenDocument writer failed.").arg(shown);
            return result;
        }
        break;
    case ExportFormat::Markdown:
        bytes = MarkdownExportWriter::render(doc);
        break;
    }
    if (options.format != ExportFormat::Pdf && options.progress && !options.progress(1, 1)) {
        file.cancelWriting();
        result.cancelled = true;
        return result;
    }
    if (file.write(bytes) != bytes.size()) {
        result.error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) // commit removes its temporary file when it fails
        result.error = tr("Cannot write %1: %2").arg(shown, file.errorString());
    return result;
}

} // namespace reflekt
