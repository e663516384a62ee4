#pragma once

#include "export/ExportFlow.h"
#include "export/ExportRequest.h"

#include <vector>

using PangoContext = struct _PangoContext;
using PangoLayout = struct _PangoLayout;

namespace reflekt {

/** A page and its body (the area inside the margins), in PDF points from the top left. */
struct PdfPageGeometry {
    double width = 0;
    double height = 0;
    double left = 0;
    double top = 0;
    double bodyWidth = 0;
    double bodyHeight = 0;

    static PdfPageGeometry forSize(ExportPageSize size);
    double bottom() const { return top + bodyHeight; }
};

struct PdfColor {
    double r = 0, g = 0, b = 0;
};

/** Where one line of a block is drawn. */
struct PdfLine {
    int page = 0;        ///< 0-based
    double baseline = 0; ///< y of the baseline on its page, in points from the top
};

/** A flow block shaped by pango and broken into lines, with the page and place of every line. */
struct PdfLaidBlock {
    const FlowItem* item = nullptr;
    PangoLayout* text = nullptr;  ///< owned by PdfPageLayout
    PangoLayout* label = nullptr; ///< the label, or null
    double textX = 0;             ///< from the page's left edge
    double labelX = 0;
    PdfColor color;
    std::vector<PdfLine> lines; ///< one per line of `text`
};

// Shapes every block of a flow with pango (line breaking included) and paginates by whole lines:
// a line is on exactly one page. A heading (and a question) stays with at least the first two
// lines of what follows it; a paragraph leaves neither a single first line at the bottom of a page
// (orphan) nor a single last line at the top of the next (widow).
class PdfPageLayout {
public:
    PdfPageLayout(const std::vector<FlowItem>& flow, const PdfPageGeometry& geometry);
    ~PdfPageLayout();
    PdfPageLayout(const PdfPageLayout&) = delete;
    PdfPageLayout& operator=(const PdfPageLayout&) = delete;

    /** Paginates; returns the number of pages (at least 1). */
    int paginate();
    /** Laid blocks in flow order; `blockFor(i)` is the index of flow item i's block, or -1. */
    const std::vector<PdfLaidBlock>& blocks() const { return m_blocks; }
    int blockFor(std::size_t flowIndex) const { return m_blockOfItem[flowIndex]; }
    const PdfPageGeometry& geometry() const { return m_geometry; }
    const std::vector<FlowItem>& flow() const { return m_flow; }
    /** A one-line layout for the running header and footer (8.5 pt), elided to `width` points. */
    PangoLayout* smallLayout(const QString& text, double width) const;

private:
    struct Metrics {
        std::vector<double> ascent;
        std::vector<double> pitch; ///< line height times the style's line spacing
    };
    void shape(const FlowItem& item);
    PangoLayout* layout(const QString& text, FlowStyle style, const QString& language, double width) const;
    double keepHeight(std::size_t block) const;
    double linesHeight(std::size_t block, std::size_t count) const;
    double spaceBetween(std::size_t above, std::size_t below) const;

    const std::vector<FlowItem>& m_flow;
    PdfPageGeometry m_geometry;
    PangoContext* m_context = nullptr;
    std::vector<PdfLaidBlock> m_blocks;
    std::vector<Metrics> m_metrics;
    std::vector<int> m_blockOfItem;
};

} // namespace reflekt
