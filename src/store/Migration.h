#pragma once

#include <functional>
#include <string>
#include <vector>

namespace reflekt {

class Database;

/**
 * One schema step: brings a database from `version - 1` to `version` (PRAGMA user_version).
 * `apply` runs inside the migration's single transaction, after a VACUUM INTO backup was taken;
 * it returns false to abandon the migration (everything it did is rolled back).
 */
struct Migration {
    int version = 0;
    std::string description;
    std::function<bool(Database&)> apply;
    /** Optional: after the migration committed, a notice for the user ("" for none). */
    std::function<std::string(Database&)> notice = {};
};

/** The migrations this build knows, in order; the last one's version is the current schema. */
const std::vector<Migration>& builtInMigrations();

/** The schema version this build writes (the highest built-in migration). */
int currentSchemaVersion();

} // namespace reflekt
