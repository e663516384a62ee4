#pragma once

#include "core/Problem.h"

#include <string>
#include <string_view>
#include <vector>

namespace reflekt {

/** Result of converting an SRT file: the WebVTT text (empty on errors) and every problem. */
struct SrtConversion {
    std::string vtt;
    std::vector<Problem> problems;

    bool ok() const { return !hasErrors(problems); }
};

/**
 * Converts SubRip (SRT) caption bytes to WebVTT text that parseWebVtt() reads cleanly: adds the
 * "WEBVTT" header, writes times as hh:mm:ss.ttt (SRT's comma becomes a full stop), keeps cue
 * numbers as cue identifiers, keeps <i>, <b> and <u>, and strips <font> tags and ASS override
 * tags such as {\an8}. Accepts LF, CRLF and CR, a UTF-8 byte order mark, and bytes that are not
 * valid UTF-8, which are read as Windows-1252 (the usual encoding of older Scandinavian SRT files).
 * Errors name the 1-based line of a block that is not "number, time range, text". Never throws.
 */
SrtConversion convertSrtToWebVtt(std::string_view bytes, const std::string& fileName);

} // namespace reflekt
