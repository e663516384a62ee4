#pragma once

#include <QString>
#include <QStringList>

namespace reflekt {

// The language the program speaks, for the player and for the commands that write documents
// (`reflekt export`): its translations installed, and dates and numbers to match.
class AppLanguage {
public:
    /** Reflekt's .qm folders: beside the binary (<prefix>/share/reflekt/translations), then the build tree.
     */
    static QStringList translationDirs();
    /**
     * `setting` is a language ("sv", "nb", "en") or "" for the system's. Installs its translations
     * and, when it is not the system's language, makes QLocale's default speak it (with the
     * system's territory). Returns the language used. Needs a QCoreApplication.
     */
    static QString apply(const QString& setting);
};

} // namespace reflekt
