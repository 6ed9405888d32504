#pragma once

#include "Finding.h"
#include "catalogue/Item.h"

#include <QCoreApplication>
#include <QList>

namespace gkml {

// The 五公开 rule (info level): in a domain that uses the 五公开 column (at least one public item
// marked for a stage), `stages-missing-in-domain` for each of the five no item is marked for, and
// `item-stages-missing` for each public item marked for none. A domain where no item is marked
// is left alone: the column is optional in the national template.
class StagesRule
{
    Q_DECLARE_TR_FUNCTIONS(StagesRule)
public:
    static void check(const QList<Item> &items, QList<Finding> *out);
    static QStringList codes();
};

} // namespace gkml
