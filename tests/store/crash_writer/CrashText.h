#pragma once

// The texts the crash writer saves, reproducible from (run, sequence) so the crash test can tell
// a complete text from a torn one and know exactly what the writer saved.

#include <cstdint>
#include <optional>
#include <string>

namespace reflekt::testing {

/** The note text of save `sequence` in writer run `run`: "run R seq N|" then 100..600 chars. */
std::string crashText(int run, std::int64_t sequence);

/** The question a save goes to. */
std::string crashQuestion(int run, std::int64_t sequence);

/** (run, sequence) read back from a text's prefix. */
std::optional<std::pair<int, std::int64_t>> parseCrashText(const std::string& text);

/** FNV-1a 64, printed by the writer for each saved text. */
std::uint64_t textHash(const std::string& text);

} // namespace reflekt::testing
