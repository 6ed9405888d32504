#include "SchemaV3.h"

namespace gkml::schema {

// The document ledger and the 两馆 transfer batches (DESIGN.md "Documents and 两馆 transfers").
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
                " item_id INTEGER, transfer_id INTEGER REFERENCES transfer_batch(id))"),
        QStringLiteral("CREATE INDEX document_transfer ON document(transfer_id)"),
        // Every 索引号 ever assigned, so that a number is never given out twice, even after its
        // document was deleted.
        QStringLiteral("CREATE TABLE index_number(index_no TEXT PRIMARY KEY, year INTEGER NOT NULL,"
                       " seq INTEGER NOT NULL, assigned TEXT NOT NULL)"),
    };
}

} // namespace gkml::schema
