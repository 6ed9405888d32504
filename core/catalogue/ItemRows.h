#pragma once

#include "Item.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariantList>

#include <memory>

namespace gkml {

class ItemRowReader;

// Reads whole items from the item table, many rows at a time (opening, exporting and checking a
// catalogue). Equal values of the rows share one QString (ValueInterner). Two readers give the
// same items (tst_item_rows): SqliteItemRowReader, through SQLite's C API where the Qt driver uses
// the same libsqlite3 as GKML (Debian), and QtSqlItemRowReader, through Qt Sql (Qt for Windows
// bundles its own SQLite and exports none of it).
class ItemRows
{
public:
    enum class Reader {
        Best,
        QtSql,
        SqliteApi
    };

    // Best: SqliteApi where it can be used, else QtSql.
    explicit ItemRows(const QSqlDatabase &db, Reader reader = Reader::Best);
    ~ItemRows();
    ItemRows(const ItemRows &) = delete;
    ItemRows &operator=(const ItemRows &) = delete;

    // Runs "SELECT <every field> FROM item " + tail (WHERE, ORDER BY, LIMIT), its placeholders
    // bound in order to `bindings` (text or integer). False on an error (error()).
    bool exec(const QString &tail, const QVariantList &bindings = {});
    // The next row; false at the end or on an error (then error() is set).
    bool next(Item *item);
    const QSqlError &error() const { return m_error; }
    Reader reader() const; // the one in use: QtSql or SqliteApi
    // Whether this build can read through SQLite's C API at all.
    static bool sqliteApiBuilt();

private:
    std::unique_ptr<ItemRowReader> m_impl; // QtSqlItemRowReader or SqliteItemRowReader
    QSqlError m_error;
};

} // namespace gkml
