#include "SchemaV3.h"

namespace gkml::schema {

QStringList version3Tables()
{
    return publicationTables() + documentTables() + townshipTables();
}

} // namespace gkml::schema
