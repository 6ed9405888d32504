#pragma once

#include "ItemStatus.h"
#include "catalogue/Item.h"
#include "catalogue/PublicationRecord.h"
#include "check/DeadlineParser.h"
#include "check/Finding.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace gkml {

class WorkCalendar;

// The status of items as of a date, from their records, 公开时限 and update cycle, on the
// working-day calendar. Records published after the date are ignored (they did not exist yet).
class PublicationStatus
{
    Q_DECLARE_TR_FUNCTIONS(PublicationStatus)
public:
    PublicationStatus(const WorkCalendar &calendar, const QDate &asOf);

    ItemStatus evaluate(const Item &item, const QList<PublicationRecord> &records,
                        const QString &cycle) const;
    // Every item not withheld (withheld items are not to be published), by id. The 公开时限
    // texts are parsed once per distinct text.
    QHash<qint64, ItemStatus> evaluateAll(const QList<Item> &items,
                                          const QHash<qint64, QList<PublicationRecord>> &records,
                                          const QHash<qint64, QString> &cycles) const;

    // The last day an item published on `last` may wait under `cycle` (每月: a month later, ...);
    // invalid for 随时, 长期 and no cycle (updated only on change).
    QDate cycleEnd(const QDate &last, const QString &cycle, bool *outsideData = nullptr) const;

    // Live findings, one per item that is not ok: codes publication-never, publication-undated,
    // publication-late, publication-stale (warnings; docs/checker.md).
    static QList<Finding> findings(const QList<Item> &items, const QHash<qint64, ItemStatus> &statuses,
                                   const QDate &asOf);
    static QString findingCode(ItemStatus::State state);

    QDate asOf() const { return m_asOf; }

private:
    ItemStatus evaluate(const Item &item, const Deadline &deadline, const QList<PublicationRecord> &records,
                        const QString &cycle) const;

    const WorkCalendar &m_calendar;
    QDate m_asOf;
};

} // namespace gkml
