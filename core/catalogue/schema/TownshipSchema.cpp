#include "SchemaV3.h"

namespace gkml::schema {

// The unit's townships (乡镇/街道) and each township's own items (DESIGN.md "Townships").
// A township's catalogue is derived from the county items at read time; only its additions
// are stored.
QStringList townshipTables()
{
    return {
        QStringLiteral(
                "CREATE TABLE township(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE,"
                " office TEXT NOT NULL DEFAULT '', contact TEXT NOT NULL DEFAULT '',"
                " position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE township_item(township_id INTEGER NOT NULL REFERENCES township(id) ON "
                       "DELETE CASCADE,"
                       " item_id INTEGER NOT NULL, PRIMARY KEY(township_id, item_id))"),
    };
}

} // namespace gkml::schema
