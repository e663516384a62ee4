#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>

namespace reflekt {

/** Milliseconds since 1970-01-01 UTC; every time in the store is one of these. */
using TimeMs = std::int64_t;

/** Where the store gets "now" from; injectable so tests can age revisions and backups. */
using Clock = std::function<TimeMs()>;

/** Receives log lines (no Qt here: the app forwards them to its own log). */
using LogSink = std::function<void(const std::string&)>;

/** The wall clock in unix milliseconds. */
TimeMs systemNowMs();

/** Outcome of an action that returns nothing: empty error means it worked. */
struct StoreStatus {
    std::string error; ///< user-facing, names the database file; empty on success

    bool ok() const { return error.empty(); }
    static StoreStatus success() { return {}; }
    static StoreStatus failure(std::string message) { return {std::move(message)}; }
};

/** Outcome of an action that returns a value: `value` on success, `error` otherwise. */
template <typename T> struct StoreResult {
    std::optional<T> value;
    std::string error; ///< user-facing, names the database file; empty on success

    bool ok() const { return value.has_value(); }
    static StoreResult success(T v) { return {std::move(v), {}}; }
    static StoreResult failure(std::string message) { return {std::nullopt, std::move(message)}; }
};

} // namespace reflekt
