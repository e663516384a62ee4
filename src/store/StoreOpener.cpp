#include "store/StoreOpener.h"

#include "store/Database.h"
#include "store/FileSystemProbe.h"
#include "store/TimeFormat.h"

#include <sqlite3.h>

#include <system_error>

namespace reflekt {

namespace {

bool isDamageCode(int rc)
{
    return (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB;
}

} // namespace

StoreOpener::StoreOpener(std::filesystem::path dataDir, StoreOptions options)
    : m_dataDir(std::move(dataDir)), m_file(m_dataDir / Store::kFileName), m_options(std::move(options)),
      m_backups(m_dataDir / "backups", m_options.clock ? m_options.clock : Clock(systemNowMs))
{
    if (!m_options.clock)
        m_options.clock = systemNowMs;
    m_migrations = builtInMigrations();
    m_migrations.insert(m_migrations.end(), m_options.extraMigrations.begin(),
                        m_options.extraMigrations.end());
    if (m_options.maxSchemaVersionForTests)
        std::erase_if(m_migrations,
                      [this](const Migration& m) { return m.version > *m_options.maxSchemaVersionForTests; });
    m_targetVersion = m_migrations.back().version;
}

void StoreOpener::log(const std::string& line) const
{
    if (m_options.log)
        m_options.log(line);
}

std::string StoreOpener::refusalForNewer(int version) const
{
    return "database was written by a newer Reflekt (schema " + std::to_string(version) +
           ", this version knows " + std::to_string(m_targetVersion) + "); not opened: " + m_file.string();
}

std::string StoreOpener::foreignDatabase() const
{
    return "not a Reflekt database (it has tables but no schema version); not opened: " + m_file.string();
}

OpenResult StoreOpener::run()
{
    OpenResult result;
    std::error_code ec;
    std::filesystem::create_directories(m_dataDir, ec);
    if (ec) {
        result.error = "could not create the data folder " + m_dataDir.string() + ": " + ec.message();
        return result;
    }

    const Probe first = probe(m_file);
    if (first.state == FileState::Failed) {
        result.error = first.error;
        return result;
    }
    if (first.state == FileState::Readable && first.version > m_targetVersion) {
        result.error = refusalForNewer(first.version);
        return result;
    }
    if (first.state == FileState::Damaged && !recover(first.error, result))
        return result;

    std::string error;
    auto db = openConfigured(error);
    bool damaged = false;
    std::string problem = db ? quickCheck(*db, damaged) : error;
    if (damaged) {
        db.reset();
        if (!recover(problem, result))
            return result;
        db = openConfigured(error);
        problem = db ? quickCheck(*db, damaged) : error;
    }
    if (!problem.empty()) {
        result.error = "could not open the database " + m_file.string() + ": " + problem;
        return result;
    }
    if (!migrate(*db, result))
        return result;

    if (m_options.dailyBackups) {
        auto backup = m_backups.takeDailyBackup(*db);
        if (!backup.ok())
            log("daily backup failed: " + backup.error);
        else if (*backup.value)
            log("daily backup written: " + (*backup.value)->string());
    }
    const int version = static_cast<int>(db->queryInt("PRAGMA user_version").value_or(0));
    result.store.reset(new Store(std::move(db), m_dataDir, m_journalMode, version));
    return result;
}

StoreOpener::Probe StoreOpener::probe(const std::filesystem::path& file) const
{
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return {FileState::Missing, 0, {}};
    if (std::filesystem::file_size(file, ec) == 0 && !ec)
        return {FileState::Readable, 0, {}}; // SQLite treats an empty file as an empty database
    // Read-only, so a file we refuse is left exactly as it was.
    std::string error;
    auto db = Database::open(file, true, m_options.clock, error);
    if (!db)
        return {FileState::Failed, 0, error};
    Statement st = db->prepare("PRAGMA user_version");
    if (st.step()) {
        const int version = st.int32(0);
        st = Statement();
        if (version == 0 && db->queryInt("SELECT count(*) FROM sqlite_schema").value_or(0) > 0)
            return {FileState::Failed, 0, foreignDatabase()};
        return {FileState::Readable, version, {}};
    }
    if (isDamageCode(st.resultCode()))
        return {FileState::Damaged, 0, Database::reasonFor(st.resultCode())};
    return {FileState::Failed, 0, db->describeError("open the database", st.resultCode())};
}

std::unique_ptr<Database> StoreOpener::openConfigured(std::string& error)
{
    auto db = Database::open(m_file, false, m_options.clock, error);
    if (!db)
        return nullptr;
    sqlite3_busy_timeout(db->handle(), m_options.busyTimeoutMs);

    std::optional<std::string> network;
    if (m_options.assumeNetworkFilesystem)
        network = *m_options.assumeNetworkFilesystem ? std::optional<std::string>("network (assumed)")
                                                     : std::nullopt;
    else
        network = networkFilesystemName(m_dataDir);
    // WAL keeps its index in shared memory, which network filesystems do not share between
    // machines; a rollback journal only needs file locks.
    const char* wanted = network ? "PRAGMA journal_mode=DELETE" : "PRAGMA journal_mode=WAL";
    Statement mode = db->prepare(wanted);
    if (!mode.step()) {
        if (isDamageCode(mode.resultCode()))
            return db; // quick_check reports the damage and recovery takes over
        error = db->describeError("open the database", mode.resultCode());
        return nullptr;
    }
    m_journalMode = mode.text(0);
    mode = Statement();
    if (network)
        log("the data folder " + m_dataDir.string() + " is on " + *network +
            "; using a rollback journal (journal_mode=" + m_journalMode + ") because WAL is unsafe there");
    else
        log("journal_mode=" + m_journalMode + " for " + m_file.string());
    // FULL: a commit is on the disk before the save returns, also in WAL mode (NORMAL could lose
    // the last transactions on power loss, which is exactly what a note save must never do).
    if (!db->exec("PRAGMA synchronous=FULL") || !db->exec("PRAGMA foreign_keys=ON")) {
        error = db->describeError("open the database");
        return nullptr;
    }
    return db;
}

std::string StoreOpener::quickCheck(Database& db, bool& damaged) const
{
    damaged = false;
    Statement st = db.prepare("PRAGMA quick_check");
    std::string problems;
    while (st.step()) {
        const std::string line = st.text(0);
        if (line != "ok")
            problems += (problems.empty() ? "" : "; ") + line;
    }
    if (st.failed()) {
        damaged = isDamageCode(st.resultCode());
        return Database::reasonFor(st.resultCode());
    }
    damaged = !problems.empty();
    return problems;
}

bool StoreOpener::backupIsUsable(const std::filesystem::path& backup) const
{
    std::string error;
    auto db = Database::open(backup, true, m_options.clock, error);
    if (!db)
        return false;
    const auto version = db->queryInt("PRAGMA user_version");
    if (!version || *version > m_targetVersion)
        return false;
    return db->queryText("PRAGMA quick_check").value_or("") == "ok";
}

bool StoreOpener::recover(const std::string& why, OpenResult& result)
{
    std::error_code ec;
    const auto damagedDir = m_dataDir / "damaged";
    std::filesystem::create_directories(damagedDir, ec);
    auto moved = damagedDir / ("reflekt-" + utcStamp(m_options.clock()) + ".db");
    for (int i = 2; std::filesystem::exists(moved, ec); ++i)
        moved = damagedDir / ("reflekt-" + utcStamp(m_options.clock()) + "-" + std::to_string(i) + ".db");
    log("database damaged (" + why + "): moving " + m_file.string() + " to " + moved.string());
    std::filesystem::rename(m_file, moved, ec);
    if (ec) {
        result.error = "The database " + m_file.string() + " is damaged (" + why +
                       ") and could not be moved aside: " + ec.message() + ". Nothing was changed.";
        return false;
    }
    // The WAL belongs to the damaged file; keep it with it (never deleted).
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const auto side = std::filesystem::path(m_file.string() + suffix);
        if (std::filesystem::exists(side, ec))
            std::filesystem::rename(side, moved.string() + suffix, ec);
    }
    syncFolder(m_dataDir);

