#include "DeadlineParser.h"

#include "calendar/WorkCalendar.h"

#include <QStringView>
#include <array>

namespace gkml {

namespace {

int chineseDigit(QChar c)
{
    switch (c.unicode()) {
    case u'零':
    case u'〇': return 0;
    case u'一': return 1;
    case u'二':
    case u'两': return 2;
    case u'三': return 3;
    case u'四': return 4;
    case u'五': return 5;
    case u'六': return 6;
    case u'七': return 7;
    case u'八': return 8;
    case u'九': return 9;
    default: return -1;
    }
}

bool isChineseNumeral(QChar c)
{
    return chineseDigit(c) >= 0 || c == u'十' || c == u'百';
}

// Reads an Arabic (any width) or Chinese numeral at i; returns the index after it, or i.
qsizetype readNumber(QStringView s, qsizetype i, int *value)
{
    qsizetype j = i;
    if (s.at(i).isDigit()) {
        long long v = 0;
        while (j < s.size() && s.at(j).isDigit()) {
            v = qMin<long long>(v * 10 + s.at(j).digitValue(), 1000000);
            ++j;
        }
        *value = int(v);
        return j;
    }
    int section = 0;
    int digit = -1;
    while (j < s.size() && isChineseNumeral(s.at(j))) {
        const QChar c = s.at(j);
        if (c == u'十') {
            section += (digit <= 0 ? 1 : digit) * 10;
            digit = -1;
        } else if (c == u'百') {
            section += (digit <= 0 ? 1 : digit) * 100;
            digit = -1;
        } else {
            digit = chineseDigit(c);
        }
        section = qMin(section, 1000000); // hostile text: no overflow
        ++j;
    }
    *value = section + qMax(digit, 0);
    return j;
}

bool startsWithAt(QStringView s, qsizetype i, QStringView word)
{
    return s.size() - i >= word.size() && s.sliced(i, word.size()) == word;
}

bool containsAny(QStringView s, std::initializer_list<QStringView> words)
{
    for (QStringView w : words) {
        if (s.contains(w))
            return true;
    }
    return false;
}

bool isClauseBreak(QChar c)
{
    switch (c.unicode()) {
    case u'，':
    case u',':
    case u'；':
    case u';':
    case u'。':
    case u'\n':
    case u'、': return true;
    default: return false;
    }
}

// "公示7个工作日", "公示期为7天", "公示不少于7日": the span after 公示 is a display period; but
// "公示期满后20个工作日内" is a deadline counted from the end of the display.
bool isDisplaySpan(QStringView clauseBeforeNumber)
{
    static constexpr std::array<QStringView, 5> markers
            = { u"公示", u"公告期", u"公开期", u"张贴", u"不少于" };
    qsizetype last = -1;
    for (QStringView m : markers)
        last = qMax(last, clauseBeforeNumber.lastIndexOf(m));
    if (last < 0)
        return false;
    const QStringView after = clauseBeforeNumber.sliced(last);
    return !after.contains(u'后') && !after.contains(u'起');
}

} // namespace

Deadline DeadlineParser::parse(const QString &text)
{
    Deadline result;
    const QStringView s(text);
    if (s.trimmed().isEmpty())
        return result;

    Deadline best; // the longest deadline figure (each clause must hold: the longest decides)
    Deadline display;
    bool datedRule = false; // "3月10日前", "每月5日": a date, not a span
    qsizetype clauseStart = 0;
    for (qsizetype i = 0; i < s.size();) {
        const QChar c = s.at(i);
        if (isClauseBreak(c)) {
            clauseStart = i + 1;
            ++i;
            continue;
        }
        if (!c.isDigit() && !isChineseNumeral(c)) {
            ++i;
            continue;
        }
        int value = 0;
        qsizetype j = readNumber(s, i, &value);
        // ranges "5-10个工作日", "5至10日": the upper end counts
        if (j < s.size() && QStringView(u"-~～—至到").contains(s.at(j)) && j + 1 < s.size()
            && (s.at(j + 1).isDigit() || isChineseNumeral(s.at(j + 1))))
            j = readNumber(s, j + 1, &value);
        const bool afterMonth = i > 0 && (s.at(i - 1) == u'月');
        qsizetype k = j;
        while (k < s.size() && s.at(k).isSpace())
            ++k;
        bool ge = false; // 个
        if (k < s.size() && s.at(k) == u'个') {
            ge = true;
            ++k;
            while (k < s.size() && s.at(k).isSpace())
                ++k;
        }
        Deadline f;
        f.amount = value;
        if (startsWithAt(s, k, u"工作日")) {
            f.kind = Deadline::Kind::WorkingDays;
            f.workingDays = value;
        } else if (startsWithAt(s, k, u"自然日") || startsWithAt(s, k, u"日历日")
                   || (!afterMonth && (startsWithAt(s, k, u"日") || startsWithAt(s, k, u"天")))) {
            f.kind = Deadline::Kind::CalendarDays;
            f.workingDays = calendarToWorkingDays(value);
            f.approximate = true;
        } else if (afterMonth && (startsWithAt(s, k, u"日") || startsWithAt(s, k, u"号"))) {
            datedRule = true;
        } else if (startsWithAt(s, k, u"周") || startsWithAt(s, k, u"星期")) {
            f.kind = Deadline::Kind::Weeks;
            f.workingDays = value * 5;
            f.approximate = true;
        } else if (startsWithAt(s, k, u"月") && (ge || startsWithAt(s, k, u"月内"))) {
            f.kind = Deadline::Kind::Months;
            f.workingDays = value * calendarToWorkingDays(28);
            f.approximate = true;
        } else if (startsWithAt(s, k, u"月")) {
            datedRule = true; // "3月底前"
        } else if (startsWithAt(s, k, u"小时")) {
            f.kind = value <= 24 ? Deadline::Kind::Immediate : Deadline::Kind::CalendarDays;
            f.amount = value <= 24 ? 0 : (value + 23) / 24;
            f.workingDays = calendarToWorkingDays(f.amount);
            f.approximate = value > 24;
        }
        if (f.kind != Deadline::Kind::Empty) {
            if (isDisplaySpan(s.sliced(clauseStart, i - clauseStart))) {
                if (display.kind == Deadline::Kind::Empty || f.workingDays > display.workingDays)
                    display = f;
            } else if (best.kind == Deadline::Kind::Empty || f.workingDays > best.workingDays) {
                best = f;
            }
        }
        i = qMax(j, i + 1);
    }
    if (display.kind != Deadline::Kind::Empty)
        result.displayWorkingDays = display.workingDays;
    if (best.kind != Deadline::Kind::Empty) {
        best.displayWorkingDays = result.displayWorkingDays;
        return best;
    }
    if (containsAny(s, { u"实时", u"即时", u"及时", u"随时", u"立即", u"当日", u"当天" })) {
        result.kind = Deadline::Kind::Immediate;
        result.workingDays = 0;
    } else if (datedRule
               || containsAny(s,
                              { u"每年", u"每季", u"每月", u"每半年", u"按年", u"按季", u"按月", u"年度",
                                u"季度", u"月度", u"年底", u"年初", u"年末", u"定期", u"半年" })) {
        result.kind = Deadline::Kind::Periodic;
    } else if (containsAny(s, { u"长期", u"常年", u"永久", u"持续", u"任期" })) {
        result.kind = Deadline::Kind::LongTerm;
    } else if (display.kind != Deadline::Kind::Empty) {
        result.kind = Deadline::Kind::DisplayOnly;
        result.amount = display.amount;
    } else {
        result.kind = Deadline::Kind::Unreadable;
    }
    return result;
}

QDate DeadlineParser::dueDate(const Deadline &deadline, const QDate &event, const WorkCalendar &calendar,
                              bool *outsideData)
{
    if (outsideData)
        *outsideData = false;
    if (!event.isValid())
        return {};
    switch (deadline.kind) {
    case Deadline::Kind::WorkingDays:
        return calendar.addWorkingDays(event, deadline.workingDays, outsideData);
    case Deadline::Kind::Immediate: return calendar.sameOrNextWorkingDay(event, outsideData);
    case Deadline::Kind::CalendarDays:
        return calendar.sameOrNextWorkingDay(event.addDays(deadline.amount), outsideData);
    case Deadline::Kind::Weeks:
        return calendar.sameOrNextWorkingDay(event.addDays(7LL * deadline.amount), outsideData);
    case Deadline::Kind::Months:
        return calendar.sameOrNextWorkingDay(event.addMonths(deadline.amount), outsideData);
    default: return {};
    }
}

} // namespace gkml
