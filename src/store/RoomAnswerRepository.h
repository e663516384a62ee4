#pragma once

#include "store/StoreResult.h"

#include <cstdint>
#include <string>
#include <vector>

namespace reflekt {

class Database;

/** An answer the room sent during a group session: its text and what the facilitator did with it. */
struct StoredRoomAnswer {
    std::int64_t id = 0;
    std::int64_t sessionId = 0;
    int meetingNumber = 0;  ///< the meeting it arrived in (1 for the first)
    std::string questionId;
    std::string text;       ///< plain text, as the room cleaned it
    TimeMs receivedMs = 0;  ///< to the second
    bool hidden = false;    ///< hidden by the facilitator: never on the wall or in the minutes
    bool shown = false;     ///< has been on the wall
    bool inMinutes = false; ///< goes into the minutes of the session
};

/**
 * The answers the room collected, owned by their group session and deleted with it. Nothing that
 * could tell one phone from another is stored: no address, no browser, no key; the time is cut to
 * the second.
 */
class RoomAnswerRepository {
public:
    explicit RoomAnswerRepository(Database& db);

    /** Keeps an answer that just arrived, in the session's open meeting, durably. */
    StoreResult<StoredRoomAnswer> add(std::int64_t sessionId, const std::string& questionId, const std::string& text);
    /** The answers to a question, in the order they arrived; hidden ones too. */
    StoreResult<std::vector<StoredRoomAnswer>> forQuestion(std::int64_t sessionId, const std::string& questionId);
    /** Every answer the facilitator chose for the minutes, by question in order of arrival. */
    StoreResult<std::vector<StoredRoomAnswer>> forMinutes(std::int64_t sessionId);

    /** Has been shown on the wall: also goes into the minutes unless the facilitator takes it out. */
    StoreStatus markShown(std::int64_t answerId);
    /** Hidden answers leave the wall and the minutes; showing them again is up to the facilitator. */
    StoreStatus setHidden(std::int64_t answerId, bool hidden);
    StoreStatus setInMinutes(std::int64_t answerId, bool inMinutes);

private:
    StoreResult<std::vector<StoredRoomAnswer>> query(const char* action, const char* where, std::int64_t sessionId,
                                                     const std::string* questionId);
    StoreStatus update(const char* action, const char* sql, std::int64_t answerId, std::int64_t value);

    Database& m_db;
};

} // namespace reflekt
