#include "SchemaV3.h"

namespace gkml::schema {

// The unit's townships (乡镇/街道) and each township's own items (DESIGN.md "Townships").
// A township's catalogue is derived from the county items at read time, so a change in a
// county item shows in every township; only a township's own additions are stored, in
// township_item and never in the item table (the county catalogue never sees them).
QStringList townshipTables()
{
    return {
        QStringLiteral(
                "CREATE TABLE township(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE,"
                " office TEXT NOT NULL DEFAULT '', contact TEXT NOT NULL DEFAULT '',"
                " position INTEGER NOT NULL DEFAULT 0)"),
        // `fields`: the addition's field values as a JSON object keyed by the stable field keys.
        QStringLiteral("CREATE TABLE township_item(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " township_id INTEGER NOT NULL REFERENCES township(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL DEFAULT 0, fields TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX township_item_township ON township_item(township_id, position)"),
    };
}

} // namespace gkml::schema
