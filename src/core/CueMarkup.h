#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reflekt {

/** A run of cue text with one style. The spans of a cue, joined, give its plain text. */
struct CueSpan {
    std::string text; ///< tags removed, entities decoded, '\n' between cue lines
    bool italic = false;
    bool bold = false;
    bool underline = false;

    bool operator==(const CueSpan&) const = default;
};

/** The cue's `align:` setting. "middle" (an old spelling) reads as center. */
enum class CueAlign { Start, Center, End, Left, Right };

/** The cue's `line:` setting: a percentage of the picture height, or a line number. */
struct CueLine {
    double value = 0.0;   ///< 0..100 for a percentage; a whole number of lines otherwise
    bool percent = false; ///< false: a line number, negative counting from the bottom (-1 = last line)

    bool operator==(const CueLine&) const = default;
};

/** The cue settings Reflekt honours, parsed from the text after the end time. */
struct CuePlacement {
    std::optional<CueLine> line; ///< absent: the viewer's chosen position
    CueAlign align = CueAlign::Center;
    std::optional<double> position; ///< `position:` as a percentage of the width, 0..100

    bool operator==(const CuePlacement&) const = default;
};

/**
 * Cue text to plain text: tags (<b>, <i>, <u>, <v Name>, <c.class>, <lang sv>, <ruby>, <rt>,
 * timestamps such as <00:01.000>) are removed, character references (&amp; &lt; &gt; &nbsp;
 * &lrm; &rlm; and numeric ones) decoded; unknown references are kept as written.
 */
std::string cueTextToPlain(std::string_view cueText);

/**
 * Cue text to styled spans: <i>, <b> and <u> (with or without classes, such as <i.loud>) set
 * italic, bold and underline until their end tag; every other tag is dropped as in cueTextToPlain(),
 * whose result the spans' texts always join to. Adjacent runs of the same style are merged; an end
 * tag with nothing open is ignored, and tags left open end with the cue. Never throws.
 */
std::vector<CueSpan> cueTextToSpans(std::string_view cueText);

/**
 * Parses cue settings ("line:10% align:start position:20%"). Honoured: `line` (a percentage, or
 * a whole line number, optionally negative; a ",start|center|end" suffix is accepted and ignored),
 * `align` (start, center, middle, end, left, right) and `position` (a percentage; a suffix after
 * a comma is ignored). Unknown settings and malformed values are ignored, as the WebVTT spec says.
 */
CuePlacement parseCueSettings(std::string_view settings);

} // namespace reflekt
