// WorkCalendar: every test vector of reference/calendar.md, user years, local rest days,
// years without data, the 5th/20th transfer days.
#include "CalendarVectors.h"
#include "TestData.h"
#include "TestFiles.h"
#include "calendar/WorkCalendar.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gkml;

namespace {
QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT
private slots:
    void vectors_data()
    {
        gkml::test::addColumns<QDate, int, QDate>({ "from", "n", "expected" });
        for (const CalendarVector &v : kCalendarVectors)
            QTest::newRow(v.name) << d(v.from) << v.n << d(v.expected);
    }

    void vectors()
    {
        QFETCH(QDate, from);
        QFETCH(int, n);
        QFETCH(QDate, expected);
        const WorkCalendar calendar;
        bool outside = true;
        QCOMPARE(calendar.addWorkingDays(from, n, &outside), expected);
        QVERIFY(!outside);
    }

    void builtInYears()
    {
        const WorkCalendar calendar;
        QVERIFY(calendar.loadErrors().isEmpty());
        QList<int> years;
        for (const auto &y : calendar.years()) {
            years.append(y.year);
            QVERIFY(y.builtIn);
            QVERIFY(!y.notices.isEmpty());
        }
        QCOMPARE(years, (QList<int> { 2020, 2021, 2022, 2023, 2024, 2025, 2026 }));
    }

    void makeUpDaysAndHolidays()
    {
        const WorkCalendar calendar;
        QVERIFY(calendar.isWorkingDay(d("2026-09-20"))); // Sunday made a working day
        QCOMPARE(calendar.kind(d("2026-09-20")), WorkCalendar::DayKind::MakeUpDay);
        QVERIFY(calendar.isWorkingDay(d("2026-01-04")));
        QVERIFY(!calendar.isWorkingDay(d("2026-10-01")));
        QCOMPARE(calendar.kind(d("2026-10-01")), WorkCalendar::DayKind::Holiday);
        QVERIFY(!calendar.isWorkingDay(d("2026-11-28"))); // an ordinary Saturday
        QCOMPARE(calendar.kind(d("2026-11-28")), WorkCalendar::DayKind::Weekend);
        QVERIFY(calendar.isWorkingDay(d("2026-11-30")));
        QVERIFY(!calendar.isWorkingDay(d("2020-02-02"))); // the 2020 extension
    }

    void transferDays()
    {
        const WorkCalendar calendar;
        const auto days = calendar.transferDays(2026);
        QCOMPARE(days.size(), 24);
        QHash<QDate, QDate> due;
        for (const auto &t : days) {
            QVERIFY(!t.outsideData);
            due.insert(t.nominal, t.due);
        }
        QCOMPARE(due.value(d("2026-02-20")), d("2026-02-24"));
        QCOMPARE(due.value(d("2026-04-05")), d("2026-04-07"));
        QCOMPARE(due.value(d("2026-10-05")), d("2026-10-08"));
        QCOMPARE(due.value(d("2026-12-05")), d("2026-12-07"));
        QCOMPARE(due.value(d("2026-01-05")), d("2026-01-05"));
    }

    void yearWithoutData()
    {
        const WorkCalendar calendar;
        QVERIFY(!calendar.hasData(2027));
        QVERIFY(calendar.outsideData(d("2027-01-01")));
        bool outside = false;
        // 2027-01-01 is a Friday: Monday–Friday counting gives the 4th, 5th, 6th.
        QCOMPARE(calendar.addWorkingDays(d("2027-01-01"), 3, &outside), d("2027-01-06"));
        QVERIFY(outside);
        // Counting from 2026 into 2027 is flagged too; staying inside 2026 is not.
        calendar.addWorkingDays(d("2026-12-28"), 10, &outside);
        QVERIFY(outside);
        calendar.addWorkingDays(d("2026-12-01"), 10, &outside);
        QVERIFY(!outside);
        QVERIFY(calendar.transferDays(2027).first().outsideData);
        // Far outside the precomputed table still works.
        QCOMPARE(calendar.addWorkingDays(d("2200-01-01"), 1, &outside), d("2200-01-02"));
        QVERIFY(outside);
    }

    void userYearFile()
    {
        QTemporaryDir dir;
        QVERIFY(gkml::test::writeFile(
                dir.filePath(QStringLiteral("2027.json")),
                R"({"years": {"2027": {"notices": ["test"], "off": ["2027-01-01", "2027-10-01"], "work": ["2027-01-02"]}}})"));
        const WorkCalendar calendar({ dir.path() });
        QVERIFY2(calendar.loadErrors().isEmpty(), qPrintable(calendar.loadErrors().join(u'\n')));
        QVERIFY(calendar.hasData(2027));
        QVERIFY(!calendar.isWorkingDay(d("2027-01-01")));
        QVERIFY(calendar.isWorkingDay(d("2027-01-02")));
        bool outside = true;
        // From Thursday 2026-12-31: Sat 1/2 (make-up), Mon 1/4.
        QCOMPARE(calendar.addWorkingDays(d("2026-12-31"), 2, &outside), d("2027-01-04"));
        QVERIFY(!outside);
        const auto years = calendar.years();
        QVERIFY(!years.last().builtIn);
        QCOMPARE(years.last().year, 2027);
    }

    void userFileOverridesBuiltIn()
    {
        QTemporaryDir dir;
        QVERIFY(gkml::test::writeFile(dir.filePath(QStringLiteral("fix.json")),
                                      R"({"years": {"2026": {"off": ["2026-11-30"], "work": []}}})"));
        const WorkCalendar calendar({ dir.path() });
        QVERIFY(!calendar.isWorkingDay(d("2026-11-30")));
        QVERIFY(calendar.isWorkingDay(d("2026-10-01"))); // the whole year is the user's now
    }

    void malformedUserFile()
    {
        QTemporaryDir dir;
        QVERIFY(gkml::test::writeFile(dir.filePath(QStringLiteral("bad.json")),
                                      R"({"years": {"2027": {"off": ["2027-02-30"]}}})"));
        QVERIFY(gkml::test::writeFile(dir.filePath(QStringLiteral("junk.json")), "not json"));
        const WorkCalendar calendar({ dir.path() });
        QCOMPARE(calendar.loadErrors().size(), 2);
        QVERIFY(calendar.loadErrors().join(u' ').contains(QStringLiteral("2027-02-30")));
        QVERIFY(!calendar.hasData(2027));
        QVERIFY(calendar.hasData(2026));
    }

    void localRestDays()
    {
        QTemporaryDir dir;
        QVERIFY(gkml::test::writeFile(dir.filePath(QStringLiteral("local-rest-days.json")),
                                      R"({"off": ["2026-03-03"]})"));
        const WorkCalendar calendar({ dir.path() });
        QVERIFY(calendar.loadErrors().isEmpty());
        QCOMPARE(calendar.localRestDays(), QList<QDate> { d("2026-03-03") });
        QVERIFY(!calendar.isWorkingDay(d("2026-03-03")));
        QCOMPARE(calendar.kind(d("2026-03-03")), WorkCalendar::DayKind::LocalRestDay);
        QCOMPARE(calendar.addWorkingDays(d("2026-03-02"), 1), d("2026-03-04"));
    }

    void zeroDays()
    {
        const WorkCalendar calendar;
        QCOMPARE(calendar.addWorkingDays(d("2026-11-30"), 0), d("2026-11-30"));
        QCOMPARE(calendar.addWorkingDays(d("2026-10-01"), 0), d("2026-10-08"));
        QVERIFY(!calendar.addWorkingDays(d("2026-10-01"), -1).isValid());
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
