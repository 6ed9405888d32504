#include "SchemaV3.h"

namespace gkml::schema {

// The document ledger and the 两馆 transfer batches (DESIGN.md "Documents and 两馆 transfers").
// Dates are ISO text (yyyy-MM-dd) or NULL. doc_type and repealed_on feed the annual report's
// table 二 (规章 / 规范性文件: 本年制发, 本年废止, 现行有效); copies is the 份数 of the 移交清单.
QStringList documentTables()
{
    return {
        QStringLiteral(
                "CREATE TABLE transfer_batch(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " nominal TEXT NOT NULL, due TEXT NOT NULL, recorded TEXT NOT NULL, user TEXT NOT NULL)"),
        QStringLiteral(
                "CREATE TABLE document(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " doc_no TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', written_on TEXT,"
                " department TEXT NOT NULL DEFAULT '', attribute TEXT, reason TEXT NOT NULL DEFAULT '',"
                " reviewer TEXT NOT NULL DEFAULT '', reviewed_on TEXT, index_no TEXT NOT NULL DEFAULT '',"
                " item_id INTEGER, transfer_id INTEGER REFERENCES transfer_batch(id),"
                " doc_type TEXT NOT NULL DEFAULT '', repealed_on TEXT,"
                " copies INTEGER NOT NULL DEFAULT 1 CHECK (copies >= 1))"),
        QStringLiteral("CREATE INDEX document_transfer ON document(transfer_id)"),
        // Every 索引号 ever assigned or imported, so that a number is never given out twice, even
        // after its document was deleted or the assignment undone (document_id: who holds it).
        QStringLiteral("CREATE TABLE index_number(index_no TEXT PRIMARY KEY, year INTEGER NOT NULL,"
                       " seq INTEGER NOT NULL, assigned TEXT NOT NULL, document_id INTEGER)"),
        QStringLiteral("CREATE INDEX index_number_year ON index_number(year, seq)"),
    };
}

} // namespace gkml::schema
