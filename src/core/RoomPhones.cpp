#include "core/RoomPhones.h"

#include "core/RoomToken.h"

#include <algorithm>

namespace reflekt {

namespace {
constexpr std::int64_t kMinuteMs = 60000;
}

RoomPhones::RoomPhones(std::size_t maxPhones, int answersPerMinute)
    : m_maxPhones(maxPhones), m_answersPerMinute(answersPerMinute)
{
}

std::optional<std::string> RoomPhones::admit(const std::string& key, std::int64_t nowMs)
{
    if (auto it = m_phones.find(key); it != m_phones.end()) {
        it->second.lastSeenMs = nowMs;
        return key;
    }
    if (m_phones.size() >= m_maxPhones)
        return std::nullopt;
    std::string fresh = randomRoomToken(22);
    m_phones[fresh].lastSeenMs = nowMs;
    return fresh;
}

bool RoomPhones::knows(const std::string& key) const
{
    return !key.empty() && m_phones.count(key) > 0;
}

void RoomPhones::touch(const std::string& key, std::int64_t nowMs)
{
    if (auto it = m_phones.find(key); it != m_phones.end())
        it->second.lastSeenMs = std::max(it->second.lastSeenMs, nowMs);
}

bool RoomPhones::takeAnswer(const std::string& key, std::int64_t nowMs)
{
    auto it = m_phones.find(key);
    if (it == m_phones.end())
        return false;
    Phone& phone = it->second;
    phone.lastSeenMs = std::max(phone.lastSeenMs, nowMs);
    while (!phone.answerTimes.empty() && phone.answerTimes.front() <= nowMs - kMinuteMs)
        phone.answerTimes.pop_front();
    if (static_cast<int>(phone.answerTimes.size()) >= m_answersPerMinute)
        return false;
    phone.answerTimes.push_back(nowMs);
    return true;
}

int RoomPhones::secondsUntilNext(const std::string& key, std::int64_t nowMs) const
{
    auto it = m_phones.find(key);
    if (it == m_phones.end() || it->second.answerTimes.empty())
        return 1;
    const std::int64_t waitMs = it->second.answerTimes.front() + kMinuteMs - nowMs;
    return static_cast<int>(std::max<std::int64_t>(1, (waitMs + 999) / 1000));
}

int RoomPhones::activeCount(std::int64_t nowMs, std::int64_t windowMs) const
{
    return static_cast<int>(std::count_if(m_phones.begin(), m_phones.end(), [&](const auto& entry) {
        return entry.second.lastSeenMs > nowMs - windowMs;
    }));
}

} // namespace reflekt
