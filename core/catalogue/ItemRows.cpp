#include "ItemRows.h"

#include "QtSqlItemRowReader.h"
#ifdef GKML_SQLITE_API
#include "SqliteItemRowReader.h"
#endif

namespace gkml {

ItemRows::ItemRows(const QSqlDatabase &db, Reader reader)
{
#ifdef GKML_SQLITE_API
    if (reader != Reader::QtSql) {
        if (sqlite3 *handle = SqliteItemRowReader::handle(db))
            m_impl = std::make_unique<SqliteItemRowReader>(handle);
    }
#else
    Q_UNUSED(reader)
#endif
    if (!m_impl)
        m_impl = std::make_unique<QtSqlItemRowReader>(db);
}

ItemRows::~ItemRows() = default;

bool ItemRows::exec(const QString &tail, const QVariantList &bindings)
{
    m_error = QSqlError();
    return m_impl->exec(tail, bindings, &m_error);
}

bool ItemRows::next(Item *item)
{
    return m_impl->next(item, &m_error);
}

ItemRows::Reader ItemRows::reader() const
{
    return m_impl->reader();
}

bool ItemRows::sqliteApiBuilt()
{
#ifdef GKML_SQLITE_API
    return true;
#else
    return false;
#endif
}

} // namespace gkml
