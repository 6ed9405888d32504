#include "SqlStatement.h"

namespace gkml {

bool SqlStatement::exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

QVariant SqlStatement::firstValue(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (!exec(q, sql, values) || !q.next())
        return {};
    return q.value(0);
}

} // namespace gkml
