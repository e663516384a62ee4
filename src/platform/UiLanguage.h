#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace reflekt {

// Which language the user interface speaks, and loading its translations: Reflekt's own
// (reflekt_<lang>.qm) and Qt's (standard buttons, text-editing menus). English is the source
// language and needs no files.
class UiLanguage {
public:
    /** The languages Reflekt is translated into, English (the source) first. */
    static QStringList available();
    /** The language's own name ("Svenska", "Norsk bokmål", "English"). */
    static QString nativeName(const QString& language);
    /** "sv", "nb" or "en" for a setting ("" = follow the system) and the system's locale. */
    static QString resolve(const QString& setting, const QLocale& system = QLocale::system());

    /** Installs the translators for `language` on the application, from the first of `dirs` that
        has Reflekt's file, plus Qt's own from Qt's translations folder. Removes any installed
        earlier. Returns the files loaded (empty for English). */
    static QStringList install(const QString& language, const QStringList& dirs);

private:
    static void removeInstalled();
    static QList<QTranslator*> s_installed;
};

} // namespace reflekt
