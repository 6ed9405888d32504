#include "InspectionReport.h"

#include "PublicationStatus.h"
#include "calendar/WorkCalendar.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/PublicationStore.h"
#include "print/CoverageSheet.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <algorithm>

namespace gkml {

namespace {
QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

void InspectionReport::Counts::add(ItemStatus::State state)
{
    ++items;
    switch (state) {
    case ItemStatus::State::Ok: ++ok; break;
    case ItemStatus::State::Late: ++late; break;
    case ItemStatus::State::Never: ++never; break;
    case ItemStatus::State::Stale: ++stale; break;
    case ItemStatus::State::Undated: ++undated; break;
    }
}

QJsonObject InspectionReport::Counts::toJson() const
{
    return { { QStringLiteral("items"), items }, { QStringLiteral("ok"), ok },
             { QStringLiteral("late"), late },   { QStringLiteral("never"), never },
             { QStringLiteral("stale"), stale }, { QStringLiteral("undated"), undated } };
}

InspectionReport InspectionReport::build(CatalogueFile &file, const WorkCalendar &calendar,
                                         const Options &options)
{
    InspectionReport report;
    report.m_options = options;
    report.m_info = file.info();
    PublicationStore store(file);
    QList<Item> items;
    for (const Item &item : file.items()) {
        if (item.withheld)
            continue;
        if (!options.department.isEmpty() && item.department.trimmed() != options.department.trimmed())
            continue;
        items.append(item);
    }
    if (options.sampleDomains > 0) {
        // The assessors draw N domains; the same seed draws the same ones.
        QStringList domains;
        for (const Item &item : std::as_const(items))
            if (!domains.contains(item.domain))
                domains.append(item.domain);
        std::sort(domains.begin(), domains.end());
        QRandomGenerator random(options.seed);
        for (qsizetype i = domains.size() - 1; i > 0; --i)
            domains.swapItemsAt(i, qsizetype(random.bounded(quint32(i + 1))));
        report.m_sampled = domains.mid(0, options.sampleDomains);
        std::sort(report.m_sampled.begin(), report.m_sampled.end());
        const QSet<QString> keep(report.m_sampled.begin(), report.m_sampled.end());
        items.removeIf([&](const Item &item) { return !keep.contains(item.domain); });
    }
    const PublicationStatus status(calendar, options.asOf);
    const QHash<qint64, ItemStatus> statuses
            = status.evaluateAll(items, store.allRecords(), store.allCycles());
    const QDate fixBy = calendar.addWorkingDays(options.asOf, options.fixWorkingDays);
    for (const Item &item : std::as_const(items)) {
        const ItemStatus s = statuses.value(item.id);
        report.m_rows.append({ item, s });
        report.m_total.add(s.state);
        report.m_departments[item.department.trimmed()].add(s.state);
        report.m_domains[item.domain].add(s.state);
        if (s.state == ItemStatus::State::Ok)
            continue;
        Problem p;
        p.item = item.id;
        p.domain = item.domain;
        p.level1 = item.level1;
        p.level2 = item.level2;
        p.department = item.department.trimmed();
        p.fixBy = fixBy;
        p.fixWorkingDays = options.fixWorkingDays;
        switch (s.state) {
        case ItemStatus::State::Never:
            p.text = tr("%1 / %2: no publication recorded by %3")
                             .arg(item.level1, item.level2, dateText(options.asOf));
            p.requirement
                    = tr("Publish it through the channels in the catalogue and record the publication.");
            break;
        case ItemStatus::State::Undated:
            p.text = tr("%1 / %2: publication without a date").arg(item.level1, item.level2);
            p.requirement = tr("Enter the publication date of every record.");
            break;
        case ItemStatus::State::Late:
            p.text = tr("%1 / %2: published after the due date %3")
                             .arg(item.level1, item.level2, dateText(s.due));
            p.requirement = tr("Publish within the time limit of the catalogue; check the process.");
            break;
        case ItemStatus::State::Stale:
            p.text = tr("%1 / %2: not updated since %3 (due again by %4)")
                             .arg(item.level1, item.level2, dateText(s.lastPublished), dateText(s.due));
            p.requirement = tr("Update the information and record the publication.");
            break;
        case ItemStatus::State::Ok: break;
        }
        report.m_problems.append(p);
    }
    QList<Item> inspected;
    inspected.reserve(report.m_rows.size());
    for (const Row &row : std::as_const(report.m_rows))
        inspected.append(row.item);
    report.m_coverage = StagesCoverage::compute(inspected);
    // The assessors' problems recorded from their feedback tables.
    QHash<qint64, const Item *> byId;
    for (const Row &row : std::as_const(report.m_rows))
        byId.insert(row.item.id, &row.item);
    for (const InspectionProblem &fp : store.problems()) {
        if (!options.department.isEmpty() && fp.department.trimmed() != options.department.trimmed())
            continue;
        if (fp.item > 0 && !byId.contains(fp.item)
            && (options.sampleDomains > 0 || !options.department.isEmpty()))
            continue;
        Problem p;
        p.item = fp.item;
        if (const Item *item = byId.value(fp.item)) {
            p.domain = item->domain;
            p.level1 = item->level1;
            p.level2 = item->level2;
        }
        p.department = fp.department;
        p.text = fp.text;
        p.requirement = fp.requirement;
        p.fixBy = fp.fixBy;
        p.fixed = fp.isFixed();
        p.result = fp.result;
        p.fromAssessors = true;
        report.m_problems.append(p);
    }
    return report;
}

bool InspectionReport::calendarWarning() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.status.calendarWarning; });
}

