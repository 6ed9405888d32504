#pragma once

#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"
#include "catalogue/Township.h"

#include <QList>
#include <QString>

namespace gkml {

class CatalogueFile;
class Vocabulary;

// A township's catalogue (DESIGN.md "Townships"), derived at read time, never copied: the
// county items whose 公开层级 includes 乡级 (or a spelling the standard's level vocabulary maps to
// it: 镇级, 乡、村级, 村级, 街道级 ...), with the generic township bodies of 公开主体 and 责任股室
// resolved for this township ("乡镇人民政府(街道办事处)" -> "城厢镇人民政府"), followed by the
// township's own additions. Withheld (不予公开) items are never part of it.
class TownshipCatalogue
{
public:
    struct View
    {
        QList<Item> items; // derived county items first, then the township's additions
        int derivedCount = 0; // items [0, derivedCount) come from the county catalogue
        int additionCount() const { return static_cast<int>(items.size()) - derivedCount; }
    };

    // `levelVocabulary`: the standard's 公开层级 vocabulary (its aliases decide what counts as
    // 乡级); may be null, then GKML's built-in spellings are used.
    TownshipCatalogue(const Township &township, const Vocabulary *levelVocabulary);

    const Township &township() const { return m_township; }

    // Whether a county item belongs on the township boards.
    bool servesTownship(const Item &item) const;
    // "乡镇人民政府(街道办事处)" -> "城厢镇人民政府", "乡镇民政办" -> "城厢镇民政办"; other text unchanged.
    QString resolve(const QString &text) const;
    View derive(const QList<Item> &countyItems, const QList<Item> &additions) const;
    // The heading of the township's sheets and packages: the township's government, with the
    // county unit kept in the region so that a reader knows whose catalogue it derives from.
    CatalogueInfo info(const CatalogueInfo &county) const;

    // Loads the view from a catalogue file (its standard's level vocabulary, its additions), reading
    // every item: where several townships or an earlier read are at hand, derive() from those items.
    static View load(CatalogueFile &file, const Township &township);
    // The level vocabulary of the standard the file records (or that covers its domains); null if none.
    static const Vocabulary *levelVocabularyFor(const CatalogueFile &file);

private:
    Township m_township;
    const Vocabulary *m_levels;
};

} // namespace gkml
