#include "store/Migration.h"

#include "store/Database.h"
#include "store/WatchedRangesRepair.h"

namespace reflekt {

namespace {

// Schema 1: the first released schema. See docs/store.md for what each column means.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE participant (
    id           INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    account_name TEXT,
    created_ms   INTEGER NOT NULL
);
CREATE UNIQUE INDEX participant_by_name ON participant(display_name COLLATE NOCASE);

CREATE TABLE bundle_version (
    bundle_id     TEXT NOT NULL,
    version       TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    first_seen_ms INTEGER NOT NULL,
    last_seen_ms  INTEGER NOT NULL,
    PRIMARY KEY (bundle_id, version)
) WITHOUT ROWID;

CREATE TABLE bundle_question (
    bundle_id   TEXT NOT NULL,
    version     TEXT NOT NULL,
    question_id TEXT NOT NULL,
    module_id   TEXT NOT NULL,
    position    INTEGER NOT NULL,
    PRIMARY KEY (bundle_id, version, question_id),
    FOREIGN KEY (bundle_id, version) REFERENCES bundle_version(bundle_id, version) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX bundle_question_by_id ON bundle_question(bundle_id, question_id);

CREATE TABLE group_session (
    id             INTEGER PRIMARY KEY,
    bundle_id      TEXT NOT NULL,
    bundle_version TEXT NOT NULL,
    module_id      TEXT NOT NULL,
    facilitator    TEXT NOT NULL,
    started_ms     INTEGER NOT NULL,
    ended_ms       INTEGER
);
CREATE INDEX group_session_by_module ON group_session(bundle_id, module_id, started_ms);

CREATE TABLE session_attendee (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES group_session(id) ON DELETE CASCADE,
    participant_id INTEGER REFERENCES participant(id),
    guest_name     TEXT,
    CHECK ((participant_id IS NULL) <> (guest_name IS NULL))
);
CREATE UNIQUE INDEX session_attendee_profile ON session_attendee(session_id, participant_id)
    WHERE participant_id IS NOT NULL;
CREATE INDEX session_attendee_by_participant ON session_attendee(participant_id);

CREATE TABLE step_progress (
    participant_id       INTEGER NOT NULL REFERENCES participant(id),
    bundle_id            TEXT NOT NULL,
    module_id            TEXT NOT NULL,
    step_id              TEXT NOT NULL,
    state                TEXT NOT NULL DEFAULT 'opened' CHECK (state IN ('opened', 'completed')),
    first_opened_ms      INTEGER,
    last_opened_ms       INTEGER,
    film_position_s      REAL,
    film_duration_s      REAL,
    watched_ranges       TEXT NOT NULL DEFAULT '',
    watched_share        REAL NOT NULL DEFAULT 0,
    completed_ms         INTEGER,
    completed_how        TEXT CHECK (completed_how IN ('alone', 'group')),
    completed_session_id INTEGER REFERENCES group_session(id),
    PRIMARY KEY (participant_id, bundle_id, module_id, step_id)
) WITHOUT ROWID;
CREATE INDEX step_progress_recent ON step_progress(participant_id, bundle_id, last_opened_ms);

CREATE TABLE note (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER REFERENCES participant(id),
    session_id     INTEGER REFERENCES group_session(id),
    bundle_id      TEXT NOT NULL,
    question_id    TEXT NOT NULL,
    text           TEXT NOT NULL,
    bundle_version TEXT NOT NULL,
    created_ms     INTEGER NOT NULL,
    updated_ms     INTEGER NOT NULL,
    CHECK ((participant_id IS NULL) <> (session_id IS NULL))
);
CREATE UNIQUE INDEX note_by_participant ON note(participant_id, bundle_id, question_id)
    WHERE participant_id IS NOT NULL;
CREATE UNIQUE INDEX note_by_session ON note(session_id, question_id) WHERE session_id IS NOT NULL;

CREATE TABLE note_revision (
    id             INTEGER PRIMARY KEY,
    note_id        INTEGER NOT NULL REFERENCES note(id),
    text           TEXT NOT NULL,
    bundle_version TEXT NOT NULL,
    saved_ms       INTEGER NOT NULL
);
CREATE INDEX note_revision_by_note ON note_revision(note_id, saved_ms);
)sql";

// Schema 2: the xAPI outbox (statements queued in the same transaction as the progress they
// describe), xAPI settings per organisation ('' scope) or bundle, the bundle's modules and steps
// (to know when a module is complete, and to name activities), question texts, session UUIDs.
constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE xapi_outbox (
    id              INTEGER PRIMARY KEY,
    statement_id    TEXT NOT NULL UNIQUE,
    participant_id  INTEGER NOT NULL REFERENCES participant(id),
    statement       TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'rejected')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    replace_key     TEXT,
    created_ms      INTEGER NOT NULL,
    sent_ms         INTEGER
);
CREATE INDEX xapi_outbox_waiting ON xapi_outbox(state, next_attempt_ms, id);
CREATE INDEX xapi_outbox_by_participant ON xapi_outbox(participant_id, id);
CREATE INDEX xapi_outbox_replace ON xapi_outbox(replace_key) WHERE replace_key IS NOT NULL;