QJsonObject InspectionReport::toJson() const
{
    QJsonArray items;
    for (const Row &r : m_rows)
        items.append(QJsonObject { { QStringLiteral("id"), r.item.id },
                                   { QStringLiteral("domain"), r.item.domain },
                                   { QStringLiteral("level1"), r.item.level1 },
                                   { QStringLiteral("level2"), r.item.level2 },
                                   { QStringLiteral("department"), r.item.department.trimmed() },
                                   { QStringLiteral("status"), ItemStatus::key(r.status.state) },
                                   { QStringLiteral("due"), dateJson(r.status.due) },
                                   { QStringLiteral("lastPublished"), dateJson(r.status.lastPublished) },
                                   { QStringLiteral("calendarWarning"), r.status.calendarWarning } });
    QJsonObject departments, domains;
    for (auto it = m_departments.begin(); it != m_departments.end(); ++it)
        departments.insert(it.key(), it.value().toJson());
    for (auto it = m_domains.begin(); it != m_domains.end(); ++it)
        domains.insert(it.key(), it.value().toJson());
    QJsonArray problems;
    for (const Problem &p : m_problems)
        problems.append(QJsonObject {
                { QStringLiteral("item"), p.item > 0 ? QJsonValue(p.item) : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("department"), p.department },
                { QStringLiteral("text"), p.text },
                { QStringLiteral("requirement"), p.requirement },
                { QStringLiteral("fixBy"), dateJson(p.fixBy) },
                { QStringLiteral("state"), p.fixed ? QStringLiteral("fixed") : QStringLiteral("open") },
                { QStringLiteral("result"), p.result },
                { QStringLiteral("source"),
                  p.fromAssessors ? QStringLiteral("feedback") : QStringLiteral("inspection") } });
    QJsonObject o { { QStringLiteral("asOf"), dateJson(m_options.asOf) },
                    { QStringLiteral("unit"), m_info.unit },
                    { QStringLiteral("items"), items },
                    { QStringLiteral("departments"), departments },
                    { QStringLiteral("domains"), domains },
                    { QStringLiteral("total"), m_total.toJson() },
                    { QStringLiteral("problems"), problems },
                    { QStringLiteral("stages"), m_coverage.toJson() },
                    { QStringLiteral("calendarWarning"), calendarWarning() } };
    if (m_options.sampleDomains > 0)
        o.insert(QStringLiteral("sample"),
                 QJsonObject { { QStringLiteral("domains"), QJsonArray::fromStringList(m_sampled) },
                               { QStringLiteral("seed"), qint64(m_options.seed) } });
    return o;
}

