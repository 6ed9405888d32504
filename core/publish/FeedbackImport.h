#pragma once

#include "catalogue/Item.h"
#include "catalogue/PublicationRecord.h"

#include <QCoreApplication>
#include <QList>

namespace gkml {

// The county office's feedback table (xlsx or csv): a header row with 问题明细 (also 存在问题,
// 问题描述) and optionally 事项 (the item's name), 责任股室, 整改要求, 整改期限, 整改结果.
// Each row becomes an InspectionProblem matched to an item by name (the 二级事项, or
// 一级事项-二级事项, after normalising width, spaces and punctuation; failing a name column, an
// item whose 二级事项 the problem text names). Unmatched rows are kept (item 0) with the row as read.
class FeedbackImport
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackImport)
public:
    struct Result
    {
        QList<InspectionProblem> problems;
        int matched = 0;
        QString error; // one sentence; empty on success
    };
    static Result read(const QString &path, const QList<Item> &items);
};

} // namespace gkml
