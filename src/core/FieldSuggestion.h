#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>

namespace reflekt {

/**
 * The known field an unknown one was probably meant to be: a slip of one or two letters
 * ("captoins", "durationSecond"), or a word from another format ("subtitles" for "captions",
 * "license" for "licence"). nullopt for a field that is nothing like any known one, which may be
 * from a newer format and is only warned about.
 */
std::optional<std::string> suggestField(const std::string& unknown, std::initializer_list<const char*> known);

/** Optimal string alignment distance (Levenshtein with adjacent swaps), ASCII case folded. */
std::size_t editDistance(const std::string& a, const std::string& b);

} // namespace reflekt
