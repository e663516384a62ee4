#pragma once

#include "core/CueMarkup.h"
#include "core/Problem.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reflekt {

/** One caption cue: shown from `start` (inclusive) to `end` (exclusive), in seconds. */
struct Cue {
    double start = 0.0;
    double end = 0.0;
    std::string id;        ///< optional cue identifier, "" when there is none
    std::string text;      ///< plain text for display: tags removed, entities decoded, lines joined by '\n'
    std::string settings;  ///< cue settings as written after the end time ("line:90% align:start")
    std::vector<CueSpan> spans;  ///< the text with <i>, <b>, <u> styling; joined they equal `text`
    CuePlacement placement;      ///< `line`, `align` and `position`, parsed from `settings`
};

/** Result of parsing a WebVTT file: the cues that could be read, sorted by start, and every problem. */
struct VttResult {
    std::vector<Cue> cues;
    std::vector<Problem> problems;

    bool ok() const { return !hasErrors(problems); }
};

/** Caps that keep a hostile caption file from exhausting memory. */
inline constexpr std::size_t kMaxWebVttBytes = 8 * 1024 * 1024;
inline constexpr std::size_t kMaxWebVttProblems = 100;

/**
 * Parses a WebVTT caption file (the W3C WebVTT subset captions need): the "WEBVTT" signature
 * (after an optional byte order mark, followed by optional header text), blank-line separated
 * blocks, NOTE, STYLE and REGION blocks skipped, optional cue identifiers, timestamps as
 * "hh:mm:ss.ttt" or "mm:ss.ttt", cue settings kept as written and parsed by parseCueSettings(),
 * and cue text reduced to plain text by cueTextToPlain() and to styled spans by cueTextToSpans().
 * LF, CRLF and CR line endings are all accepted.
 *
 * Errors (each with the 1-based line): a missing signature (then no cues are read), a malformed
 * timing line, an end before its start, invalid UTF-8 (bad bytes become U+FFFD in the text),
 * a file over kMaxWebVttBytes. Warnings: text outside any cue, zero-length cues, cues out of
 * start order (they are sorted). At most kMaxWebVttProblems problems are listed.
 * `fileName` goes into each problem. Never throws.
 */
VttResult parseWebVtt(std::string_view bytes, const std::string& fileName);

/**
 * Parses one WebVTT timestamp ("01:02:03.456" or "02:03.456") to seconds; nullopt if malformed
 * (minutes or seconds over 59, not exactly three decimals, stray characters).
 */
std::optional<double> parseWebVttTimestamp(std::string_view text);

/**
 * Index of the cue showing at `seconds` in `cues` sorted by start (as parseWebVtt returns them):
 * of the cues with start <= seconds < end, the one that started last. nullopt between cues.
 */
std::optional<std::size_t> cueIndexAt(const std::vector<Cue>& cues, double seconds);

} // namespace reflekt
