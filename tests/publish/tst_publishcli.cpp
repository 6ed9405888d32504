// gkml-cli publish and inspect as processes: records written, the inspection's JSON and exit
// codes, and every bad input refused with one line and the file untouched.
#include "PublishFixtures.h"
#include "TestFiles.h"
#include "catalogue/CatalogueFile.h"
#include "package/EvidencePack.h"
#include "util/ZipArchive.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gkml;

namespace {
using Run = gkml::test::CliRun;
using gkml::test::sha256;

// English messages, the built-in calendar only, no user data.
Run cli(const QStringList &args)
{
    return gkml::test::runCliEnglish(
            args, gkml::test::withoutUserData({ { QStringLiteral("GKML_CALENDAR_DIR"), QString() } }), 60000);
}
} // namespace

class TestPublishCli : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.gkml").arg(QTest::currentTestFunction())
                                + QString::fromLatin1(QTest::currentDataTag()));
        QFile::remove(m_path);
        QList<Item> items = publishfixtures::numberedItems(3);
        publishfixtures::withhold(items[2]);
        std::unique_ptr<CatalogueFile> file;
        publishfixtures::createCatalogue(m_path, items, &file);
    }

    void publishThenInspect()
    {
        const QString shot = m_dir.filePath(QStringLiteral("shot.png"));
        QVERIFY(gkml::test::writeFile(shot, "pixels"));
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
        QCOMPARE(problems[0].toObject().value(QStringLiteral("fixBy")).toString(),
                 QStringLiteral("2026-12-14"));
        QCOMPARE(problems[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("open"));

        // The report as a PDF.
        const QString pdf = m_dir.filePath(QStringLiteral("自查.pdf"));
        r = cli({ QStringLiteral("inspect"), m_path, QStringLiteral("--as-of"), QStringLiteral("2026-11-30"),
                  QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf });
        QCOMPARE(r.exitCode, 1);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.readAll().startsWith("%PDF"));
        r = cli({ QStringLiteral("inspect"), m_path, QStringLiteral("--format"), QStringLiteral("pdf") });
        QCOMPARE(r.exitCode, 2); // no -o
        // Both published: exit 0.
        r = cli({ QStringLiteral("publish"), m_path, QStringLiteral("--item"), QStringLiteral("2"),
                  QStringLiteral("--channel"), QStringLiteral("公示栏"), QStringLiteral("--on"),
                  QStringLiteral("2026-11-02") });
        QCOMPARE(r.exitCode, 0);
        r = cli({ QStringLiteral("inspect"), m_path, QStringLiteral("--as-of"),
                  QStringLiteral("2026-11-30") });
        QCOMPARE(r.exitCode, 0);
    }

    void severalItemsAndCycle()
    {
        Run r = cli({ QStringLiteral("publish"), m_path, QStringLiteral("--item"), QStringLiteral("1"),
                      QStringLiteral("--item"), QStringLiteral("2"), QStringLiteral("--channel"),
                      QStringLiteral("公示栏"), QStringLiteral("--on"), QStringLiteral("2026-06-01"),
                      QStringLiteral("--cycle"), QStringLiteral("每季度") });
        QCOMPARE(r.exitCode, 0);
        r = cli({ QStringLiteral("inspect"), m_path, QStringLiteral("--as-of"), QStringLiteral("2026-11-30"),
                  QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 1);
        const QJsonArray items
                = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("stale"));
        QCOMPARE(items[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("stale"));
        QCOMPARE(items[1].toObject().value(QStringLiteral("due")).toString(), QStringLiteral("2026-09-01"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList base { "--channel", "政府网站", "--on", "2026-10-09" };
        QTest::newRow("no item") << base;
        QTest::newRow("unknown item") << QStringList { "--item", "99" } + base;
        QTest::newRow("bad item") << QStringList { "--item", "x" } + base;
        QTest::newRow("bad date") << QStringList { "--item",   "1",    "--channel",
                                                   "政府网站", "--on", "2026-13-01" };
        QTest::newRow("no date") << QStringList { "--item", "1", "--channel", "政府网站" };
        QTest::newRow("event after publication")
                << QStringList { "--item", "1", "--event", "2026-10-10" } + base;
        QTest::newRow("missing evidence")
                << QStringList { "--item", "1", "--evidence", "/nonexistent/x.png" } + base;
        QTest::newRow("bad cycle") << QStringList { "--item", "1", "--cycle", "每周" } + base;
        QTest::newRow("remove unknown record") << QStringList { "--remove", "5" };
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        const QByteArray before = sha256(m_path);
        const Run r = cli(QStringList { QStringLiteral("publish"), m_path } + args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(sha256(m_path), before);
        const Run inspect = cli(
                { QStringLiteral("inspect"), m_path, QStringLiteral("--as-of"), QStringLiteral("someday") });
        QCOMPARE(inspect.exitCode, 2);
    }

    void feedbackRoundTrip()
    {
        const QString table = m_dir.filePath(QStringLiteral("反馈.csv"));
        QVERIFY(gkml::test::writeFile(table,
                                      "序号,事项名称,问题明细,责任股室,整改要求,整改期限\n"
                                      "1,事项1,未按时限公开,社会救助股,立即整改,2026-12-20\n"
                                      "2,,事项２的办事指南未更新,社会救助股,更新,2026/12/25\n"
                                      "3,不存在的事项,网站栏目空白,办公室,补充内容,\n"));
        Run r = cli({ QStringLiteral("feedback"), m_path, table });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("不存在的事项")); // the unmatched row is shown
        // Again: nothing recorded twice.
        r = cli({ QStringLiteral("feedback"), m_path, table });
        QCOMPARE(r.exitCode, 0);
        r = cli({ QStringLiteral("feedback"), m_path, QStringLiteral("--list"), QStringLiteral("--json") });
        QJsonArray problems
                = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems[0].toObject().value(QStringLiteral("item")).toInt(), 1);
        QCOMPARE(problems[0].toObject().value(QStringLiteral("fixBy")).toString(),
                 QStringLiteral("2026-12-20"));
        QCOMPARE(problems[1].toObject().value(QStringLiteral("item")).toInt(),
                 2); // named in the text (full-width ２)
        QCOMPARE(problems[1].toObject().value(QStringLiteral("fixBy")).toString(),
                 QStringLiteral("2026-12-25"));
        QVERIFY(problems[2].toObject().value(QStringLiteral("item")).isNull());
        QVERIFY(problems[2]
                        .toObject()
                        .value(QStringLiteral("sourceRow"))
                        .toString()
                        .contains(QStringLiteral("网站栏目空白")));
        // 整改结果 recorded: the next report shows the problem fixed, the others open.
        const int id = problems[0].toObject().value(QStringLiteral("id")).toInt();
        r = cli({ QStringLiteral("feedback"), m_path, QStringLiteral("--fixed"), QString::number(id),
                  QStringLiteral("--result"), QStringLiteral("已补充公开"), QStringLiteral("--on"),
                  QStringLiteral("2026-12-01") });
        QCOMPARE(r.exitCode, 0);
        r = cli({ QStringLiteral("inspect"), m_path, QStringLiteral("--as-of"), QStringLiteral("2026-12-02"),
                  QStringLiteral("--format"), QStringLiteral("json") });
        QStringList states;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(r.out).object().value(QStringLiteral("problems")).toArray())
            if (v.toObject().value(QStringLiteral("source")).toString() == QLatin1String("feedback"))
                states.append(v.toObject().value(QStringLiteral("state")).toString());
        QCOMPARE(states,
                 (QStringList { QStringLiteral("fixed"), QStringLiteral("open"), QStringLiteral("open") }));
    }

    void feedbackRefusals()
    {
        const QByteArray before = sha256(m_path);
        const QString noHeader = m_dir.filePath(QStringLiteral("no-header.csv"));
        QVERIFY(gkml::test::writeFile(noHeader, "a,b\n1,2\n"));
        for (const QStringList &args :
             { QStringList { m_path, noHeader }, QStringList { m_path, QStringLiteral("/nonexistent.xlsx") },
               QStringList { m_path, m_path },
               QStringList { m_path, QStringLiteral("--fixed"), QStringLiteral("9"),
                             QStringLiteral("--result"), QStringLiteral("x") } }) {
            const Run r = cli(QStringList { QStringLiteral("feedback") } + args);
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(r.err.count('\n'), 1);
        }
        QCOMPARE(sha256(m_path), before);
    }

    void evidencePack()
    {
        const QString shot = m_dir.filePath(QStringLiteral("公示栏照片.jpg"));
        const QString secret = m_dir.filePath(QStringLiteral("secret.jpg"));
        for (const QString &path : { shot, secret }) {
            QVERIFY(gkml::test::writeFile(path, path.toUtf8()));
        }
        QCOMPARE(cli({ QStringLiteral("publish"), m_path, QStringLiteral("--item"), QStringLiteral("1"),
                       QStringLiteral("--channel"), QStringLiteral("公示栏"), QStringLiteral("--on"),
                       QStringLiteral("2026-11-02"), QStringLiteral("--evidence"), shot })
                         .exitCode,
                 0);
        QCOMPARE(cli({ QStringLiteral("publish"), m_path, QStringLiteral("--item"), QStringLiteral("3"),
                       QStringLiteral("--channel"), QStringLiteral("公示栏"), QStringLiteral("--on"),
                       QStringLiteral("2026-11-02"), QStringLiteral("--evidence"), secret })
                         .exitCode,
                 0);
        const QString zip = m_dir.filePath(QStringLiteral("佐证材料.zip"));
        Run r = cli({ QStringLiteral("evidence"), m_path, QStringLiteral("-o"), zip,
                      QStringLiteral("--as-of"), QStringLiteral("2026-11-30") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QString error;
        auto entries = ZipArchive::read(zip, &error);
        QVERIFY2(entries, qPrintable(error));
        QStringList names;
        QByteArray everything;
        for (const ZipEntry &e : *entries) {
            names.append(e.name);
            everything += e.data;
        }
        for (const char *need : { "manifest.json", "catalogue.pdf", "publication-log.csv", "inspection.json",
                                  "inspection.txt", "inspection.xlsx" })
            QVERIFY2(names.contains(QLatin1String(need)), need);
        QVERIFY(names.contains(QStringLiteral("evidence/1-公示栏照片.jpg")));
        // Nothing of the withheld item: not its record, its evidence or its name.
        QVERIFY(!everything.contains("secret.jpg"));
        QVERIFY(!everything.contains(QStringLiteral("事项3").toUtf8()));
        r = cli({ QStringLiteral("evidence"), zip, QStringLiteral("--verify") });
        QCOMPARE(r.exitCode, 0);
        bool unreadable = true;
        QFile zf(zip);
        QVERIFY(zf.open(QIODevice::ReadOnly));
        QVERIFY(EvidencePack::verify(zf.readAll(), &unreadable).isEmpty());
        QVERIFY(!unreadable);
        // A changed file is caught.
        QList<ZipEntry> changed = *entries;
        for (ZipEntry &e : changed)
            if (e.name == QLatin1String("publication-log.csv"))
                e.data += "forged";
        const auto forged = ZipArchive::write(changed, QDateTime::currentDateTimeUtc(), &error);
        QVERIFY(forged);
        const QStringList problems = EvidencePack::verify(*forged, &unreadable);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("publication-log.csv")));
        // Not a zip.
        QVERIFY(!EvidencePack::verify("not a zip", &unreadable).isEmpty());
        QVERIFY(unreadable);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestPublishCli)
#include "tst_publishcli.moc"
