#include "export/OdtXml.h"

#include <QLocale>

namespace reflekt {

namespace {

// Every namespace the parts use; declaring them all on each root keeps the writers simple.
const std::pair<const char*, const char*> kNamespaces[] = {
    {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
    {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
    {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
    {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
    {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
    {"xlink", "http://www.w3.org/1999/xlink"},
    {"dc", "http://purl.org/dc/elements/1.1/"},
    {"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
};

bool allowedInXml(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

// A style name (an XML NCName) for a language tag: "L_nb", "L_sv-SE".
QString languageStyleName(const QString& bcp47)
{
    QString name = QStringLiteral("L_");
    for (const QChar c : bcp47)
        name += (c.isLetterOrNumber() && c.unicode() < 0x80) || c == u'-' ? c : u'_';
    return name;
}

QString primaryLanguage(const QString& bcp47)
{
    return bcp47.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

} // namespace

OdtXml::OdtXml() : m_xml(&m_bytes) {}

void OdtXml::startRoot(const QString& root)
{
    m_xml.writeStartDocument();
    m_xml.writeStartElement(root);
    for (const auto& [prefix, uri] : kNamespaces)
        m_xml.writeNamespace(QString::fromLatin1(uri), QString::fromLatin1(prefix));
    m_xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
}

void OdtXml::text(const QString& text)
{
    const QString t = clean(text);
    QString run;
    const auto flush = [&] {
        if (!run.isEmpty())
            m_xml.writeCharacters(run);
        run.clear();
    };
    qsizetype i = 0;
    while (i < t.size()) {
        const QChar c = t.at(i);
        if (c == u' ') {
            qsizetype n = 0;
            while (i + n < t.size() && t.at(i + n) == u' ')
                ++n;
            // ODF collapses white space: one space stays a space, the rest (and a leading one) is text:s.
            const bool leading = i == 0;
            if (!leading)
                run += u' ';
            const qsizetype extra = leading ? n : n - 1;
            if (extra > 0) {
                flush();
                m_xml.writeEmptyElement(QStringLiteral("text:s"));
                if (extra > 1)
                    m_xml.writeAttribute(QStringLiteral("text:c"), QString::number(extra));
            }
            i += n;
            continue;
        }
        if (c == u'\t' || c == u'\n' || c == u'\r' || c == QChar(0x2028)) {
            flush();
            m_xml.writeEmptyElement(c == u'\t' ? QStringLiteral("text:tab")
                                               : QStringLiteral("text:line-break"));
        } else {
            run += c;
        }
        ++i;
    }
    flush();
}

void OdtXml::element(const QString& element, const QString& text)
{
    m_xml.writeTextElement(element, clean(text));
}

void OdtXml::span(const QString& style, const QString& text)
{
    if (style.isEmpty()) {
        this->text(text);
        return;
    }
    start(QStringLiteral("text:span"));
    attr(QStringLiteral("text:style-name"), style);
    this->text(text);
    end();
}

void OdtXml::languageAttributes(const QString& bcp47)
{
    const QStringList parts = bcp47.split(u'-', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return;
    attr(QStringLiteral("fo:language"), parts[0].toLower());
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString& p = parts[i];
        if (p.size() == 4)
            attr(QStringLiteral("fo:script"), p);
        else if (p.size() == 2 || p.size() == 3)
            attr(QStringLiteral("fo:country"), p.toUpper());
    }
}

void OdtXml::languageStyles(const QStringList& tags)
{
    for (const QString& tag : tags) {
        start(QStringLiteral("style:style"));
        attr(QStringLiteral("style:name"), languageStyleName(tag));
        attr(QStringLiteral("style:family"), QStringLiteral("text"));
        start(QStringLiteral("style:text-properties"));
        languageAttributes(tag);
        end();
        end();
    }
}

QByteArray OdtXml::finish()
{
    m_xml.writeEndDocument();
    return m_bytes;
}

QString OdtXml::clean(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (!c.isSurrogate() && allowedInXml(c.unicode())) {
            out += c;
        }
    }
    return out;
}

QStringList OdtXml::paragraphs(const QString& text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const char16_t breakChar : {u'\r', u'\f', u'\v', u'\x2029', u'\x2028', u'\x85'})
        t.replace(QChar(breakChar), u'\n');
    QStringList out;
    for (const QString& line : t.split(u'\n'))
        if (!clean(line).trimmed().isEmpty())
            out << line;
    return out;
}

QString OdtXml::documentLanguage(const ExportDocument& doc)
{
    const QLocale& l = doc.locale;
    if (l.language() == QLocale::C || l.language() == QLocale::AnyLanguage)
        return QStringLiteral("en"); // the labels' source language
    QString tag = QLocale::languageToCode(l.language());
    if (l.territory() != QLocale::AnyTerritory)
        tag += u'-' + QLocale::territoryToCode(l.territory());
    return tag;
}

QString OdtXml::languageStyle(const ExportDocument& doc, const QString& bcp47)
{
    const QString language = primaryLanguage(bcp47);
    if (language.isEmpty() || language == primaryLanguage(documentLanguage(doc)))
        return {};
    return languageStyleName(bcp47);
}

QStringList OdtXml::foreignLanguages(const ExportDocument& doc)
{
    QStringList tags;
    const auto add = [&](const QString& tag) {
        if (!languageStyle(doc, tag).isEmpty() && !tags.contains(tag))
            tags << tag;
    };
    for (const ExportPackage& p : doc.packages)
        add(p.language);
    if (doc.session)
        add(doc.session->language);
    return tags;
}

QString OdtXml::titleLanguage(const ExportDocument& doc)
{
    if (doc.session)
        return doc.session->language;
    if (doc.packages.size() == 1)
        return doc.packages[0].language;
    return documentLanguage(doc);
}

} // namespace reflekt
