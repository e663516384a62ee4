#pragma once

#include "export/ExportDocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QXmlStreamWriter>

namespace reflekt {

// One XML part of an OpenDocument package (content.xml, styles.xml, meta.xml) being written: the ODF
// namespaces on the root, element text that is always well-formed XML (characters XML 1.0 forbids,
// such as control characters pasted into a note, are dropped) with ODF's whitespace elements, and
// the language attributes shared by the parts.
class OdtXml {
public:
    OdtXml();

    /** Starts the document and its root element (e.g. "office:document-content"), ODF 1.3. */
    void startRoot(const QString& root);
    void start(const QString& element) { m_xml.writeStartElement(element); }
    void end() { m_xml.writeEndElement(); }
    void attr(const QString& name, const QString& value) { m_xml.writeAttribute(name, value); }
    void empty(const QString& element) { m_xml.writeEmptyElement(element); }
    /** Inline text: runs of spaces as text:s, tabs as text:tab, line separators as text:line-break. */
    void text(const QString& text);
    /** An element holding plain character data (no ODF whitespace elements), e.g. dc:title. */
    void element(const QString& element, const QString& text);
    /** `text` in a span of the text style `style`; plain text when `style` is empty. */
    void span(const QString& style, const QString& text);
    /** fo:language, fo:script and fo:country for a BCP 47 tag ("sv-SE", "nb"). */
    void languageAttributes(const QString& bcp47);
    /** Automatic text styles ("L_nb") that mark a passage's language, one per tag. */
    void languageStyles(const QStringList& tags);
    /** Ends the document; the bytes of the part (UTF-8). */
    QByteArray finish();

    /** `text` without the characters XML 1.0 cannot hold (C0 controls but tab and line feed, lone surrogates,
     * U+FFFE/F). */
    static QString clean(const QString& text);
    /** The paragraphs of a note: lines (any line break, form feed, paragraph separator), blank ones left out.
     */
    static QStringList paragraphs(const QString& text);
    /** The document's language as BCP 47 ("sv-SE"), from its locale. */
    static QString documentLanguage(const ExportDocument& doc);
    /**
     * The text style that marks a passage in `bcp47`, or empty when that is the document's language
     * (same language subtag) or unknown.
     */
    static QString languageStyle(const ExportDocument& doc, const QString& bcp47);
    /** The languages of the document's package texts that differ from the document's. */
    static QStringList foreignLanguages(const ExportDocument& doc);
    /** The language of the title page's title and the running header (package texts or the UI's). */
    static QString titleLanguage(const ExportDocument& doc);

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
};

} // namespace reflekt
