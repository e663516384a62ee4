#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

namespace reflekt {

/**
 * A film's length in seconds as its container states it: the `mvhd` box of MP4/MOV/M4A (found
 * wherever it lies in the file, before or after the media data), or the Duration in the Segment
 * Info of WebM/Matroska. nullopt when the file is neither, is damaged, or states no length (a
 * fragmented MP4 written live, an Ogg file). Reads headers only, never the media; never throws.
 * Qt-free, so the validator checks `durationSeconds` and chapters without a media stack.
 */
std::optional<double> readFilmDuration(const std::filesystem::path& file);

/** The same, from the first bytes of a file (a WebM's header, or an MP4 that holds its `moov`). */
std::optional<double> filmDurationFromBytes(std::string_view bytes);

} // namespace reflekt
