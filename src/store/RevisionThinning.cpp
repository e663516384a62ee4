#include "store/RevisionThinning.h"

#include <algorithm>
#include <set>
#include <utility>

namespace reflekt {

std::vector<std::int64_t> RevisionThinning::revisionsToDrop(std::vector<RevisionStamp> revisions, TimeMs now)
{
    // Newest first (ties: higher id is newer), so the first revision met in a slot is its newest.
    std::sort(revisions.begin(), revisions.end(), [](const RevisionStamp& a, const RevisionStamp& b) {
        return a.savedMs != b.savedMs ? a.savedMs > b.savedMs : a.id > b.id;
    });
    std::vector<std::int64_t> drop;
    std::set<std::pair<int, TimeMs>> slotsTaken; // (granularity, slot number)
    for (std::size_t i = 0; i < revisions.size(); ++i) {
        const auto& r = revisions[i];
        const TimeMs age = now - r.savedMs;
        if (i == 0 || age < kKeepAllMs)
            continue; // the newest revision, and everything of the last hour
        const bool withinDay = age < kDayMs;
        const int granularity = withinDay ? 0 : 1;
        const TimeMs slot = r.savedMs / (withinDay ? kTenMinutesMs : kDayMs);
        if (!slotsTaken.insert({granularity, slot}).second)
            drop.push_back(r.id);
    }
    return drop;
}

} // namespace reflekt
