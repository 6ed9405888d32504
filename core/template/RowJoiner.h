#pragma once

#include "catalogue/Item.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace gkml {

// How real tables draw one item: a name broken over two lines in its cell (公共法律<br>服务),
// and one item drawn over two table rows (a second row carrying only another 公开时限 and
// another 公开对象 while the other cells span both rows). Both are one item.
class RowJoiner
{
    Q_DECLARE_TR_FUNCTIONS(RowJoiner)
public:
    // "公共法律\n服务" -> "公共法律服务" in the domain and the three item names.
    static void joinBrokenNames(Item &item);

    // Adjacent rows with the same domain, names, 公开内容, 公开依据 and 公开主体 that differ only
    // in 公开时限, 公开对象, 公开方式, 公开层级, channels or 五公开 are one item: the later rows
    // merge into the first (sets united in order; different 公开时限 texts kept one per line).
    // Rows equal in everything are left alone: that is a duplicate for the checker to report.
    // Returns one warning per merged item.
    static QStringList joinSplitRows(QList<Item> &items);

    // Several content rows under one item name (最低生活保障 with four rows, each another 公开内容)
    // are parts of one item; kept as separate items unless the clerk chooses to join them at
    // import. The number of item names (the same domain and 一级/二级/三级事项 as written, and the
    // same 不予公开) that more than one row carries.
    static int sharedNames(const QList<Item> &items);
    // Joins the rows of each such name into its first row: 公开内容 one line per row, other
    // texts (依据, 时限, 主体, 备注 …) their different values one per line, sets united. A withheld
    // row never joins a public one. Returns the number of names joined.
    static int joinContentRows(QList<Item> &items);
};

} // namespace gkml
