#include "CrashText.h"

#include <cstdio>
#include <random>

namespace reflekt::testing {

std::string crashText(int run, std::int64_t sequence)
{
    std::mt19937_64 rng(static_cast<std::uint64_t>(run) * 1000003ULL + static_cast<std::uint64_t>(sequence));
    std::string text = "run " + std::to_string(run) + " seq " + std::to_string(sequence) + "|";
    const auto length = 100 + rng() % 500;
    static const char* const pieces[] = {"å", "ä", "ö", "ø", "æ", " ", "\n", "e", "t", "n", "r", "a", "s"};
    while (text.size() < length)
        text += pieces[rng() % (sizeof pieces / sizeof pieces[0])];
    return text;
}

std::string crashQuestion(int run, std::int64_t sequence)
{
    std::mt19937_64 rng(static_cast<std::uint64_t>(run) * 7919ULL +
                        static_cast<std::uint64_t>(sequence) * 31ULL);
    return "q" + std::to_string(rng() % 20);
}

std::optional<std::pair<int, std::int64_t>> parseCrashText(const std::string& text)
{
    int run = 0;
    long long seq = 0;
    if (std::sscanf(text.c_str(), "run %d seq %lld|", &run, &seq) != 2)
        return std::nullopt;
    return std::make_pair(run, static_cast<std::int64_t>(seq));
}

std::uint64_t textHash(const std::string& text)
{
    std::uint64_t h = 1469598103934665603ULL;
    for (const unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

} // namespace reflekt::testing
