#pragma once

#include "catalogue/Item.h"

#include <QJsonObject>
#include <QList>
#include <QVariant>

namespace gkml {

class CatalogueFile;
struct Edition;

// What changed between two states of a catalogue (an edition and the file now, or two
// editions): items added, removed, and changed field by field, old -> new. Items are matched
// by their stable id, never by row number or text.
class EditionDiff
{
public:
    struct FieldChange
    {
        Field field;
        QVariant oldValue;
        QVariant newValue;
    };
    struct ChangedItem
    {
        Item before;
        Item after;
        QList<FieldChange> changes; // in field-table order
        // Marked 不予公开 since: still in the catalogue, only out of the public package.
        bool becameWithheld() const { return !before.withheld && after.withheld; }
        bool becamePublic() const { return before.withheld && !after.withheld; }
    };

    static EditionDiff compare(const QList<Item> &before, const QList<Item> &after);
    // The catalogue now against a submitted edition: the one code path of the changes view and
    // `gkml-cli diff`. An edition keeps its withheld items, so every item is compared: an item
    // marked 不予公开 since is a change of that field, never a removal.
    static EditionDiff sinceEdition(const Edition &edition, const CatalogueFile &file);
    // Changed items that are now 不予公开.
    int becameWithheldCount() const;

    const QList<Item> &added() const { return m_added; }
    const QList<Item> &removed() const { return m_removed; }
    const QList<ChangedItem> &changed() const { return m_changed; }
    bool isEmpty() const { return m_added.isEmpty() && m_removed.isEmpty() && m_changed.isEmpty(); }

    // {added: [item...], removed: [item...], changed: [{id, domain, level1, level2,
    //  changes: [{field, label, old, new}]}]}; items in the export JSON shape.
    QJsonObject toJson() const;
    // A value as a clerk reads it: sets joined with 、, booleans 是/否.
    static QString displayValue(Field field, const QVariant &value);

private:
    QList<Item> m_added;
    QList<Item> m_removed;
    QList<ChangedItem> m_changed;
};

} // namespace gkml
