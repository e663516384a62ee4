#pragma once

#include "core/XapiStatement.h"
#include "store/ProgressRepository.h"

#include <optional>
#include <string>

namespace reflekt {

class Database;
struct Bundle;

/**
 * Queues xAPI statements into the outbox INSIDE the caller's transaction, so a statement exists
 * exactly when the progress it describes was committed (see docs/xapi.md for the mapping).
 * Every call returns false on an SQLite error; the caller then rolls back. With the outbox off
 * (a database kept at schema 1 by a test) every call does nothing and returns true.
 */
class OutboxWriter {
public:
    OutboxWriter(Database& db, bool enabled);

    bool enabled() const { return m_enabled; }

    /** Remembers the bundle's modules, steps and titles (for module completion and activity names). */
    bool recordStructure(const Bundle& bundle);

    /** Call before a step's open is stored: "launched" the module when it starts a new sitting. */
    bool launchedIfNew(std::int64_t participantId, const StepRef& step);
    /** "progressed" with the share, once per 10 % of share crossed. */
    bool filmProgressed(std::int64_t participantId, const StepRef& step, double shareBefore, double shareAfter);
    /**
     * Marks the step completed (ProgressRepository::markCompletedWithin) and, if that changed
     * anything, queues "completed" for the step and, when every step of the module is now done,
     * for the module. `sessionId` puts the group session into the statements' context.
     */
    bool completeStep(std::int64_t participantId, const StepRef& step, CompletionHow how, TimeMs when,
                      std::optional<std::int64_t> sessionId, std::optional<double> share = std::nullopt);
    /**
     * "answered" a reflection question. Without the "include note text" setting the text is never
     * part of the statement and only the first answer is reported; with it, each changed text is,
     * replacing an earlier answer that has not left the laptop yet.
     */
    bool answered(std::int64_t participantId, const std::string& bundleId, const std::string& bundleVersion,
                  const std::string& questionId, const std::optional<std::string>& previousText,
                  const std::string& text);
    /** "attended" the group session (its end must be stored), for one attending profile. */
    bool attended(std::int64_t participantId, std::int64_t sessionId);

    /** The organisation's ('' scope) or a bundle's setting value. */
    std::optional<std::string> setting(const std::string& scope, const std::string& key);
    /** Bundle setting, else the organisation's, else off. */
    bool includeNoteText(const std::string& bundleId);

private:
    bool queue(std::int64_t participantId, XapiStatement statement, const std::optional<std::string>& replaceKey);
    std::optional<XapiActor> actor(std::int64_t participantId);
    std::optional<std::string> currentVersion(const std::string& bundleId);
    XapiActivity bundleActivity(const std::string& bundleId, const std::string& version);
    XapiActivity moduleActivity(const std::string& bundleId, const std::string& version, const std::string& moduleId);
    XapiActivity stepActivity(const StepRef& step, const std::string& version);
    std::optional<XapiActivity> sessionActivity(std::int64_t sessionId);
    XapiContext contextFor(const std::string& bundleId, const std::string& version, const std::string& moduleId);
    bool moduleComplete(std::int64_t participantId, const std::string& bundleId, const std::string& version,
                        const std::string& moduleId);

    Database& m_db;
    bool m_enabled = true;
};

} // namespace reflekt
