#pragma once

#include "export/ExportDocument.h"

#include <QColor>
#include <QTextCursor>

class QTextDocument;
class QTextList;

namespace reflekt {

// Lays an ExportDocument out as a rich QTextDocument: title page, then a section per package and
// module, each question with its answer. The PDF and ODT writers both print this document.
class ExportTextLayout {
public:
    /**
     * Fills `out` (which should be empty). `indentPerPoint` converts points to the units of the
     * device the document is laid out on (dpi / 72 for a PDF, 1 for ODT); vertical spacing does not
     * need it, since QTextDocumentLayout itself scales top and bottom margins from 96 dpi.
     */
    static void build(QTextDocument& out, const ExportDocument& doc, double indentPerPoint);

private:
    ExportTextLayout(QTextDocument& out, const ExportDocument& doc, double indentPerPoint);

    void titlePage();
    void package(const ExportPackage& package);
    void module(const ExportModule& module);
    void steps(const std::vector<ExportStep>& steps);
    void question(const ExportQuestion& question);
    void earlierNotes(const ExportPackage& package);
    void session(const ExportSession& session);
    void covered(const std::vector<ExportCoveredStep>& covered);
    /** A paragraph in `list` (created at `level` on the first item). */
    void listItem(QTextList*& list, const QString& text, int level);
    void detail(const QString& label, const QString& value, double topMargin = 0);

    enum class Style { Body, Label, Title, Subtitle, Heading1, Heading2, Heading3, Question, Answer, Muted, Small };
    void block(Style style, const QString& text, double indentPt = 0, bool pageBreak = false);
    QTextBlockFormat blockFormat(Style style, double indentPt) const;
    QTextCharFormat charFormat(Style style) const;
    /** Vertical spacing: the layout treats it as 96 dpi pixels and scales it to the device. */
    static double px(double points) { return points * 96.0 / 72.0; }
    /** Horizontal indents are used as device units. */
    double indent(double points) const { return points * m_indentScale; }

    QTextDocument& m_out;
    const ExportDocument& m_doc;
    double m_indentScale;
    QTextCursor m_cursor;
    bool m_firstBlock = true;
    QString m_family;
};

} // namespace reflekt
