#pragma once

#include "ItemStatus.h"
#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"
#include "catalogue/PublicationRecord.h"
#include "check/StagesCoverage.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace gkml {

class CatalogueFile;
class WorkCalendar;

// The mock inspection (考核自查): every item's status as of a date, counts per 股室 and per
// domain, and the 问题清单 — one problem per item that is not ok, with an 整改期限 counted in
// working days, plus the assessors' problems recorded from their feedback (open or fixed).
// Withheld items are not to be published and are left out.
class InspectionReport
{
    Q_DECLARE_TR_FUNCTIONS(InspectionReport)
public:
    struct Options
    {
        QDate asOf;
        QString department; // empty: all
        int sampleDomains = 0; // 0: every domain; N: N domains drawn with `seed`, like the assessors
        quint32 seed = 0;
        int fixWorkingDays = 10; // 整改期限: this many working days after asOf
    };
    struct Row
    {
        Item item;
        ItemStatus status;
    };
    struct Counts
    {
        int items = 0, ok = 0, late = 0, never = 0, stale = 0, undated = 0;
        void add(ItemStatus::State state);
        QJsonObject toJson() const;
        // A row of a count table: the name, then the counts in the order of countTable's header.
        QStringList row(const QString &name) const;
    };
    struct Problem
    {
        qint64 item = 0;
        QString domain, level1, level2;
        QString department;
        QString text;
        QString requirement;
        QDate fixBy;
        int fixWorkingDays
                = -1; // 整改期限 counted from asOf in working days; -1: a date set by the assessors
        bool fixed = false;
        QString result;
        bool fromAssessors = false;
    };

    static InspectionReport build(CatalogueFile &file, const WorkCalendar &calendar, const Options &options);

    QDate asOf() const { return m_options.asOf; }
    QString unit() const { return m_info.unit; }
    const QList<Row> &rows() const { return m_rows; }
    const QMap<QString, Counts> &departments() const { return m_departments; }
    const QMap<QString, Counts> &domains() const { return m_domains; }
    Counts total() const { return m_total; }
    const QList<Problem> &problems() const { return m_problems; }
    QStringList sampledDomains() const { return m_sampled; }
    // The 五公开 coverage of the inspected items (决策、执行、管理、服务、结果公开).
    const StagesCoverage &stagesCoverage() const { return m_coverage; }
    bool allOk() const { return m_total.ok == m_total.items; }
    bool calendarWarning() const;

    // DESIGN.md: {asOf, unit, items: [...], departments: {...}, problems: [...]} (+ domains, sample).
    QJsonObject toJson() const;
    QString toText() const;
    // The 问题清单 in the county style: 序号, 问题明细, 责任股室, 整改要求, 整改期限, 整改结果;
    // a header row, then one row per problem.
    QList<QStringList> problemTable() const;
    // 2026-12-14 (10 working days), or the assessors' date alone.
    static QString fixByText(const Problem &problem);
    // The 五公开 coverage as a table: header row, one row per domain.
    QList<QStringList> stagesTable() const;
    QString title() const; // 某单位 政务公开考核自查（截至 …）
    // The counts as a table: header row, one row per 股室, a 合计 row.
    QList<QStringList> countTable(const QMap<QString, Counts> &counts, const QString &firstHeader) const;

private:
    Options m_options;
    CatalogueInfo m_info;
    QList<Row> m_rows;
    QMap<QString, Counts> m_departments, m_domains;
    Counts m_total;
    QList<Problem> m_problems;
    QStringList m_sampled;
    StagesCoverage m_coverage;
};

} // namespace gkml