    std::vector<std::pair<std::filesystem::path, std::string>> candidates;
    for (const auto& b : m_backups.dailyBackups())
        candidates.emplace_back(b.path, b.path.stem().string().substr(8));
    for (const auto& b : m_backups.migrationBackups())
        candidates.emplace_back(b, b.stem().string().substr(b.stem().string().size() - 15));
    for (const auto& [backup, label] : candidates) {
        std::string error;
        if (!backupIsUsable(backup) || !BackupManager::restoreCopy(backup, m_file, error)) {
            log("backup not usable: " + backup.string() + (error.empty() ? "" : " (" + error + ")"));
            continue;
        }
        result.messages.push_back("The database " + m_file.string() + " was damaged; it was moved to " +
                                  moved.string() + " and the backup from " + label + " was restored (" +
                                  backup.string() +
                                  "). Work saved after that backup is only in the damaged file.");
        return true;
    }
    result.messages.push_back("The database " + m_file.string() + " was damaged; it was moved to " +
                              moved.string() +
                              ". No usable backup was found, so Reflekt starts with an empty database.");
    return true;
}

bool StoreOpener::migrate(Database& db, OpenResult& result)
{
    const auto current = db.queryInt("PRAGMA user_version");
    if (!current) {
        result.error = db.describeError("read the database version");
        return false;
    }
    int version = static_cast<int>(*current);
    if (version > m_targetVersion) {
        result.error = refusalForNewer(version); // written by a newer Reflekt between probe and open
        return false;
    }
    if (version == 0 && db.queryInt("SELECT count(*) FROM sqlite_schema").value_or(0) > 0) {
        result.error = foreignDatabase();
        return false;
    }
    // A file that started empty has nothing worth a backup, even between its own first steps.
    const bool hadData = version > 0;
    for (const auto& migration : m_migrations) {
        if (migration.version <= version)
            continue;
        std::string backupNote;
        if (hadData) {
            auto backup = m_backups.takeMigrationBackup(db, version, migration.version);
            if (!backup.ok()) {
                result.error = "could not update the database " + m_file.string() + " to schema " +
                               std::to_string(migration.version) +
                               ": the backup before it failed: " + backup.error;
                return false;
            }
            backupNote = " (backup: " + backup.value->string() + ")";
        }
        std::string error;
        if (!applyMigration(db, migration, error)) {
            result.error = "could not update the database " + m_file.string() + " from schema " +
                           std::to_string(version) + " to " + std::to_string(migration.version) + ": " +
                           error + "; it was left unchanged" + backupNote;
            return false;
        }
        log("migrated " + m_file.string() + " from schema " + std::to_string(version) + " to " +
            std::to_string(migration.version) + ": " + migration.description + backupNote);
        version = migration.version;
    }
    return true;
}

bool StoreOpener::applyMigration(Database& db, const Migration& migration, std::string& error)
{
    // Foreign keys off while tables may be rebuilt (SQLite's documented procedure); checked before commit.
    db.exec("PRAGMA foreign_keys=OFF");
    bool ok = db.exec("BEGIN IMMEDIATE");
    if (!ok) {
        error = Database::reasonFor(db.lastErrorCode());
        db.exec("PRAGMA foreign_keys=ON");
        return false;
    }
    ok = migration.apply && migration.apply(db);
    if (!ok)
        error = Database::reasonFor(db.lastErrorCode()) + " in step \"" + migration.description + "\"";
    // PRAGMA takes no bound values; the version is an integer from this program, not outside input.
    if (ok && !db.exec("PRAGMA user_version=" + std::to_string(migration.version))) {
        ok = false;
        error = Database::reasonFor(db.lastErrorCode());
    }
    if (ok && db.queryText("PRAGMA foreign_key_check")) {
        ok = false;
        error = "the migrated data breaks a foreign key";
    }
    if (ok && !db.exec("COMMIT")) {
        ok = false;
        error = Database::reasonFor(db.lastErrorCode());
    }
    if (!ok)
        db.exec("ROLLBACK");
    db.exec("PRAGMA foreign_keys=ON");
    return ok;
}

} // namespace reflekt
