#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace reflekt::test {

// Reading back an exported ODT's parts as a reader of the XML would: blocks in order, styles.

/** A paragraph or heading of content.xml. */
struct OdtBlock {
    QString element; ///< "text:h" or "text:p"
    QString style;
    int level = 0;     ///< outline level of a heading
    QString text;      ///< with text:s as spaces
    QStringList spans; ///< the text styles of its spans
    QString list;      ///< the style of the outermost text:list around it; empty outside lists
    int listDepth = 0;
};

std::vector<OdtBlock> odtBlocks(const QString& contentXml);
/** The first block whose text contains `text`, or nullptr. */
const OdtBlock* findBlock(const std::vector<OdtBlock>& blocks, const QString& text);
/** An attribute of the style `name` (on style:style or one of its properties elements), or empty. */
QString styleAttribute(const QString& xml, const QString& name, const QString& attribute);
/** Why `xml` is not well-formed, or empty when it is. */
QString xmlError(const QString& xml);
/** A part of the package, by unzip -p. */
QString odtPart(const QString& odt, const QString& name);

} // namespace reflekt::test
