// gkml-cli publish and inspect as processes: records written, the inspection's JSON and exit
// codes, and every bad input refused with one line and the file untouched.
#include "catalogue/CatalogueFile.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gkml;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GKML_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("GKML_CALENDAR_DIR"), QString());
    env.insert(QStringLiteral("XDG_DATA_HOME"), QStringLiteral("/nonexistent"));
    env.insert(QStringLiteral("XDG_DATA_DIRS"), QStringLiteral("/nonexistent"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GKML_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        qFatal("gkml-cli did not finish");
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestPublishCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void publishThenInspect();
    void severalItemsAndCycle();
    void badInput_data();
    void badInput();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestPublishCli::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.gkml").arg(QTest::currentTestFunction())
                            + QString::fromLatin1(QTest::currentDataTag()));
    QFile::remove(m_path);
    QString error;
    auto file = CatalogueFile::create(m_path, CatalogueInfo::withUnit(QStringLiteral("测试局")), &error);
    QVERIFY2(file, qPrintable(error));
    QList<Item> items;
    for (int i = 0; i < 2; ++i) {
        Item item;
        item.domain = QStringLiteral("社会救助");
        item.level1 = QStringLiteral("最低生活保障");
        item.level2 = QStringLiteral("事项%1").arg(i + 1);
        item.deadline = QStringLiteral("信息形成或者变更之日起20个工作日内");
        item.department = QStringLiteral("社会救助股");
        items.append(item);
    }
    QVERIFY(file->insertItems(items, QStringLiteral("test")));
}

void TestPublishCli::publishThenInspect()
{
    const QString shot = m_dir.filePath(QStringLiteral("shot.png"));
    QFile f(shot);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("pixels");
    f.close();
    Run r = cli({ QStringLiteral("publish"), m_path, QStringLiteral("--item"), QStringLiteral("1"),
                  QStringLiteral("--channel"), QStringLiteral("政府网站"), QStringLiteral("--on"),
                  QStringLiteral("2026-10-09"), QStringLiteral("--event"), QStringLiteral("2026-09-24"),
                  QStringLiteral("--where"), QStringLiteral("https://example.invalid/1"),
                  QStringLiteral("--evidence"), shot });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ QStringLiteral("publish"), m_path, QStringLiteral("--list"), QStringLiteral("--json") });
    const QJsonArray records
            = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 1);
    const QJsonObject rec = records.first().toObject();
    QCOMPARE(rec.value(QStringLiteral("eventOn")).toString(), QStringLiteral("2026-09-24"));
    QCOMPARE(rec.value(QStringLiteral("evidence"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("sha256"))
                     .toString(),
             QString::fromLatin1(QCryptographicHash::hash("pixels", QCryptographicHash::Sha256).toHex()));

    r = cli({ QStringLiteral("inspect"), m_path, QStringLiteral("--as-of"), QStringLiteral("2026-11-30"),
              QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(r.exitCode, 1); // item 2 never published
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    for (const char *key : { "asOf", "unit", "items", "departments", "problems" })
        QVERIFY2(o.contains(QLatin1String(key)), key);
    const QJsonArray items = o.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    // 2026-09-24 + 20 working days (mid-autumn and national day, make-up Saturday 10-10) = 2026-10-29:
    // published 10-09, on time.
    QCOMPARE(items[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(items[0].toObject().value(QStringLiteral("due")).toString(), QStringLiteral("2026-10-29"));
    QCOMPARE(items[0].toObject().value(QStringLiteral("lastPublished")).toString(),
             QStringLiteral("2026-10-09"));
    QCOMPARE(items[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("never"));
    QVERIFY(items[1].toObject().value(QStringLiteral("due")).isNull());
    const QJsonObject dept = o.value(QStringLiteral("departments"))
                                     .toObject()
                                     .value(QStringLiteral("社会救助股"))
                                     .toObject();
    QCOMPARE(dept.value(QStringLiteral("items")).toInt(), 2);
    QCOMPARE(dept.value(QStringLiteral("ok")).toInt(), 1);
    QCOMPARE(dept.value(QStringLiteral("never")).toInt(), 1);
    const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].toObject().value(QStringLiteral("item")).toInt(), 2);
    QCOMPARE(problems[0].toObject().value(QStringLiteral("fixBy")).toString(), QStringLiteral("2026-12-14"));
    QCOMPARE(problems[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("open"));

    // Both published: exit 0.
    r = cli({ QStringLiteral("publish"), m_path, QStringLiteral("--item"), QStringLiteral("2"),
              QStringLiteral("--channel"), QStringLiteral("公示栏"), QStringLiteral("--on"),
              QStringLiteral("2026-11-02") });
    QCOMPARE(r.exitCode, 0);
    r = cli({ QStringLiteral("inspect"), m_path, QStringLiteral("--as-of"), QStringLiteral("2026-11-30") });
    QCOMPARE(r.exitCode, 0);
}

void TestPublishCli::severalItemsAndCycle()
{
    Run r = cli({ QStringLiteral("publish"), m_path, QStringLiteral("--item"), QStringLiteral("1"),
                  QStringLiteral("--item"), QStringLiteral("2"), QStringLiteral("--channel"),
                  QStringLiteral("公示栏"), QStringLiteral("--on"), QStringLiteral("2026-06-01"),
                  QStringLiteral("--cycle"), QStringLiteral("每季度") });
    QCOMPARE(r.exitCode, 0);
    r = cli({ QStringLiteral("inspect"), m_path, QStringLiteral("--as-of"), QStringLiteral("2026-11-30"),
              QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(r.exitCode, 1);
    const QJsonArray items = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("stale"));
    QCOMPARE(items[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("stale"));
    QCOMPARE(items[1].toObject().value(QStringLiteral("due")).toString(), QStringLiteral("2026-09-01"));
}

void TestPublishCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    const QStringList base { "--channel", "政府网站", "--on", "2026-10-09" };
    QTest::newRow("no item") << base;
    QTest::newRow("unknown item") << QStringList { "--item", "99" } + base;
    QTest::newRow("bad item") << QStringList { "--item", "x" } + base;
    QTest::newRow("bad date") << QStringList { "--item", "1", "--channel", "政府网站", "--on", "2026-13-01" };
    QTest::newRow("no date") << QStringList { "--item", "1", "--channel", "政府网站" };
    QTest::newRow("event after publication") << QStringList { "--item", "1", "--event", "2026-10-10" } + base;
    QTest::newRow("missing evidence")
            << QStringList { "--item", "1", "--evidence", "/nonexistent/x.png" } + base;
    QTest::newRow("bad cycle") << QStringList { "--item", "1", "--cycle", "每周" } + base;
    QTest::newRow("remove unknown record") << QStringList { "--remove", "5" };
}

void TestPublishCli::badInput()
{
    QFETCH(QStringList, args);
    const QByteArray before = sha(m_path);
    const Run r = cli(QStringList { QStringLiteral("publish"), m_path } + args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(sha(m_path), before);
    const Run inspect = cli(
            { QStringLiteral("inspect"), m_path, QStringLiteral("--as-of"), QStringLiteral("someday") });
    QCOMPARE(inspect.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestPublishCli)
#include "tst_publishcli.moc"
