#include "export/PdfTagPatch.h"

#include <QHash>
#include <QRegularExpression>

#include <map>

namespace reflekt {

namespace {

// Object number -> its text from "N 0 obj" to "endobj"; cairo writes every object once, uncompressed
// apart from streams, which are never looked into here.
QHash<int, QByteArray> objects(const QByteArray& pdf)
{
    QHash<int, QByteArray> found;
    static const QRegularExpression header(QStringLiteral("(?:^|\\n)(\\d+) 0 obj\\n"));
    const QString latin = QString::fromLatin1(pdf);
    auto it = header.globalMatch(latin);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype start = m.capturedStart(1);
        const qsizetype stop = pdf.indexOf("endobj", start);
        if (stop < 0)
            break;
        found.insert(m.captured(1).toInt(), pdf.mid(start, stop - start));
    }
    return found;
}

QByteArray valueOf(const QByteArray& dict, const char* key)
{
    const auto m = QRegularExpression(QStringLiteral("/%1\\s+(\\d+)\\s+0\\s+R").arg(QLatin1String(key)))
                       .match(QString::fromLatin1(dict));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

/** The structure elements below `id`, depth first, as cairo wrote them (children in /K, leaves with MCIDs). */
void walk(const QHash<int, QByteArray>& objs, int id, std::vector<int>& order, int depth = 0)
{
    const QByteArray obj = objs.value(id);
    const qsizetype k = obj.indexOf("/K");
    if (k < 0 || depth > 64)
        return;
    const QByteArray kids = obj.mid(k, obj.lastIndexOf(">>") - k);
    if (kids.contains("/MCR") || !kids.contains(" 0 R"))
        return; // marked content only: a leaf
    static const QRegularExpression ref(QStringLiteral("(\\d+) 0 R"));
    auto it = ref.globalMatch(QString::fromLatin1(kids));
    while (it.hasNext()) {
        const int child = it.next().captured(1).toInt();
        if (!objs.value(child).contains("/StructElem"))
            continue;
        order.push_back(child);
        walk(objs, child, order, depth + 1);
    }
}

QByteArray langString(const QString& tag)
{
    QString clean = tag;
    clean.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")));
    return '(' + clean.toLatin1() + ')';
}

/** `dict` (an object's text from "N 0 obj") with `entries` added before its final ">>". */
QByteArray withEntries(const QByteArray& obj, const QByteArray& entries)
{
    QByteArray out = obj;
    out.insert(out.lastIndexOf(">>"), entries);
    return out;
}

} // namespace

QByteArray PdfTagPatch::pdfString(const QString& text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16.append(static_cast<char>(c.unicode() >> 8));
        utf16.append(static_cast<char>(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

bool PdfTagPatch::applyTo(QByteArray& pdf) const
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startxref < trailerAt)
        return false;
    const QByteArray trailer = pdf.mid(trailerAt);
    const auto size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(QString::fromLatin1(trailer));
    const auto prev = QRegularExpression(QStringLiteral("startxref\\s+(\\d+)")).match(QString::fromLatin1(trailer));
    const QByteArray root = valueOf(trailer, "Root");
    QByteArray info = valueOf(trailer, "Info");
    if (!size.hasMatch() || !prev.hasMatch() || root.isEmpty())
        return false;
    const QHash<int, QByteArray> objs = objects(pdf.left(trailerAt));
    const QByteArray catalog = objs.value(root.toInt());
    if (!catalog.contains("/Catalog"))
        return false;
    int nextNumber = size.captured(1).toInt();
    if (info.isEmpty())
        info = QByteArray::number(nextNumber++);

    std::map<int, QByteArray> changed; // object number -> new text, from "N 0 obj" to before "endobj"
    changed[root.toInt()] = withEntries(catalog, "   /Lang " + langString(language) +
                                                     "\n   /ViewerPreferences << /DisplayDocTitle true >>\n");
    const QByteArray treeRoot = valueOf(catalog, "StructTreeRoot");
    if (!treeRoot.isEmpty()) {
        std::vector<int> order;
        walk(objs, treeRoot.toInt(), order);
        if (order.size() == elementLanguages.size()) // else the tree is not the one we drew: leave it
            for (std::size_t i = 0; i < order.size(); ++i)
                if (!elementLanguages[i].isEmpty())
                    changed[order[i]] = withEntries(objs.value(order[i]), "   /Lang " + langString(elementLanguages[i]) + '\n');
    }
    const QDateTime when = created.isValid() ? created.toUTC() : QDateTime::currentDateTimeUtc();
    changed[info.toInt()] = info + " 0 obj\n<< /Title " + pdfString(title) + "\n   /Author " + pdfString(author) +
                            "\n   /Creator " + pdfString(creator) + "\n   /Producer " + pdfString(producer) +
                            "\n   /CreationDate (D:" +
                            when.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)\n>>\n";

    QByteArray update;
    if (!pdf.endsWith('\n'))
        update += '\n';
    std::map<int, qsizetype> offsets;
    for (const auto& [number, text] : changed) {
        offsets[number] = pdf.size() + update.size();
        update += text + "endobj\n";
    }
    const qsizetype xrefOffset = pdf.size() + update.size();
    update += "xref\n";
    for (const auto& [number, offset] : offsets)
        update += QByteArray::number(number) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<< /Size " + QByteArray::number(std::max(nextNumber, size.captured(1).toInt())) +
              "\n   /Root " + root + " 0 R\n   /Info " + info + " 0 R\n   /Prev " + prev.captured(1).toLatin1() +
              "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    pdf += update;
    return true;
}

} // namespace reflekt
