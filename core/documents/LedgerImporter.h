#pragma once

#include "catalogue/Document.h"
#include "exchange/TableGrid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace gkml {

// Reads a document ledger (发文登记簿) kept in Excel/WPS or CSV into documents. The headers are
// found as offices write them (文号/发文字号, 标题/文件名称, 成文日期/印发日期, 起草股室/承办科室,
// 公开属性/公开方式, 不公开理由, 保密审查人/审查日期, 索引号, 文件类型, 废止日期, 份数), with a
// title row above and merged two-row headers (保密审查 over 审查人 | 审查日期). The files are read
// by core/exchange's readers (XlsxReader, CsvReader); nothing is written here.
class LedgerImporter
{
    Q_DECLARE_TR_FUNCTIONS(LedgerImporter)
public:
    struct Result
    {
        QList<Document> documents;
        QStringList warnings; // rows skipped or values not understood (with the row number)
        QString error; // one sentence; empty on success
    };
    // .xlsx or .csv (encoding auto-detected: UTF-8 or GB18030).
    static Result readFile(const QString &path);
    // The first sheet/table with a recognisable ledger header.
    static Result readGrids(QList<TableGrid> grids);

    enum class Column {
        None,
        DocNo,
        Title,
        WrittenOn,
        Department,
        Attribute,
        Reason,
        Reviewer,
        ReviewedOn,
        IndexNo,
        DocType,
        RepealedOn,
        Copies
    };
    // The column a header label names (after folding width, spaces and punctuation).
    static Column columnFor(const QString &label);
};

} // namespace gkml
