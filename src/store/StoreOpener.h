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
 * touching it), open and configure the connection, quick_check, recover from a backup if damaged,
 * migrate, take the day's backup.
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
    };

    Probe probe(const std::filesystem::path& file) const;
    std::unique_ptr<Database> openConfigured(std::string& error);
    /** Runs quick_check: "" if fine, else what is wrong. Sets `damaged` only for real damage. */
    std::string quickCheck(Database& db, bool& damaged) const;
    bool recover(const std::string& why, OpenResult& result);
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
};

} // namespace reflekt
