#include "core/SrtConverter.h"

#include "core/FileSniffer.h"
#include "core/UnicodeText.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <optional>

namespace reflekt {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\f';
}

bool isBlank(std::string_view line)
{
    return std::all_of(line.begin(), line.end(), isSpace);
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; its five unassigned bytes map to C1 controls.
std::string decodeWindows1252(std::string_view bytes)
{
    static constexpr std::uint16_t kHigh[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 4);
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        appendUtf8(out, b >= 0x80 && b < 0xA0 ? kHigh[b - 0x80] : b);
    }
    return out;
}

std::optional<std::uint64_t> digits(std::string_view s, std::size_t& pos, std::size_t maxCount)
{
    std::uint64_t value = 0;
    std::size_t count = 0;
    while (pos < s.size() && isDigit(s[pos]) && count < maxCount) {
        value = value * 10 + static_cast<std::uint64_t>(s[pos] - '0');
        ++pos;
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return value;
}

// An SRT time "hh:mm:ss,mmm" (a full stop and one to three decimals accepted too), in milliseconds.
std::optional<std::uint64_t> srtTime(std::string_view s, std::size_t& pos)
{
    auto h = digits(s, pos, 6);
    if (!h || pos >= s.size() || s[pos] != ':')
        return std::nullopt;
    ++pos;
    auto m = digits(s, pos, 2);
    if (!m || pos >= s.size() || s[pos] != ':')
        return std::nullopt;
    ++pos;
    auto sec = digits(s, pos, 2);
    if (!sec || *m > 59 || *sec > 59)
        return std::nullopt;
    std::uint64_t millis = 0;
    if (pos < s.size() && (s[pos] == ',' || s[pos] == '.')) {
        ++pos;
        const std::size_t begin = pos;
        auto frac = digits(s, pos, 3);
        if (!frac)
            return std::nullopt;
        millis = *frac;
        for (std::size_t n = pos - begin; n < 3; ++n)
            millis *= 10;
    }
    return (*h * 3600 + *m * 60 + *sec) * 1000 + millis;
}

// "00:00:01,000 --> 00:00:03,000", optionally followed by SRT's X1:... coordinates (dropped).
bool parseSrtTiming(std::string_view line, std::uint64_t& start, std::uint64_t& end)
{
    std::size_t pos = 0;
    while (pos < line.size() && isSpace(line[pos]))
        ++pos;
    auto a = srtTime(line, pos);
    while (pos < line.size() && isSpace(line[pos]))
        ++pos;
    if (!a || line.substr(pos, 3) != "-->")
        return false;
    pos += 3;
    while (pos < line.size() && isSpace(line[pos]))
        ++pos;
    auto b = srtTime(line, pos);
    if (!b || (pos < line.size() && !isSpace(line[pos])))
        return false;
    start = *a;
    end = *b;
    return true;
}

std::string formatTime(std::uint64_t millis)
{
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%02llu:%02llu:%02llu.%03llu",
                  static_cast<unsigned long long>(millis / 3600000),
                  static_cast<unsigned long long>(millis / 60000 % 60),
                  static_cast<unsigned long long>(millis / 1000 % 60),
                  static_cast<unsigned long long>(millis % 1000));
    return buffer;
}

bool startsWithNoCase(std::string_view s, std::string_view prefix)
{
    if (s.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i])
            return false;
    return true;
}

// Strips ASS override tags ({\an8}, {\i1}) and <font ...>/</font>; keeps every other tag. A line
// that would read as a WebVTT timing ("-->") gets the arrow broken, since WebVTT forbids it in text.
std::string cleanText(std::string_view line)
{
    std::string out;
    for (std::size_t i = 0; i < line.size();) {
        if (line[i] == '{' && i + 1 < line.size() && line[i + 1] == '\\') {
            const std::size_t close = line.find('}', i);
            if (close != std::string_view::npos) {
                i = close + 1;
                continue;
            }
        }
        if (line[i] == '<' && (startsWithNoCase(line.substr(i), "<font") ||
                               startsWithNoCase(line.substr(i), "</font"))) {
            const std::size_t close = line.find('>', i);
            if (close != std::string_view::npos) {
                i = close + 1;
                continue;
            }
        }
        out += line[i];
        ++i;
    }
    for (std::size_t at = out.find("-->"); at != std::string::npos; at = out.find("-->", at))
        out.replace(at, 3, "->");
    return out;
}

} // namespace

SrtConversion convertSrtToWebVtt(std::string_view bytes, const std::string& fileName)
{
    SrtConversion result;
    auto problem = [&](std::size_t line, std::string message) {
        Problem p;
        p.severity = Severity::Error;
        p.file = fileName;
        p.line = line;
        p.message = std::move(message);
        result.problems.push_back(std::move(p));
    };
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        bytes.remove_prefix(3);
    const std::string text = isValidUtf8(bytes) ? std::string(bytes) : decodeWindows1252(bytes);
    const std::vector<std::string_view> lines = splitLines(text);
    const std::size_t n = lines.size();

    std::string vtt = "WEBVTT\n";
    std::size_t cues = 0;
    for (std::size_t i = 0; i < n && result.problems.size() < 100;) {
        if (isBlank(lines[i])) {
            ++i;
            continue;
        }
        const std::size_t blockLine = i + 1;
        std::string id;
        const std::string_view first = trim(lines[i]);
        if (!first.empty() && std::all_of(first.begin(), first.end(), isDigit)) {
            id = std::string(first);
            ++i;
        }
        std::uint64_t start = 0;
        std::uint64_t end = 0;
        if (i >= n || !parseSrtTiming(lines[i], start, end)) {
            const std::size_t at = i < n ? i + 1 : blockLine;
            const std::string shown = i < n ? std::string(trim(lines[i]).substr(0, 80)) : std::string();
            problem(at, "\"" + shown + "\" is not an SRT time range (expected 00:00:01,000 --> 00:00:03,000)");
            while (i < n && !isBlank(lines[i]))
                ++i;
            continue;
        }
        if (end < start)
            problem(i + 1, "cue ends (" + formatTime(end) + ") before it starts (" + formatTime(start) + ")");
        ++i;
        vtt += '\n';
        if (!id.empty())
            vtt += id + '\n';
        vtt += formatTime(start) + " --> " + formatTime(end) + '\n';
        for (; i < n && !isBlank(lines[i]); ++i)
            vtt += cleanText(lines[i]) + '\n';
        ++cues;
    }
    if (cues == 0 && result.problems.empty())
        problem(1, "no cues found: an SRT file is blocks of a number, a time range and text");
    if (result.ok())
        result.vtt = std::move(vtt);
    return result;
}

} // namespace reflekt
