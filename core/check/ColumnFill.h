#pragma once

#include "catalogue/CatalogueFile.h"
#include "catalogue/Item.h"
#include "standard/Standard.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gkml {

// The fix the column-missing finding offers (a file without 公开层级): fill one field of every
// item that leaves it blank, either from the standard (the standard's row of the same name;
// a row named at level 1 only takes the first standard row under that name) or with one value
// the clerk picks ("县级"). Items that already have a value and withheld items are left alone.
class ColumnFill
{
    Q_DECLARE_TR_FUNCTIONS(ColumnFill)
public:
    struct Plan
    {
        QList<CatalogueFile::FieldUpdate> updates;
        int fromStandard = 0; // items filled from the standard
        int notInStandard = 0; // blank items the standard has no row for (left blank)
    };

    // Which fields can be filled: the text and set fields of the template (not names, not seq).
    static bool fillable(Field field);
    // `domain` empty: every domain. With `standard` null only `value` is used.
    static Plan fromStandard(const QList<Item> &items, Field field, const Standard &standard,
                             const QString &domain = QString());
    static Plan withValue(const QList<Item> &items, Field field, const QString &value,
                          const QString &domain = QString());
    // "Filled 公开层级 for 9 items; 2 are not in the standard and stay empty."
    static QString summary(const Plan &plan, Field field);
};

} // namespace gkml
