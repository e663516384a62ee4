#pragma once

#include "core/Bundle.h"
#include "export/ExportDocument.h"
#include "export/ExportRequest.h"

#include <QCoreApplication>

#include <vector>

namespace reflekt {

class Store;

// The one entry point the UI and the command line use: read one participant's notes, lay them out,
// write the file. Files are built in memory and written with writeFileDurably (core/DurableFile.h),
// so a failed or cancelled export leaves no file (and never a half-written one over an earlier
// export), and a full disk is reported as such.
class Exporter {
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    /** Builds the document for `request` from the store and writes it as `options` say. */
    static ExportResult exportNotes(Store& store, const std::vector<const Bundle*>& bundles,
                                    const ExportRequest& request, const ExportOptions& options);

    /** Writes an already built document. */
    static ExportResult write(const ExportDocument& doc, const ExportOptions& options);
};

} // namespace reflekt
