#include "TransferPlanner.h"

#include "calendar/WorkCalendar.h"

namespace gkml {

// The working days of core/calendar: the State Council's notices built in, the user's added
// years and local rest days (节假日顺延 over all of them).
TransferPlanner TransferPlanner::national()
{
    const WorkCalendar *calendar = &WorkCalendar::instance();
    return TransferPlanner([calendar](const QDate &day, bool *outside) {
        return calendar->sameOrNextWorkingDay(day, outside);
    });
}

} // namespace gkml
