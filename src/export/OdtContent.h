#pragma once

#include "export/ExportDocument.h"
#include "export/OdtXml.h"

#include <QByteArray>

namespace reflekt {

// content.xml of the ODT export: the ExportDocument walked in the PDF's and Markdown's order.
// Outline (as the PDF): the title page's title is a level-1 heading in the "Title" style; a package
// is a level-1 heading ("Heading 1", only when the document has several), a module, the earlier
// notes and the sections of minutes level 2, a step (when a module has several), attendees and
// meetings level 3. Questions are "Question" paragraphs that start with their number ("1.2"),
// answers "Answer" paragraphs; sub-questions are a list (style "Sub-questions") under their
// question, each item holding the question and its answer. Passages in the package's language,
// when it is not the document's, are spans marked with that language.
class OdtContent {
public:
    static QByteArray write(const ExportDocument& doc);

private:
    explicit OdtContent(const ExportDocument& doc) : m_doc(doc) {}

    void automaticStyles();
    void titlePage();
    void package(const ExportPackage& package);
    void steps(const std::vector<ExportStep>& steps, const QString& language);
    void question(const ExportQuestion& q, const QString& language);
    void earlierNotes(const ExportPackage& package);
    void session(const ExportSession& s);
    void covered(const std::vector<ExportCoveredStep>& covered, const QString& language);
    void bulletList(const QStringList& items);

    /** `text` as a heading; `pageBreak`: it starts a page (the first one after the title page always does).
     */
    void heading(int level, const QString& text, const QString& language, bool pageBreak = false);
    /** One paragraph per line of `text`, in `style`; `language` marks it when foreign. */
    void paragraphs(const QString& style, const QString& text, const QString& language = {});
    void paragraph(const QString& style, const QString& text, const QString& language = {});
    void detail(const QString& label, const QString& value, const QString& language = {});
    /** The style for a block that may start a page, "Start_…" or "Break_…" when it does. */
    QString pageStyle(const QString& base, bool pageBreak);
    QString lang(const QString& language) const { return OdtXml::languageStyle(m_doc, language); }

    const ExportDocument& m_doc;
    OdtXml m_xml;
    bool m_bodyStarted = false;
    bool m_firstDetail = true;
};

} // namespace reflekt
