#pragma once

#include <QDate>
#include <QString>

namespace gkml {

class WorkCalendar;

// What a 公开时限 text says, as a figure the checker can compare.
struct Deadline
{
    enum class Kind {
        Empty, // nothing written
        WorkingDays, // N个工作日
        CalendarDays, // N日 / N天 / N个自然日 (converted to working days, see workingDays)
        Weeks, // N周
        Months, // N个月
        Immediate, // 实时 / 即时 / 及时 / 随时 / 当日 ...: 0 working days
        Periodic, // 每年 / 每季度 / 年底前 / 次月10日前 ...: a calendar rule, not a span
        LongTerm, // 长期 / 常年 / 任期内: how long it stays public, not a deadline
        DisplayOnly, // only 公示N个工作日: a display period, not a deadline
        Unreadable, // no figure and no known word (e.g. 同上)
    };
    Kind kind = Kind::Empty;
    int amount = 0; // the figure as written (days, weeks, months)
    // Comparable figure in working days; -1 when the text sets no span. Calendar spans are
    // converted conservatively (a lower bound: 5 working days in every 7, months as 28 days)
    // so that a limit is only reported as exceeded when it surely is.
    int workingDays = -1;
    bool approximate = false; // workingDays was converted from calendar days, weeks or months
    int displayWorkingDays = -1; // 公示N个工作日 (or the converted 公示N日), -1 when none

    bool hasSpan() const { return workingDays >= 0; }
};

// Reads 公开时限 texts: "制定或获取信息之日起10个工作日内，公示7个工作日" -> 10 working days
// (display 7); "20日内" -> 20 calendar days ~ 14 working days; "实时公开" -> 0; "长期公开" -> no
// deadline. Hand-written scanner (no regular expressions): it runs for every item.
class DeadlineParser
{
public:
    static Deadline parse(const QString &text);
    // Working days a calendar span surely contains (5 in every 7; holidays not counted).
    static int calendarToWorkingDays(int calendarDays) { return calendarDays * 5 / 7; }
    // The day a disclosure falls due for information formed or changed on `event`, on
    // `calendar`: N个工作日 counted in working days (the event day not counted, 民法典 Art. 201);
    // N日 / N周 / N个月 counted on the calendar, a due day that is a rest day deferred to the next
    // working day (Art. 203); 实时 / 及时 / 当日: the same working day (the next one when the event
    // falls on a rest day). Invalid when the text sets no span (periodic, long term, display
    // only, unreadable) or event is invalid. *outsideData: a year without holiday data was used.
    static QDate dueDate(const Deadline &deadline, const QDate &event, const WorkCalendar &calendar,
                         bool *outsideData = nullptr);
};

} // namespace gkml
