#include "platform/DataFolderLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

namespace reflekt {

QString DataFolderLock::acquire(const QString& dataDir, int waitMs)
{
    QDir().mkpath(dataDir);
    QElapsedTimer waited;
    waited.start();
    const std::string why =
        m_lock.lock((QDir(dataDir).filePath(QStringLiteral("reflekt.lock"))).toStdString(),
                    [&] { return waited.elapsed() < waitMs; });
    if (m_lock.isLocked())
        return {};
    if (!why.empty() && waited.elapsed() < waitMs)
        return QCoreApplication::translate("DataFolderLock", "The data folder %1 cannot be locked: %2")
            .arg(QDir::toNativeSeparators(dataDir), QString::fromStdString(why));
    return QCoreApplication::translate("DataFolderLock",
                                       "The data folder %1 is in use by another Reflekt (the player, or a "
                                       "command such as reflekt import). Close it, or wait until it has "
                                       "finished, and try again.")
        .arg(QDir::toNativeSeparators(dataDir));
}

} // namespace reflekt
