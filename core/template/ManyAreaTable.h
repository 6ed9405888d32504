#pragma once

#include "catalogue/Item.h"
#include "standard/DomainNames.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace gkml {

// A township or district catalogue often lists every area (领域) in one table: the 一级事项
// column holds the area (社会救助) and the 二级事项 column the item (最低生活保障). Such a row
// is recognised by its 一级事项 naming an area (DomainNames, data) and shifted: the area becomes
// the domain and the names move up one level, so that the standard's items are compared with
// the right rows.
class ManyAreaTable
{
    Q_DECLARE_TR_FUNCTIONS(ManyAreaTable)
public:
    explicit ManyAreaTable(const DomainNames &names = DomainNames::builtIn())
        : m_names(names)
    { }

    // For a row that has no domain of its own: when its 一级事项 names a national area, domain = area,
    // 一级 = 二级, 二级 = 三级, 三级 = "" and the area is returned; else nothing changes and an
    // empty string is returned.
    QString shift(Item &item);
    bool recognised() const { return !m_counts.isEmpty(); }
    // For the import summary: "一级事项 names the area: 社会救助 12 rows, 就业 5 rows".
    QString summary() const;

private:
    const DomainNames &m_names;
    QList<QPair<QString, int>> m_counts; // area -> rows, in order of appearance
};

} // namespace gkml
