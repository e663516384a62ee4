#pragma once

#include "store/BundleRepository.h"
#include "store/Migration.h"
#include "store/NoteRepository.h"
#include "store/OutboxRepository.h"
#include "store/ParticipantRepository.h"
#include "store/ProgressRepository.h"
#include "store/RoomAnswerRepository.h"
#include "store/SessionRepository.h"
#include "store/StoreResult.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace reflekt {

class Database;
class OutboxWriter;

/** How to open the store; the defaults are what the app uses. */
struct StoreOptions {
    Clock clock;              ///< defaults to the system clock; tests inject their own
    LogSink log;              ///< technical log lines (journal mode, backups, migrations)
    int busyTimeoutMs = 5000; ///< a second Reflekt process waits this long for the write lock
    bool dailyBackups = true;
    /** Test hook: pretend the folder is (true) or is not (false) on a network filesystem. */
    std::optional<bool> assumeNetworkFilesystem;
    /** Test hook: migrations appended after the built-in ones (versions must continue them). */
    std::vector<Migration> extraMigrations;
    /** Test hook: migrate no further than this version (to write an older schema's file). */
    std::optional<int> maxSchemaVersionForTests;
};

class Store;

/** Result of Store::open: the store, or an error; and notices the user must be shown once. */
struct OpenResult {
    std::unique_ptr<Store> store;
    std::string error;                 ///< why the store could not be opened (names the file)
    std::vector<std::string> messages; ///< e.g. "The database ... was damaged; it was moved to ..."
    /**
     * The file or its folder cannot be written (read-only disk, no permission): the store is open for
     * reading and every save fails. `messages` then holds a notice saying so and why, to show at start.
     */
    bool readOnly = false;

    bool ok() const { return store != nullptr; }
};

/**
 * The progress and notes database, dataDir/reflekt.db. Opening checks it (quick_check), restores
 * the newest good backup if it is damaged or was emptied (0 bytes; the damaged file is kept in
 * dataDir/damaged), refuses one written by a newer Reflekt, migrates an older one (backup first),
 * and takes the day's backup. Only a folder with no reflekt.db starts silently with a new one. Destroying it
 * checkpoints the WAL and closes. Not thread-safe: one Store per thread (other processes are fine, they wait
 * on the busy timeout).
 */
class Store {
public:
    static constexpr const char* kFileName = "reflekt.db";

    /** Opens or creates dataDir/reflekt.db (creating dataDir too). Never throws. */
    static OpenResult open(const std::filesystem::path& dataDir, StoreOptions options = {});

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    /**
     * Copies the WAL into the database file and truncates it (the destructor does this before it
     * closes, so a clean exit leaves one self-contained file). Close by destroying the Store.
     */
    StoreStatus checkpoint();

    ParticipantRepository& participants() { return *m_participants; }
    ProgressRepository& progress() { return *m_progress; }
    NoteRepository& notes() { return *m_notes; }
    SessionRepository& sessions() { return *m_sessions; }
    BundleRepository& bundles() { return *m_bundles; }
    RoomAnswerRepository& roomAnswers() { return *m_roomAnswers; }
    /** The xAPI outbox and settings (docs/xapi.md). */
    OutboxRepository& outbox() { return *m_outbox; }

    std::filesystem::path databasePath() const;
    std::filesystem::path backupFolder() const;
    /** "wal", or "delete" on a network filesystem. */
    std::string journalMode() const { return m_journalMode; }
    int schemaVersion() const { return m_schemaVersion; }

    /** PRAGMA integrity_check: "ok", or the problems found. */
    StoreResult<std::string> integrityCheck();

private:
    Store(std::unique_ptr<Database> db, std::filesystem::path dataDir, std::string journalMode,
          int schemaVersion);

    std::unique_ptr<Database> m_db;
    std::filesystem::path m_dataDir;
    std::string m_journalMode;
    int m_schemaVersion = 0;
    std::unique_ptr<OutboxWriter> m_writer; // before the repositories, which hold a reference
    std::unique_ptr<ParticipantRepository> m_participants;
    std::unique_ptr<ProgressRepository> m_progress;
    std::unique_ptr<NoteRepository> m_notes;
    std::unique_ptr<SessionRepository> m_sessions;
    std::unique_ptr<BundleRepository> m_bundles;
    std::unique_ptr<OutboxRepository> m_outbox;
    std::unique_ptr<RoomAnswerRepository> m_roomAnswers;

    friend class StoreOpener;
};

} // namespace reflekt
