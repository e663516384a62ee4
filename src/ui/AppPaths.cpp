#include "ui/AppPaths.h"

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
    const QString binaryDir = QCoreApplication::instance()
                                  ? QCoreApplication::applicationDirPath()
                                  : QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(
                                        QLatin1Char('/'), 0, -2);
    const QString besideBinary =
        QDir(binaryDir + QStringLiteral("/../share/reflekt/modules")).absolutePath();
    for (const QString& d : {besideBinary, QStringLiteral(REFLEKT_INSTALLED_MODULES_DIR),
                             QStringLiteral(REFLEKT_SOURCE_MODULES_DIR)}) {
        if (QFileInfo(d).isDir() && !dirs.contains(d)) {
            dirs << d;
            break; // one copy of the samples is enough; the first found is the most specific
        }
    }
    return dirs;
}

QString AppPaths::documentsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace reflekt
