#include "store/Store.h"

#include "store/Database.h"
#include "store/OutboxWriter.h"
#include "store/StoreOpener.h"

namespace reflekt {

OpenResult Store::open(const std::filesystem::path& dataDir, StoreOptions options)
{
    return StoreOpener(dataDir, std::move(options)).run();
}

Store::Store(std::unique_ptr<Database> db, std::filesystem::path dataDir, std::string journalMode,
             int schemaVersion)
    : m_db(std::move(db)), m_dataDir(std::move(dataDir)), m_journalMode(std::move(journalMode)),
      m_schemaVersion(schemaVersion),
      // The outbox exists from schema 2 on; a test may keep a database at 1 (then nothing is queued).
      m_writer(std::make_unique<OutboxWriter>(*m_db, schemaVersion >= 2)),
      m_participants(std::make_unique<ParticipantRepository>(*m_db)),
      m_progress(std::make_unique<ProgressRepository>(*m_db, *m_writer)),
      m_notes(std::make_unique<NoteRepository>(*m_db, *m_writer)),
      m_sessions(std::make_unique<SessionRepository>(*m_db, *m_writer)),
      m_bundles(std::make_unique<BundleRepository>(*m_db, *m_writer)),
      m_outbox(std::make_unique<OutboxRepository>(*m_db)),
      m_roomAnswers(std::make_unique<RoomAnswerRepository>(*m_db))
{
}

Store::~Store()
{
    checkpoint();
}


StoreStatus Store::checkpoint()
{
    if (m_journalMode != "wal")
        return StoreStatus::success();
    Statement st = m_db->prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    // Row: busy flag, WAL frames, frames checkpointed; busy means another connection is reading.
    if (!st.step())
        return StoreStatus::failure(
            m_db->describeError("write the journal into the database", st.resultCode()));
    if (st.int32(0) != 0)
        return StoreStatus::failure(
            "could not write the journal into the database: another Reflekt is using it (" +
            m_db->file().string() + ")");
    return StoreStatus::success();
}

std::filesystem::path Store::databasePath() const
{
    return m_db->file();
}

std::filesystem::path Store::backupFolder() const
{
    return m_dataDir / "backups";
}

StoreResult<std::string> Store::integrityCheck()
{
    Statement st = m_db->prepare("PRAGMA integrity_check");
    std::string report;
    while (st.step()) {
        if (!report.empty())
            report += '\n';
        report += st.text(0);
    }
    if (st.failed())
        return StoreResult<std::string>::failure(m_db->describeError("check the database", st.resultCode()));
    return StoreResult<std::string>::success(report);
}

} // namespace reflekt
