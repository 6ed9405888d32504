#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace gkml {

// The stores' one-statement reads and writes: prepare, bind in order, run. Only the catalogue
// layer uses it (it is the only layer that speaks SQL).
class SqlStatement
{
public:
    // Prepares `sql` on q, binds `values` in order and runs it; false (q.lastError()) on failure.
    static bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values);
    // The first column of the first row; an invalid QVariant when there is no row or it failed.
    static QVariant firstValue(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
};

} // namespace gkml
