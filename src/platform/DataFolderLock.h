#pragma once

#include "core/FileLock.h"

#include <QString>

namespace reflekt {

// One process at a time writes to a data folder. The player holds this lock while it runs, and the
// commands that write (import, export, xapi export) while they run, so two processes on the same
// data, by whatever path it was named, never write beside each other: last writer would win.
// The lock file is <data folder>/reflekt.lock (flock; released by the system if a process dies).
class DataFolderLock {
public:
    /** How long a command or a starting player waits for another holder (a player restarting in a
        new language lets go a moment after the new one starts). */
    static constexpr int kWaitMs = 10000;

    /** Takes the lock, waiting up to `waitMs` for another holder to finish. "" when held, else a
        message for the user that names the folder. */
    QString acquire(const QString& dataDir, int waitMs);
    bool isHeld() const { return m_lock.isLocked(); }

private:
    FileLock m_lock;
};

} // namespace reflekt
