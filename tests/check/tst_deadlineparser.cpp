// Table-driven test of DeadlineParser: the 公开时限 phrasings of reference/domain.md §3.2 and the
// traps around them (display periods, dates, document numbers, Chinese numerals).
#include "TestData.h"
#include "calendar/WorkCalendar.h"
#include "check/DeadlineParser.h"

#include <QTest>

using namespace gkml;
using Kind = Deadline::Kind;

Q_DECLARE_METATYPE(gkml::Deadline::Kind)

class TestDeadlineParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        // workingDays: -1: no span
        // display: -1: no display period
        gkml::test::addColumns<QString, Kind, int, int, bool>(
                { "text", "kind", "workingDays", "display", "approximate" });

        auto row = [](const char *name, const char *text, Kind kind, int wd, int display = -1,
                      bool approx = false) {
            QTest::newRow(name) << QString::fromUtf8(text) << kind << wd << display << approx;
        };
        row("empty", "", Kind::Empty, -1);
        row("spaces", "  \n ", Kind::Empty, -1);
        // seen in the 民政 guides
        row("guide", "制定或获取信息之日起10个工作日内", Kind::WorkingDays, 10);
        row("guide with display", "制定或获取信息之日起10个工作日内，公示7个工作日", Kind::WorkingDays, 10,
            7);
        row("art 26", "信息形成或者变更之日起20个工作日内", Kind::WorkingDays, 20);
        row("art 26 long", "自信息形成或者变更之日起20个工作日内予以公开", Kind::WorkingDays, 20);
        row("3 days", "信息形成或变更之日起3个工作日内", Kind::WorkingDays, 3);
        row("no 个", "15工作日内公开", Kind::WorkingDays, 15);
        row("spaced", "20 个 工作日内", Kind::WorkingDays, 20);
        row("full width digits", "制定之日起１０个工作日内", Kind::WorkingDays, 10);
        row("chinese ten", "形成之日起十个工作日内", Kind::WorkingDays, 10);
        row("chinese fifteen", "十五个工作日内", Kind::WorkingDays, 15);
        row("chinese twenty", "二十个工作日内", Kind::WorkingDays, 20);
        row("chinese twenty-five", "二十五个工作日内", Kind::WorkingDays, 25);
        row("thirty", "信息形成之日起30个工作日内", Kind::WorkingDays, 30);
        row("range", "5-10个工作日内", Kind::WorkingDays, 10);
        row("range zhi", "5至10个工作日", Kind::WorkingDays, 10);
        row("two clauses: longest counts", "形成之日起20个工作日内；变更之日起10个工作日内",
            Kind::WorkingDays, 20);
        row("after display ends", "公示期满后5个工作日内公开", Kind::WorkingDays, 5);
        row("after completion", "办结后7个工作日内", Kind::WorkingDays, 7);
        // calendar spans: converted to at least 5 working days in 7
        row("20 calendar days", "部门预算经本级财政部门批复后20日内公开", Kind::CalendarDays, 14, -1, true);
        row("30 days", "批复后30天内", Kind::CalendarDays, 21, -1, true);
        row("28 days", "28日内", Kind::CalendarDays, 20, -1, true);
        row("natural days", "7个自然日内", Kind::CalendarDays, 5, -1, true);
        row("weeks", "2周内", Kind::Weeks, 10, -1, true);
        row("one month", "1个月内", Kind::Months, 20, -1, true);
        row("two months", "两个月内", Kind::Months, 40, -1, true);
        row("hours", "24小时内", Kind::Immediate, 0);
        row("72 hours", "72小时内", Kind::CalendarDays, 2, -1, true);
        // words
        row("realtime", "实时公开", Kind::Immediate, 0);
        row("timely", "及时公开", Kind::Immediate, 0);
        row("immediately", "即时更新", Kind::Immediate, 0);
        row("long term", "长期公开", Kind::LongTerm, -1);
        row("long term valid", "长期,最新有效", Kind::LongTerm, -1);
        row("term of office", "任期内", Kind::LongTerm, -1);
        row("yearly", "按年公开", Kind::Periodic, -1);
        row("quarterly", "每季度更新", Kind::Periodic, -1);
        row("date of month", "次月10日前", Kind::Periodic, -1);
        row("month end", "每年3月底前", Kind::Periodic, -1);
        row("display only", "公示7个工作日", Kind::DisplayOnly, -1, 7);
        row("display period calendar", "公示期不少于7天", Kind::DisplayOnly, -1, 5);
        row("same as above", "同上", Kind::Unreadable, -1);
        row("no figure", "按规定公开", Kind::Unreadable, -1);
        // numbers that are not spans
        row("document number", "按国发〔2012〕45号执行", Kind::Unreadable, -1);
        row("year", "2019年起", Kind::Unreadable, -1);
        row("article", "依照第二十六条", Kind::Unreadable, -1);
        // hostile figures are capped, never overflow
        row("huge number", "99999999999999999999个工作日", Kind::WorkingDays, 1000000);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(int, workingDays);
        QFETCH(int, display);
        QFETCH(bool, approximate);
        const Deadline d = DeadlineParser::parse(text);
        QCOMPARE(d.kind, kind);
        QCOMPARE(d.workingDays, workingDays);
        QCOMPARE(d.displayWorkingDays, display);
        QCOMPARE(d.approximate, approximate);
        QCOMPARE(d.hasSpan(), workingDays >= 0);
    }

    void hostile()
    {
        // long runs of numerals and units: linear time, bounded figures
        const QString nines = QString(u'九').repeated(200000) + QStringLiteral("十个工作日");
        QVERIFY(DeadlineParser::parse(nines).workingDays <= 1000000 + 9);
        const QString units = QStringLiteral("1个工作日，").repeated(100000);
        QCOMPARE(DeadlineParser::parse(units).workingDays, 1);
        QCOMPARE(DeadlineParser::parse(QString(5000, QChar(0xD800))).kind,
                 Kind::Unreadable); // lone surrogates
    }

    void dueDate_data()
    {
        // due: invalid: no due date
        gkml::test::addColumns<QString, QDate, QDate, bool>({ "text", "event", "due", "outsideData" });
        auto row = [](const char *name, const char *text, const char *event, const char *due,
                      bool outside = false) {
            QTest::newRow(name) << QString::fromUtf8(text)
                                << QDate::fromString(QString::fromLatin1(event), Qt::ISODate)
                                << QDate::fromString(QString::fromLatin1(due), Qt::ISODate) << outside;
        };
        row("20 working days over the 2026 new year", "信息形成或者变更之日起20个工作日内", "2025-12-31",
            "2026-01-29");
        row("5 working days with a make-up Sunday", "5个工作日内", "2026-09-18", "2026-09-24");
        row("10 working days, spring festival 2025", "制定或获取信息之日起10个工作日内，公示7个工作日",
            "2025-01-20", "2025-02-08");
        row("immediate on a working day", "实时公开", "2026-11-30", "2026-11-30");
        row("timely on a holiday: next working day", "及时公开", "2026-10-01", "2026-10-08");
        row("calendar days ending on a holiday", "20日内", "2026-09-11", "2026-10-08");
        row("calendar days ending on a working day", "7日内", "2026-11-02", "2026-11-09");
        row("one month", "1个月内", "2026-01-31", "2026-02-28");
        row("periodic: no due date", "每季度更新", "2026-01-10", "");
        row("long term: no due date", "长期公开", "2026-01-10", "");
        row("year without data", "3个工作日内", "2027-01-01", "2027-01-06", true);
    }

    void dueDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, event);
        QFETCH(QDate, due);
        QFETCH(bool, outsideData);
        const WorkCalendar calendar;
        bool outside = !outsideData;
        QCOMPARE(DeadlineParser::dueDate(DeadlineParser::parse(text), event, calendar, &outside), due);
        if (due.isValid())
            QCOMPARE(outside, outsideData);
        QVERIFY(!DeadlineParser::dueDate(DeadlineParser::parse(text), QDate(), calendar).isValid());
    }
};

QTEST_GUILESS_MAIN(TestDeadlineParser)
#include "tst_deadlineparser.moc"
