#pragma once

// Switching the C locale for one test, as Qt's QCoreApplication does from LC_ALL/LANG at start.
// Shared by the core and store tests (tests_store compiles the .cpp too).

#include <string>

namespace reflekt::testing {

/** Sets LC_ALL to `name` for the scope, then restores the previous locale (even on a failed REQUIRE). */
class ScopedLocale {
public:
    explicit ScopedLocale(const std::string& name);
    ~ScopedLocale();
    ScopedLocale(const ScopedLocale&) = delete;
    ScopedLocale& operator=(const ScopedLocale&) = delete;

    /** False if the locale is not installed: the test should WARN and skip. */
    bool active() const { return m_active; }
    /** The decimal point of the C locale now in force ("," under sv_SE). */
    static std::string decimalPoint();

private:
    std::string m_previous;
    bool m_active = false;
};

} // namespace reflekt::testing
