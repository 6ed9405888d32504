#pragma once

#include "Item.h"
#include "ItemRows.h"
#include "ValueInterner.h"

#include <QList>
#include <QSqlError>
#include <QString>
#include <QVariantList>

namespace gkml {

// One way of reading item rows for ItemRows (QtSqlItemRowReader, SqliteItemRowReader).
class ItemRowReader
{
public:
    virtual ~ItemRowReader() = default;
    virtual bool exec(const QString &tail, const QVariantList &bindings, QSqlError *error) = 0;
    virtual bool next(Item *item, QSqlError *error) = 0;
    virtual ItemRows::Reader reader() const = 0;

protected:
    // The text and set fields, in the order every reader selects them after id, seq and withheld.
    static const QList<Field> &valueFields();
    static QString quotedColumn(Field field);

    ValueInterner m_interner; // one per read: equal values of its rows share their data
};

} // namespace gkml
