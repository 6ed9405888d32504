// gkml-cli workdays as a process: the vectors, --is, --years, a user year, bad input.
#include "CalendarVectors.h"
#include "TestData.h"
#include "TestFiles.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = gkml::test::CliRun;

// `gkml-cli workdays ARGS` in English, with the calendar folder `calendarDir` and no user data.
Run cli(const QStringList &args, const QString &calendarDir = QString())
{
    return gkml::test::runCliEnglish(
            QStringList { QStringLiteral("workdays") } + args,
            gkml::test::withoutUserData({ { QStringLiteral("GKML_CALENDAR_DIR"), calendarDir } }), 60000);
}
} // namespace

class TestWorkdaysCli : public QObject
{
    Q_OBJECT
private slots:
    void vectors_data()
    {
        gkml::test::addColumns<QString, QString, QString>({ "from", "n", "expected" });
        for (const CalendarVector &v : kCalendarVectors)
            QTest::newRow(v.name) << QString::fromLatin1(v.from) << QString::number(v.n)
                                  << QString::fromLatin1(v.expected);
    }

    void vectors()
    {
        QFETCH(QString, from);
        QFETCH(QString, n);
        QFETCH(QString, expected);
        Run r = cli({ from, n });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), expected.toUtf8());
        QVERIFY(r.err.isEmpty());
        r = cli({ from, n, QStringLiteral("--json") });
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("due")).toString(), expected);
        QCOMPARE(o.value(QStringLiteral("calendarWarning")).toBool(), false);
    }

    void isWorkingDay()
    {
        Run r = cli({ QStringLiteral("--is"), QStringLiteral("2026-09-20"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("workingDay")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("makeUpDay"));
        r = cli({ QStringLiteral("--is"), QStringLiteral("2026-10-02") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("not a working day"));
    }

    void years()
    {
        const Run r = cli({ QStringLiteral("--years"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray years
                = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("years")).toArray();
        QCOMPARE(years.size(), 7);
        QCOMPARE(years.first().toObject().value(QStringLiteral("year")).toInt(), 2020);
    }

    void yearWithoutDataWarns()
    {
        Run r = cli({ QStringLiteral("2027-03-01"), QStringLiteral("5") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("2027-03-08"));
        QVERIFY(r.err.contains("2027"));
        r = cli({ QStringLiteral("2027-03-01"), QStringLiteral("5"), QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("calendarWarning")).toBool(),
                 true);
    }

    void userYear()
    {
        QTemporaryDir dir;
        QVERIFY(gkml::test::writeFile(dir.filePath(QStringLiteral("2027.json")),
                                      R"({"years": {"2027": {"off": ["2027-03-02"], "work": []}}})"));
        const Run r = cli({ QStringLiteral("2027-03-01"), QStringLiteral("5") }, dir.path());
        QCOMPARE(r.out.trimmed(), QByteArray("2027-03-09"));
        QVERIFY(r.err.isEmpty());
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad date") << QStringList { "2026-02-30", "5" };
        QTest::newRow("bad n") << QStringList { "2026-02-03", "five" };
        QTest::newRow("negative") << QStringList { "2026-02-03", "-1" };
        QTest::newRow("nothing") << QStringList {};
        QTest::newRow("bad --is") << QStringList { "--is", "tomorrow" };
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkdaysCli)
#include "tst_workdayscli.moc"
