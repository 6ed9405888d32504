#pragma once

#include "CatalogueStore.h"
#include "Edition.h"
#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace gkml {

// Reads and records editions in the catalogue file's `edition` table (schema v2). The SQL of the
// table lives here, in the catalogue layer, with its schema; the package layer only calls this.
class EditionStore : public CatalogueStore
{
    Q_DECLARE_TR_FUNCTIONS(EditionStore)
public:
    using CatalogueStore::CatalogueStore;

    // All editions, oldest first, without their items.
    QList<Edition> list() const;
    // One edition with its items; nullopt (and errorString()) if there is none with this id.
    std::optional<Edition> load(qint64 id) const;
    std::optional<Edition> latest() const;

    // Records `edition` (its items included) in one transaction. `beforeCommit` runs inside the
    // transaction (the package writer saves the zip there): if it fails, nothing is recorded; if
    // the commit itself fails, the caller must undo what beforeCommit did. Returns the new id or 0.
    qint64 record(const Edition &edition, const std::function<bool(QString *)> &beforeCommit);

    // The stored form of items (items_json): the export JSON shape, every key, sets as arrays.
    static QJsonObject itemToJson(const Item &item);
    static Item itemFromJson(const QJsonObject &o);
    static QByteArray itemsToJson(const QList<Item> &items);
    static std::optional<QList<Item>> itemsFromJson(const QByteArray &json);
};

} // namespace gkml
