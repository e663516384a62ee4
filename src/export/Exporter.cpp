#include "export/Exporter.h"

#include "core/DurableFile.h"
#include "export/ExportBuilder.h"
#include "export/MarkdownExportWriter.h"
#include "export/OdtExportWriter.h"
#include "export/PdfExportWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <string_view>

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
    // Check the folder first: one that does not exist or cannot be written fails before any work is done.
    const QFileInfo folder(QFileInfo(options.filePath).absolutePath());
    const QString folderShown = QDir::toNativeSeparators(folder.filePath());
    if (!folder.exists()) {
        result.error =
            tr("Cannot write %1: %2").arg(shown, tr("the folder %1 does not exist").arg(folderShown));
        return result;
    }
    if (!folder.isDir() || !folder.isWritable()) {
        result.error =
            tr("Cannot write %1: %2")
                .arg(shown, folder.isDir() ? tr("you have no permission to write in %1").arg(folderShown)
                                           : tr("%1 is not a folder").arg(folderShown));
        return result;
    }
    QByteArray bytes;
    switch (options.format) {
    case ExportFormat::Pdf:
        result = PdfExportWriter::render(doc, options.pageSize, options.progress, bytes);
        if (!result.ok())
            return result;
        break;
    case ExportFormat::Odt:
        bytes = OdtExportWriter::render(doc, options.pageSize);
        if (bytes.isEmpty()) {
            result.error = tr("Cannot write %1: the OpenDocument writer failed.").arg(shown);
            return result;
        }
        break;
    case ExportFormat::Markdown:
        bytes = MarkdownExportWriter::render(doc);
        break;
    }
    if (options.format != ExportFormat::Pdf && options.progress && !options.progress(1, 1)) {
        result.cancelled = true;
        return result;
    }
    // Not QSaveFile: on Qt 6.4 its commit() can miss a full disk (ENOSPC reported at fsync or close)
    // and report success for a file that is not all there. writeFileDurably checks every step.
    const std::filesystem::path target(QFile::encodeName(options.filePath).toStdString());
    const WriteResult written =
        writeFileDurably(target, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!written.ok())
        result.error = tr("Cannot write %1: %2").arg(shown, QString::fromStdString(written.cause));
    return result;
}

} // namespace reflekt
