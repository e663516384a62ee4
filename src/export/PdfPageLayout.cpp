#include "export/PdfPageLayout.h"

#include "export/PdfFonts.h"

#include <pango/pangocairo.h>

#include <algorithm>

namespace reflekt {

namespace {

constexpr PdfColor kInk{0x1d / 255.0, 0x23 / 255.0, 0x29 / 255.0};
constexpr PdfColor kMuted{0x5f / 255.0, 0x6b / 255.0, 0x76 / 255.0};
constexpr PdfColor kAccent{0x1f / 255.0, 0x4e / 255.0, 0x79 / 255.0};
constexpr int kMinLines = 2; // orphans and widows, and the lines a heading keeps with it

double mm(double millimetres)
{
    return millimetres / 25.4 * 72.0;
}

// The look of today's QTextDocument export: sizes in points, spacing above and below in points,
// line spacing as a factor of the font's line height.
struct StyleSpec {
    double size = 10.5;
    bool bold = false;
    bool italic = false;
    PdfColor color = kInk;
    double before = 0;
    double after = 0;
    double spacing = 1.0;
    bool keepWithNext = false;
};

StyleSpec spec(FlowStyle style)
{
    switch (style) {
    case FlowStyle::Label: // the title page's first line, 150 pt down the page
        return {10, true, false, kAccent, 150, 10, 1.0, true};
    case FlowStyle::Title:
        return {26, true, false, kInk, 0, 8, 1.0, true};
    case FlowStyle::Subtitle:
        return {15, false, false, kMuted, 0, 4, 1.0, true};
    case FlowStyle::Heading1:
        return {20, true, false, kInk, 0, 12, 1.0, true};
    case FlowStyle::Heading2:
        return {16, true, false, kAccent, 22, 8, 1.0, true};
    case FlowStyle::Heading3:
        return {12, true, false, kMuted, 14, 4, 1.0, true};
    case FlowStyle::Question:
        return {11, true, false, kInk, 14, 4, 1.0, true};
    case FlowStyle::Muted:
        return {10.5, false, false, kMuted, 0, 6, 1.30, false};
    case FlowStyle::Unanswered:
        return {10.5, false, true, kMuted, 0, 5, 1.35, false};
    case FlowStyle::Small:
        return {8.5, false, false, kMuted, 0, 2, 1.0, false};
    case FlowStyle::Detail:
        return {10.5, false, false, kInk, 0, 4, 1.35, false};
    case FlowStyle::Answer:
    case FlowStyle::Body:
    case FlowStyle::ListItem:
        break;
    }
    return {10.5, false, false, kInk, 0, 5, 1.35, false};
}

double fromPango(int units)
{
    return units / static_cast<double>(PANGO_SCALE);
}

int toPango(double points)
{
    return static_cast<int>(points * PANGO_SCALE);
}

} // namespace

PdfPageGeometry PdfPageGeometry::forSize(ExportPageSize size)
{
    PdfPageGeometry g;
    g.width = size == ExportPageSize::Letter ? 612 : 595; // as QPageSize has A4 in whole points
    g.height = size == ExportPageSize::Letter ? 792 : 842;
    g.left = mm(25);
    g.top = mm(28);
    g.bodyWidth = g.width - mm(50);
    g.bodyHeight = g.height - mm(28) - mm(25);
    return g;
}

PdfPageLayout::PdfPageLayout(const std::vector<FlowItem>& flow, const PdfPageGeometry& geometry)
    : m_flow(flow), m_geometry(geometry), m_context(pango_font_map_create_context(PdfFonts::fontMap()))
{
    // Unhinted metrics: PDF text is placed exactly where the layout measured it.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(m_context, options);
    cairo_font_options_destroy(options);
    pango_cairo_context_set_resolution(m_context, 72.0); // one point is one PDF unit
    m_blockOfItem.assign(flow.size(), -1);
    for (std::size_t i = 0; i < flow.size(); ++i)
        if (flow[i].kind == FlowItem::Kind::Block) {
            m_blockOfItem[i] = static_cast<int>(m_blocks.size());
            shape(flow[i]);
        }
}

PdfPageLayout::~PdfPageLayout()
{
    for (PdfLaidBlock& b : m_blocks) {
        g_object_unref(b.text);
        if (b.label)
            g_object_unref(b.label);
    }
    g_object_unref(m_context);
}

PangoLayout* PdfPageLayout::layout(const QString& text, FlowStyle style, const QString& language,
                                   double width) const
{
    const StyleSpec s = spec(style);
    PangoLayout* l = pango_layout_new(m_context);
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, PdfFonts::family().toUtf8().constData());
    pango_font_description_set_size(font, toPango(s.size));
    pango_font_description_set_weight(font, s.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font, s.italic ? PANGO_STYLE_OBLIQUE : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(l, font);
    pango_font_description_free(font);
    PangoAttrList* attrs = pango_attr_list_new();
    // No "ﬁ" ligature glyphs: text extraction, search and screen readers should get plain "fi".
    pango_attr_list_insert(attrs, pango_attr_font_features_new("liga 0, clig 0"));
    if (!language.isEmpty())
        pango_attr_list_insert(attrs, pango_attr_language_new(pango_language_from_string(language.toUtf8().constData())));
    pango_layout_set_attributes(l, attrs);
    pango_attr_list_unref(attrs);
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    if (width > 0)
        pango_layout_set_width(l, toPango(width));
    const QByteArray utf8 = text.toUtf8();
    pango_layout_set_text(l, utf8.constData(), static_cast<int>(utf8.size()));
    return l;
}

void PdfPageLayout::shape(const FlowItem& item)
{
    PdfLaidBlock b;
    b.item = &item;
    const StyleSpec s = spec(item.style);
    b.color = s.color;
    b.labelX = m_geometry.left + item.indentPt;
    double textX = b.labelX;
    if (!item.label.isEmpty() && !item.labelTag.isEmpty()) {
        b.label = layout(item.label, item.style, {}, -1);
        int labelWidth = 0;
        pango_layout_get_size(b.label, &labelWidth, nullptr);
        // A hanging label: "1.2" (or a bullet) in its own column, the text wrapped beside it.
        const double column = item.style == FlowStyle::Question ? 22.0 : 12.0;
        textX += std::max(column, fromPango(labelWidth) + 8.0);
    }
    b.textX = textX;
    const double width = m_geometry.left + m_geometry.bodyWidth - textX;
    if (!item.label.isEmpty() && item.labelTag.isEmpty()) {
        // A detail: "Module: " in the muted colour, then the value, in one paragraph.
        b.text = layout(item.label + item.text, item.style, item.language, width);
        PangoAttrList* attrs = pango_attr_list_copy(pango_layout_get_attributes(b.text));
        PangoAttribute* muted = pango_attr_foreground_new(static_cast<guint16>(kMuted.r * 65535),
                                                          static_cast<guint16>(kMuted.g * 65535),
                                                          static_cast<guint16>(kMuted.b * 65535));
        muted->start_index = 0;
        muted->end_index = static_cast<guint>(item.label.toUtf8().size());
        pango_attr_list_insert(attrs, muted);
        pango_layout_set_attributes(b.text, attrs);
        pango_attr_list_unref(attrs);
    } else {
        b.text = layout(item.text, item.style, item.language, width);
    }
    Metrics m;
    const int count = pango_layout_get_line_count(b.text);
    for (int i = 0; i < count; ++i) {
        PangoRectangle logical;
        pango_layout_line_get_extents(pango_layout_get_line_readonly(b.text, i), nullptr, &logical);
        m.ascent.push_back(fromPango(-logical.y));
        m.pitch.push_back(fromPango(logical.height) * s.spacing);
    }
    b.lines.resize(m.pitch.size());
    m_blocks.push_back(b);
    m_metrics.push_back(std::move(m));
}

double PdfPageLayout::linesHeight(std::size_t block, std::size_t count) const
{
    const auto& pitch = m_metrics[block].pitch;
    double h = 0;
    for (std::size_t i = 0; i < std::min(count, pitch.size()); ++i)
        h += pitch[i];
    return h;
}

double PdfPageLayout::spaceBetween(std::size_t above, std::size_t below) const
{
    const FlowItem& next = *m_blocks[below].item;
    const double before = next.spaceBeforePt >= 0 ? next.spaceBeforePt : spec(next.style).before;
    // Margins collapse, as between the blocks of a QTextDocument.
    return std::max(spec(m_blocks[above].item->style).after, before);
}

double PdfPageLayout::keepHeight(std::size_t block) const
{
    const std::size_t lines = m_metrics[block].pitch.size();
    const bool keep = spec(m_blocks[block].item->style).keepWithNext;
    const std::size_t next = block + 1;
    if (keep && next < m_blocks.size() && !m_blocks[next].item->pageBreakBefore)
        return linesHeight(block, lines) + spaceBetween(block, next) + keepHeight(next);
    // A block of up to 2 * kMinLines - 1 lines cannot be split without an orphan or a widow.
    const std::size_t together = lines < 2 * kMinLines ? lines : kMinLines;
    return linesHeight(block, together);
}

int PdfPageLayout::paginate()
{
    int page = 0;
    double y = m_geometry.top;
    bool pageEmpty = true;
    const auto newPage = [&] {
        ++page;
        y = m_geometry.top;
        pageEmpty = true;
    };
    for (std::size_t b = 0; b < m_blocks.size(); ++b) {
        const FlowItem& item = *m_blocks[b].item;
        if (item.pageBreakBefore && !(page == 0 && pageEmpty))
            newPage();
        double space = b == 0 ? 0 : spaceBetween(b - 1, b);
        if (!pageEmpty && y + space + keepHeight(b) > m_geometry.bottom()) {
            newPage();
        }
        // The top margin of a page's first block is dropped, except the title page's spacer.
        if (pageEmpty)
            space = item.style == FlowStyle::Label ? spec(item.style).before : 0;
        y += space;
        const Metrics& m = m_metrics[b];
        std::vector<PdfLine>& lines = m_blocks[b].lines;
        std::size_t onPage = 0; // lines of this block on the current page
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (!pageEmpty && y + m.pitch[i] > m_geometry.bottom()) {
                // Widow: never leave a single last line for the next page if one more can go with it.
                const std::size_t rest = lines.size() - i;
                if (rest < kMinLines && onPage > kMinLines)
                    --i;
                newPage();
                onPage = 0;
            }
            lines[i] = {page, y + m.ascent[i]};
            y += m.pitch[i];
            pageEmpty = false;
            ++onPage;
        }
    }
    return page + 1;
}

PangoLayout* PdfPageLayout::smallLayout(const QString& text, double width) const
{
    PangoLayout* l = layout(text, FlowStyle::Small, {}, width);
    pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
    return l;
}

} // namespace reflekt
