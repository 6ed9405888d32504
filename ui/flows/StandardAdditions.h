#pragma once

#include "catalogue/Item.h"

#include <QCoreApplication>
#include <QList>

namespace gkml {

class CatalogueEditor;
class Standard;
struct StandardItem;

// 从标准补入: the standard's rows the catalogue lacks, put in with every field the standard gives
// (公开内容, 依据, 时限, 主体, 渠道, 对象, 方式, 层级) as one undo step.
class StandardAdditions
{
    Q_DECLARE_TR_FUNCTIONS(StandardAdditions)
public:
    // The standard's rows of `domain` (empty: every domain of the standard) that no item matches
    // (domain, 一级, 二级 after the standard's normalising), in the standard's order.
    static QList<const StandardItem *> missing(const Standard &standard, const QList<Item> &items,
                                               const QString &domain = {});
    // Inserts the rows; returns the new ids (empty when nothing was added or the file refused).
    static QList<qint64> add(CatalogueEditor *editor, const QList<const StandardItem *> &rows);
};

} // namespace gkml
