#include "store/OutboxRepository.h"

#include "store/Database.h"
#include "store/Transaction.h"

#include <cstdlib>

namespace reflekt {

namespace {

constexpr const char* kEntryColumns = "SELECT statement_id, participant_id, statement, state, attempts, "
                                      "next_attempt_ms, coalesce(last_error, ''), created_ms FROM xapi_outbox ";

OutboxEntry readEntry(const Statement& st)
{
    OutboxEntry e;
    e.statementId = st.text(0);
    e.participantId = st.int64(1);
    e.json = st.text(2);
    const std::string state = st.text(3);
    e.state = state == "sent" ? OutboxState::Sent : state == "rejected" ? OutboxState::Rejected : OutboxState::Pending;
    e.attempts = st.int32(4);
    e.nextAttemptMs = st.int64(5);
    e.lastError = st.text(6);
    e.createdMs = st.int64(7);
    return e;
}

} // namespace

OutboxRepository::OutboxRepository(Database& db) : m_db(db) {}

StoreResult<std::vector<OutboxEntry>> OutboxRepository::takeBatch(int limit)
{
    using Result = StoreResult<std::vector<OutboxEntry>>;
    const char* action = "read the statements waiting to be sent";
    Transaction tx(m_db);
    if (!tx.active())
        return Result::failure(m_db.describeError(action));
    Statement st = m_db.prepare(std::string(kEntryColumns) +
                                "WHERE state = 'pending' AND next_attempt_ms <= ?1 ORDER BY id LIMIT ?2");
    st.bind(1, m_db.now()).bind(2, limit);
    std::vector<OutboxEntry> out;
    while (st.step())
        out.push_back(readEntry(st));
    if (st.failed())
        return Result::failure(m_db.describeError(action));
    st = Statement();
    Statement count = m_db.prepare("UPDATE xapi_outbox SET attempts = attempts + 1 WHERE statement_id = ?1");
    for (auto& e : out) {
        count.reset();
        count.bind(1, e.statementId);
        if (!count.run())
            return Result::failure(m_db.describeError(action));
        ++e.attempts;
    }
    if (!tx.commit())
        return Result::failure(m_db.describeError(action));
    return Result::success(std::move(out));
}

StoreStatus OutboxRepository::updateEach(const std::vector<std::string>& ids, const char* sql,
                                         const std::string& text, TimeMs when, const char* action)
{
    Transaction tx(m_db);
    if (!tx.active())
        return StoreStatus::failure(m_db.describeError(action));
    Statement st = m_db.prepare(sql);
    for (const auto& id : ids) {
        st.reset();
        st.bind(1, id).bind(2, text).bind(3, when);
        if (!st.run())
            return StoreStatus::failure(m_db.describeError(action));
    }
    if (!tx.commit())
        return StoreStatus::failure(m_db.describeError(action));
    return StoreStatus::success();
}

StoreStatus OutboxRepository::markSent(const std::vector<std::string>& statementIds)
{
    return updateEach(statementIds,
                      "UPDATE xapi_outbox SET state = 'sent', sent_ms = ?3, last_error = nullif(?2, '') "
                      "WHERE statement_id = ?1 AND state = 'pending'",
                      {}, m_db.now(), "remember which statements were sent");
}

StoreStatus OutboxRepository::markRejected(const std::string& statementId, const std::string& reason)
{
    return updateEach({statementId},
                      "UPDATE xapi_outbox SET state = 'rejected', last_error = ?2, next_attempt_ms = ?3 "
                      "WHERE statement_id = ?1 AND state = 'pending'",
                      reason, m_db.now(), "set a refused statement aside");
}

StoreStatus OutboxRepository::retryLater(const std::vector<std::string>& statementIds, const std::string& error,
                                         TimeMs nextAttemptMs)
{
    return updateEach(statementIds,
                      "UPDATE xapi_outbox SET last_error = ?2, next_attempt_ms = ?3 "
                      "WHERE statement_id = ?1 AND state = 'pending'",
                      error, nextAttemptMs, "plan the next attempt to send");
}

StoreStatus OutboxRepository::makeAllDue()
{
    Statement st = m_db.prepare("UPDATE xapi_outbox SET next_attempt_ms = 0 WHERE state = 'pending'");
    if (!st.run())
        return StoreStatus::failure(m_db.describeError("plan the next attempt to send"));
    return StoreStatus::success();
}

StoreResult<OutboxCounts> OutboxRepository::counts()
{
    Statement st = m_db.prepare("SELECT state, count(*) FROM xapi_outbox GROUP BY state");
    OutboxCounts c;
    while (st.step()) {
        const std::string state = st.text(0);
        const int n = st.int32(1);
        (state == "sent" ? c.sent : state == "rejected" ? c.rejected : c.pending) = n;
    }
    if (st.failed())
        return StoreResult<OutboxCounts>::failure(m_db.describeError("count the statements to send"));
    return StoreResult<OutboxCounts>::success(c);
}

StoreResult<std::vector<OutboxEntry>> OutboxRepository::rejected()
{
    using Result = StoreResult<std::vector<OutboxEntry>>;
    Statement st = m_db.prepare(std::string(kEntryColumns) + "WHERE state = 'rejected' ORDER BY id DESC");
    std::vector<OutboxEntry> out;
    while (st.step())
        out.push_back(readEntry(st));
    if (st.failed())
        return Result::failure(m_db.describeError("list the refused statements"));
    return Result::success(std::move(out));
}

StoreResult<std::vector<OutboxEntry>> OutboxRepository::statementsOf(std::int64_t participantId)
{
    using Result = StoreResult<std::vector<OutboxEntry>>;
    Statement st = m_db.prepare(std::string(kEntryColumns) +
                                "WHERE participant_id = ?1 AND state <> 'rejected' ORDER BY id");
    st.bind(1, participantId);
    std::vector<OutboxEntry> out;
    while (st.step())
        out.push_back(readEntry(st));
    if (st.failed())
        return Result::failure(m_db.describeError("read the statements"));
    return Result::success(std::move(out));
}

StoreResult<std::optional<std::string>> OutboxRepository::setting(const std::string& scope, const std::string& key)
{
    using Result = StoreResult<std::optional<std::string>>;
    Statement st = m_db.prepare("SELECT value FROM xapi_setting WHERE scope = ?1 AND key = ?2");
    st.bind(1, scope).bind(2, key);
    if (st.step())
        return Result::success(st.text(0));
    if (st.failed())
        return Result::failure(m_db.describeError("read the reporting settings"));
    return Result::success(std::nullopt);
}

StoreStatus OutboxRepository::setSetting(const std::string& scope, const std::string& key, const std::string& value)
{
    Statement st = m_db.prepare("INSERT INTO xapi_setting (scope, key, value) VALUES (?1, ?2, ?3) "
                                "ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value");
    st.bind(1, scope).bind(2, key).bind(3, value);
    if (!st.run())
        return StoreStatus::failure(m_db.describeError("save the reporting settings"));
    return StoreStatus::success();
}

StoreResult<XapiConfig> OutboxRepository::config()
{
    XapiConfig c;
    auto endpoint = setting("", "endpoint");
    auto homePage = setting("", "home_page");
    auto include = setting("", "include_note_text");
    if (!endpoint.ok() || !homePage.ok() || !include.ok())
        return StoreResult<XapiConfig>::failure(m_db.describeError("read the reporting settings"));
    c.endpoint = endpoint.value->value_or("");
    c.homePage = homePage.value->value_or("");
    c.includeNoteText = include.value->value_or("0") == "1";
    return StoreResult<XapiConfig>::success(c);
}

StoreStatus OutboxRepository::setEndpoint(const std::string& endpoint)
{
    return setSetting("", "endpoint", endpoint);
}

StoreStatus OutboxRepository::setHomePage(const std::string& homePage)
{
    return setSetting("", "home_page", homePage);
}

StoreStatus OutboxRepository::setIncludeNoteText(const std::string& bundleId, bool include)
{
    return setSetting(bundleId, "include_note_text", include ? "1" : "0");
}

StoreStatus OutboxRepository::clearIncludeNoteText(const std::string& bundleId)
{
    Statement st = m_db.prepare("DELETE FROM xapi_setting WHERE scope = ?1 AND key = 'include_note_text'");
    st.bind(1, bundleId);
    if (!st.run())
        return StoreStatus::failure(m_db.describeError("save the reporting settings"));
    return StoreStatus::success();
}

StoreResult<bool> OutboxRepository::includeNoteText(const std::string& bundleId)
{
    auto own = setting(bundleId, "include_note_text");
    auto org = setting("", "include_note_text");
    if (!own.ok() || !org.ok())
        return StoreResult<bool>::failure(m_db.describeError("read the reporting settings"));
    const auto value = *own.value ? *own.value : *org.value;
    return StoreResult<bool>::success(value && *value == "1");
}

StoreStatus OutboxRepository::recordSync(TimeMs when, const std::string& error)
{
    Transaction tx(m_db);
    if (!tx.active())
        return StoreStatus::failure(m_db.describeError("remember the last sync"));
    if (auto s = setSetting("", "last_sync_error", error); !s.ok())
        return s;
    if (error.empty())
        if (auto s = setSetting("", "last_sync_ms", std::to_string(when)); !s.ok())
            return s;
    if (!tx.commit())
        return StoreStatus::failure(m_db.describeError("remember the last sync"));
    return StoreStatus::success();
}

StoreResult<std::optional<TimeMs>> OutboxRepository::lastSuccessfulSync()
{
    using Result = StoreResult<std::optional<TimeMs>>;
    auto value = setting("", "last_sync_ms");
    if (!value.ok())
        return Result::failure(value.error);
    if (!*value.value)
        return Result::success(std::nullopt);
    return Result::success(std::strtoll((*value.value)->c_str(), nullptr, 10));
}

StoreResult<std::string> OutboxRepository::lastSyncError()
{
    auto value = setting("", "last_sync_error");
    if (!value.ok())
        return StoreResult<std::string>::failure(value.error);
    return StoreResult<std::string>::success(value.value->value_or(""));
}

} // namespace reflekt
