#pragma once

#include "export/ExportRequest.h"
#include "export/PdfPageLayout.h"

#include <QString>

#include <vector>

using cairo_t = struct _cairo;
using cairo_surface_t = struct _cairo_surface;

namespace reflekt {

// Draws a paginated flow onto a cairo PDF surface with its structure: every flow element becomes a
// cairo structure tag (Document, H1-H3, P, L, LI, Lbl, LBody), so cairo writes the structure tree
// in reading order, and headings and questions become bookmarks. The running header and the
// "Page N of M" footer are drawn while no content element is open, so they stay out of the tree.
class PdfCairoPages {
public:
    PdfCairoPages(const PdfPageLayout& layout, QString headerText);

    /** Draws every page; false when `progress` cancelled (the surface is then half drawn). */
    bool render(cairo_surface_t* surface, int pages, const ExportProgress& progress);

    /** The language of each structure element, in the order they were opened; empty: the document's. */
    const std::vector<QString>& elementLanguages() const { return m_languages; }

private:
    void begin(const QString& tag, const QString& language = {});
    void end();
    /** Moves drawing to `page` (0-based), finishing the pages before it. */
    bool goToPage(int page);
    bool drawBlock(const PdfLaidBlock& block);
    void drawHeaderAndFooter();
    void addOutline(const PdfLaidBlock& block);

    const PdfPageLayout& m_layout;
    QString m_header;
    cairo_surface_t* m_surface = nullptr;
    cairo_t* m_cr = nullptr;
    int m_page = 0;
    int m_pages = 1;
    ExportProgress m_progress;
    std::vector<QString> m_open; ///< the tags open now, innermost last
    std::vector<QString> m_languages;
    std::vector<std::pair<int, int>> m_outline; ///< (level, cairo outline id) of the open bookmarks
};

} // namespace reflekt
