#include "core/WebVtt.h"

#include "core/FileSniffer.h"
#include "core/UnicodeText.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace reflekt {

namespace {

constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kArrow = "-->";

bool contains(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\f';
}

// Blank lines separate blocks. The spec wants them empty; a line of only spaces is taken as blank
// too, since authors cannot see the difference and the spec's reading would glue the next cue's
// identifier onto the text of the one before.
bool isBlank(std::string_view line)
{
    return std::all_of(line.begin(), line.end(), isSpace);
}

// True if `line` is `keyword` alone or followed by a space or tab ("NOTE", "NOTE this is...").
bool startsBlock(std::string_view line, std::string_view keyword)
{
    if (line.substr(0, keyword.size()) != keyword)
        return false;
    return line.size() == keyword.size() || line[keyword.size()] == ' ' || line[keyword.size()] == '\t';
}

// Collects up to `maxDigits` ASCII digits at `pos`; nullopt if none or too many.
std::optional<std::uint64_t> collectDigits(std::string_view s, std::size_t& pos, std::size_t& count,
                                           std::size_t maxDigits)
{
    std::uint64_t value = 0;
    count = 0;
    while (pos < s.size() && isDigit(s[pos])) {
        if (++count > maxDigits)
            return std::nullopt;
        value = value * 10 + static_cast<std::uint64_t>(s[pos] - '0');
        ++pos;
    }
    if (count == 0)
        return std::nullopt;
    return value;
}

// The WebVTT spec's "collect a WebVTT timestamp", starting at `pos` and advancing past it.
std::optional<double> collectTimestamp(std::string_view s, std::size_t& pos)
{
    std::size_t count = 0;
    auto first = collectDigits(s, pos, count, 10);  // hours beyond 10 digits are nonsense
    if (!first)
        return std::nullopt;
    const bool hasHours = count != 2 || *first > 59;
    if (pos >= s.size() || s[pos] != ':')
        return std::nullopt;
    ++pos;
    auto second = collectDigits(s, pos, count, 2);
    if (!second || count != 2)
        return std::nullopt;
    std::uint64_t hours = 0;
    std::uint64_t minutes = *first;
    std::uint64_t seconds = *second;
    if (hasHours || (pos < s.size() && s[pos] == ':')) {
        if (pos >= s.size() || s[pos] != ':')
            return std::nullopt;
        ++pos;
        auto third = collectDigits(s, pos, count, 2);
        if (!third || count != 2)
            return std::nullopt;
        hours = *first;
        minutes = *second;
        seconds = *third;
    }
    if (pos >= s.size() || s[pos] != '.')
        return std::nullopt;
    ++pos;
    auto millis = collectDigits(s, pos, count, 3);
    if (!millis || count != 3 || minutes > 59 || seconds > 59)
        return std::nullopt;
    return static_cast<double>(hours * 3600 + minutes * 60 + seconds) +
           static_cast<double>(*millis) / 1000.0;
}

std::string formatTimestamp(double seconds)
{
    const auto millis = static_cast<std::uint64_t>(std::llround(seconds * 1000.0));
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%02llu:%02llu:%02llu.%03llu",
                  static_cast<unsigned long long>(millis / 3600000),
                  static_cast<unsigned long long>(millis / 60000 % 60),
                  static_cast<unsigned long long>(millis / 1000 % 60),
                  static_cast<unsigned long long>(millis % 1000));
    return buffer;
}

// The token at `pos` (up to white space), for messages; shortened so a hostile line stays readable.
std::string tokenAt(std::string_view s, std::size_t pos)
{
    std::size_t end = pos;
    while (end < s.size() && !isSpace(s[end]) && end - pos < 40)
        ++end;
    std::string token(s.substr(pos, end - pos));
    return token.empty() ? std::string("(nothing)") : '"' + token + '"';
}

