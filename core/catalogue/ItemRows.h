#pragma once

#include "Item.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariantList>

#include <memory>

namespace gkml {

// Reads whole items from the item table, many rows at a time (opening, exporting and checking a
// catalogue). Equal values of the rows share one QString (ValueInterner).
//
// Two readers give the same items:
// - SqliteApi: SQLite's C API on the Qt driver's own connection (same transaction, same busy
//   timeout). Values come as UTF-8 straight from the database page, and a value seen before is
//   found by its bytes: no conversion, no allocation. Only where the Qt driver uses the same
//   libsqlite3 as GKML (GKML_SQLITE_API: Debian's Qt links the system SQLite; Qt for Windows
//   bundles its own copy and exports none of it).
// - QtSql: QSqlQuery, the text and set columns joined into one value per row (U+001F between
//   them), since Qt Sql wraps every value in a QVariant; a row whose text holds U+001F (a hostile
//   import) is read column by column instead.
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
    class Impl;
    class QtSqlImpl;
    class SqliteApiImpl;
    std::unique_ptr<Impl> m_impl;
    QSqlError m_error;
};

} // namespace gkml
