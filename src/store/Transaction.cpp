#include "store/Transaction.h"

#include "store/Database.h"

namespace reflekt {

Transaction::Transaction(Database& db) : m_db(db)
{
    m_active = m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.exec("ROLLBACK");
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.exec("COMMIT"))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

} // namespace reflekt
