#pragma once

#include <QString>
#include <QStringList>

namespace reflekt {

// Every QStandardPaths lookup of Reflekt lives here, so --data-dir / REFLEKT_DATA_DIR can redirect
// the database, library, settings and backups in one go (tests rely on that).
class AppPaths {
public:
    /** Call once at start: an explicit data folder (--data-dir) wins over REFLEKT_DATA_DIR. */
    static void configure(const QString& dataDirOverride, const QString& modulesDirOverride);

    static QString dataDir();
    static QString libraryDir();
    static QString settingsFile();
    static QString logFile();
    /** Folders holding the sample/installed bundles, most specific first. */
    static QStringList installedModulesDirs();
    /** Where exports and rescue copies go by default: an existing folder (documents, else home). */
    static QString documentsDir();
    /** The folder of the running binary, also before a QCoreApplication exists. */
    static QString executableDir();

private:
    static QString s_dataDir;
    static QString s_modulesDir;
};

} // namespace reflekt