// Skips a time written loosely ("00:00:01,000", "1:02.5") at `pos`; true if it had a fraction.
bool skipLooseTime(std::string_view s, std::size_t& pos, bool& hasFraction)
{
    std::size_t count = 0;
    if (!collectDigits(s, pos, count, 10))
        return false;
    int colons = 0;
    while (pos < s.size() && s[pos] == ':' && colons < 2) {
        ++pos;
        if (!collectDigits(s, pos, count, 10))
            return false;
        ++colons;
    }
    if (colons == 0)
        return false;
    hasFraction = false;
    if (pos + 1 < s.size() && (s[pos] == '.' || s[pos] == ',') && isDigit(s[pos + 1])) {
        ++pos;
        collectDigits(s, pos, count, 10);
        hasFraction = true;
    }
    return true;
}

// Skips what an author may have typed for the arrow: '-', '>', '=', '~', en or em dash, U+2192.
bool skipArrowLike(std::string_view s, std::size_t& pos)
{
    const std::size_t begin = pos;
    while (pos < s.size()) {
        const char c = s[pos];
        if (c == '-' || c == '>' || c == '=' || c == '~') {
            ++pos;
        } else if (s.substr(pos, 3) == "\xE2\x80\x93" || s.substr(pos, 3) == "\xE2\x80\x94" ||
                   s.substr(pos, 3) == "\xE2\x86\x92") {
            pos += 3;
        } else {
            break;
        }
    }
    return pos > begin;
}

// True if `line` looks like a time range an author meant as a cue timing ("00:01.000 -> 00:03.000"),
// whether or not it parses. A fraction is required so that caption text like "10:00 - 11:00"
// stays text.
bool looksLikeTimeRange(std::string_view line)
{
    std::size_t pos = 0;
    while (pos < line.size() && isSpace(line[pos]))
        ++pos;
    bool startFraction = false;
    bool endFraction = false;
    if (!skipLooseTime(line, pos, startFraction))
        return false;
    while (pos < line.size() && isSpace(line[pos]))
        ++pos;
    if (!skipArrowLike(line, pos))
        return false;
    while (pos < line.size() && isSpace(line[pos]))
        ++pos;
    if (!skipLooseTime(line, pos, endFraction))
        return false;
    return (startFraction || endFraction) && (pos == line.size() || isSpace(line[pos]));
}

// A line read as a cue timing: anything with "-->", or a time range with a mistyped arrow.
bool isTimingLine(std::string_view line)
{
    return contains(line, kArrow) || looksLikeTimeRange(line);
}

std::string trimmed(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return std::string(s.substr(0, 80));
}

// The message for a time that did not parse; a comma (SRT style) gets the fix spelled out.
std::string badTimeMessage(const char* which, std::string_view line, std::size_t pos)
{
    std::string token = tokenAt(line, pos);
    std::string message = std::string("bad ") + which + " time " + token;
    bool dummy = false;
    std::size_t end = pos;
    const std::size_t comma = line.find(',', pos);
    if (skipLooseTime(line, end, dummy) && comma != std::string_view::npos && comma < end) {
        std::string fixed(line.substr(pos, end - pos));
        std::replace(fixed.begin(), fixed.end(), ',', '.');
        return message + ": a comma in a time: WebVTT writes " + fixed + " with a full stop";
    }
    return message + " (expected mm:ss.ttt or hh:mm:ss.ttt)";
}

// True if the text starts like an SRT file: a cue number, then "hh:mm:ss,mmm --> hh:mm:ss,mmm".
bool looksLikeSrt(const std::vector<std::string_view>& lines)
{
    std::size_t i = 0;
    while (i < lines.size() && isBlank(lines[i]))
        ++i;
    if (i + 1 >= lines.size())
        return false;
    const std::string number = trimmed(lines[i]);
    if (number.empty() || !std::all_of(number.begin(), number.end(), isDigit))
        return false;
    const std::string_view timing = lines[i + 1];
    return contains(timing, kArrow) && timing.find(',') != std::string_view::npos &&
           looksLikeTimeRange(timing);
}

class Parser {
public:
    Parser(const std::string& fileName, VttResult& result) : m_fileName(fileName), m_result(result) {}

