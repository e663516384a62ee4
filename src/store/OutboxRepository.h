#pragma once

#include "store/StoreResult.h"

#include <optional>
#include <string>
#include <vector>

namespace reflekt {

class Database;

/** Where a queued statement is: waiting, acknowledged by the LRS, or set aside for good. */
enum class OutboxState { Pending, Sent, Rejected };

/** One statement in the outbox. */
struct OutboxEntry {
    std::string statementId;
    std::int64_t participantId = 0;
    std::string json; ///< the statement exactly as it will be sent (never rebuilt)
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    TimeMs nextAttemptMs = 0;
    std::string lastError;
    TimeMs createdMs = 0;
};

/** How many statements are in each state. */
struct OutboxCounts {
    int pending = 0;
    int sent = 0;
    int rejected = 0;
};

/** The organisation's xAPI settings (kept in the database, never the secret). */
struct XapiConfig {
    std::string endpoint;        ///< e.g. "https://lrs.example.org/xapi/" (statements resource below it)
    std::string homePage;        ///< actor account homePage; empty = the endpoint's origin
    bool includeNoteText = false; ///< organisation default; a bundle may override it
};

/**
 * The xAPI outbox: statements queued by the repositories in the same transaction as the progress
 * they describe (OutboxWriter), handed out in batches to a sender, and kept until the LRS
 * acknowledged them. Also the xAPI settings and the last sync's outcome.
 */
class OutboxRepository {
public:
    explicit OutboxRepository(Database& db);

    /**
     * Up to `limit` pending statements that are due (next attempt not in the future), oldest
     * first. Each one's attempt count goes up: from then on it may have reached the LRS, so it is
     * never replaced in the outbox again.
     */
    StoreResult<std::vector<OutboxEntry>> takeBatch(int limit);
    /** The LRS stored these (or already had them): they leave the outbox's pending set. */
    StoreStatus markSent(const std::vector<std::string>& statementIds);
    /** The LRS refused this one for good (409 conflict, 400 invalid): kept aside with the reason. */
    StoreStatus markRejected(const std::string& statementId, const std::string& reason);
    /** Not acknowledged (network, server or auth error): try again at `nextAttemptMs`. */
    StoreStatus retryLater(const std::vector<std::string>& statementIds, const std::string& error,
                           TimeMs nextAttemptMs);

    /** "Send now": every pending statement is due at once, whatever its backoff said. */
    StoreStatus makeAllDue();

    StoreResult<OutboxCounts> counts();
    /** Statements the LRS refused, newest first, with the reason. */
    StoreResult<std::vector<OutboxEntry>> rejected();
    /** Every statement about one participant that was not refused (pending and sent), oldest first. */
    StoreResult<std::vector<OutboxEntry>> statementsOf(std::int64_t participantId);

    StoreResult<XapiConfig> config();
    StoreStatus setEndpoint(const std::string& endpoint);
    StoreStatus setHomePage(const std::string& homePage);
    /** The organisation's default (`bundleId` empty) or one bundle's choice. */
    StoreStatus setIncludeNoteText(const std::string& bundleId, bool include);
    /** Clears a bundle's own choice, so the organisation's default applies. */
    StoreStatus clearIncludeNoteText(const std::string& bundleId);
    StoreResult<bool> includeNoteText(const std::string& bundleId);

    /** Remembers the outcome of a sync attempt (empty error = it worked). */
    StoreStatus recordSync(TimeMs when, const std::string& error);
    /** When a sync last worked, if ever. */
    StoreResult<std::optional<TimeMs>> lastSuccessfulSync();
    /** The last sync's error, empty if it worked. */
    StoreResult<std::string> lastSyncError();

private:
    StoreStatus setSetting(const std::string& scope, const std::string& key, const std::string& value);
    StoreResult<std::optional<std::string>> setting(const std::string& scope, const std::string& key);
    StoreStatus updateEach(const std::vector<std::string>& ids, const char* sql, const std::string& text,
                           TimeMs when, const char* action);

    Database& m_db;
};

} // namespace reflekt
