#pragma once

#include "store/BackupManager.h"
#include "store/Store.h"

#include <filesystem>
#include <memory>
#include <string>

namespace reflekt {

class Database;

/**
 * The steps of Store::open, in order: probe the file read-only (refuse a newer schema without
 * touching it, not even with a -wal or -shm beside it; take an emptied file for damage, not for a new
 * install), open and configure the connection, quick_check, recover from a backup if damaged,
 * migrate, take the day's backup. A file or folder that cannot be written is opened read-only
 * and said so at once (OpenResult::readOnly).
 */
class StoreOpener {
public:
    StoreOpener(std::filesystem::path dataDir, StoreOptions options);

    OpenResult run();

private:
    enum class FileState { Missing, Readable, Damaged, Failed };
    struct Probe {
        FileState state = FileState::Missing;
        int version = 0;
        std::string error;
        bool empty = false; ///< Damaged because the file holds nothing (0 bytes, or no tables)
    };

    Probe probe(const std::filesystem::path& file) const;
    /** Why the database cannot be written ("the disk holding ... is read-only"), or "". */
    std::string readOnlyReason() const;
    std::unique_ptr<Database> openReadOnly(const std::filesystem::path& file, std::string& error) const;
    OpenResult openReadOnlyStore(const Probe& first);
    /** Removes a reflekt.db this start created but could not write to (still 0 bytes). */
    void removeUnwrittenFile() const;
    std::unique_ptr<Database> openConfigured(std::string& error);
    /** Runs quick_check: "" if fine, else what is wrong. Sets `damaged` only for real damage. */
    std::string quickCheck(Database& db, bool& damaged) const;
    /** Moves the file aside and restores the newest usable backup; `empty` words the notice for an emptied
     * file. */
    bool recover(const std::string& why, bool empty, OpenResult& result);
    bool backupIsUsable(const std::filesystem::path& backup) const;
    bool migrate(Database& db, OpenResult& result);
    bool applyMigration(Database& db, const Migration& migration, std::string& error);
    std::string refusalForNewer(int version) const;
    std::string foreignDatabase() const;
    void log(const std::string& line) const;

    std::filesystem::path m_dataDir;
    std::filesystem::path m_file;
    StoreOptions m_options;
    std::vector<Migration> m_migrations;
    int m_targetVersion = 0;
    BackupManager m_backups;
    std::string m_journalMode;
    std::string m_readOnly; ///< readOnlyReason(), taken once at the start of run()
};

} // namespace reflekt