    void addProblem(Severity severity, std::size_t line, std::string message, std::size_t column = 0)
    {
        if (m_result.problems.size() >= kMaxWebVttProblems) {
            ++m_omitted;
            m_omittedError = m_omittedError || severity == Severity::Error;
            return;
        }
        Problem p;
        p.severity = severity;
        p.file = m_fileName;
        p.line = line;
        p.column = column;
        p.message = std::move(message);
        m_result.problems.push_back(std::move(p));
    }

    void finish()
    {
        if (m_omitted == 0)
            return;
        Problem p;
        p.severity = m_omittedError ? Severity::Error : Severity::Warning;
        p.file = m_fileName;
        p.message = std::to_string(m_omitted) + " more problems not listed";
        m_result.problems.push_back(std::move(p));
    }

    // Parses the timing line at `lineNo`; adds an error and returns false if it is malformed.
    bool parseTiming(std::string_view line, std::size_t lineNo, Cue& cue)
    {
        std::size_t pos = 0;
        while (pos < line.size() && isSpace(line[pos]))
            ++pos;
        const std::size_t startPos = pos;
        auto start = collectTimestamp(line, pos);
        if (!start) {
            addProblem(Severity::Error, lineNo, badTimeMessage("start", line, startPos), startPos + 1);
            return false;
        }
        while (pos < line.size() && isSpace(line[pos]))
            ++pos;
        if (line.substr(pos, kArrow.size()) != kArrow) {
            addProblem(Severity::Error, lineNo,
                       '"' + trimmed(line) + "\" is not a cue timing: the arrow is \"-->\"", pos + 1);
            return false;
        }
        pos += kArrow.size();
        while (pos < line.size() && isSpace(line[pos]))
            ++pos;
        const std::size_t endPos = pos;
        auto end = collectTimestamp(line, pos);
        if (!end) {
            addProblem(Severity::Error, lineNo, badTimeMessage("end", line, endPos), endPos + 1);
            return false;
        }
        if (*end < *start) {
            addProblem(Severity::Error, lineNo,
                       "cue ends (" + formatTimestamp(*end) + ") before it starts (" +
                           formatTimestamp(*start) + ")",
                       endPos + 1);
            return false;
        }
        if (*end == *start)
            addProblem(Severity::Warning, lineNo, "cue has zero length and is never shown", endPos + 1);
        while (pos < line.size() && isSpace(line[pos]))
            ++pos;
        cue.start = *start;
        cue.end = *end;
        cue.settings = std::string(line.substr(pos));
        while (!cue.settings.empty() && isSpace(cue.settings.back()))
            cue.settings.pop_back();
        return true;
    }

private:
    const std::string& m_fileName;
    VttResult& m_result;
    std::size_t m_omitted = 0;
    bool m_omittedError = false;
};

// Replaces ill-formed UTF-8 and NUL with U+FFFD; returns the offset of the first bad byte, if any.
std::optional<std::size_t> sanitize(std::string_view in, std::string& out)
{
    std::optional<std::size_t> firstBad;
    out.reserve(in.size());
    std::size_t pos = 0;
    while (pos < in.size()) {
        std::size_t length = utf8SequenceLength(in, pos);
        if (length == 0) {
            if (!firstBad)
                firstBad = pos;
            out += kReplacementChar;
            ++pos;
        } else if (in[pos] == '\0') {
            out += kReplacementChar;
            ++pos;
        } else {
            out.append(in.substr(pos, length));
            pos += length;
        }
    }
    return firstBad;
}

} // namespace

std::optional<double> parseWebVttTimestamp(std::string_view text)
{
    std::size_t pos = 0;
    auto value = collectTimestamp(text, pos);
    if (!value || pos != text.size())
        return std::nullopt;
    return value;
}

