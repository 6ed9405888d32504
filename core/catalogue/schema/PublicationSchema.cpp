#include "SchemaV3.h"

namespace gkml::schema {

// Publication records (DESIGN.md "Publication records and the inspection"): what was published,
// when, where; evidence files stored in the catalogue with their sha256; the assessors' problems.
QStringList publicationTables()
{
    return {
        QStringLiteral("CREATE TABLE publication(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " item_id INTEGER NOT NULL, channel TEXT NOT NULL DEFAULT '',"
                       " published_on TEXT, event_on TEXT, place TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '', created TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX publication_item ON publication(item_id)"),
        QStringLiteral(
                "CREATE TABLE evidence(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " publication_id INTEGER NOT NULL REFERENCES publication(id) ON DELETE CASCADE,"
                " name TEXT NOT NULL, sha256 TEXT NOT NULL, bytes INTEGER NOT NULL, data BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX evidence_publication ON evidence(publication_id)"),
        QStringLiteral("CREATE TABLE item_cycle(item_id INTEGER PRIMARY KEY, cycle TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE problem(id INTEGER PRIMARY KEY AUTOINCREMENT, item_id INTEGER,"
                       " department TEXT NOT NULL DEFAULT '', text TEXT NOT NULL,"
                       " requirement TEXT NOT NULL DEFAULT '', fix_by TEXT, source TEXT NOT NULL DEFAULT '',"
                       " source_row TEXT NOT NULL DEFAULT '', result TEXT NOT NULL DEFAULT '', fixed_on TEXT,"
                       " created TEXT NOT NULL DEFAULT '')"),
    };
}

} // namespace gkml::schema
