#pragma once

#include "Finding.h"
#include "catalogue/Item.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace gkml {

// duplicate-seq (warning): two different items of one domain carry the same 序号, so the
// printed board and the portal list them in an order nobody chose. Rows of one item (the same
// 一级/二级事项, split by 公开内容) may share their number, as merged cells do in real workbooks.
class DuplicateSeqRule
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateSeqRule)
public:
    // `nameKey`: the item's identity as the checker computes it (domain key, level1, level2).
    void item(const Item &it, const QString &domainKey, const QString &nameKey, QList<Finding> *out);

private:
    struct First
    {
        const Item *item;
        QString nameKey;
    };
    QHash<QString, QHash<int, First>> m_seqs; // domain key -> seq -> first item with it
};

} // namespace gkml