VttResult parseWebVtt(std::string_view bytes, const std::string& fileName)
{
    VttResult result;
    Parser parser(fileName, result);
    if (bytes.size() > kMaxWebVttBytes) {
        parser.addProblem(Severity::Error, 0,
                          "caption file is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                              std::to_string(kMaxWebVttBytes));
        return result;
    }
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        bytes.remove_prefix(3);

    std::string text;
    if (auto bad = sanitize(bytes, text)) {
        const auto before = splitLines(bytes.substr(0, *bad + 1));
        const std::size_t line = before.empty() ? 1 : before.size();
        const std::size_t column = before.empty() ? 1 : before.back().size();
        parser.addProblem(Severity::Error, line, "invalid UTF-8 (the file must be saved as UTF-8)", column);
    }
    const std::vector<std::string_view> lines = splitLines(text);
    const std::size_t n = lines.size();

    if (n == 0 || !startsBlock(lines[0], "WEBVTT")) {
        std::string message = "missing \"WEBVTT\" signature on the first line";
        if (looksLikeSrt(lines)) {
            // A .vtt name holding SRT is converted in place, which the command only does when told.
            const bool vttName = fileName.size() >= 4 && fileName.substr(fileName.size() - 4) == ".vtt";
            message += ": this looks like an SRT file; Reflekt can convert it: reflekt convert-captions " +
                       std::string(vttName ? "--force " : "") + fileName;
        }
        parser.addProblem(Severity::Error, 1, message);
        parser.finish();
        return result;
    }

    // Header text runs to the first blank line; a timing line also ends it, as in the spec.
    std::size_t i = 1;
    while (i < n && !isBlank(lines[i]) && !isTimingLine(lines[i]))
        ++i;

    std::vector<std::size_t> cueLines;  // timing line of each cue, for messages

    while (i < n) {
        if (isBlank(lines[i])) {
            ++i;
            continue;
        }
        Cue cue;
        if (!isTimingLine(lines[i])) {
            const std::string_view first = lines[i];
            if (startsBlock(first, "NOTE") || startsBlock(first, "STYLE") || startsBlock(first, "REGION")) {
                while (i < n && !isBlank(lines[i]))
                    ++i;
                continue;
            }
            if (i + 1 >= n || !isTimingLine(lines[i + 1])) {
                parser.addProblem(Severity::Warning, i + 1,
                                  "text outside any cue is ignored (is a timing line missing above it?)");
                ++i;
                while (i < n && !isBlank(lines[i]) && !isTimingLine(lines[i]))
                    ++i;
                continue;
            }
            cue.id = std::string(first);
            ++i;
        }

        const std::size_t timingLine = i + 1;
        const bool timingOk = parser.parseTiming(lines[i], timingLine, cue);
        ++i;
        // Cue text runs to a blank line, or to the next timing line when the blank line is missing.
        std::string raw;
        for (bool firstLine = true; i < n && !isBlank(lines[i]) && !isTimingLine(lines[i]); ++i) {
            if (!firstLine)
                raw += '\n';
            raw.append(lines[i]);
            firstLine = false;
        }
        if (!timingOk)
            continue;
        cue.text = cueTextToPlain(raw);
        cue.spans = cueTextToSpans(raw);
        cue.placement = parseCueSettings(cue.settings);
        result.cues.push_back(std::move(cue));
        cueLines.push_back(timingLine);
    }

    auto byStart = [](const Cue& a, const Cue& b) { return a.start < b.start; };
    auto unsorted = std::is_sorted_until(result.cues.begin(), result.cues.end(), byStart);
    if (unsorted != result.cues.end()) {
        const std::size_t line = cueLines[static_cast<std::size_t>(unsorted - result.cues.begin())];
        parser.addProblem(Severity::Warning, line,
                          "cue starts before the cue above it; cues are shown sorted by start time");
        std::stable_sort(result.cues.begin(), result.cues.end(), byStart);
    }
    parser.finish();
    return result;
}

std::optional<std::size_t> cueIndexAt(const std::vector<Cue>& cues, double seconds)
{
    if (std::isnan(seconds))
        return std::nullopt;
    auto it = std::upper_bound(cues.begin(), cues.end(), seconds,
                               [](double t, const Cue& cue) { return t < cue.start; });
    // Cues may overlap: walk back to the latest-starting cue that is still showing.
    auto k = static_cast<std::size_t>(it - cues.begin());
    while (k > 0) {
        --k;
        if (seconds < cues[k].end)
            return k;
    }
    return std::nullopt;
}

} // namespace reflekt
