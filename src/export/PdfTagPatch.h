#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace reflekt {

// What cairo 1.16 cannot write into a tagged PDF, added as a standard PDF incremental update (new
// versions of the changed objects, an xref section and a trailer with /Prev), leaving every byte
// cairo wrote untouched: the catalog's /Lang and /ViewerPreferences << /DisplayDocTitle true >>,
// /Lang on the structure elements whose text is in another language, and a document information
// dictionary with a well-formed CreationDate (cairo 1.16 leaves out the "D:").
class PdfTagPatch {
public:
    QString language;                      ///< the document's, BCP 47 ("sv-SE")
    std::vector<QString> elementLanguages; ///< per structure element, depth first; empty: inherited
    QString title;
    QString author;
    QString creator;
    QString producer;
    QDateTime created;

    /** Appends the update to `pdf`; false (and `pdf` as it was) when it is not cairo's layout. */
    bool applyTo(QByteArray& pdf) const;

    /** A text as a PDF string: UTF-16BE with a byte order mark, in hex. */
    static QByteArray pdfString(const QString& text);
};

} // namespace reflekt
