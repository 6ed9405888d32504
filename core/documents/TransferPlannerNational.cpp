#include "TransferPlanner.h"

namespace gkml {

// TEMPORARY until core/calendar lands: Monday–Friday, every day flagged as outside the data.
TransferPlanner TransferPlanner::national()
{
    return TransferPlanner([](const QDate &day, bool *outside) {
        if (outside)
            *outside = true;
        QDate d = day;
        while (d.dayOfWeek() > 5)
            d = d.addDays(1);
        return d;
    });
}

} // namespace gkml
