#include "export/PdfCairoPages.h"

#include "export/ExportLabels.h"

#include <cairo-pdf.h>
#include <hb.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>

namespace reflekt {

namespace {

double mm(double millimetres)
{
    return millimetres / 25.4 * 72.0;
}

constexpr int kOutlineTitleLength = 120;

// Draws a line run by run as glyphs. pango_cairo_show_layout_line would hand cairo the text with
// the glyphs, and cairo 1.16 then writes the blank at the end of every wrapped line as a Span with
// ActualText nested inside the paragraph's marked content, which cuts the paragraph's text short
// for readers of the structure tree (poppler). Without text, cairo maps glyphs to Unicode through
// the font's cmap, which for DejaVu gives the same text.
// Pango drops the blank a line was wrapped at (an empty glyph); it goes back in, with no width, so
// that text read from the structure tree has a space between the last word of a line and the next.
void keepFinalSpace(PangoGlyphItem* item)
{
    PangoGlyphString* glyphs = item->glyphs;
    if (glyphs->num_glyphs == 0 || glyphs->glyphs[glyphs->num_glyphs - 1].glyph != PANGO_GLYPH_EMPTY)
        return;
    hb_codepoint_t space = 0;
    if (hb_font_get_nominal_glyph(pango_font_get_hb_font(item->item->analysis.font), 0x20, &space))
        glyphs->glyphs[glyphs->num_glyphs - 1].glyph = space;
}

void showLine(cairo_t* cr, PangoLayoutLine* line, double x, double baseline, const PdfColor& ink, bool wrapped)
{
    for (GSList* run = line->runs; run; run = run->next) {
        auto* item = static_cast<PangoGlyphItem*>(run->data);
        PdfColor color = ink;
        for (GSList* a = item->item->analysis.extra_attrs; a; a = a->next) {
            auto* attr = static_cast<PangoAttribute*>(a->data);
            if (attr->klass->type == PANGO_ATTR_FOREGROUND) {
                const PangoColor& c = reinterpret_cast<PangoAttrColor*>(attr)->color;
                color = {c.red / 65535.0, c.green / 65535.0, c.blue / 65535.0};
            }
        }
        cairo_set_source_rgb(cr, color.r, color.g, color.b);
        cairo_move_to(cr, x, baseline);
        if (wrapped && !run->next) {
            PangoGlyphItem* copy = pango_glyph_item_copy(item);
            keepFinalSpace(copy);
            pango_cairo_show_glyph_string(cr, copy->item->analysis.font, copy->glyphs);
            pango_glyph_item_free(copy);
        } else {
            pango_cairo_show_glyph_string(cr, item->item->analysis.font, item->glyphs);
        }
        x += pango_glyph_string_get_width(item->glyphs) / static_cast<double>(PANGO_SCALE);
    }
}

} // namespace

PdfCairoPages::PdfCairoPages(const PdfPageLayout& layout, QString headerText)
    : m_layout(layout), m_header(std::move(headerText))
{
}

bool PdfCairoPages::render(cairo_surface_t* surface, int pages, const ExportProgress& progress)
{
    m_surface = surface;
    m_cr = cairo_create(surface);
    m_pages = pages;
    m_progress = progress;
    const std::vector<FlowItem>& flow = m_layout.flow();
    bool ok = true;
    for (std::size_t i = 0; ok && i < flow.size(); ++i) {
        const FlowItem& item = flow[i];
        switch (item.kind) {
        case FlowItem::Kind::Begin: {
            // An element starts on the page of its first content, so no page begins inside it empty.
            std::size_t next = i + 1;
            while (next < flow.size() && m_layout.blockFor(next) < 0)
                ++next;
            if (next < flow.size())
                ok = goToPage(m_layout.blocks()[static_cast<std::size_t>(m_layout.blockFor(next))].lines.front().page);
            begin(item.tag, item.language);
            break;
        }
        case FlowItem::Kind::End:
            end();
            break;
        case FlowItem::Kind::Block:
            ok = drawBlock(m_layout.blocks()[static_cast<std::size_t>(m_layout.blockFor(i))]) &&
                 cairo_status(m_cr) == CAIRO_STATUS_SUCCESS;
            break;
        }
    }
    if (ok)
        ok = goToPage(pages - 1) && (!m_progress || m_progress(pages, pages));
    while (!m_open.empty())
        end();
    cairo_destroy(m_cr);
    m_cr = nullptr;
    return ok;
}

void PdfCairoPages::begin(const QString& tag, const QString& language)
{
    cairo_tag_begin(m_cr, tag.toLatin1().constData(), "");
    m_open.push_back(tag);
    m_languages.push_back(language);
}

void PdfCairoPages::end()
{
    if (m_open.empty())
        return;
    cairo_tag_end(m_cr, m_open.back().toLatin1().constData());
    m_open.pop_back();
}

bool PdfCairoPages::goToPage(int page)
{
    while (m_page < page) {
        if (m_progress && !m_progress(m_page + 1, m_pages))
            return false;
        cairo_show_page(m_cr);
        ++m_page;
        drawHeaderAndFooter();
    }
    return true;
}

bool PdfCairoPages::drawBlock(const PdfLaidBlock& block)
{
    const FlowItem& item = *block.item;
    if (!goToPage(block.lines.front().page))
        return false;
    cairo_set_source_rgb(m_cr, block.color.r, block.color.g, block.color.b);
    if (block.label) {
        begin(item.labelTag);
        const double baseline = block.lines.front().baseline;
        const bool disc = item.label == QStringLiteral("•");
        if (disc || item.label == QStringLiteral("◦")) {
            // Bullets are drawn, as Qt drew them: the list structure says what they are, and
            // extracted text stays free of bullet characters.
            cairo_new_path(m_cr);
            cairo_arc(m_cr, block.labelX + 2.5, baseline - 3.3, disc ? 1.9 : 1.7, 0, 2 * M_PI);
            cairo_set_line_width(m_cr, 0.6);
            disc ? cairo_fill(m_cr) : cairo_stroke(m_cr);
        } else {
            showLine(m_cr, pango_layout_get_line_readonly(block.label, 0), block.labelX, baseline, block.color, false);
        }
        end();
        begin(QStringLiteral("LBody")); // closed by the flow's End after the item's last block
    }
    begin(item.tag, item.language);
    addOutline(block);
    // A paragraph cut by a page break: one Span per page, so that no marked content stays open
    // over the break (cairo 1.16 would carry it on and swallow the next page's running header).
    const bool split = block.lines.front().page != block.lines.back().page;
    if (split)
        begin(QStringLiteral("Span"));
    for (std::size_t i = 0; i < block.lines.size(); ++i) {
        if (block.lines[i].page != m_page) {
            end();
            if (!goToPage(block.lines[i].page))
                return false;
            cairo_set_source_rgb(m_cr, block.color.r, block.color.g, block.color.b);
            begin(QStringLiteral("Span"));
        }
        showLine(m_cr, pango_layout_get_line_readonly(block.text, static_cast<int>(i)), block.textX,
                 block.lines[i].baseline, block.color, i + 1 < block.lines.size());
    }
    if (split)
        end();
    end();
    return true;
}

void PdfCairoPages::addOutline(const PdfLaidBlock& block)
{
    const FlowItem& item = *block.item;
    if (item.outlineLevel <= 0)
        return;
    while (!m_outline.empty() && m_outline.back().first >= item.outlineLevel)
        m_outline.pop_back();
    const int parent = m_outline.empty() ? CAIRO_PDF_OUTLINE_ROOT : m_outline.back().second;
    QString title = item.label.isEmpty() ? item.text : item.label + u' ' + item.text;
    title = title.simplified();
    if (title.size() > kOutlineTitleLength)
        title = title.left(kOutlineTitleLength - 1) + u'…';
    const int top = std::max(0, static_cast<int>(block.lines.front().baseline) - 20);
    const QByteArray link = QStringLiteral("page=%1 pos=[%2 %3]")
                                .arg(block.lines.front().page + 1)
                                .arg(static_cast<int>(block.labelX))
                                .arg(top)
                                .toLatin1();
    const auto flags = item.outlineLevel < 4 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t{};
    const int id = cairo_pdf_surface_add_outline(m_surface, parent, title.toUtf8().constData(), link.constData(), flags);
    m_outline.emplace_back(item.outlineLevel, id);
}

void PdfCairoPages::drawHeaderAndFooter()
{
    // Called at the top of a page, when only container elements (Document, L, LI, LBody) are open:
    // cairo 1.16 marks content only inside leaf elements and has no Artifact tag, so this text is
    // unmarked, outside the structure tree, as the page's furniture.
    const PdfPageGeometry& g = m_layout.geometry();
    const double lineY = g.top - mm(6);
    const double right = g.left + g.bodyWidth;
    cairo_set_source_rgb(m_cr, 0x5f / 255.0, 0x6b / 255.0, 0x76 / 255.0);
    PangoLayout* header = m_layout.smallLayout(m_header, g.bodyWidth);
    PangoRectangle logical;
    pango_layout_get_extents(header, nullptr, &logical);
    cairo_move_to(m_cr, g.left, lineY - mm(1.5) - logical.height / static_cast<double>(PANGO_SCALE));
    pango_cairo_show_layout(m_cr, header);
    g_object_unref(header);

    PangoLayout* footer = m_layout.smallLayout(ExportLabels::pageOf(m_page + 1, m_pages), -1);
    pango_layout_get_extents(footer, nullptr, &logical);
    const double width = logical.width / static_cast<double>(PANGO_SCALE);
    const double height = logical.height / static_cast<double>(PANGO_SCALE);
    cairo_move_to(m_cr, right - width, g.height - mm(17) + (mm(6) - height) / 2);
    pango_cairo_show_layout(m_cr, footer);
    g_object_unref(footer);

    cairo_set_source_rgb(m_cr, 0xc8 / 255.0, 0xcf / 255.0, 0xd6 / 255.0);
    cairo_set_line_width(m_cr, mm(0.2));
    cairo_move_to(m_cr, g.left, lineY);
    cairo_line_to(m_cr, right, lineY);
    cairo_stroke(m_cr);
}

} // namespace reflekt
