#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace gkml {

// One document (公文) of the unit's ledger (DESIGN.md "Documents and 两馆 transfers"). The
// drafting office marks its disclosure attribute and has it reviewed for secrets (保密审查)
// before it is issued; reviewed 主动公开 documents go to the county archives and library.
struct Document
{
    qint64 id = 0;
    QString docNo; // 文号, e.g. 安民〔2026〕12号
    QString title; // 标题
    QDate writtenOn; // 成文日期
    QString department; // 起草股室
    QString attribute; // 主动公开 | 依申请公开 | 不予公开 | empty (not marked yet)
    QString reason; // why not 主动公开 (required unless 主动公开)
    QString reviewer; // 保密审查人
    QDate reviewedOn; // 保密审查日期
    QString indexNo; // 索引号
    qint64 item = 0; // catalogue item the document belongs to, 0 = none
    qint64 transfer = 0; // transfer batch, 0 = not transferred yet
    QString docType; // 文件类型: 规章 | 规范性文件 | other text (for the annual report)
    QDate repealedOn; // 废止日期 (规章 / 规范性文件 no longer in force)
    int copies = 1; // 份数 handed to each of the two halls

    static QString proactive(); // 主动公开
    static QString onRequest(); // 依申请公开
    static QString withheld(); // 不予公开
    static QStringList attributes();
    // Maps what offices write (主动, 不公开, 依申请 …) to one of attributes(); empty when unknown.
    static QString normaliseAttribute(const QString &text);
    static QString regulation(); // 规章
    static QString normative(); // 规范性文件
    // 行政规范性文件 / 规范性文件 → 规范性文件, 政府规章 / 规章 → 规章, anything else unchanged.
    static QString normaliseType(const QString &text);

    bool isReviewed() const { return !reviewer.trimmed().isEmpty() && reviewedOn.isValid(); }
    // Reviewed 主动公开: the only documents that ever go to the two halls.
    bool isTransferable() const { return attribute == proactive() && isReviewed() && writtenOn.isValid(); }

    // {id, docNo, title, writtenOn, department, attribute, reason, reviewer, reviewedOn, indexNo,
    //  item, transfer, docType, repealedOn, copies}; absent dates and ids are null.
    QJsonObject toJson() const;

    friend bool operator==(const Document &, const Document &) = default;
};

} // namespace gkml
