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
    std::vector<Attendee> attendees;
};

/**
 * Group sessions, their attendees and the group's own notes per question (saved and kept in
 * revisions like personal notes, but owned by the session, never by a participant).
 */
class SessionRepository {
public:
    SessionRepository(Database& db, OutboxWriter& outbox);

    /** Starts a session now with its attendees, as one transaction. */
    StoreResult<GroupSession> start(const std::string& bundleId, const std::string& bundleVersion,
                                    const std::string& moduleId, const std::string& facilitator,
                                    const std::vector<std::int64_t>& participantIds,
                                    const std::vector<std::string>& guestNames);

    /**
     * Ends the session now and marks `stepIds` of its module completed (how = group) for every
     * attending profile, in one transaction. A step already completed keeps its first completion.
     * Queues xAPI "attended" (and "completed") for each attending profile in the same transaction.
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

    Database& m_db;
    OutboxWriter& m_outbox;
    NoteStorage m_notes;
};

} // namespace reflekt
