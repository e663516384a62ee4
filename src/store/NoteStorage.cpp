#include "store/NoteStorage.h"

#include "store/Database.h"
#include "store/RevisionThinning.h"
#include "store/Transaction.h"

#include <algorithm>

namespace reflekt {

namespace {

constexpr const char* kNoteColumns =
    "id, bundle_id, question_id, text, bundle_version, created_ms, updated_ms";

Note readNote(const Statement& st)
{
    return Note{st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.int64(5), st.int64(6)};
}

} // namespace

NoteStorage::NoteStorage(Database& db, NoteOwner owner) : m_db(db), m_owner(owner) {}

// The owner column is one of two constants chosen here, never a value from outside.
std::string NoteStorage::sql(const char* beforeOwner, const char* afterOwner) const
{
    return std::string(beforeOwner) + (m_owner == NoteOwner::Participant ? "participant_id" : "session_id") +
           afterOwner;
}

std::string NoteStorage::saveAction() const
{
    return m_owner == NoteOwner::Participant ? "save your note" : "save the group's note";
}

StoreResult<SavedNote> NoteStorage::save(std::int64_t ownerId, const std::string& bundleId,
                                         const std::string& bundleVersion, const std::string& questionId,
                                         const std::string& text)
{
    Transaction tx(m_db);
    if (!tx.active())
        return StoreResult<SavedNote>::failure(m_db.describeError(saveAction()));
    auto result = saveInTransaction(ownerId, bundleId, bundleVersion, questionId, text);
    if (!result.ok())
        return result;
    if (!tx.commit())
        return StoreResult<SavedNote>::failure(m_db.describeError(saveAction()));
    return result;
}

StoreResult<SavedNote> NoteStorage::saveInTransaction(std::int64_t ownerId, const std::string& bundleId,
                                                      const std::string& bundleVersion,
                                                      const std::string& questionId, const std::string& text)
{
    using Result = StoreResult<SavedNote>;
    const TimeMs now = m_db.now();
    Statement find = m_db.prepare(sql("SELECT n.id, n.text, n.bundle_version, (SELECT max(r.id) FROM "
                                      "note_revision r WHERE r.note_id = n.id) "
                                      "FROM note n WHERE n.",
                                      " = ?1 AND n.bundle_id = ?2 AND n.question_id = ?3"));
    find.bind(1, ownerId).bind(2, bundleId).bind(3, questionId);
    std::int64_t noteId = 0;
    if (find.step()) {
        noteId = find.int64(0);
        if (find.text(1) == text && find.text(2) == bundleVersion && !find.isNull(3))
            return Result::success(SavedNote{noteId, find.int64(3), now, false});
        Statement update =
            m_db.prepare("UPDATE note SET text = ?1, bundle_version = ?2, updated_ms = ?3 WHERE id = ?4");
        update.bind(1, text).bind(2, bundleVersion).bind(3, now).bind(4, noteId);
        if (!update.run())
            return Result::failure(m_db.describeError(saveAction()));
    } else {
        if (find.failed())
            return Result::failure(m_db.describeError(saveAction()));
        Statement insert = m_db.prepare(sql(
            "INSERT INTO note (", ", bundle_id, question_id, text, bundle_version, created_ms, updated_ms) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"));
        insert.bind(1, ownerId)
            .bind(2, bundleId)
            .bind(3, questionId)
            .bind(4, text)
            .bind(5, bundleVersion)
            .bind(6, now);
        if (!insert.run())
            return Result::failure(m_db.describeError(saveAction()));
        noteId = m_db.lastInsertId();
    }
    Statement revision = m_db.prepare(
        "INSERT INTO note_revision (note_id, text, bundle_version, saved_ms) VALUES (?1, ?2, ?3, ?4)");
    revision.bind(1, noteId).bind(2, text).bind(3, bundleVersion).bind(4, now);
    if (!revision.run())
        return Result::failure(m_db.describeError(saveAction()));
    const std::int64_t revisionId = m_db.lastInsertId();
    if (!thin(noteId, now))
        return Result::failure(m_db.describeError(saveAction()));
    return Result::success(SavedNote{noteId, revisionId, now, true});
}

bool NoteStorage::thin(std::int64_t noteId, TimeMs now)
{
    Statement list = m_db.prepare("SELECT id, saved_ms FROM note_revision WHERE note_id = ?1");
    list.bind(1, noteId);
    std::vector<RevisionStamp> stamps;
    while (list.step())
        stamps.push_back({list.int64(0), list.int64(1)});
    if (list.failed())
        return false;
    const auto drop = RevisionThinning::revisionsToDrop(std::move(stamps), now);
    Statement del = m_db.prepare("DELETE FROM note_revision WHERE id = ?1 AND note_id = ?2");
    for (const auto id : drop) {
        del.reset();
        del.bind(1, id).bind(2, noteId);
        if (!del.run())
            return false;
    }
    return true;
}

StoreResult<std::optional<Note>> NoteStorage::load(std::int64_t ownerId, const std::string& bundleId,
                                                   const std::string& questionId)
{
    using Result = StoreResult<std::optional<Note>>;
    Statement st = m_db.prepare(sql((std::string("SELECT ") + kNoteColumns + " FROM note WHERE ").c_str(),
                                    " = ?1 AND bundle_id = ?2 AND question_id = ?3"));
    st.bind(1, ownerId).bind(2, bundleId).bind(3, questionId);
    if (st.step())
        return Result::success(readNote(st));
    if (st.failed())
        return Result::failure(m_db.describeError("load the note"));
    return Result::success(std::nullopt);
}

StoreResult<std::vector<Note>> NoteStorage::list(std::int64_t ownerId, const std::string& bundleId,
                                                 const std::optional<std::vector<std::string>>& questionIds)
{
    using Result = StoreResult<std::vector<Note>>;
    std::vector<Note> notes;
    Statement st = m_db.prepare(sql((std::string("SELECT ") + kNoteColumns + " FROM note WHERE ").c_str(),
                                    " = ?1 AND bundle_id = ?2 ORDER BY question_id"));
    st.bind(1, ownerId).bind(2, bundleId);
    while (st.step()) {
        Note note = readNote(st);
        if (!questionIds ||
            std::find(questionIds->begin(), questionIds->end(), note.questionId) != questionIds->end())
            notes.push_back(std::move(note));
    }
    if (st.failed())
        return Result::failure(m_db.describeError("load the notes"));
    if (questionIds) {
        // In the order the caller gave (the module's question order).
        std::vector<Note> ordered;
        for (const auto& q : *questionIds)
            for (auto& n : notes)
                if (n.questionId == q)
                    ordered.push_back(std::move(n));
        notes = std::move(ordered);
    }
    return Result::success(std::move(notes));
}

StoreResult<std::vector<NoteRevision>> NoteStorage::history(std::int64_t ownerId, const std::string& bundleId,
                                                            const std::string& questionId)
{
    using Result = StoreResult<std::vector<NoteRevision>>;
    Statement st = m_db.prepare(
        sql("SELECT r.id, r.note_id, r.text, r.bundle_version, r.saved_ms FROM note_revision r "
            "JOIN note n ON n.id = r.note_id WHERE n.",
            " = ?1 AND n.bundle_id = ?2 AND n.question_id = ?3 ORDER BY r.saved_ms DESC, r.id DESC"));
    st.bind(1, ownerId).bind(2, bundleId).bind(3, questionId);
    std::vector<NoteRevision> out;
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), st.text(2), st.text(3), st.int64(4)});
    if (st.failed())
        return Result::failure(m_db.describeError("load the note's history"));
    return Result::success(std::move(out));
}

