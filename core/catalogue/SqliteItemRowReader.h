#pragma once

#include "ItemRowReader.h"

#include <QByteArray>
#include <QByteArrayView>

struct sqlite3;
struct sqlite3_stmt;

namespace gkml {

// Item rows through SQLite's C API on the Qt driver's own connection (same transaction, same busy
// timeout). Values come as UTF-8 straight from the database page, and a value seen before is
// found by its bytes (ValueInterner): no conversion, no allocation. Built only where the Qt driver
// uses the same libsqlite3 as GKML (GKML_SQLITE_API, core/CMakeLists.txt); elsewhere not compiled.
class SqliteItemRowReader final : public ItemRowReader
{
public:
    // The driver's connection when the Qt driver is SQLite's and GKML can use it, else null.
    static sqlite3 *handle(const QSqlDatabase &db);

    explicit SqliteItemRowReader(sqlite3 *db);
    ~SqliteItemRowReader() override;
    bool exec(const QString &tail, const QVariantList &bindings, QSqlError *error) override;
    bool next(Item *item, QSqlError *error) override;
    ItemRows::Reader reader() const override { return ItemRows::Reader::SqliteApi; }

private:
    QString decode(QByteArrayView *utf8, QByteArray *kept, int column) const;
    QSqlError sqliteError(const QString &what, int rc) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace gkml
