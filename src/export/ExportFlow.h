#pragma once

#include "export/ExportDocument.h"

#include <QString>

#include <vector>

namespace reflekt {

// An ExportDocument as a flow of semantic blocks in reading order, for the tagged PDF: the same
// content in the same order as the ODT and Markdown writers, as headings, paragraphs and list items that
// the PDF writer can paginate itself and tag. Begin/End items open and close structure elements
// that hold several blocks (the document, a list, a list item, its body).

enum class FlowStyle { Label, Title, Subtitle, Detail, Heading1, Heading2, Heading3, Question, Answer, Body,
                       Muted, Unanswered, Small, ListItem };

struct FlowItem {
    enum class Kind { Begin, End, Block };
    Kind kind = Kind::Block;
    /** Begin: the element opened ("Document", "L", "LI"). Block: the element of its text ("H1", "P"). */
    QString tag;
    /** BCP 47 tag when this element's text is not in the document's language; else empty. */
    QString language;
    FlowStyle style = FlowStyle::Body;
    QString text;
    /** Drawn before the text: a list label ("1.2", a bullet) or a detail's "Module: ". */
    QString label;
    /** "Lbl": the label is its own element, followed by an "LBody" that a later End closes. */
    QString labelTag;
    double indentPt = 0;
    bool pageBreakBefore = false;
    /** Space above in points instead of the style's; negative: the style's. */
    double spaceBeforePt = -1;
    /** 1 to 3 for headings, 4 + depth for questions: a bookmark at that level; 0 none. */
    int outlineLevel = 0;
};

class ExportFlow {
public:
    static std::vector<FlowItem> build(const ExportDocument& doc);
    /** The document's language as a BCP 47 tag ("sv-SE"), for the PDF's /Lang. */
    static QString documentLanguage(const ExportDocument& doc);

private:
    explicit ExportFlow(const ExportDocument& doc);

    void titlePage();
    void package(const ExportPackage& package);
    void steps(const std::vector<ExportStep>& steps, const QString& language);
    void question(const ExportQuestion& q, const QString& language);
    void earlierNotes(const ExportPackage& package);
    void session(const ExportSession& session);
    void covered(const std::vector<ExportCoveredStep>& covered);
    void bulletList(const QStringList& items, int level);

    void begin(const QString& tag, const QString& language = {});
    void end(int count = 1);
    FlowItem& block(FlowStyle style, const QString& text, const QString& language = {}, double indentPt = 0);
    /** One block per paragraph of a text typed with line feeds. */
    void paragraphs(FlowStyle style, const QString& text, double indentPt);
    void detail(const QString& label, const QString& value, double spaceBeforePt = -1);
    /** `language` when it is not the document's, else empty. */
    QString foreign(const QString& language) const;

    const ExportDocument& m_doc;
    QString m_language;
    std::vector<FlowItem> m_items;
    int m_open = 0;
    bool m_breakNext = false;
};

} // namespace reflekt
