#pragma once

#include "store/StoreResult.h"

#include <optional>
#include <string>
#include <vector>

namespace reflekt {

class Database;

/** One profile on this computer. */
struct Participant {
    std::int64_t id = 0;
    std::string displayName;
    std::optional<std::string> accountName; ///< xAPI-style account name for later reporting
    TimeMs createdMs = 0;
};

/** Profiles: names are unique on one computer (ignoring ASCII case) so people can pick theirs. */
class ParticipantRepository {
public:
    explicit ParticipantRepository(Database& db);

    /** All profiles, ordered by name. */
    StoreResult<std::vector<Participant>> list();
    /** Creates a profile; fails with a message if the name is empty or taken. */
    StoreResult<Participant> create(const std::string& displayName,
                                    const std::optional<std::string>& accountName = std::nullopt);
    StoreStatus rename(std::int64_t participantId, const std::string& newName);
    StoreStatus setAccountName(std::int64_t participantId, const std::optional<std::string>& accountName);
    StoreResult<std::optional<Participant>> find(std::int64_t participantId);
    /** Case-insensitive (ASCII) lookup by display name. */
    StoreResult<std::optional<Participant>> findByName(const std::string& displayName);

private:
    StoreStatus checkName(const std::string& name, std::int64_t exceptId);

    Database& m_db;
};

} // namespace reflekt
