#include "TransferPlanner.h"

#include <algorithm>

namespace gkml {

TransferPlanner::TransferPlanner(NextWorkingDay nextWorkingDay)
    : m_nextWorkingDay(std::move(nextWorkingDay))
{ }

TransferPlanner::Day TransferPlanner::dayFor(const QDate &date) const
{
    Day d;
    d.nominal = date;
    d.due = m_nextWorkingDay(date, &d.outsideData);
    return d;
}

QList<TransferPlanner::Day> TransferPlanner::schedule(int year) const
{
    QList<Day> days;
    for (int month = 1; month <= 12; ++month) {
        days << dayFor(QDate(year, month, 5));
        days << dayFor(QDate(year, month, 20));
    }
    return days;
}

TransferPlanner::Day TransferPlanner::next(const QDate &today) const
{
    // A deferral is at most a couple of weeks (春节), so the nominal day lies before `today`
    // at most one step back; start a month early and walk forward.
    QDate month = today.addMonths(-1);
    month = QDate(month.year(), month.month(), 1);
    for (int i = 0; i < 6; ++i, month = month.addMonths(1)) {
        for (int dayOfMonth : { 5, 20 }) {
            const Day d = dayFor(QDate(month.year(), month.month(), dayOfMonth));
            if (d.due >= today)
                return d;
        }
    }
    return dayFor(today);
}

QList<Document> TransferPlanner::batch(const QList<Document> &documents, const QDate &date)
{
    QList<Document> held;
    for (const Document &d : documents) {
        if (d.transfer == 0 && d.isTransferable() && d.writtenOn <= date)
            held << d;
    }
    std::stable_sort(held.begin(), held.end(), [](const Document &a, const Document &b) {
        return a.writtenOn != b.writtenOn ? a.writtenOn < b.writtenOn : a.id < b.id;
    });
    return held;
}

} // namespace gkml
