#include "platform/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace reflekt {

QString AppPaths::s_dataDir;
QString AppPaths::s_modulesDir;

void AppPaths::configure(const QString& dataDirOverride, const QString& modulesDirOverride)
{
    QString dir = dataDirOverride;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("REFLEKT_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    s_dataDir = QDir(dir).absolutePath();
    s_modulesDir = modulesDirOverride.isEmpty() ? QString() : QDir(modulesDirOverride).absolutePath();
    QDir().mkpath(s_dataDir);
}

QString AppPaths::dataDir()
{
    if (s_dataDir.isEmpty())
        configure({}, {});
    return s_dataDir;
}

QString AppPaths::libraryDir()
{
    const QString dir = dataDir() + QStringLiteral("/library");
    QDir().mkpath(dir);
    return dir;
}

QString AppPaths::settingsFile()
{
    return dataDir() + QStringLiteral("/reflekt.ini");
}

QString AppPaths::logFile()
{
    return dataDir() + QStringLiteral("/reflekt.log");
}

QStringList AppPaths::installedModulesDirs()
{
    QStringList dirs;
    if (!s_modulesDir.isEmpty())
        return {s_modulesDir};
    // Installed layout: <prefix>/bin/reflekt and <prefix>/share/reflekt/modules. The headless
    // commands run without a QCoreApplication, so the binary's folder then comes from /proc.
    const QString binaryDir = executableDir();
    const QString besideBinary = QDir(binaryDir + QStringLiteral("/../share/reflekt/modules")).absolutePath();
    for (const QString& d : {besideBinary, QStringLiteral(REFLEKT_INSTALLED_MODULES_DIR),
                             QStringLiteral(REFLEKT_SOURCE_MODULES_DIR)}) {
        if (QFileInfo(d).isDir() && !dirs.contains(d)) {
            dirs << d;
            break; // one copy of the samples is enough; the first found is the most specific
        }
    }
    return dirs;
}

QString AppPaths::executableDir()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    // Linux's /proc/self/exe; a Windows build would use GetModuleFileNameW(nullptr, ...).
    return QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(QLatin1Char('/'), 0, -2);
}

QString AppPaths::documentsDir()
{
    // The desktop's documents folder (XDG_DOCUMENTS_DIR) when it exists; a fresh account may not
    // have one yet, and a default that does not exist makes every export fail. Then it is made,
    // and where that is not possible the home folder is used.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && (QFileInfo(documents).isDir() || QDir().mkpath(documents)))
        return documents;
    return QDir::homePath();
}

} // namespace reflekt
