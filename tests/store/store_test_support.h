#pragma once

// Helpers for the store tests: a temporary data folder, a clock the test moves by hand,
// and opening a store that must open.

#include "store/Store.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace reflekt::testing {

/** A fresh folder under the system temp folder, removed again at scope exit. */
class StoreTempDir {
public:
    StoreTempDir();
    ~StoreTempDir();
    StoreTempDir(const StoreTempDir&) = delete;
    StoreTempDir& operator=(const StoreTempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

/** A clock the test sets and advances; shared so the store sees every change. */
class FakeClock {
public:
    explicit FakeClock(TimeMs start = 1714730400000); // 2024-05-03 10:00 UTC
    Clock clock() const;
    void set(TimeMs t) { *m_now = t; }
    void advance(TimeMs ms) { *m_now += ms; }
    TimeMs now() const { return *m_now; }

private:
    std::shared_ptr<TimeMs> m_now;
};

constexpr TimeMs kMinute = 60LL * 1000;
constexpr TimeMs kHour = 60 * kMinute;
constexpr TimeMs kDay = 24 * kHour;

/** Opens the store in `dir` or fails the test with the error. */
std::unique_ptr<Store> openOrFail(const std::filesystem::path& dir, StoreOptions options = {});

/** Options with the fake clock and a log collected into `log`. */
StoreOptions optionsWith(const FakeClock& clock, std::vector<std::string>* log = nullptr);

/** The whole file, for "untouched" comparisons. */
std::string readAll(const std::filesystem::path& file);

/** First column of the first row of `sql`, read straight from the file (not through the store). */
std::string rawText(const std::filesystem::path& file, const std::string& sql);

/** Runs `sql` on the file from a second connection, as an older Reflekt would have written it. */
void rawExec(const std::filesystem::path& file, const std::string& sql);

/**
 * A group session as Reflekt before schema 4 wrote it (no meetings): `pid` and guest Gun present,
 * the group's note "gruppens text" on q1; ended if `ended`. Returns its id.
 */
std::int64_t writePreSeriesSession(const std::filesystem::path& file, std::int64_t pid, TimeMs at, bool ended);

/** A participant that must be created. */
std::int64_t createParticipant(Store& store, const std::string& name);

} // namespace reflekt::testing
