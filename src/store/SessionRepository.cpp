#include "store/SessionRepository.h"

#include "store/Database.h"
#include "store/OutboxWriter.h"
#include "store/ProgressRepository.h"
#include "store/Transaction.h"

namespace reflekt {

namespace {

constexpr const char* kSessionColumns =
    "SELECT s.id, s.bundle_id, s.bundle_version, s.module_id, s.facilitator, s.started_ms, s.ended_ms "
    "FROM group_session s ";

} // namespace

SessionRepository::SessionRepository(Database& db, OutboxWriter& outbox)
    : m_db(db), m_outbox(outbox), m_notes(db, NoteOwner::Session)
{
}

StoreResult<GroupSession> SessionRepository::start(const std::string& bundleId,
                                                   const std::string& bundleVersion,
                                                   const std::string& moduleId,
                                                   const std::string& facilitator,
                                                   const std::vector<std::int64_t>& participantIds,
                                                   const std::vector<std::string>& guestNames)
{
    using Result = StoreResult<GroupSession>;
    const char* action = "start the group session";
    Transaction tx(m_db);
    if (!tx.active())
        return Result::failure(m_db.describeError(action));
    GroupSession session{0, bundleId, bundleVersion, moduleId, facilitator, m_db.now(), std::nullopt, {}};
    Statement st =
        m_db.prepare("INSERT INTO group_session (bundle_id, bundle_version, module_id, facilitator, "
                     "started_ms) VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, bundleId)
        .bind(2, bundleVersion)
        .bind(3, moduleId)
        .bind(4, facilitator)
        .bind(5, session.startedMs);
    if (!st.run())
        return Result::failure(m_db.describeError(action));
    session.id = m_db.lastInsertId();

    Statement add =
        m_db.prepare("INSERT OR IGNORE INTO session_attendee (session_id, participant_id, guest_name) "
                     "VALUES (?1, ?2, ?3)");
    for (const auto pid : participantIds) {
        add.reset();
        add.bind(1, session.id).bind(2, pid).bindNull(3);
        if (!add.run())
            return Result::failure(m_db.describeError(action));
    }
    for (const auto& guest : guestNames) {
        if (guest.empty())
            continue;
        add.reset();
        add.bind(1, session.id).bindNull(2).bind(3, guest);
        if (!add.run())
            return Result::failure(m_db.describeError(action));
    }
    if (!loadAttendees(session))
        return Result::failure(m_db.describeError(action));
    if (!tx.commit())
        return Result::failure(m_db.describeError(action));
    return Result::success(std::move(session));
}

StoreStatus SessionRepository::finish(std::int64_t sessionId, const std::vector<std::string>& stepIds)
{
    const char* action = "finish the group session";
    Transaction tx(m_db);
    if (!tx.active())
        return StoreStatus::failure(m_db.describeError(action));
    Statement st = m_db.prepare("SELECT bundle_id, module_id FROM group_session WHERE id = ?1");
    st.bind(1, sessionId);
    if (!st.step()) {
        if (st.failed())
            return StoreStatus::failure(m_db.describeError(action));
        return StoreStatus::failure("could not finish the group session: it no longer exists");
    }
    const std::string bundleId = st.text(0);
    const std::string moduleId = st.text(1);
    st = Statement();
    const TimeMs now = m_db.now();

    Statement end = m_db.prepare("UPDATE group_session SET ended_ms = ?1 WHERE id = ?2 AND ended_ms IS NULL");
    end.bind(1, now).bind(2, sessionId);
    if (!end.run())
        return StoreStatus::failure(m_db.describeError(action));
    const bool endedNow = m_db.changes() > 0; // "attended" once, even if finish is called again

    Statement who = m_db.prepare(
        "SELECT participant_id FROM session_attendee WHERE session_id = ?1 AND participant_id IS NOT NULL");
    who.bind(1, sessionId);
    std::vector<std::int64_t> attendees;
    while (who.step())
        attendees.push_back(who.int64(0));
    if (who.failed())
        return StoreStatus::failure(m_db.describeError(action));
    for (const auto pid : attendees) {
        if (endedNow && !m_outbox.attended(pid, sessionId))
            return StoreStatus::failure(m_db.describeError(action));
        for (const auto& stepId : stepIds)
            if (!m_outbox.completeStep(pid, {bundleId, moduleId, stepId}, CompletionHow::Group, now, sessionId))
                return StoreStatus::failure(m_db.describeError(action));
    }
    if (!tx.commit())
        return StoreStatus::failure(m_db.describeError(action));
    return StoreStatus::success();
}

bool SessionRepository::loadAttendees(GroupSession& session)
{
    Statement st = m_db.prepare(
        "SELECT participant_id, guest_name FROM session_attendee WHERE session_id = ?1 ORDER BY id");
    st.bind(1, session.id);
    session.attendees.clear();
    while (st.step())
        session.attendees.push_back({st.optionalInt64(0), st.optionalText(1).value_or("")});
    return !st.failed();
}

StoreResult<std::vector<GroupSession>> SessionRepository::query(const std::string& sql, std::int64_t id,
                                                                const std::string& a, const std::string& b)
{
    using Result = StoreResult<std::vector<GroupSession>>;
    Statement st = m_db.prepare(sql);
    if (a.empty())
        st.bind(1, id);
    else
        st.bind(1, a).bind(2, b);
    std::vector<GroupSession> out;
    while (st.step())
        out.push_back({st.int64(0),
                       st.text(1),
                       st.text(2),
                       st.text(3),
                       st.text(4),
                       st.int64(5),
                       st.optionalInt64(6),
                       {}});
    if (st.failed())
        return Result::failure(m_db.describeError("load the group sessions"));
    st = Statement();
    for (auto& s : out)
        if (!loadAttendees(s))
            return Result::failure(m_db.describeError("load the group sessions"));
    return Result::success(std::move(out));
}

StoreResult<std::optional<GroupSession>> SessionRepository::find(std::int64_t sessionId)
{
    using Result = StoreResult<std::optional<GroupSession>>;
    auto found = query(std::string(kSessionColumns) + "WHERE s.id = ?1", sessionId, {}, {});
    if (!found.ok())
        return Result::failure(found.error);
    if (found.value->empty())
        return Result::success(std::nullopt);
    return Result::success(std::move(found.value->front()));
}

StoreResult<std::vector<GroupSession>> SessionRepository::listForModule(const std::string& bundleId,
                                                                        const std::string& moduleId)
{
    return query(std::string(kSessionColumns) +
                     "WHERE s.bundle_id = ?1 AND s.module_id = ?2 ORDER BY s.started_ms DESC, s.id DESC",
                 0, bundleId, moduleId);
}

StoreResult<std::vector<GroupSession>> SessionRepository::listForParticipant(std::int64_t participantId)
{
    return query(std::string(kSessionColumns) +
                     "JOIN session_attendee a ON a.session_id = s.id WHERE a.participant_id = ?1 "
                     "ORDER BY s.started_ms DESC, s.id DESC",
                 participantId, {}, {});
}

StoreResult<SavedNote> SessionRepository::saveGroupNote(std::int64_t sessionId, const std::string& questionId,
                                                        const std::string& text)
{
    auto session = find(sessionId);
    if (!session.ok())
        return StoreResult<SavedNote>::failure(session.error);
    if (!*session.value)
        return StoreResult<SavedNote>::failure(
            "could not save the group's note: the session no longer exists");
    const auto& s = **session.value;
    return m_notes.save(sessionId, s.bundleId, s.bundleVersion, questionId, text);
}

StoreResult<std::vector<Note>> SessionRepository::groupNotes(std::int64_t sessionId)
{
    auto session = find(sessionId);
    if (!session.ok())
        return StoreResult<std::vector<Note>>::failure(session.error);
    if (!*session.value)
        return StoreResult<std::vector<Note>>::success({});
    return m_notes.list(sessionId, (*session.value)->bundleId, std::nullopt);
}

StoreResult<std::vector<NoteRevision>> SessionRepository::groupNoteHistory(std::int64_t sessionId,
                                                                           const std::string& questionId)
{
    auto session = find(sessionId);
    if (!session.ok())
        return StoreResult<std::vector<NoteRevision>>::failure(session.error);
    if (!*session.value)
        return StoreResult<std::vector<NoteRevision>>::success({});
    return m_notes.history(sessionId, (*session.value)->bundleId, questionId);
}

StoreResult<SavedNote> SessionRepository::restoreGroupNoteRevision(std::int64_t sessionId,
                                                                   std::int64_t revisionId)
{
    return m_notes.restore(sessionId, revisionId);
}

} // namespace reflekt
