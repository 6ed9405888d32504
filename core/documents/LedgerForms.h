#pragma once

#include "DocumentChecker.h"
#include "LedgerSheet.h"
#include "TransferPlanner.h"

#include <QCoreApplication>
#include <QList>

namespace gkml {

// The printed forms of the ledger, as LedgerSheets for LedgerPdf:
// - the 移交清单 of a batch in two copies (第一联 送县档案馆, 第二联 送县图书馆): unit, batch date
//   (and its deferral), count, the documents with 索引号, 文号, 标题, 成文日期, 份数, and the
//   sign-off lines 移交人 / 接收人 / 日期;
// - the 退回重新办理 list, one sheet per 起草股室.
class LedgerForms
{
    Q_DECLARE_TR_FUNCTIONS(LedgerForms)
public:
    static QList<LedgerSheet> transferList(const QString &unit, const TransferPlanner::Day &day,
                                           const QList<Document> &documents);
    static QList<LedgerSheet> returnLists(const QString &unit,
                                          const QMap<QString, QList<DocumentChecker::Returned>> &byOffice,
                                          const QDate &today);
    // 2026年2月20日
    static QString chineseDate(const QDate &date);
};

} // namespace gkml
