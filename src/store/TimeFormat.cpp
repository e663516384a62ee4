#include "store/TimeFormat.h"

#include <chrono>
#include <cstdio>

namespace reflekt {

namespace {

constexpr TimeMs kDayMs = 24LL * 60 * 60 * 1000;

std::chrono::year_month_day ymdOf(std::int64_t day)
{
    return std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(day)));
}

} // namespace

TimeMs systemNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::int64_t utcDay(TimeMs time)
{
    return time >= 0 ? time / kDayMs : -((-time + kDayMs - 1) / kDayMs);
}

std::string utcDate(TimeMs time)
{
    const auto ymd = ymdOf(utcDay(time));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

std::string utcStamp(TimeMs time)
{
    const auto ymd = ymdOf(utcDay(time));
    const TimeMs msOfDay = time - utcDay(time) * kDayMs;
    const auto secs = static_cast<int>(msOfDay / 1000);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d%02u%02u-%02d%02d%02d", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), secs / 3600,
                  (secs / 60) % 60, secs % 60);
    return buf;
}

std::optional<std::int64_t> parseUtcDate(const std::string& text)
{
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    char tail = 0;
    if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3)
        return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
    if (!ymd.ok())
        return std::nullopt;
    return std::chrono::sys_days(ymd).time_since_epoch().count();
}

} // namespace reflekt
