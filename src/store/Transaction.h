#pragma once

namespace reflekt {

class Database;

/**
 * BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() succeeded.
 * IMMEDIATE takes the write lock up front, so a second process waits (busy timeout) at BEGIN
 * instead of failing half-way through a user action.
 */
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /** False if BEGIN failed; the action must then report Database::describeError. */
    bool active() const { return m_active; }
    /** COMMIT; true once the change is durable (synchronous=FULL). */
    bool commit();

private:
    Database& m_db;
    bool m_active = false;
};

} // namespace reflekt
