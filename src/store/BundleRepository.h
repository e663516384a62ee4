#pragma once

#include "store/StoreResult.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace reflekt {

class Database;
class OutboxWriter;
struct Bundle;

/** One version of a bundle this computer has seen. */
struct BundleVersionSeen {
    std::string bundleId;
    std::string version;
    std::string contentHash;
    TimeMs firstSeenMs = 0;
    TimeMs lastSeenMs = 0;
};

/** A question id and the module it sat in, in one bundle version. */
struct SeenQuestion {
    std::string moduleId;
    std::string questionId;
};

/**
 * Bundles seen, with the question ids each version had, so a note whose question disappeared in a
 * new version can be shown as belonging to the earlier version instead of vanishing.
 */
class BundleRepository {
public:
    BundleRepository(Database& db, OutboxWriter& outbox);

    /** Records that `bundle` (with this content hash) was opened now; one transaction. */
    StoreStatus recordSeen(const Bundle& bundle, const std::string& contentHash);
    /** Same, from plain ids (the question list replaces what was stored for this version). */
    StoreStatus recordSeen(const std::string& bundleId, const std::string& version,
                           const std::string& contentHash, const std::vector<SeenQuestion>& questions);

    /** Versions of a bundle, most recently seen first. */
    StoreResult<std::vector<BundleVersionSeen>> versions(const std::string& bundleId);
    /** Question ids of one version, in bundle order. */
    StoreResult<std::vector<std::string>> questionIds(const std::string& bundleId,
                                                      const std::string& version);

    /** Extracts (module id, question id) pairs, depth first, from a bundle. */
    static std::vector<SeenQuestion> questionsOf(const Bundle& bundle);

private:
    bool recordWithin(const std::string& bundleId, const std::string& version, const std::string& contentHash,
                      const std::vector<SeenQuestion>& questions);

    Database& m_db;
    OutboxWriter& m_outbox;
};

} // namespace reflekt
