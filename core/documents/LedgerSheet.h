#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gkml {

// One printed form of the ledger (a 移交清单 copy, a 退回 list of one office): a title, lines
// under it, a table that runs over as many pages as it needs (its header repeated), and
// sign-off lines after the table. LedgerPdf draws a list of them into one PDF.
struct LedgerSheet
{
    struct Column
    {
        QString label;
        bool stretch = false; // takes the width the others leave (the title); others fit their text
        bool centred = false;
    };
    QString title;
    QString subtitle; // e.g. （第一联 送县档案馆）
    QStringList lines; // unit, batch date, count …
    QList<Column> columns;
    QList<QStringList> rows;
    QString empty; // printed instead of the table when there is no row
    QStringList signOff; // e.g. 移交人：, 接收人：, 日期：
};

} // namespace gkml
