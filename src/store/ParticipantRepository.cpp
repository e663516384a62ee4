#include "store/ParticipantRepository.h"

#include "store/Database.h"
#include "store/Transaction.h"

namespace reflekt {

namespace {

constexpr const char* kColumns = "SELECT id, display_name, account_name, created_ms FROM participant ";

Participant readParticipant(const Statement& st)
{
    return Participant{st.int64(0), st.text(1), st.optionalText(2), st.int64(3)};
}

std::string trimmed(const std::string& s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

} // namespace

ParticipantRepository::ParticipantRepository(Database& db) : m_db(db) {}

StoreResult<std::vector<Participant>> ParticipantRepository::list()
{
    Statement st = m_db.prepare(std::string(kColumns) + "ORDER BY display_name COLLATE NOCASE, id");
    std::vector<Participant> out;
    while (st.step())
        out.push_back(readParticipant(st));
    if (st.failed())
        return StoreResult<std::vector<Participant>>::failure(m_db.describeError("list the profiles"));
    return StoreResult<std::vector<Participant>>::success(std::move(out));
}

StoreStatus ParticipantRepository::checkName(const std::string& name, std::int64_t exceptId)
{
    if (name.empty())
        return StoreStatus::failure("a profile needs a name");
    Statement st =
        m_db.prepare("SELECT id FROM participant WHERE display_name = ?1 COLLATE NOCASE AND id <> ?2");
    st.bind(1, name).bind(2, exceptId);
    if (st.step())
        return StoreStatus::failure("a profile named \"" + name + "\" already exists");
    if (st.failed())
        return StoreStatus::failure(m_db.describeError("check the profile name"));
    return StoreStatus::success();
}

StoreResult<Participant> ParticipantRepository::create(const std::string& displayName,
                                                       const std::optional<std::string>& accountName)
{
    using Result = StoreResult<Participant>;
    const std::string name = trimmed(displayName);
    Transaction tx(m_db);
    if (!tx.active())
        return Result::failure(m_db.describeError("create the profile"));
    if (auto status = checkName(name, 0); !status.ok())
        return Result::failure(status.error);
    const TimeMs now = m_db.now();
    Statement st =
        m_db.prepare("INSERT INTO participant (display_name, account_name, created_ms) VALUES (?1, ?2, ?3)");
    st.bind(1, name).bind(2, accountName).bind(3, now);
    if (!st.run())
        return Result::failure(m_db.describeError("create the profile"));
    Participant p{m_db.lastInsertId(), name, accountName, now};
    if (!tx.commit())
        return Result::failure(m_db.describeError("create the profile"));
    return Result::success(std::move(p));
}

StoreStatus ParticipantRepository::rename(std::int64_t participantId, const std::string& newName)
{
    const std::string name = trimmed(newName);
    Transaction tx(m_db);
    if (!tx.active())
        return StoreStatus::failure(m_db.describeError("rename the profile"));
    if (auto status = checkName(name, participantId); !status.ok())
        return status;
    Statement st = m_db.prepare("UPDATE participant SET display_name = ?1 WHERE id = ?2");
    st.bind(1, name).bind(2, participantId);
    if (!st.run())
        return StoreStatus::failure(m_db.describeError("rename the profile"));
    if (m_db.changes() == 0)
        return StoreStatus::failure("could not rename the profile: it no longer exists");
    if (!tx.commit())
        return StoreStatus::failure(m_db.describeError("rename the profile"));
    return StoreStatus::success();
}

StoreStatus ParticipantRepository::setAccountName(std::int64_t participantId,
                                                  const std::optional<std::string>& accountName)
{
    Statement st = m_db.prepare("UPDATE participant SET account_name = ?1 WHERE id = ?2");
    st.bind(1, accountName).bind(2, participantId);
    if (!st.run())
        return StoreStatus::failure(m_db.describeError("save the account name"));
    if (m_db.changes() == 0)
        return StoreStatus::failure("could not save the account name: the profile no longer exists");
    return StoreStatus::success();
}

StoreResult<std::optional<Participant>> ParticipantRepository::find(std::int64_t participantId)
{
    using Result = StoreResult<std::optional<Participant>>;
    Statement st = m_db.prepare(std::string(kColumns) + "WHERE id = ?1");
    st.bind(1, participantId);
    if (st.step())
        return Result::success(readParticipant(st));
    if (st.failed())
        return Result::failure(m_db.describeError("load the profile"));
    return Result::success(std::nullopt);
}

StoreResult<std::optional<Participant>> ParticipantRepository::findByName(const std::string& displayName)
{
    using Result = StoreResult<std::optional<Participant>>;
    Statement st = m_db.prepare(std::string(kColumns) + "WHERE display_name = ?1 COLLATE NOCASE");
    st.bind(1, trimmed(displayName));
    if (st.step())
        return Result::success(readParticipant(st));
    if (st.failed())
        return Result::failure(m_db.describeError("find the profile"));
    return Result::success(std::nullopt);
}

} // namespace reflekt
