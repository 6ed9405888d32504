#pragma once

#include "catalogue/Document.h"

#include <QDate>
#include <QList>
#include <functional>

namespace gkml {

// The 两馆 transfers (calendar.md, the Anxi plan 三(三)): on the 5th and the 20th of every month
// the reviewed 主动公开 documents go to the county archives and library, the day deferred to the
// next working day when it is not one (节假日顺延). The working days come from the calendar
// (core/calendar); this class only knows the 5th/20th rule and which documents a batch holds.
class TransferPlanner
{
public:
    // The calendar's "D when it is a working day, else the next one"; sets *outsideData when a
    // day looked at lies in a year without holiday data (computed Monday–Friday).
    using NextWorkingDay = std::function<QDate(const QDate &day, bool *outsideData)>;

    struct Day
    {
        QDate nominal; // the 5th or the 20th
        QDate due; // the day the batch is handed over
        bool outsideData = false;
    };

    explicit TransferPlanner(NextWorkingDay nextWorkingDay);
    // The national calendar of core/calendar (built-in years plus the user's files).
    static TransferPlanner national();

    // The 24 transfer days of a year, in order.
    QList<Day> schedule(int year) const;
    // The batch of `date` (normally a 5th or 20th; any date makes an extra batch).
    Day dayFor(const QDate &date) const;
    // The first transfer day due on or after `today`.
    Day next(const QDate &today) const;
    static bool isNominalDay(const QDate &date) { return date.day() == 5 || date.day() == 20; }

    // Every reviewed 主动公开 document written on or before `date` and not transferred yet, by
    // 成文日期 then id. 依申请公开, 不予公开, unmarked and unreviewed documents never enter.
    static QList<Document> batch(const QList<Document> &documents, const QDate &date);

private:
    NextWorkingDay m_nextWorkingDay;
};

} // namespace gkml
