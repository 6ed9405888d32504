#pragma once

#include "catalogue/Township.h"
#include "exchange/TableGrid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gkml {

// Reads a list of townships typed, pasted (one per line; name, office and contact separated by
// tabs, commas or spaces) or imported from a table (csv/xlsx, read by core/exchange's readers
// into a TableGrid). A header row is recognised by its labels (名称/乡镇/街道, 负责/责任/科室,
// 联系/电话) and skipped; without one the columns are name, office, contact.
class TownshipList
{
    Q_DECLARE_TR_FUNCTIONS(TownshipList)
public:
    struct Result
    {
        QList<Township> townships; // in order, without duplicates
        QString error; // one sentence; empty when the list can be used
    };
    static Result fromText(const QString &text);
    static Result fromGrid(const TableGrid &grid);
};

} // namespace gkml
