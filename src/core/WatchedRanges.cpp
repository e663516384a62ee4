#include "core/WatchedRanges.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace reflekt {

namespace {

// Three decimals (milliseconds), trailing zeros trimmed: "12.5", "16", "6.133". std::to_chars
// ignores the C locale: snprintf("%.3f") wrote "12,500" under sv_SE/nb_NO, the same character
// that separates ranges, and the next parse made up ranges from the pieces (issue 13).
std::string formatSeconds(double value)
{
    char buf[64];
    const auto fixed = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, 3);
    if (fixed.ec != std::errc()) {
        // Too many digits for fixed notation (absurd seconds): the shortest form still reads back.
        const auto shortest = std::to_chars(buf, buf + sizeof buf, value);
        return shortest.ec == std::errc() ? std::string(buf, shortest.ptr) : std::string("0");
    }
    std::string s(buf, fixed.ptr);
    while (s.back() == '0')
        s.pop_back();
    if (s.back() == '.')
        s.pop_back();
    return s;
}

bool parseDouble(const std::string& text, double& out)
{
    const char* begin = text.data();
    const char* end = begin + text.size();
    auto [ptr, ec] = std::from_chars(begin, end, out);
    return ec == std::errc() && ptr == end && std::isfinite(out);
}

} // namespace

void WatchedRanges::add(WatchedInterval interval, double durationSeconds)
{
    if (!std::isfinite(interval.from) || !std::isfinite(interval.to))
        return;
    if (interval.to < interval.from)
        std::swap(interval.from, interval.to);
    interval.from = std::max(0.0, interval.from);
    if (durationSeconds > 0.0)
        interval.to = std::min(interval.to, durationSeconds);
    if (interval.to <= interval.from)
        return;

    // Insert in order, then fold every range that overlaps or nearly touches the new one.
    auto pos =
        std::lower_bound(m_ranges.begin(), m_ranges.end(), interval,
                         [](const WatchedInterval& a, const WatchedInterval& b) { return a.from < b.from; });
    pos = m_ranges.insert(pos, interval);
    std::vector<WatchedInterval> merged;
    merged.reserve(m_ranges.size());
    for (const auto& r : m_ranges) {
        if (!merged.empty() && r.from <= merged.back().to + kJoinGapSeconds)
            merged.back().to = std::max(merged.back().to, r.to);
        else
            merged.push_back(r);
    }
    m_ranges = std::move(merged);
}

void WatchedRanges::merge(const WatchedRanges& other)
{
    for (const auto& r : other.m_ranges)
        add(r);
}

double WatchedRanges::watchedSeconds() const
{
    double total = 0.0;
    for (const auto& r : m_ranges)
        total += r.to - r.from;
    return total;
}

double WatchedRanges::share(double durationSeconds) const
{
    if (!(durationSeconds > 0.0))
        return 0.0;
    double covered = 0.0;
    for (const auto& r : m_ranges)
        covered += std::max(0.0, std::min(r.to, durationSeconds) - r.from);
    return std::clamp(covered / durationSeconds, 0.0, 1.0);
}

bool WatchedRanges::meetsRequiredShare(double durationSeconds, double requiredShare) const
{
    if (!(durationSeconds > 0.0))
        return false;
    // A tiny tolerance so 0.9 of a 600 s film is not missed by floating-point rounding.
    return share(durationSeconds) + 1e-9 >= requiredShare;
}

std::string WatchedRanges::serialize() const
{
    std::string out;
    for (const auto& r : m_ranges) {
        if (!out.empty())
            out += ',';
        out += formatSeconds(r.from);
        out += '-';
        out += formatSeconds(r.to);
    }
    return out;
}

WatchedRanges WatchedRanges::parse(const std::string& text)
{
    WatchedRanges result;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t comma = text.find(',', start);
        if (comma == std::string::npos)
            comma = text.size();
        const std::string part = text.substr(start, comma - start);
        const std::size_t dash = part.find('-');
        double from = 0.0;
        double to = 0.0;
        if (dash != std::string::npos && parseDouble(part.substr(0, dash), from) &&
            parseDouble(part.substr(dash + 1), to))
            result.add({from, to});
        start = comma + 1;
    }
    return result;
}

} // namespace reflekt
