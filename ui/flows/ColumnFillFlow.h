#pragma once

#include "catalogue/Item.h"
#include "check/Finding.h"

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace gkml {

class CatalogueEditor;
class Standard;

// 补齐这一列: the column-missing finding's fix in the editor. Asks how (ColumnFillDialog), then
// fills the cells as one undo step.
class ColumnFillFlow
{
    Q_DECLARE_TR_FUNCTIONS(ColumnFillFlow)
public:
    // Returns the number of items filled (0 when cancelled or nothing was blank).
    static int run(QWidget *parent, CatalogueEditor *editor, const Finding &finding, const QList<Item> &items,
                   const Standard *standard);
};

} // namespace gkml
