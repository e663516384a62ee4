#include "export/PdfExportWriter.h"

#include "export/ExportFonts.h"
#include "export/ExportLabels.h"
#include "export/ExportTextLayout.h"
#include "export/PdfInfoPatch.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace reflekt {

namespace {

constexpr int kResolution = 300; // device pixels per inch; text stays vector, this is layout precision
const QColor kRule(0xc8, 0xcf, 0xd6);
const QColor kMuted(0x5f, 0x6b, 0x76);

double mm(double millimetres)
{
    return millimetres / 25.4 * kResolution;
}

void drawHeaderAndFooter(QPainter& painter, const QRectF& page, const QRectF& body, const QString& header,
                         const QString& footer, const QString& family)
{
    QFont font(family);
    font.setPointSizeF(8.5);
    painter.setFont(font);
    painter.setPen(kMuted);
    const double lineY = body.top() - mm(6);
    const QRectF headerBox(body.left(), mm(12), body.width(), lineY - mm(12) - mm(1.5));
    const QString elided = painter.fontMetrics().elidedText(header, Qt::ElideRight, static_cast<int>(body.width()));
    painter.drawText(headerBox, Qt::AlignLeft | Qt::AlignBottom, elided);
    painter.setPen(QPen(kRule, mm(0.2)));
    painter.drawLine(QPointF(body.left(), lineY), QPointF(body.right(), lineY));
    painter.setPen(kMuted);
    const QRectF footerBox(body.left(), page.height() - mm(17), body.width(), mm(6));
    painter.drawText(footerBox, Qt::AlignRight | Qt::AlignVCenter, footer);
}

} // namespace

ExportResult PdfExportWriter::render(const ExportDocument& doc, ExportPageSize pageSize,
                                     const ExportProgress& progress, QByteArray& pdf)
{
    ExportResult result;
    pdf.clear();
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(pageSize == ExportPageSize::Letter ? QPageSize::Letter : QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter); // margins are drawn below
        writer.setTitle(doc.title);
        writer.setCreator(QStringLiteral("Reflekt"));

        const QRectF page(0, 0, writer.width(), writer.height());
        const QRectF body(mm(25), mm(28), page.width() - mm(50), page.height() - mm(28) - mm(25));

        QTextDocument text;
        text.documentLayout()->setPaintDevice(&writer);
        ExportTextLayout::build(text, doc, kResolution / 72.0);
        text.setPageSize(body.size());
        const int pages = text.pageCount();
        const QString family = ExportFonts::family();

        QPainter painter(&writer);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(body.left(), body.top() - i * body.height());
            const QRectF view(0, i * body.height(), body.width(), body.height());
            painter.setClipRect(view);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = view;
            context.palette.setColor(QPalette::Text, Qt::black);
            text.documentLayout()->draw(&painter, context);
            painter.restore();
            if (i > 0) // the title page stands alone
                drawHeaderAndFooter(painter, page, body, doc.headerText, ExportLabels::pageOf(i + 1, pages), family);
            if (progress && !progress(i + 1, pages)) {
                painter.end();
                result.cancelled = true;
                return result;
            }
        }
        painter.end();
        result.pageCount = pages;
    }
    buffer.close();
    PdfInfoPatch info;
    info.title = doc.title;
    info.author = doc.participant;
    info.creator = QStringLiteral("Reflekt");
    info.created = doc.exportedAt;
    info.applyTo(pdf);
    return result;
}

} // namespace reflekt
