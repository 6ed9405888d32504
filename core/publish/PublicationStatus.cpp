#include "PublicationStatus.h"

#include "calendar/WorkCalendar.h"

namespace gkml {

PublicationStatus::PublicationStatus(const WorkCalendar &calendar, const QDate &asOf)
    : m_calendar(calendar)
    , m_asOf(asOf)
{ }

QDate PublicationStatus::cycleEnd(const QDate &last, const QString &cycle, bool *outsideData) const
{
    if (outsideData)
        *outsideData = false;
    int months = 0;
    if (cycle == QStringLiteral("每月"))
        months = 1;
    else if (cycle == QStringLiteral("每季度"))
        months = 3;
    else if (cycle == QStringLiteral("每半年"))
        months = 6;
    else if (cycle == QStringLiteral("每年"))
        months = 12;
    if (months == 0 || !last.isValid())
        return {};
    return m_calendar.sameOrNextWorkingDay(last.addMonths(months), outsideData);
}

ItemStatus PublicationStatus::evaluate(const Item &item, const QList<PublicationRecord> &records,
                                       const QString &cycle) const
{
    return evaluate(item, DeadlineParser::parse(item.deadline), records, cycle);
}

ItemStatus PublicationStatus::evaluate(const Item &, const Deadline &deadline,
                                       const QList<PublicationRecord> &records, const QString &cycle) const
{
    ItemStatus status;
    bool any = false, undated = false;
    QDate lateDue, latestEvent, latestEventDue;
    for (const PublicationRecord &r : records) {
        if (r.publishedOn.isValid() && r.publishedOn > m_asOf)
            continue; // not yet published as of the date
        any = true;
        if (!r.publishedOn.isValid()) {
            undated = true;
            continue;
        }
        if (!status.lastPublished.isValid() || r.publishedOn > status.lastPublished)
            status.lastPublished = r.publishedOn;
        if (!r.eventOn.isValid())
            continue;
        bool outside = false;
        const QDate due = DeadlineParser::dueDate(deadline, r.eventOn, m_calendar, &outside);
        if (!due.isValid())
            continue;
        status.calendarWarning |= outside;
        if (r.publishedOn > due && (!lateDue.isValid() || due < lateDue))
            lateDue = due;
        if (!latestEvent.isValid() || r.eventOn > latestEvent) {
            latestEvent = r.eventOn;
            latestEventDue = due;
        }
    }
    if (!any) {
        status.state = ItemStatus::State::Never;
        return status;
    }
    if (undated) {
        status.state = ItemStatus::State::Undated;
        return status;
    }
    if (lateDue.isValid()) {
        status.state = ItemStatus::State::Late;
        status.due = lateDue;
        return status;
    }
    bool outside = false;
    const QDate end = cycleEnd(status.lastPublished, cycle, &outside);
    if (end.isValid()) {
        status.calendarWarning |= outside;
        status.due = end;
        status.state = end < m_asOf ? ItemStatus::State::Stale : ItemStatus::State::Ok;
        return status;
    }
    status.due = latestEventDue;
    status.state = ItemStatus::State::Ok;
    return status;
}

QHash<qint64, ItemStatus>
PublicationStatus::evaluateAll(const QList<Item> &items,
                               const QHash<qint64, QList<PublicationRecord>> &records,
                               const QHash<qint64, QString> &cycles) const
{
    QHash<qint64, ItemStatus> result;
    result.reserve(items.size());
    QHash<QString, Deadline> parsed;
    static const QList<PublicationRecord> none;
    for (const Item &item : items) {
        if (item.withheld)
            continue;
        auto it = parsed.constFind(item.deadline);
        if (it == parsed.constEnd())
            it = parsed.insert(item.deadline, DeadlineParser::parse(item.deadline));
        const auto r = records.constFind(item.id);
        result.insert(item.id,
                      evaluate(item, *it, r == records.constEnd() ? none : *r, cycles.value(item.id)));
    }
    return result;
}

QString PublicationStatus::findingCode(ItemStatus::State state)
{
    switch (state) {
    case ItemStatus::State::Never: return QStringLiteral("publication-never");
    case ItemStatus::State::Undated: return QStringLiteral("publication-undated");
    case ItemStatus::State::Late: return QStringLiteral("publication-late");
    case ItemStatus::State::Stale: return QStringLiteral("publication-stale");
    case ItemStatus::State::Ok: return {};
    }
    return {};
}

QList<Finding> PublicationStatus::findings(const QList<Item> &items,
                                           const QHash<qint64, ItemStatus> &statuses, const QDate &asOf)
{
    QList<Finding> list;
    const QString day = asOf.toString(Qt::ISODate);
    for (const Item &item : items) {
        const auto it = statuses.constFind(item.id);
        if (it == statuses.constEnd() || it->state == ItemStatus::State::Ok)
            continue;
        Finding f;
        f.severity = Finding::Severity::Warning;
        f.code = findingCode(it->state);
        f.item = item.id;
        f.domain = item.domain;
        f.level1 = item.level1;
        f.level2 = item.level2;
        const QString due = it->due.toString(Qt::ISODate);
        switch (it->state) {
        case ItemStatus::State::Never:
            f.message = tr("Not published by %1: record the publication, or publish it.").arg(day);
            break;
        case ItemStatus::State::Undated:
            f.message = tr("A publication record has no publication date: assessors count it as not updated. "
                           "Enter the date.");
            break;
        case ItemStatus::State::Late:
            f.message = tr("Published after its due date %1 (公开时限 counted in working days from the event "
                           "date).")
                                .arg(due);
            break;
        case ItemStatus::State::Stale:
            f.message = tr("Not updated within its update cycle: due again by %1.").arg(due);
            break;
        case ItemStatus::State::Ok: break;
        }
        list.append(f);
    }
    return list;
}

} // namespace gkml