QStringList InspectionReport::Counts::row(const QString &name) const
{
    return { name,
             QString::number(items),
             QString::number(ok),
             QString::number(late),
             QString::number(never),
             QString::number(stale),
             QString::number(undated) };
}

QList<QStringList> InspectionReport::countTable(const QMap<QString, Counts> &counts,
                                                const QString &firstHeader) const
{
    QList<QStringList> table;
    table.append({ firstHeader, tr("Items"), tr("On time"), tr("Late"), tr("Never published"),
                   tr("Not updated"), tr("No date") });
    for (auto it = counts.begin(); it != counts.end(); ++it)
        table.append(it.value().row(it.key().isEmpty() ? tr("(none)") : it.key()));
    table.append(m_total.row(tr("Total")));
    return table;
}

QString InspectionReport::fixByText(const Problem &problem)
{
    if (!problem.fixBy.isValid())
        return {};
    if (problem.fixWorkingDays < 0)
        return dateText(problem.fixBy);
    return tr("%1 (%2 working days)").arg(dateText(problem.fixBy)).arg(problem.fixWorkingDays);
}

QList<QStringList> InspectionReport::problemTable() const
{
    QList<QStringList> table;
    table.append({ tr("No."), tr("Problem"), tr("Responsible office"), tr("Requirement"), tr("Fix by"),
                   tr("Result") });
    int n = 0;
    for (const Problem &p : m_problems)
        table.append({ QString::number(++n), p.text, p.department, p.requirement, fixByText(p),
                       p.fixed ? (p.result.isEmpty() ? tr("Fixed") : tr("Fixed: %1").arg(p.result))
                               : tr("Open") });
    return table;
}

QList<QStringList> InspectionReport::stagesTable() const
{
    QList<QStringList> table;
    QStringList header = { tr("Domain"), tr("Items") };
    header += StagesCoverage::stages();
    header += { tr("Marked for none"), tr("Stages no item serves") };
    table.append(header);
    for (const StagesCoverage::Domain &d : m_coverage.domains())
        table.append(CoverageSheet::summaryRow(d));
    return table;
}

QString InspectionReport::title() const
{
    return tr("Inspection of %1 as of %2").arg(m_info.unit, dateText(m_options.asOf));
}

QString InspectionReport::toText() const
{
    QString text;
    text += title() + u'\n';
    if (m_options.sampleDomains > 0)
        text += tr("Sampled domains (seed %1): %2")
                        .arg(m_options.seed)
                        .arg(m_sampled.join(QStringLiteral("、")))
                + u'\n';
    auto table = [&text](const QList<QStringList> &rows) {
        for (const QStringList &r : rows)
            text += r.join(QStringLiteral("  ")) + u'\n';
        text += u'\n';
    };
    text += u'\n';
    table(countTable(m_departments, tr("Office")));
    table(countTable(m_domains, tr("Domain")));
    text += tr("五公开 coverage") + u'\n';
    table(stagesTable());
    text += tr("Problems: %1").arg(m_problems.size()) + u'\n';
    for (const QStringList &r : problemTable().mid(1))
        text += QStringLiteral("%1. %2 [%3] %4 %5 %6\n")
                        .arg(r.at(0), r.at(1), r.at(2), r.at(3), r.at(4), r.at(5));
    if (calendarWarning())
        text += tr("Some due dates fall in a year without holiday data and were counted Monday to Friday.")
                + u'\n';
    return text;
}

} // namespace gkml
