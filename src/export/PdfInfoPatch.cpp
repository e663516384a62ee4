#include "export/PdfInfoPatch.h"

#include <QRegularExpression>

namespace reflekt {

QByteArray PdfInfoPatch::pdfString(const QString& text)
{
    // UTF-16BE with a byte order mark, as a hex string: safe for any character and any byte.
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16.append(static_cast<char>(c.unicode() >> 8));
        utf16.append(static_cast<char>(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

bool PdfInfoPatch::applyTo(QByteArray& pdf) const
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (startxref < 0 || trailerAt < 0 || trailerAt > startxref)
        return false;
    const QString tail = QString::fromLatin1(pdf.mid(trailerAt));
    const auto size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(tail);
    const auto root = QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)")).match(tail);
    const auto prev = QRegularExpression(QStringLiteral("startxref\\s+(\\d+)")).match(tail);
    if (!size.hasMatch() || !root.hasMatch() || !prev.hasMatch())
        return false;
    const QByteArray objectNumber = size.captured(1).toLatin1();
    const qint64 nextSize = size.captured(1).toLongLong() + 1;

    QByteArray update;
    if (!pdf.endsWith('\n'))
        update += '\n';
    const qsizetype objectOffset = pdf.size() + update.size();
    const QDateTime when = created.isValid() ? created.toUTC() : QDateTime::currentDateTimeUtc();
    update += objectNumber + " 0 obj\n<<\n/Title " + pdfString(title) + "\n/Author " + pdfString(author) +
              "\n/Creator " + pdfString(creator) + "\n/Producer " + pdfString(QStringLiteral("Qt " QT_VERSION_STR)) +
              "\n/CreationDate (D:" + when.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)\n>>\nendobj\n";
    const qsizetype xrefOffset = pdf.size() + update.size();
    update += "xref\n" + objectNumber + " 1\n" +
              QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<<\n/Size " + QByteArray::number(nextSize) + "\n/Root " + root.captured(1).toLatin1() +
              "\n/Info " + objectNumber + " 0 R\n/Prev " + prev.captured(1).toLatin1() + "\n>>\nstartxref\n" +
              QByteArray::number(xrefOffset) + "\n%%EOF\n";
    pdf += update;
    return true;
}

} // namespace reflekt
