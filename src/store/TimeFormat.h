#pragma once

#include "store/StoreResult.h"

#include <optional>
#include <string>

namespace reflekt {

/** Days since 1970-01-01 (UTC) of a time; negative times round down. */
std::int64_t utcDay(TimeMs time);

/** "2024-05-03" (UTC) for a time. */
std::string utcDate(TimeMs time);

/** "20240503-140259" (UTC), for file names that sort by time. */
std::string utcStamp(TimeMs time);

/** Days since 1970-01-01 for "2024-05-03", or nullopt if it is not such a date. */
std::optional<std::int64_t> parseUtcDate(const std::string& text);

} // namespace reflekt
