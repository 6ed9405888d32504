#pragma once

#include "catalogue/Document.h"
#include "check/Finding.h"
#include "documents/IndexNumberTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace gkml {

// The rules of the document ledger (docs/documents.md). Findings use the catalogue's shape
// (DESIGN.md "Findings") with `item` = the document id, `domain` = the 起草股室, `level1` = the
// 文号, `level2` = the 标题 and `field` = the document key (attribute, reviewer, reason, docNo,
// indexNo). Codes:
//   doc-attribute-missing  no 公开属性: 退回重新办理 (error)
//   doc-review-missing     no 保密审查 (reviewer and date): 退回重新办理 (error)
//   doc-reason-missing     依申请公开 / 不予公开 without its reason: 退回重新办理 (error)
//   doc-number-duplicate   the same 文号 on two documents (error)
//   doc-index-malformed    a 索引号 that does not follow the unit's pattern (error)
//   doc-index-duplicate    the same 索引号 on two documents (error)
//   doc-field-missing      no 文号, 标题 or 成文日期 (warning)
class DocumentChecker
{
    Q_DECLARE_TR_FUNCTIONS(DocumentChecker)
public:
    // `index` may be unusable (no pattern set yet): 索引号 are then only checked for duplicates.
    static QList<Finding> check(const QList<Document> &documents, const IndexNumberTemplate &index);
    static QList<Finding> check(const Document &document, const IndexNumberTemplate &index);

    // The codes that send a document back to its office (退回重新办理).
    static bool isReturnCode(const QString &code);
    // The documents to be returned, per 起草股室 (offices in name order), each with the reasons.
    struct Returned
    {
        Document document;
        QStringList reasons;
    };
    static QMap<QString, QList<Returned>> toReturn(const QList<Document> &documents);
};

} // namespace gkml
