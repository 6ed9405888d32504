#pragma once

#include <QStringList>

namespace gkml::schema {

// Schema version 3 adds the tables of the publication records, the document ledger and the
// townships. Each area keeps its CREATE statements in its own file (PublicationSchema.cpp,
// DocumentSchema.cpp, TownshipSchema.cpp) so that the areas grow without touching each other;
// CatalogueFile runs all of them when it creates a file or migrates a version-2 file, in the
// same transaction as every other migration step.
QStringList publicationTables();
QStringList documentTables();
QStringList townshipTables();

// All of the above, in order.
QStringList version3Tables();

} // namespace gkml::schema
