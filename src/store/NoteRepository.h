#pragma once

#include "store/Note.h"
#include "store/NoteStorage.h"

#include <optional>
#include <vector>

namespace reflekt {

class Database;
class OutboxWriter;

/**
 * A participant's reflection notes. Every call takes the participant id and reads or writes only
 * that participant's notes. Notes are keyed by the bundle's stable question ids.
 */
class NoteRepository {
public:
    NoteRepository(Database& db, OutboxWriter& outbox);

    /**
     * Saves the text as one transaction and returns only once it is durable. Keeps the previous
     * text as a revision (thinned over time); saving unchanged text adds nothing.
     * `bundleVersion` is the version of the bundle the participant is writing against.
     * Queues xAPI "answered" in the same transaction (without the text unless the organisation or
     * bundle setting "include note text" is on; see OutboxWriter::answered).
     */
    StoreResult<SavedNote> save(std::int64_t participantId, const std::string& bundleId,
                                const std::string& bundleVersion, const std::string& questionId,
                                const std::string& text);

    /** One note, or nullopt if the participant has not written one. */
    StoreResult<std::optional<Note>> load(std::int64_t participantId, const std::string& bundleId,
                                          const std::string& questionId);

    /** All of the participant's notes for a bundle, ordered by question id. */
    StoreResult<std::vector<Note>> loadForBundle(std::int64_t participantId, const std::string& bundleId);

    /** The participant's notes for these questions (e.g. one module's), in the order given. */
    StoreResult<std::vector<Note>> loadForQuestions(std::int64_t participantId, const std::string& bundleId,
                                                    const std::vector<std::string>& questionIds);

    /** The note's revisions, newest first (the first one is the current text). */
    StoreResult<std::vector<NoteRevision>> history(std::int64_t participantId, const std::string& bundleId,
                                                   const std::string& questionId);

    /** Makes an earlier revision's text the current one, as a new save; fails for another's revision. */
    StoreResult<SavedNote> restoreRevision(std::int64_t participantId, std::int64_t revisionId);

    /**
     * Notes whose question is not in `currentVersion` of the bundle (as recorded by BundleRepository),
     * each with the newest earlier version that had the question. Such notes are never deleted.
     */
    StoreResult<std::vector<OrphanedNote>>
    orphanedNotes(std::int64_t participantId, const std::string& bundleId, const std::string& currentVersion);

private:
    Database& m_db;
    OutboxWriter& m_outbox;
    NoteStorage m_storage;
};

} // namespace reflekt
