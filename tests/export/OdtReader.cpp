#include "OdtReader.h"

#include "ExportFixture.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace reflekt::test {

std::vector<OdtBlock> odtBlocks(const QString& contentXml)
{
    std::vector<OdtBlock> out;
    QXmlStreamReader r(contentXml);
    bool inBlock = false;
    QStringList lists; // styles of the open text:list elements
    while (!r.atEnd()) {
        r.readNext();
        const QString name = r.qualifiedName().toString();
        const auto attribute = [&](const char* a) { return r.attributes().value(QString::fromLatin1(a)); };
        if (r.isStartElement() && name == u"text:list") {
            lists << attribute("text:style-name").toString();
        } else if (r.isEndElement() && name == u"text:list") {
            lists.removeLast();
        } else if (r.isStartElement() && (name == u"text:h" || name == u"text:p")) {
            OdtBlock b;
            b.element = name;
            b.style = attribute("text:style-name").toString();
            b.level = attribute("text:outline-level").toInt();
            b.list = lists.value(0);
            b.listDepth = static_cast<int>(lists.size());
            out.push_back(b);
            inBlock = true;
        } else if (r.isEndElement() && (name == u"text:h" || name == u"text:p")) {
            inBlock = false;
        } else if (inBlock && r.isStartElement() && name == u"text:span") {
            out.back().spans << attribute("text:style-name").toString();
        } else if (inBlock && r.isStartElement() && name == u"text:s") {
            out.back().text += QString(std::max(1, attribute("text:c").toInt()), u' ');
        } else if (inBlock && r.isCharacters()) {
            out.back().text += r.text();
        }
    }
    return out;
}

const OdtBlock* findBlock(const std::vector<OdtBlock>& blocks, const QString& text)
{
    for (const OdtBlock& b : blocks)
        if (b.text.contains(text))
            return &b;
    return nullptr;
}

QString styleAttribute(const QString& xml, const QString& name, const QString& attribute)
{
    QXmlStreamReader r(xml);
    int depth = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && depth == 0 && r.qualifiedName() == u"style:style" &&
            r.attributes().value(QStringLiteral("style:name")) == name)
            depth = 1;
        else if (r.isStartElement() && depth > 0)
            ++depth;
        else if (r.isEndElement() && depth > 0 && --depth == 0)
            return {};
        if (depth > 0 && r.isStartElement() && r.attributes().hasAttribute(attribute))
            return r.attributes().value(attribute).toString();
    }
    return {};
}

QString xmlError(const QString& xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        r.readNext();
    return r.hasError() ? QStringLiteral("line %1: %2").arg(r.lineNumber()).arg(r.errorString()) : QString();
}

QString odtPart(const QString& odt, const QString& name)
{
    return run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, name});
}

} // namespace reflekt::test
