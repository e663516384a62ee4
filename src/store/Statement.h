#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace reflekt {

/**
 * One prepared statement (RAII). Values are always bound, never spliced into SQL.
 * Bind indexes are 1-based, column indexes 0-based, as in SQLite.
 */
class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /** False if preparing failed; resultCode() says why. */
    bool valid() const { return m_stmt != nullptr; }

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bindNull(int index);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    /** Steps once: true if a row is available. On error returns false and resultCode() is set. */
    bool step();
    /** Runs to completion (for INSERT/UPDATE/DELETE): true on success. */
    bool run();
    /** Resets for another execution with new bindings. */
    void reset();

    int resultCode() const { return m_rc; }
    bool failed() const;

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int int32(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<std::string> optionalText(int column) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = 0;
};

} // namespace reflekt
