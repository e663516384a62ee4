#pragma once

#include "store/StoreResult.h"

#include <filesystem>
#include <vector>

namespace reflekt {

class Database;

/** One daily backup file, "reflekt-2024-05-03.db", and its UTC day number. */
struct BackupFile {
    std::filesystem::path path;
    std::int64_t day = 0; ///< days since 1970-01-01
};

/**
 * Backups in dataDir/backups: at most one a day (VACUUM INTO), keeping the 7 newest daily ones
 * and the newest of each of the 4 weeks before those. A backup is written to a ".partial" name,
 * synced and then renamed, so a crash never leaves a half backup under a real name.
 * Backups taken before a migration ("reflekt-before-v2-<stamp>.db") are never rotated away.
 */
class BackupManager {
public:
    static constexpr int kKeepDaily = 7;
    static constexpr int kKeepWeekly = 4;

    BackupManager(std::filesystem::path folder, Clock clock);

    const std::filesystem::path& folder() const { return m_folder; }

    /** Daily backups, newest first. */
    std::vector<BackupFile> dailyBackups() const;
    /** Backups taken before migrations, newest first. */
    std::vector<std::filesystem::path> migrationBackups() const;

    /** True if today's (UTC, by the injected clock) backup exists. */
    bool hasBackupToday() const;

    /** Takes today's backup of `db` unless there is one, then rotates. Returns the new file if any. */
    StoreResult<std::optional<std::filesystem::path>> takeDailyBackup(Database& db);

    /** Takes a backup before migrating from `fromVersion` to `toVersion`. */
    StoreResult<std::filesystem::path> takeMigrationBackup(Database& db, int fromVersion, int toVersion);

    /** Deletes daily backups the rule does not keep and stale ".partial" files; returns what went. */
    std::vector<std::filesystem::path> rotate();

    /**
     * The rotation rule on day numbers: the `keepDaily` newest days, plus the newest day of each of
     * the `keepWeekly` most recent Monday-to-Sunday weeks older than those. Returns days to keep.
     */
    static std::vector<std::int64_t> selectDaysToKeep(std::vector<std::int64_t> days, int keepDaily,
                                                      int keepWeekly);

    /** Copies `backup` over `target` durably (temp file, fsync, rename, fsync folder). */
    static bool restoreCopy(const std::filesystem::path& backup, const std::filesystem::path& target,
                            std::string& error);

private:
    StoreStatus vacuumInto(Database& db, const std::filesystem::path& target);

    std::filesystem::path m_folder;
    Clock m_clock;
};

} // namespace reflekt