CREATE TABLE xapi_setting (
    scope TEXT NOT NULL,
    key   TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (scope, key)
) WITHOUT ROWID;

CREATE TABLE bundle_step (
    bundle_id TEXT NOT NULL,
    version   TEXT NOT NULL,
    module_id TEXT NOT NULL,
    step_id   TEXT NOT NULL,
    position  INTEGER NOT NULL,
    step_type TEXT NOT NULL,
    title     TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (bundle_id, version, module_id, step_id),
    FOREIGN KEY (bundle_id, version) REFERENCES bundle_version(bundle_id, version) ON DELETE CASCADE
) WITHOUT ROWID;

ALTER TABLE bundle_version ADD COLUMN title TEXT NOT NULL DEFAULT '{}';
ALTER TABLE bundle_version ADD COLUMN module_titles TEXT NOT NULL DEFAULT '{}';
ALTER TABLE bundle_question ADD COLUMN title TEXT NOT NULL DEFAULT '{}';
ALTER TABLE group_session ADD COLUMN xapi_id TEXT;
)sql";

// Schema 4: a group session runs over one or more meetings (issue 15). Each meeting has its own
// attendance and the items the wall showed in it; the session remembers where the group stopped
// and which steps were planned. Every earlier session becomes a session of one meeting, attended
// by everyone on its roster, ended at its end or, for one kept open, at its last saved note.
constexpr const char* kSchemaV4 = R"sql(
CREATE TABLE session_meeting (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES group_session(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    started_ms  INTEGER NOT NULL,
    last_ms     INTEGER NOT NULL,
    ended_ms    INTEGER,
    UNIQUE (session_id, number)
);

CREATE TABLE meeting_attendee (
    meeting_id  INTEGER NOT NULL REFERENCES session_meeting(id) ON DELETE CASCADE,
    attendee_id INTEGER NOT NULL REFERENCES session_attendee(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, attendee_id)
) WITHOUT ROWID;
CREATE INDEX meeting_attendee_by_attendee ON meeting_attendee(attendee_id);

CREATE TABLE meeting_item (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES session_meeting(id) ON DELETE CASCADE,
    step_id     TEXT NOT NULL,
    question_id TEXT NOT NULL DEFAULT '',
    shown_ms    INTEGER NOT NULL,
    UNIQUE (meeting_id, step_id, question_id)
);

ALTER TABLE group_session ADD COLUMN planned_steps TEXT NOT NULL DEFAULT '';
ALTER TABLE group_session ADD COLUMN resume_step TEXT;
ALTER TABLE group_session ADD COLUMN resume_question TEXT;

INSERT INTO session_meeting (session_id, number, started_ms, last_ms, ended_ms)
    SELECT s.id, 1, s.started_ms,
           MAX(s.started_ms, COALESCE(s.ended_ms, (SELECT MAX(n.updated_ms) FROM note n WHERE n.session_id = s.id),
                                      s.started_ms)),
           MAX(s.started_ms, COALESCE(s.ended_ms, (SELECT MAX(n.updated_ms) FROM note n WHERE n.session_id = s.id),
                                      s.started_ms))
    FROM group_session s;
INSERT INTO meeting_attendee (meeting_id, attendee_id)
    SELECT m.id, a.id FROM session_meeting m JOIN session_attendee a ON a.session_id = m.session_id;
)sql";

// Schema 5: what the room sent from phones during a group session (issue 20). No column could
// tell one phone from another; the answers go with their session.
constexpr const char* kSchemaV5 = R"sql(
CREATE TABLE room_answer (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES group_session(id) ON DELETE CASCADE,
    meeting_id  INTEGER REFERENCES session_meeting(id) ON DELETE SET NULL,
    question_id TEXT NOT NULL,
    body        TEXT NOT NULL,
    received_ms INTEGER NOT NULL,
    hidden      INTEGER NOT NULL DEFAULT 0,
    shown       INTEGER NOT NULL DEFAULT 0,
    in_minutes  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX room_answer_by_question ON room_answer(session_id, question_id, id);
)sql";

} // namespace

const std::vector<Migration>& builtInMigrations()
{
    static const std::vector<Migration> migrations = {
        {1, "create the first schema", [](Database& db) { return db.exec(kSchemaV1); }},
        {2, "add the xAPI outbox", [](Database& db) { return db.exec(kSchemaV2); }},
        // Schema 3 changes no table of schema 2; it adds the repair log (issue 13).
        {3, "repair watched ranges written with a decimal comma", WatchedRangesRepair::migrate,
         WatchedRangesRepair::notice},
        {4, "let a group session run over several meetings", [](Database& db) { return db.exec(kSchemaV4); }},
        {5, "keep the answers the room sends from phones", [](Database& db) { return db.exec(kSchemaV5); }},
    };
    return migrations;
}

int currentSchemaVersion()
{
    return builtInMigrations().back().version;
}

} // namespace reflekt
