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
};

} // namespace gkml
