#include "CatalogueStore.h"

#include "CatalogueFile.h"
#include "SqlErrorText.h"

namespace gkml {

bool CatalogueStore::fail(const QString &message) const
{
    m_error = message;
    return false;
}

bool CatalogueStore::rollbackWith(const QSqlError &error) const
{
    const QString message = SqlErrorText::describe(error, m_file.path());
    m_file.database().rollback();
    return fail(message);
}

} // namespace gkml
