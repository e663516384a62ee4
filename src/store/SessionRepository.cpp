#include "store/SessionRepository.h"

#include "store/Database.h"
#include "store/OutboxWriter.h"
#include "store/ProgressRepository.h"
#include "store/Transaction.h"

#include <algorithm>
#include <map>
#include <set>

namespace reflekt {

namespace {

constexpr const char* kSessionColumns =
    "SELECT s.id, s.bundle_id, s.bundle_version, s.module_id, s.facilitator, s.started_ms, s.ended_ms, "
    "s.planned_steps, s.resume_step, s.resume_question FROM group_session s ";

// Planned steps are stored one id per line ('' for all the module's steps); ids have no newline.
std::string joinLines(const std::vector<std::string>& ids)
{
    std::string out;
    for (const auto& id : ids) {
        if (!out.empty())
            out += '\n';
        out += id;
    }
    return out;
}

std::vector<std::string> splitLines(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        if (end > start)
            out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

} // namespace

const SessionMeeting* GroupSession::openMeeting() const
{
    if (endedMs || meetings.empty() || meetings.back().endedMs)
        return nullptr;
    return &meetings.back();
}

bool GroupSession::wasShown(const SessionItemKey& item) const
{
    return std::any_of(meetings.begin(), meetings.end(), [&](const SessionMeeting& m) {
        return std::find(m.shown.begin(), m.shown.end(), item) != m.shown.end();
    });
}

SessionRepository::SessionRepository(Database& db, OutboxWriter& outbox)
    : m_db(db), m_outbox(outbox), m_notes(db, NoteOwner::Session)
{
}

StoreResult<GroupSession> SessionRepository::start(const std::string& bundleId,
                                                   const std::string& bundleVersion,
                                                   const std::string& moduleId,
                                                   const std::string& facilitator,
                                                   const std::vector<std::int64_t>& participantIds,
                                                   const std::vector<std::string>& guestNames,
                                                   const std::vector<std::string>& plannedSteps)
{
    using Result = StoreResult<GroupSession>;
    const char* action = "start the group session";
    Transaction tx(m_db);
    if (!tx.active())
        return Result::failure(m_db.describeError(action));
    const TimeMs now = m_db.now();
    Statement st =
        m_db.prepare("INSERT INTO group_session (bundle_id, bundle_version, module_id, facilitator, "
                     "started_ms, planned_steps) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, bundleId)
        .bind(2, bundleVersion)
        .bind(3, moduleId)
        .bind(4, facilitator)
        .bind(5, now)
        .bind(6, joinLines(plannedSteps));
    if (!st.run())
        return Result::failure(m_db.describeError(action));
    const std::int64_t sessionId = m_db.lastInsertId();
    if (!openMeeting(sessionId, now, participantIds, guestNames))
        return Result::failure(m_db.describeError(action));
    if (!tx.commit())
        return Result::failure(m_db.describeError(action));
    auto found = find(sessionId);
    if (!found.ok() || !*found.value)
        return Result::failure(found.ok() ? std::string("could not start the group session") : found.error);
    return Result::success(std::move(**found.value));
}

bool SessionRepository::openMeeting(std::int64_t sessionId, TimeMs now, const std::vector<std::int64_t>& participantIds,
                                    const std::vector<std::string>& guestNames)
{
    Statement meeting = m_db.prepare(
        "INSERT INTO session_meeting (session_id, number, started_ms, last_ms) "
        "VALUES (?1, (SELECT COALESCE(MAX(number), 0) + 1 FROM session_meeting WHERE session_id = ?1), ?2, ?2)");
    meeting.bind(1, sessionId).bind(2, now);
    return meeting.run() && addToMeeting(sessionId, m_db.lastInsertId(), participantIds, guestNames);
}

bool SessionRepository::addToMeeting(std::int64_t sessionId, std::int64_t meetingId,
                                     const std::vector<std::int64_t>& participantIds,
                                     const std::vector<std::string>& guestNames)
{
    // The roster of the whole series: a profile once; a guest once per name (as typed first).
    Statement findProfile =
        m_db.prepare("SELECT id FROM session_attendee WHERE session_id = ?1 AND participant_id = ?2");
    Statement findGuest = m_db.prepare(
        "SELECT id FROM session_attendee WHERE session_id = ?1 AND guest_name = ?2 COLLATE NOCASE");
    Statement add =
        m_db.prepare("INSERT INTO session_attendee (session_id, participant_id, guest_name) VALUES (?1, ?2, ?3)");
    Statement link =
        m_db.prepare("INSERT OR IGNORE INTO meeting_attendee (meeting_id, attendee_id) VALUES (?1, ?2)");
    const auto enrol = [&](Statement& lookup, std::optional<std::int64_t> pid, const std::string& guest) {
        lookup.reset();
        lookup.bind(1, sessionId);
        if (pid)
            lookup.bind(2, *pid);
        else
            lookup.bind(2, guest);
        std::int64_t attendee = 0;
        if (lookup.step()) {
            attendee = lookup.int64(0);
        } else {
            if (lookup.failed())
                return false;
            add.reset();
            add.bind(1, sessionId).bind(2, pid);
            if (pid)
                add.bindNull(3);
            else
                add.bind(3, guest);
            if (!add.run())
                return false;
            attendee = m_db.lastInsertId();
        }
        link.reset();
        link.bind(1, meetingId).bind(2, attendee);
        return link.run();
    };
    for (const auto pid : participantIds)
        if (!enrol(findProfile, pid, {}))
            return false;
    for (const auto& guest : guestNames) {
        if (guest.empty())
            continue;
        if (!enrol(findGuest, std::nullopt, guest))
            return false;
    }
    return true;
}

StoreResult<GroupSession> SessionRepository::startMeeting(std::int64_t sessionId,
                                                          const std::vector<std::int64_t>& participantIds,
                                                          const std::vector<std::string>& guestNames)
{
    using Result = StoreResult<GroupSession>;
    const char* action = "start the next meeting of the group session";
    {
        Transaction tx(m_db);
        if (!tx.active())
            return Result::failure(m_db.describeError(action));
        Statement st = m_db.prepare("SELECT ended_ms FROM group_session WHERE id = ?1");
        st.bind(1, sessionId);
        if (!st.step())
            return Result::failure(st.failed() ? m_db.describeError(action)
                                               : std::string("could not continue the group session: it no longer exists"));
        if (!st.isNull(0))
            return Result::failure("could not continue the group session: it has already been finished");
        st = Statement();
        // A meeting that never ended cleanly (the laptop died) ends where it was last used.
        Statement close =
            m_db.prepare("UPDATE session_meeting SET ended_ms = last_ms WHERE session_id = ?1 AND ended_ms IS NULL");
        close.bind(1, sessionId);
        if (!close.run())
            return Result::failure(m_db.describeError(action));
        if (!openMeeting(sessionId, m_db.now(), participantIds, guestNames))
            return Result::failure(m_db.describeError(action));
        if (!tx.commit())
            return Result::failure(m_db.describeError(action));
    }
    auto found = find(sessionId);
    if (!found.ok() || !*found.value)
        return Result::failure(found.ok() ? std::string("could not continue the group session") : found.error);
    return Result::success(std::move(**found.value));
}

StoreStatus SessionRepository::recordShown(std::int64_t sessionId, const SessionItemKey& item)
{
    const char* action = "remember where the group session is";
    Transaction tx(m_db);
    if (!tx.active())
        return StoreStatus::failure(m_db.describeError(action));
    const TimeMs now = m_db.now();
    Statement meeting = m_db.prepare(
        "SELECT id FROM session_meeting WHERE session_id = ?1 AND ended_ms IS NULL ORDER BY number DESC LIMIT 1");
    meeting.bind(1, sessionId);
    if (!meeting.step())
        return StoreStatus::failure(meeting.failed() ? m_db.describeError(action)
                                                     : std::string("could not remember where the group session is: "
                                                                   "no meeting of it is running"));
    const std::int64_t meetingId = meeting.int64(0);
    meeting = Statement();
    Statement shown = m_db.prepare("INSERT OR IGNORE INTO meeting_item (meeting_id, step_id, question_id, shown_ms) "
                                   "VALUES (?1, ?2, ?3, ?4)");
    shown.bind(1, meetingId).bind(2, item.stepId).bind(3, item.questionId).bind(4, now);
    Statement last = m_db.prepare("UPDATE session_meeting SET last_ms = ?1 WHERE id = ?2");
    last.bind(1, now).bind(2, meetingId);
    Statement resume =
        m_db.prepare("UPDATE group_session SET resume_step = ?1, resume_question = ?2 WHERE id = ?3");
    resume.bind(1, item.stepId).bind(2, item.questionId).bind(3, sessionId);
    if (!shown.run() || !last.run() || !resume.run() || !tx.commit())
        return StoreStatus::failure(m_db.describeError(action));
    return StoreStatus::success();
}

StoreStatus SessionRepository::endMeeting(std::int64_t sessionId)
{
    Statement end = m_db.prepare("UPDATE session_meeting SET ended_ms = MAX(?1, last_ms), last_ms = MAX(?1, last_ms) "
                                 "WHERE session_id = ?2 AND ended_ms IS NULL");
    end.bind(1, m_db.now()).bind(2, sessionId);
    if (!end.run())
        return StoreStatus::failure(m_db.describeError("end the meeting"));
    return StoreStatus::success();
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
    Statement endMeetings = m_db.prepare("UPDATE session_meeting SET ended_ms = MAX(?1, last_ms), "
                                         "last_ms = MAX(?1, last_ms) WHERE session_id = ?2 AND ended_ms IS NULL");
    endMeetings.bind(1, now).bind(2, sessionId);
    if (!endMeetings.run())
        return StoreStatus::failure(m_db.describeError(action));

    // Who was at which meeting, and which steps each meeting showed.
    Statement who = m_db.prepare("SELECT m.number, a.participant_id FROM session_meeting m "
                                 "JOIN meeting_attendee ma ON ma.meeting_id = m.id "
                                 "JOIN session_attendee a ON a.id = ma.attendee_id "
                                 "WHERE m.session_id = ?1 AND a.participant_id IS NOT NULL ORDER BY a.id");
    who.bind(1, sessionId);
    std::map<int, std::set<std::int64_t>> presentAt;
    std::vector<std::int64_t> everyone;
    int lastMeeting = 0;
    while (who.step()) {
        const int number = who.int32(0);
        const std::int64_t pid = who.int64(1);
        presentAt[number].insert(pid);
        if (std::find(everyone.begin(), everyone.end(), pid) == everyone.end())
            everyone.push_back(pid);
    }
    if (who.failed())
        return StoreStatus::failure(m_db.describeError(action));
    who = Statement();
    Statement last = m_db.prepare("SELECT MAX(number) FROM session_meeting WHERE session_id = ?1");
    last.bind(1, sessionId);
    if (last.step())
        lastMeeting = last.int32(0);
    last = Statement();
    Statement shown = m_db.prepare("SELECT DISTINCT m.number, i.step_id FROM meeting_item i "
                                   "JOIN session_meeting m ON m.id = i.meeting_id WHERE m.session_id = ?1");
    shown.bind(1, sessionId);
    std::map<std::string, std::set<int>> shownAt;
    while (shown.step())
        shownAt[shown.text(1)].insert(shown.int32(0));
    if (shown.failed())
        return StoreStatus::failure(m_db.describeError(action));
    shown = Statement();

    for (const auto pid : everyone) {
        if (endedNow && !m_outbox.attended(pid, sessionId))
            return StoreStatus::failure(m_db.describeError(action));
        for (const auto& stepId : stepIds) {
            const auto it = shownAt.find(stepId);
            const std::set<int> meetings = it != shownAt.end() ? it->second : std::set<int>{lastMeeting};
            const bool earned = std::any_of(meetings.begin(), meetings.end(),
                                            [&](int m) { return presentAt[m].count(pid) > 0; });
            if (earned &&
                !m_outbox.completeStep(pid, {bundleId, moduleId, stepId}, CompletionHow::Group, now, sessionId))
                return StoreStatus::failure(m_db.describeError(action));
        }
    }
    if (!tx.commit())
        return StoreStatus::failure(m_db.describeError(action));
    return StoreStatus::success();
}

bool SessionRepository::loadAttendees(GroupSession& session)
{
    Statement st = m_db.prepare(
        "SELECT participant_id, guest_name, id FROM session_attendee WHERE session_id = ?1 ORDER BY id");
    st.bind(1, session.id);
    session.attendees.clear();
    while (st.step())
        session.attendees.push_back({st.optionalInt64(0), st.optionalText(1).value_or(""), st.int64(2)});
    return !st.failed();
}

bool SessionRepository::loadMeetings(GroupSession& session)
{
    Statement st = m_db.prepare("SELECT id, number, started_ms, last_ms, ended_ms FROM session_meeting "
                                "WHERE session_id = ?1 ORDER BY number");
    st.bind(1, session.id);
    session.meetings.clear();
    while (st.step())
        session.meetings.push_back({st.int64(0), st.int32(1), st.int64(2), st.int64(3), st.optionalInt64(4), {}, {}});
    if (st.failed())
        return false;
    st = Statement();
    Statement who = m_db.prepare("SELECT a.participant_id, a.guest_name, a.id FROM meeting_attendee ma "
                                 "JOIN session_attendee a ON a.id = ma.attendee_id WHERE ma.meeting_id = ?1 "
                                 "ORDER BY a.id");
    Statement items = m_db.prepare(
        "SELECT step_id, question_id FROM meeting_item WHERE meeting_id = ?1 ORDER BY id");
    for (SessionMeeting& m : session.meetings) {
        who.reset();
        who.bind(1, m.id);
        while (who.step())
            m.attendees.push_back({who.optionalInt64(0), who.optionalText(1).value_or(""), who.int64(2)});
        items.reset();
        items.bind(1, m.id);
        while (items.step())
            m.shown.push_back({items.text(0), items.text(1)});
        if (who.failed() || items.failed())
            return false;
    }
    return true;
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
    while (st.step()) {
        GroupSession s;
        s.id = st.int64(0);
        s.bundleId = st.text(1);
        s.bundleVersion = st.text(2);
        s.moduleId = st.text(3);
        s.facilitator = st.text(4);
        s.startedMs = st.int64(5);
        s.endedMs = st.optionalInt64(6);
        s.plannedSteps = splitLines(st.text(7));
        if (!st.isNull(8))
            s.resumeAt = SessionItemKey{st.text(8), st.optionalText(9).value_or("")};
        out.push_back(std::move(s));
    }
    if (st.failed())
        return Result::failure(m_db.describeError("load the group sessions"));
    st = Statement();
    for (auto& s : out)
        if (!loadAttendees(s) || !loadMeetings(s))
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
