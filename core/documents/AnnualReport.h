#pragma once

#include "catalogue/Document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace gkml {

// The counts of table 二 (主动公开政府信息情况) of the 政府信息公开工作年度报告 in the format of
// 国办公开办函〔2021〕30号 that the document ledger can give: for 规章 and 规范性文件 the documents
// 本年制发 (written in the year), 本年废止 (repealed in the year) and 现行有效 (written by the
// year's end and not repealed by then). The other rows of table 二 (行政许可, 行政处罚, 行政强制
// decisions and 行政事业性收费 amounts) come from other systems and are left for the office.
class AnnualReport
{
    Q_DECLARE_TR_FUNCTIONS(AnnualReport)
public:
    struct Row
    {
        QString type; // 规章 | 规范性文件
        int issued = 0; // 本年制发件数
        int repealed = 0; // 本年废止件数
        int inForce = 0; // 现行有效件数
    };

    static QList<Row> count(const QList<Document> &documents, int year);
    // The parts of table 二 the office fills in itself (one line each).
    static QStringList leftForOffice();

    // {year, unit, table: "二", rows: [{type, issued, repealed, inForce}], leftForOffice: [...]}
    static QJsonObject toJson(const QList<Row> &rows, int year, const QString &unit);
    static QString toText(const QList<Row> &rows, int year, const QString &unit);
    // A one-sheet workbook laid out like table 二, the office's rows left empty.
    static QByteArray toXlsx(const QList<Row> &rows, int year, const QString &unit, QString *error);
};

} // namespace gkml