StoreResult<SavedNote> NoteStorage::restore(std::int64_t ownerId, std::int64_t revisionId)
{
    using Result = StoreResult<SavedNote>;
    Transaction tx(m_db);
    if (!tx.active())
        return Result::failure(m_db.describeError("restore the earlier text"));
    Statement st =
        m_db.prepare(sql("SELECT r.text, r.bundle_version, n.bundle_id, n.question_id FROM note_revision r "
                         "JOIN note n ON n.id = r.note_id WHERE r.id = ?1 AND n.",
                         " = ?2"));
    st.bind(1, revisionId).bind(2, ownerId);
    if (!st.step()) {
        if (st.failed())
            return Result::failure(m_db.describeError("restore the earlier text"));
        return Result::failure(
            "could not restore the earlier text: that version of the note no longer exists (" +
            m_db.file().string() + ")");
    }
    const std::string text = st.text(0);
    const std::string version = st.text(1);
    const std::string bundleId = st.text(2);
    const std::string questionId = st.text(3);
    st = Statement();
    auto result = saveInTransaction(ownerId, bundleId, version, questionId, text);
    if (!result.ok())
        return result;
    if (!tx.commit())
        return Result::failure(m_db.describeError("restore the earlier text"));
    return result;
}

} // namespace reflekt
