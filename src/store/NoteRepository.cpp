#include "store/NoteRepository.h"

#include "store/Database.h"
#include "store/OutboxWriter.h"
#include "store/Transaction.h"

namespace reflekt {

NoteRepository::NoteRepository(Database& db, OutboxWriter& outbox)
    : m_db(db), m_outbox(outbox), m_storage(db, NoteOwner::Participant)
{
}

StoreResult<SavedNote> NoteRepository::save(std::int64_t participantId, const std::string& bundleId,
                                            const std::string& bundleVersion, const std::string& questionId,
                                            const std::string& text)
{
    using Result = StoreResult<SavedNote>;
    const char* action = "save your note";
    Transaction tx(m_db);
    if (!tx.active())
        return Result::failure(m_db.describeError(action));
    auto previous = m_storage.load(participantId, bundleId, questionId);
    if (!previous.ok())
        return Result::failure(previous.error);
    auto result = m_storage.saveInTransaction(participantId, bundleId, bundleVersion, questionId, text);
    if (!result.ok())
        return result;
    const auto before = *previous.value ? std::optional<std::string>((*previous.value)->text) : std::nullopt;
    if (!m_outbox.answered(participantId, bundleId, bundleVersion, questionId, before, text) || !tx.commit())
        return Result::failure(m_db.describeError(action));
    return result;
}

StoreResult<std::optional<Note>> NoteRepository::load(std::int64_t participantId, const std::string& bundleId,
                                                      const std::string& questionId)
{
    return m_storage.load(participantId, bundleId, questionId);
}

StoreResult<std::vector<Note>> NoteRepository::loadForBundle(std::int64_t participantId,
                                                             const std::string& bundleId)
{
    return m_storage.list(participantId, bundleId, std::nullopt);
}

StoreResult<std::vector<Note>> NoteRepository::loadForQuestions(std::int64_t participantId,
                                                                const std::string& bundleId,
                                                                const std::vector<std::string>& questionIds)
{
    return m_storage.list(participantId, bundleId, questionIds);
}

StoreResult<std::vector<NoteRevision>> NoteRepository::history(std::int64_t participantId,
                                                               const std::string& bundleId,
                                                               const std::string& questionId)
{
    return m_storage.history(participantId, bundleId, questionId);
}

StoreResult<SavedNote> NoteRepository::restoreRevision(std::int64_t participantId, std::int64_t revisionId)
{
    return m_storage.restore(participantId, revisionId);
}

StoreResult<std::vector<OrphanedNote>> NoteRepository::orphanedNotes(std::int64_t participantId,
                                                                     const std::string& bundleId,
                                                                     const std::string& currentVersion)
{
    using Result = StoreResult<std::vector<OrphanedNote>>;
    // For each note missing from the current version: the most recently seen version that had it.
    Statement st = m_db.prepare(R"sql(
        SELECT n.id, n.bundle_id, n.question_id, n.text, n.bundle_version, n.created_ms, n.updated_ms,
               (SELECT q.version FROM bundle_question q JOIN bundle_version v
                    ON v.bundle_id = q.bundle_id AND v.version = q.version
                 WHERE q.bundle_id = n.bundle_id AND q.question_id = n.question_id
                 ORDER BY v.last_seen_ms DESC LIMIT 1),
               (SELECT q.module_id FROM bundle_question q JOIN bundle_version v
                    ON v.bundle_id = q.bundle_id AND v.version = q.version
                 WHERE q.bundle_id = n.bundle_id AND q.question_id = n.question_id
                 ORDER BY v.last_seen_ms DESC LIMIT 1)
          FROM note n
         WHERE n.participant_id = ?1 AND n.bundle_id = ?2
           AND NOT EXISTS (SELECT 1 FROM bundle_question c
                            WHERE c.bundle_id = n.bundle_id AND c.version = ?3 AND c.question_id = n.question_id)
         ORDER BY n.question_id)sql");
    st.bind(1, participantId).bind(2, bundleId).bind(3, currentVersion);
    std::vector<OrphanedNote> out;
    while (st.step()) {
        Note note{st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.int64(5), st.int64(6)};
        out.push_back({std::move(note), st.optionalText(7).value_or(""), st.optionalText(8).value_or("")});
    }
    if (st.failed())
        return Result::failure(m_db.describeError("load notes from earlier versions"));
    return Result::success(std::move(out));
}

} // namespace reflekt
