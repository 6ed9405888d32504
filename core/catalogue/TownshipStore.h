#pragma once

#include "CatalogueStore.h"
#include "Item.h"
#include "Township.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlError>
#include <QString>
#include <optional>

namespace gkml {

// The townships kept in a catalogue file and each township's own additions (the only part of
// a township catalogue that is stored: the rest is derived from the county items, see
// TownshipCatalogue). Every change is one transaction; a failing call leaves the file unchanged
// and errorString() says why in one sentence.
class TownshipStore : public CatalogueStore
{
    Q_DECLARE_TR_FUNCTIONS(TownshipStore)
public:
    using CatalogueStore::CatalogueStore;

    // In the order they were added.
    QList<Township> townships() const;
    std::optional<Township> find(const QString &name) const;

    // Adds the townships in one transaction (names already in the file are updated only where
    // the new entry gives an office or contact). Refuses the whole list when a name is blank or
    // too long. *added: how many were new.
    bool add(const QList<Township> &townships, int *added = nullptr);
    bool update(const Township &township);
    // Makes the list exactly `list` in one transaction (the townships editor's OK): entries with
    // an id are renamed/updated, entries without one added, townships not listed removed with
    // their additions. All or nothing.
    bool replaceAll(const QList<Township> &list);
    bool remove(qint64 townshipId); // its additions go with it

    // A township's own items, in the order added; their ids are ids of township_item, not of
    // the county items.
    QList<Item> additions(qint64 townshipId) const;
    // Returns the addition's id, 0 on failure.
    qint64 addItem(qint64 townshipId, const Item &item);
    bool setItem(qint64 additionId, const Item &item);
    bool removeItem(qint64 additionId);
    // Makes the township's own items exactly `items` (in that order) in one transaction: what a
    // township office sends in the county template replaces what it sent before. All or nothing.
    bool replaceAdditions(qint64 townshipId, const QList<Item> &items);

    // The longest township name accepted (a longer cell is a pasted paragraph, not a name).
    static constexpr int kMaxNameLength = 30;
    // The reason a name is refused, empty when it is fine.
    static QString checkName(const QString &name);

private:
    bool writable();
    // One statement of a change: refused on a read-only file, the SQL error said as a sentence.
    // *insertedId: the row id an INSERT made.
    bool write(const QString &sql, const QVariantList &values, qint64 *insertedId = nullptr);
};

} // namespace gkml
