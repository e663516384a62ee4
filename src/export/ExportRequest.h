#pragma once

#include <QLocale>
#include <QString>

#include <cstdint>
#include <functional>

namespace reflekt {

/** What to export. Always one participant's notes (or a session that participant was part of). */
enum class ExportScope {
    Module,     ///< one module of one package (bundleId + moduleId)
    Package,    ///< every module of one package (bundleId)
    Everything, ///< every package in the library the participant wrote in
    Session,    ///< a group session's minutes (sessionId)
};

enum class ExportFormat { Pdf, Odt, Markdown };
enum class ExportPageSize { A4, Letter };

struct ExportRequest {
    std::int64_t participantId = 0;
    ExportScope scope = ExportScope::Package;
    QString bundleId;
    QString moduleId;
    std::int64_t sessionId = 0;
    QString language;        ///< content language ("sv"); empty: each bundle's default language
    QLocale locale;          ///< dates follow this locale
};

/**
 * Called while writing with (done, total); return false to cancel (the file is then not written).
 * Called on the thread that runs the export.
 */
using ExportProgress = std::function<bool(int done, int total)>;

struct ExportOptions {
    ExportFormat format = ExportFormat::Pdf;
    ExportPageSize pageSize = ExportPageSize::A4;
    QString filePath;
    ExportProgress progress;
};

/** Outcome of an export: ok, cancelled, or an error that says what went wrong. */
struct ExportResult {
    QString error; ///< user-facing ("Cannot write /x/y.pdf: No such file or directory")
    bool cancelled = false;
    int pageCount = 0; ///< PDF only

    bool ok() const { return error.isEmpty() && !cancelled; }
};

/** File name extension (without dot) for a format. */
QString extensionFor(ExportFormat format);

} // namespace reflekt
