#include "store/RoomAnswerRepository.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"

namespace reflekt {

namespace {
constexpr const char* kColumns =
    "SELECT a.id, a.session_id, COALESCE(m.number, 0), a.question_id, a.body, a.received_ms, a.hidden, "
    "a.shown, a.in_minutes FROM room_answer a LEFT JOIN session_meeting m ON m.id = a.meeting_id ";
}

RoomAnswerRepository::RoomAnswerRepository(Database& db) : m_db(db) {}

StoreResult<StoredRoomAnswer> RoomAnswerRepository::add(std::int64_t sessionId, const std::string& questionId,
                                                        const std::string& text)
{
    using Result = StoreResult<StoredRoomAnswer>;
    const char* action = "keep an answer from the room";
    const TimeMs received = m_db.now() / 1000 * 1000;
    Transaction tx(m_db);
    if (!tx.active())
        return Result::failure(m_db.describeError(action));
    Statement insert = m_db.prepare(
        "INSERT INTO room_answer (session_id, meeting_id, question_id, body, received_ms) "
        "SELECT ?1, (SELECT id FROM session_meeting WHERE session_id = ?1 ORDER BY number DESC LIMIT 1), ?2, ?3, ?4 "
        "WHERE EXISTS (SELECT 1 FROM group_session WHERE id = ?1)");
    insert.bind(1, sessionId).bind(2, questionId).bind(3, text).bind(4, received);
    if (!insert.run())
        return Result::failure(m_db.describeError(action));
    if (m_db.changes() == 0)
        return Result::failure("could not keep an answer from the room: the session no longer exists");
    StoredRoomAnswer stored;
    stored.id = m_db.lastInsertId();
    stored.sessionId = sessionId;
    stored.questionId = questionId;
    stored.text = text;
    stored.receivedMs = received;
    Statement meeting = m_db.prepare("SELECT COALESCE(m.number, 0) FROM room_answer a "
                                     "LEFT JOIN session_meeting m ON m.id = a.meeting_id WHERE a.id = ?1");
    meeting.bind(1, stored.id);
    if (meeting.step())
        stored.meetingNumber = meeting.int32(0);
    meeting = Statement();
    if (!tx.commit())
        return Result::failure(m_db.describeError(action));
    return Result::success(std::move(stored));
}

StoreResult<std::vector<StoredRoomAnswer>> RoomAnswerRepository::query(const char* action, const char* where,
                                                                       std::int64_t sessionId,
                                                                       const std::string* questionId)
{
    using Result = StoreResult<std::vector<StoredRoomAnswer>>;
    Statement st = m_db.prepare(std::string(kColumns) + where);
    st.bind(1, sessionId);
    if (questionId)
        st.bind(2, *questionId);
    std::vector<StoredRoomAnswer> answers;
    while (st.step()) {
        StoredRoomAnswer a;
        a.id = st.int64(0);
        a.sessionId = st.int64(1);
        a.meetingNumber = st.int32(2);
        a.questionId = st.text(3);
        a.text = st.text(4);
        a.receivedMs = st.int64(5);
        a.hidden = st.int32(6) != 0;
        a.shown = st.int32(7) != 0;
        a.inMinutes = st.int32(8) != 0;
        answers.push_back(std::move(a));
    }
    if (st.failed())
        return Result::failure(m_db.describeError(action));
    return Result::success(std::move(answers));
}

StoreResult<std::vector<StoredRoomAnswer>> RoomAnswerRepository::forQuestion(std::int64_t sessionId,
                                                                             const std::string& questionId)
{
    return query("read the room's answers", "WHERE a.session_id = ?1 AND a.question_id = ?2 ORDER BY a.id",
                 sessionId, &questionId);
}

StoreResult<std::vector<StoredRoomAnswer>> RoomAnswerRepository::forMinutes(std::int64_t sessionId)
{
    return query("read the room's answers for the minutes",
                 "WHERE a.session_id = ?1 AND a.in_minutes = 1 AND a.hidden = 0 ORDER BY a.question_id, a.id",
                 sessionId, nullptr);
}

StoreStatus RoomAnswerRepository::update(const char* action, const char* sql, std::int64_t answerId,
                                         std::int64_t value)
{
    Statement st = m_db.prepare(sql);
    st.bind(1, answerId).bind(2, value);
    if (!st.run())
        return StoreStatus::failure(m_db.describeError(action));
    return StoreStatus::success();
}

StoreStatus RoomAnswerRepository::markShown(std::int64_t answerId)
{
    return update("note that an answer was shown on the wall",
                  "UPDATE room_answer SET shown = ?2, in_minutes = CASE WHEN shown = 0 THEN 1 ELSE in_minutes END, "
                  "hidden = 0 WHERE id = ?1",
                  answerId, 1);
}

StoreStatus RoomAnswerRepository::setHidden(std::int64_t answerId, bool hidden)
{
    return update("hide an answer from the room",
                  "UPDATE room_answer SET hidden = ?2, in_minutes = CASE WHEN ?2 = 1 THEN 0 ELSE in_minutes END "
                  "WHERE id = ?1",
                  answerId, hidden ? 1 : 0);
}

StoreStatus RoomAnswerRepository::setInMinutes(std::int64_t answerId, bool inMinutes)
{
    return update("choose an answer for the minutes", "UPDATE room_answer SET in_minutes = ?2 WHERE id = ?1",
                  answerId, inMinutes ? 1 : 0);
}

} // namespace reflekt
