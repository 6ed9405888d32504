// PublicationStatus: every status, with dates around holidays, make-up days and year ends.
#include "TestData.h"
#include "calendar/WorkCalendar.h"
#include "publish/PublicationStatus.h"

#include <QTest>

using namespace gkml;
using State = ItemStatus::State;
Q_DECLARE_METATYPE(gkml::ItemStatus::State)
Q_DECLARE_METATYPE(gkml::PublicationRecord)

namespace {
QDate d(const char *iso)
{
    return iso ? QDate::fromString(QString::fromLatin1(iso), Qt::ISODate) : QDate();
}
PublicationRecord rec(const char *published, const char *event = nullptr)
{
    PublicationRecord r;
    r.item = 1;
    r.channel = QStringLiteral("政府网站");
    r.publishedOn = d(published);
    r.eventOn = d(event);
    return r;
}
} // namespace

class TestPublicationStatus : public QObject
{
    Q_OBJECT
private slots:
    void status_data()
    {
        gkml::test::addColumns<QString, QList<PublicationRecord>, QString, QDate, State, QDate, bool>(
                { "deadline", "records", "cycle", "asOf", "state", "due", "calendarWarning" });
        const QString twenty = QStringLiteral("信息形成或者变更之日起20个工作日内");
        const QString five = QStringLiteral("5个工作日内");
        const QString timely = QStringLiteral("及时公开");
        using L = QList<PublicationRecord>;
        QTest::newRow("never: no record")
                << twenty << L {} << QString() << d("2026-11-30") << State::Never << QDate() << false;
        QTest::newRow("never: only published after the date")
                << twenty << L { rec("2026-12-01", "2026-11-20") } << QString() << d("2026-11-30")
                << State::Never << QDate() << false;
        QTest::newRow("ok: on the due day across the new year")
                << twenty << L { rec("2026-01-29", "2025-12-31") } << QString() << d("2026-11-30")
                << State::Ok << d("2026-01-29") << false;
        QTest::newRow("late: one day after, across the new year")
                << twenty << L { rec("2026-01-30", "2025-12-31") } << QString() << d("2026-11-30")
                << State::Late << d("2026-01-29") << false;
        QTest::newRow("ok: make-up Sunday counted")
                << five << L { rec("2026-09-24", "2026-09-18") } << QString() << d("2026-11-30") << State::Ok
                << d("2026-09-24") << false;
        QTest::newRow("late: national day 2026")
                << five << L { rec("2026-09-25", "2026-09-18") } << QString() << d("2026-11-30")
                << State::Late << d("2026-09-24") << false;
        QTest::newRow("ok: timely, event on a holiday")
                << timely << L { rec("2026-10-08", "2026-10-01") } << QString() << d("2026-11-30")
                << State::Ok << d("2026-10-08") << false;
        QTest::newRow("late: timely, a day after the holiday")
                << timely << L { rec("2026-10-09", "2026-10-01") } << QString() << d("2026-11-30")
                << State::Late << d("2026-10-08") << false;
        QTest::newRow("ok: spring festival 2026")
                << twenty << L { rec("2026-03-16", "2026-02-10") } << QString() << d("2026-11-30")
                << State::Ok << d("2026-03-16") << false;
        QTest::newRow("undated beats ok")
                << twenty << L { rec("2026-03-16", "2026-02-10"), rec(nullptr) } << QString()
                << d("2026-11-30") << State::Undated << QDate() << false;
        QTest::newRow("ok without an event date: no due date")
                << twenty << L { rec("2026-05-06") } << QString() << d("2026-11-30") << State::Ok << QDate()
                << false;
        QTest::newRow("stale: monthly, due on a Sunday deferred to Monday")
                << twenty << L { rec("2026-10-15") } << QStringLiteral("每月") << d("2026-11-30")
                << State::Stale << d("2026-11-16") << false;
        QTest::newRow("ok: monthly, on the deferred day")
                << twenty << L { rec("2026-10-15") } << QStringLiteral("每月") << d("2026-11-16") << State::Ok
                << d("2026-11-16") << false;
        QTest::newRow("ok: yearly, due on new year's day deferred to the make-up Sunday")
                << twenty << L { rec("2025-01-01") } << QStringLiteral("每年") << d("2026-01-04") << State::Ok
                << d("2026-01-04") << false;
        QTest::newRow("stale: yearly, the next day")
                << twenty << L { rec("2025-01-01") } << QStringLiteral("每年") << d("2026-01-05")
                << State::Stale << d("2026-01-04") << false;
        QTest::newRow("stale: quarterly over the year end, counted without 2027 data")
                << twenty << L { rec("2026-12-20") } << QStringLiteral("每季度") << d("2027-03-25")
                << State::Stale << d("2027-03-22") << true;
        QTest::newRow("long term never stale") << twenty << L { rec("2020-01-02") } << QStringLiteral("长期")
                                               << d("2026-11-30") << State::Ok << QDate() << false;
        QTest::newRow("late beats stale")
                << twenty << L { rec("2026-01-30", "2025-12-31") } << QStringLiteral("每月")
                << d("2026-11-30") << State::Late << d("2026-01-29") << false;
        QTest::newRow("ok with a warning: due date in 2027")
                << twenty << L { rec("2026-12-30", "2026-12-28") } << QString() << d("2026-12-31")
                << State::Ok << d("2027-01-25") << true;
    }

    void status()
    {
        QFETCH(QString, deadline);
        QFETCH(QList<PublicationRecord>, records);
        QFETCH(QString, cycle);
        QFETCH(QDate, asOf);
        QFETCH(State, state);
        QFETCH(QDate, due);
        QFETCH(bool, calendarWarning);
        const WorkCalendar calendar;
        Item item;
        item.id = 1;
        item.deadline = deadline;
        const ItemStatus s = PublicationStatus(calendar, asOf).evaluate(item, records, cycle);
        QCOMPARE(ItemStatus::key(s.state), ItemStatus::key(state));
        QCOMPARE(s.due, due);
        QCOMPARE(s.calendarWarning, calendarWarning);
    }

    void evaluateAllSkipsWithheld()
    {
        const WorkCalendar calendar;
        Item a, b;
        a.id = 1;
        b.id = 2;
        b.withheld = true;
        const auto all = PublicationStatus(calendar, d("2026-11-30")).evaluateAll({ a, b }, {}, {});
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.value(1).state, State::Never);
    }

    void findings()
    {
        const WorkCalendar calendar;
        Item a, b, c;
        a.id = 1;
        b.id = 2;
        c.id = 3;
        a.deadline = b.deadline = c.deadline = QStringLiteral("5个工作日内");
        PublicationRecord late = rec("2026-09-25", "2026-09-18");
        late.item = 2;
        PublicationRecord ok = rec("2026-09-24", "2026-09-18");
        ok.item = 3;
        const QList<Item> items { a, b, c };
        const auto statuses = PublicationStatus(calendar, d("2026-11-30"))
                                      .evaluateAll(items, { { 2, { late } }, { 3, { ok } } }, {});
        const QList<Finding> findings = PublicationStatus::findings(items, statuses, d("2026-11-30"));
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).code, QStringLiteral("publication-never"));
        QCOMPARE(findings.at(0).item, 1);
        QCOMPARE(findings.at(1).code, QStringLiteral("publication-late"));
        QVERIFY(findings.at(1).message.contains(QStringLiteral("2026-09-24")));
    }
};

QTEST_GUILESS_MAIN(TestPublicationStatus)
#include "tst_publicationstatus.moc"
