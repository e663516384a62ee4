#include "core/DescriptionTrack.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

namespace reflekt {

namespace {

constexpr double kTimeSlack = 0.0005; // WebVTT times have millisecond precision

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> splitLines(std::string_view bytes)
{
    std::vector<std::string_view> lines;
    std::size_t begin = 0;
    for (std::size_t i = 0; i <= bytes.size(); ++i) {
        if (i == bytes.size() || bytes[i] == '\n' || bytes[i] == '\r') {
            lines.push_back(bytes.substr(begin, i - begin));
            if (i < bytes.size() && bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')
                ++i;
            begin = i + 1;
        }
    }
    return lines;
}

struct TimingLine {
    double start = 0;
    double end = 0;
    std::size_t line = 0;
    bool used = false;
};

// The timing lines of the file with their 1-based line numbers, so that a problem with a cue can
// name the line an author looks for (parseWebVtt's cues carry no line).
std::vector<TimingLine> timingLines(const std::vector<std::string_view>& lines)
{
    std::vector<TimingLine> out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto arrow = lines[i].find("-->");
        if (arrow == std::string_view::npos)
            continue;
        const auto start = parseWebVttTimestamp(trim(lines[i].substr(0, arrow)));
        std::string_view rest = trim(lines[i].substr(arrow + 3));
        rest = rest.substr(0, rest.find_first_of(" \t"));
        const auto end = parseWebVttTimestamp(rest);
        if (start && end)
            out.push_back({*start, *end, i + 1, false});
    }
    return out;
}

std::size_t lineOf(std::vector<TimingLine>& timings, const Cue& cue)
{
    for (TimingLine& t : timings) {
        if (!t.used && std::abs(t.start - cue.start) < kTimeSlack && std::abs(t.end - cue.end) < kTimeSlack) {
            t.used = true;
            return t.line;
        }
    }
    return 0;
}

bool isBlankText(const std::string& text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// The header is the text after "WEBVTT" up to the first blank line; "Kind: captions" there says
// the file was made for another purpose.
std::optional<std::string> headerKind(const std::vector<std::string_view>& lines, std::size_t& lineNo)
{
    for (std::size_t i = 1; i < lines.size() && !trim(lines[i]).empty(); ++i) {
        const std::string_view line = trim(lines[i]);
        if (line.substr(0, 5) == "Kind:") {
            lineNo = i + 1;
            return std::string(trim(line.substr(5)));
        }
    }
    return std::nullopt;
}

} // namespace

std::string formatCueTime(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        seconds = 0;
    const auto ms = static_cast<long long>(std::llround(seconds * 1000));
    char buf[48];
    std::snprintf(buf, sizeof buf, "%lld:%02lld.%03lld", ms / 60000, (ms / 1000) % 60, ms % 1000);
    return buf;
}

DescriptionTrackResult parseDescriptionTrack(std::string_view bytes, const std::string& fileName,
                                             double filmSeconds)
{
    VttResult vtt = parseWebVtt(bytes, fileName);
    DescriptionTrackResult result;
    result.problems = std::move(vtt.problems);
    result.cues = std::move(vtt.cues);
    auto add = [&](Severity severity, std::size_t line, std::string message) {
        result.problems.push_back({severity, fileName, {}, std::move(message), line, 0});
    };

    const std::vector<std::string_view> lines = splitLines(bytes);
    std::size_t kindLine = 0;
    if (const auto kind = headerKind(lines, kindLine); kind && *kind != "descriptions")
        add(Severity::Warning, kindLine,
            "the header says \"Kind: " + *kind + "\"; a description track is \"Kind: descriptions\"");

    std::vector<TimingLine> timings = timingLines(lines);
    const Cue* previous = nullptr;
    for (const Cue& cue : result.cues) {
        const std::size_t line = lineOf(timings, cue);
        if (isBlankText(cue.text))
            add(Severity::Error, line,
                "the description at " + formatCueTime(cue.start) + " has no text to speak");
        if (previous && cue.start + kTimeSlack < previous->end)
            add(Severity::Error, line,
                "the description at " + formatCueTime(cue.start) + " starts before the one at " +
                    formatCueTime(previous->start) + " ends (" + formatCueTime(previous->end) +
                    "): descriptions are spoken one at a time");
        if (filmSeconds > 0 && cue.start >= filmSeconds)
            add(Severity::Error, line,
                "the description at " + formatCueTime(cue.start) + " starts after the end of the film (" +
                    formatCueTime(filmSeconds) + ")");
        else if (filmSeconds > 0 && cue.end > filmSeconds + kTimeSlack)
            add(Severity::Error, line,
                "the description at " + formatCueTime(cue.start) + " ends at " + formatCueTime(cue.end) +
                    ", after the end of the film (" + formatCueTime(filmSeconds) + ")");
        previous = &cue;
    }
    if (result.cues.empty() && !hasErrors(result.problems))
        add(Severity::Warning, 0, "the description track has no cues");
    return result;
}

} // namespace reflekt
