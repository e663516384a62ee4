#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>

namespace reflekt {

/**
 * The phones that have opened the room's page, known only by a random key the page carries (in a
 * cookie and in the form). Kept in memory while the room is open, never stored: it exists to limit
 * how many answers one phone sends a minute and to count the phones connected.
 */
class RoomPhones {
public:
    RoomPhones(std::size_t maxPhones, int answersPerMinute);

    /** `key` if it is a phone's, else a new key; nullopt when the room already has maxPhones. */
    std::optional<std::string> admit(const std::string& key, std::int64_t nowMs);
    bool knows(const std::string& key) const;
    /** Marks the phone as still there (its page asked what is on the wall). */
    void touch(const std::string& key, std::int64_t nowMs);
    /** True and counted if the phone may send one more answer now; false when over its limit. */
    bool takeAnswer(const std::string& key, std::int64_t nowMs);
    /** Seconds until the phone may send again (1 or more), for Retry-After. */
    int secondsUntilNext(const std::string& key, std::int64_t nowMs) const;
    /** Phones heard from within the last `windowMs`. */
    int activeCount(std::int64_t nowMs, std::int64_t windowMs = 30000) const;

private:
    struct Phone {
        std::int64_t lastSeenMs = 0;
        std::deque<std::int64_t> answerTimes; ///< within the last minute
    };
    std::unordered_map<std::string, Phone> m_phones;
    std::size_t m_maxPhones;
    int m_answersPerMinute;
};

} // namespace reflekt
