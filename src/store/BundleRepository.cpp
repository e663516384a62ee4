#include "store/BundleRepository.h"

#include "core/Bundle.h"
#include "store/Database.h"
#include "store/OutboxWriter.h"
#include "store/Transaction.h"

#include <functional>

namespace reflekt {

BundleRepository::BundleRepository(Database& db, OutboxWriter& outbox) : m_db(db), m_outbox(outbox) {}

std::vector<SeenQuestion> BundleRepository::questionsOf(const Bundle& bundle)
{
    std::vector<SeenQuestion> out;
    std::function<void(const std::string&, const std::vector<Question>&)> walk =
        [&](const std::string& moduleId, const std::vector<Question>& questions) {
            for (const auto& q : questions) {
                out.push_back({moduleId, q.id});
                walk(moduleId, q.children);
            }
        };
    for (const auto& m : bundle.modules)
        for (const auto& s : m.steps)
            walk(m.id, s.questions);
    return out;
}

StoreStatus BundleRepository::recordSeen(const Bundle& bundle, const std::string& contentHash)
{
    const char* action = "remember the bundle version";
    Transaction tx(m_db);
    if (!tx.active() || !recordWithin(bundle.id, bundle.version, contentHash, questionsOf(bundle)) ||
        !m_outbox.recordStructure(bundle) || !tx.commit())
        return StoreStatus::failure(m_db.describeError(action));
    return StoreStatus::success();
}

StoreStatus BundleRepository::recordSeen(const std::string& bundleId, const std::string& version,
                                         const std::string& contentHash,
                                         const std::vector<SeenQuestion>& questions)
{
    const char* action = "remember the bundle version";
    Transaction tx(m_db);
    if (!tx.active() || !recordWithin(bundleId, version, contentHash, questions) || !tx.commit())
        return StoreStatus::failure(m_db.describeError(action));
    return StoreStatus::success();
}

bool BundleRepository::recordWithin(const std::string& bundleId, const std::string& version,
                                    const std::string& contentHash, const std::vector<SeenQuestion>& questions)
{
    Statement seen = m_db.prepare(R"sql(
        INSERT INTO bundle_version (bundle_id, version, content_hash, first_seen_ms, last_seen_ms)
        VALUES (?1, ?2, ?3, ?4, ?4)
        ON CONFLICT (bundle_id, version) DO UPDATE
           SET content_hash = excluded.content_hash, last_seen_ms = excluded.last_seen_ms)sql");
    seen.bind(1, bundleId).bind(2, version).bind(3, contentHash).bind(4, m_db.now());
    if (!seen.run())
        return false;

    // The same version string may come with edited content: its question list is replaced.
    Statement clear = m_db.prepare("DELETE FROM bundle_question WHERE bundle_id = ?1 AND version = ?2");
    clear.bind(1, bundleId).bind(2, version);
    if (!clear.run())
        return false;
    Statement add =
        m_db.prepare("INSERT OR IGNORE INTO bundle_question (bundle_id, version, question_id, module_id, "
                     "position) VALUES (?1, ?2, ?3, ?4, ?5)");
    int position = 0;
    for (const auto& q : questions) {
        add.reset();
        add.bind(1, bundleId).bind(2, version).bind(3, q.questionId).bind(4, q.moduleId).bind(5, position++);
        if (!add.run())
            return false;
    }
    return true;
}

StoreResult<std::vector<BundleVersionSeen>> BundleRepository::versions(const std::string& bundleId)
{
    using Result = StoreResult<std::vector<BundleVersionSeen>>;
    Statement st =
        m_db.prepare("SELECT bundle_id, version, content_hash, first_seen_ms, last_seen_ms "
                     "FROM bundle_version WHERE bundle_id = ?1 ORDER BY last_seen_ms DESC, version DESC");
    st.bind(1, bundleId);
    std::vector<BundleVersionSeen> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1), st.text(2), st.int64(3), st.int64(4)});
    if (st.failed())
        return Result::failure(m_db.describeError("list the bundle versions"));
    return Result::success(std::move(out));
}

StoreResult<std::vector<std::string>> BundleRepository::questionIds(const std::string& bundleId,
                                                                    const std::string& version)
{
    using Result = StoreResult<std::vector<std::string>>;
    Statement st = m_db.prepare(
        "SELECT question_id FROM bundle_question WHERE bundle_id = ?1 AND version = ?2 ORDER BY position");
    st.bind(1, bundleId).bind(2, version);
    std::vector<std::string> out;
    while (st.step())
        out.push_back(st.text(0));
    if (st.failed())
        return Result::failure(m_db.describeError("list the bundle's questions"));
    return Result::success(std::move(out));
}

} // namespace reflekt
