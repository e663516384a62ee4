#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace reflekt {

// Qt 6.4's QPdfWriter sets a title and creator but has no author. This appends a standard PDF
// incremental update with a complete document information dictionary (title, author, creator),
// leaving every byte Qt wrote untouched.
class PdfInfoPatch {
public:
    QString title;
    QString author;
    QString creator;
    QDateTime created;

    /** Appends the update to `pdf`; returns false (and leaves `pdf` as it was) if it is not Qt's layout. */
    bool applyTo(QByteArray& pdf) const;

private:
    static QByteArray pdfString(const QString& text);
};

} // namespace reflekt
