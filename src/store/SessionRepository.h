#pragma once

#include "store/Note.h"
#include "store/NoteStorage.h"

#include <optional>
#include <string>
#include <vector>

namespace reflekt {

class Database;
class OutboxWriter;

/** Someone at a group session: a profile on this computer, or a guest known only by name. */
struct Attendee {
    std::optional<std::int64_t> participantId;
    std::string guestName; ///< set only for guests
    std::int64_t id = 0;   ///< the row in the session's roster
};

/** Something the wall showed: a whole step (film, text, activity) or one question of a reflection. */
struct SessionItemKey {
    std::string stepId;
    std::string questionId; ///< empty for a whole step

    friend bool operator==(const SessionItemKey&, const SessionItemKey&) = default;
};

/**
 * One meeting of a group session. A session over a module may run over several meetings (a
 * series): each has its own date, duration, attendance and the items the wall showed in it.
 */
struct SessionMeeting {
    std::int64_t id = 0;
    int number = 1; ///< 1 for the first meeting of the session
    TimeMs startedMs = 0;
    TimeMs lastActivityMs = 0;     ///< when an item was last shown (or the start)
    std::optional<TimeMs> endedMs; ///< unset while the meeting runs (or if it never ended cleanly)
    std::vector<Attendee> attendees;
    std::vector<SessionItemKey> shown; ///< items first shown in this meeting, in the order shown
};

/** A facilitated group session over one module. */
struct GroupSession {
    std::int64_t id = 0;
    std::string bundleId;
    std::string bundleVersion;
    std::string moduleId;
    std::string facilitator;
    TimeMs startedMs = 0;
    std::optional<TimeMs> endedMs;
    std::vector<Attendee> attendees;       ///< everyone who came to any meeting, in order of arrival
    std::vector<std::string> plannedSteps; ///< steps chosen at the start; empty: all of the module
    std::vector<SessionMeeting> meetings;  ///< oldest first; never empty for a stored session
    std::optional<SessionItemKey> resumeAt; ///< where the group stopped

    /** The meeting that is running (the last one, if it has not ended). */
    const SessionMeeting* openMeeting() const;
    /** Whether the item was shown at any meeting. */
    bool wasShown(const SessionItemKey& item) const;
};

/**
 * Group sessions, their attendees and the group's own notes per question (saved and kept in
 * revisions like personal notes, but owned by the session, never by a participant).
 */
class SessionRepository {
public:
    SessionRepository(Database& db, OutboxWriter& outbox);

    /** Starts a session now, with its first meeting and who is there, as one transaction. */
    StoreResult<GroupSession> start(const std::string& bundleId, const std::string& bundleVersion,
                                    const std::string& moduleId, const std::string& facilitator,
                                    const std::vector<std::int64_t>& participantIds,
                                    const std::vector<std::string>& guestNames,
                                    const std::vector<std::string>& plannedSteps = {});

    /**
     * Starts the next meeting of an open session now with the people present (profiles, and guests
     * by name: a name already on the roster is the same guest). A meeting left running (the laptop
     * died) is ended at its last activity first. Returns the session as it is now.
     */
    StoreResult<GroupSession> startMeeting(std::int64_t sessionId, const std::vector<std::int64_t>& participantIds,
                                           const std::vector<std::string>& guestNames);

    /**
     * The wall shows `item` in the running meeting: remembered as where the group is (to resume
     * there) and, the first time in this meeting, as covered in it. One small transaction.
     */
    StoreStatus recordShown(std::int64_t sessionId, const SessionItemKey& item);

    /** Ends the running meeting now and keeps the session open for the next one. */
    StoreStatus endMeeting(std::int64_t sessionId);

    /**
     * Ends the running meeting and the session now and marks `stepIds` completed (how = group) for
     * the profiles that earned them, in one transaction: a profile is credited with a step when it
     * was present at a meeting where the wall showed (part of) that step; a step the wall never
     * showed but the facilitator ticks goes to those present at the last meeting. A step already
     * completed keeps its first completion. Queues xAPI "attended" for each profile that came to
     * any meeting, and "completed" for each credit, in the same transaction.
     */
    StoreStatus finish(std::int64_t sessionId, const std::vector<std::string>& stepIds);

    StoreResult<std::optional<GroupSession>> find(std::int64_t sessionId);
    /** Sessions of a module, newest first. */
    StoreResult<std::vector<GroupSession>> listForModule(const std::string& bundleId,
                                                         const std::string& moduleId);
    /** Sessions the participant attended, newest first. */
    StoreResult<std::vector<GroupSession>> listForParticipant(std::int64_t participantId);

    /** Saves the group's note for a question (one durable transaction, revisions kept). */
    StoreResult<SavedNote> saveGroupNote(std::int64_t sessionId, const std::string& questionId,
                                         const std::string& text);
    StoreResult<std::vector<Note>> groupNotes(std::int64_t sessionId);
    StoreResult<std::vector<NoteRevision>> groupNoteHistory(std::int64_t sessionId,
                                                            const std::string& questionId);
    StoreResult<SavedNote> restoreGroupNoteRevision(std::int64_t sessionId, std::int64_t revisionId);

private:
    StoreResult<std::vector<GroupSession>> query(const std::string& sql, std::int64_t id,
                                                 const std::string& a, const std::string& b);
    bool loadAttendees(GroupSession& session);
    bool loadMeetings(GroupSession& session);
    /** Starts the session's next meeting (number 1 for a new session) with the people present. */
    bool openMeeting(std::int64_t sessionId, TimeMs now, const std::vector<std::int64_t>& participantIds,
                     const std::vector<std::string>& guestNames);
    /** Adds people to the roster (if new) and to the meeting; false on a database error. */
    bool addToMeeting(std::int64_t sessionId, std::int64_t meetingId, const std::vector<std::int64_t>& participantIds,
                      const std::vector<std::string>& guestNames);

    Database& m_db;
    OutboxWriter& m_outbox;
    NoteStorage m_notes;
};

} // namespace reflekt
