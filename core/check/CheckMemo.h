#pragma once

#include "Finding.h"
#include "catalogue/Item.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace gkml {

class Standard;
struct StandardItem;

// What one check learned about each item, so that the next check of the same catalogue (the
// live check after an edit) re-examines only the items that changed: an item equal to the one
// remembered gets its own findings replayed, and only what depends on other items - duplicates,
// numbers used twice, the standard's coverage, the columns no row fills, the five disclosures -
// is worked out again over the whole list, from remembered keys. The result equals a full check
// (tst_incremental_check). Used by Checker::check(items, memo); not thread-safe.
class CheckMemo
{
public:
    struct Entry
    {
        Item item; // a copy: implicitly shared with the caller's item, so it costs no text
        QList<Finding> own; // findings about the item alone, before its identity
        bool named = false; // has a level-1 or level-2 name (takes part in duplicates, coverage)
        QString domainKey;
        QString key; // Standard::itemKey
        QString duplicateKey; // key + level3 + the content's match key
        QStringList methods, audience; // canonical values, for the comparison with the standard
        bool standardDone = false; // the two below are known (the item was not a duplicate once)
        QList<Finding> standardFindings;
        QList<const StandardItem *> covers; // the standard items it covers
    };

    // Items re-examined by the last check (the others were replayed).
    int lastExamined() const { return examined; }
    void clear()
    {
        entries.clear();
        standard = nullptr;
        missingColumns.clear();
    }

    // Kept by Checker::check: the entries assume the standard and the missing columns below.
    QHash<qint64, Entry> entries;
    const Standard *standard = nullptr;
    QHash<QString, QSet<Field>> missingColumns;
    int examined = 0;
};

} // namespace gkml
