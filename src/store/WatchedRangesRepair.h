#pragma once

#include "core/WatchedRanges.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reflekt {

class Database;

/** What schema 3 makes of one stored `watched_ranges` text. */
struct RangesRepair {
    enum class Kind {
        Untouched,  ///< empty, or written with a decimal point: nothing to repair
        Repaired,   ///< written with a decimal comma; `ranges` is what can be trusted of it
        Unreadable, ///< neither form: the ranges are dropped
    };
    Kind kind = Kind::Untouched;
    WatchedRanges ranges;        ///< the decoded ranges without those the old parser may have made up
    double droppedSeconds = 0.0; ///< seconds of decoded ranges left out
};

/**
 * Schema 3: repairs the watched ranges that Reflekt wrote with a decimal comma under sv_SE/nb_NO
 * (issue 13) and withdraws the solo film completions they alone supported. The rules and their
 * reasons: docs/store.md, "Repair of decimal-comma watched ranges (schema 3)".
 */
class WatchedRangesRepair {
public:
    /** A film completed alone stays completed only if its repaired share reaches this (the
     *  bundle format's default requiredShare; the store does not know the manifest's value). */
    static constexpr double kKeepCompletionShare = 0.9;

    /**
     * The intervals of a text in the defect's form, each number `<digits>,<at most 3 digits>`
     * ("6,133-8,092", "0,-12,5,30,-45,"), ranges separated by ','. Nullopt if the text is not
     * exactly in that form (the form is unambiguous: a range separator always follows a number's
     * fraction digits, which never run past three).
     */
    static std::optional<std::vector<WatchedInterval>> decodeDecimalComma(std::string_view text);

    /** Classifies and repairs one stored text; `durationSeconds` <= 0 when the film's is unknown. */
    static RangesRepair repair(std::string_view text, double durationSeconds);

    /** The migration step: repairs every `step_progress` row, each change logged in `watched_ranges_repair`. */
    static bool migrate(Database& db);

    /** The user's notice after the migration ran, or "" when no completion was withdrawn. */
    static std::string notice(Database& db);
};

} // namespace reflekt
