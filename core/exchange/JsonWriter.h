#pragma once

#include "ExportOptions.h"
#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"

#include <QByteArray>
#include <QJsonObject>

namespace gkml {

// DESIGN.md's JSON export: {unit, standard: {id, version} | null, items: [{id, every field key}]}.
class JsonWriter
{
public:
    static QByteArray write(const QList<Item> &items, const CatalogueInfo &info,
                            const ExportOptions &options);
    static QJsonObject itemObject(const Item &item);
};

} // namespace gkml
