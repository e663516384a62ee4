#pragma once

#include "core/Problem.h"
#include "core/WebVtt.h"

#include <string>
#include <string_view>
#include <vector>

namespace reflekt {

/** A description track read and checked: its cues (sorted by start) and every problem found. */
struct DescriptionTrackResult {
    std::vector<Cue> cues;
    std::vector<Problem> problems;

    bool ok() const { return !hasErrors(problems); }
};

/**
 * Reads an audio description track: a WebVTT file whose cues are texts to be spoken (the HTML
 * track kind "descriptions"). On top of parseWebVtt()'s checks, each an error with the file and
 * the line of the cue: a cue with no text to speak, a cue that overlaps the one before (two
 * descriptions cannot be spoken at once), and, when `filmSeconds` > 0, a cue that starts or ends
 * after the end of the film. A header line "Kind: <kind>" other than "descriptions" is a warning,
 * and so is a file without cues. Never throws.
 */
DescriptionTrackResult parseDescriptionTrack(std::string_view bytes, const std::string& fileName,
                                             double filmSeconds);

/** "1:05.250" for 65.25 s: how description problems name a time, whatever the C locale. */
std::string formatCueTime(double seconds);

} // namespace reflekt
