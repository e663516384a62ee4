#pragma once

#include "store/StoreResult.h"

#include <vector>

namespace reflekt {

/** A revision's id and when it was saved, as the thinning rule sees it. */
struct RevisionStamp {
    std::int64_t id = 0;
    TimeMs savedMs = 0;
};

/**
 * Which old note revisions to forget so history stays useful without growing forever:
 * keep every revision of the last hour, the newest of each 10-minute slot for the last day,
 * the newest of each UTC day before that, and always the newest revision of all.
 * Slots are fixed clock slots, so thinning again never removes what it kept before.
 */
class RevisionThinning {
public:
    static constexpr TimeMs kKeepAllMs = 60LL * 60 * 1000;
    static constexpr TimeMs kTenMinutesMs = 10LL * 60 * 1000;
    static constexpr TimeMs kDayMs = 24LL * 60 * 60 * 1000;

    /** Ids of revisions to drop; `revisions` may come in any order. */
    static std::vector<std::int64_t> revisionsToDrop(std::vector<RevisionStamp> revisions, TimeMs now);
};

} // namespace reflekt
