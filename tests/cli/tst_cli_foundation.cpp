// gkml-cli new/info/import/export against DESIGN.md's contracts: options, exit codes, JSON keys,
// and "bad input never changes data" checked by checksum.
#include "ChineseText.h"
#include "TestData.h"
#include "TestFiles.h"
#include "catalogue/CatalogueFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using Run = gkml::test::CliRun;
using gkml::test::sha256;

Run cli(const QStringList &args)
{
    return gkml::test::runCli(args, QStringLiteral("en"));
}

const QString kSample = QStringLiteral(GKML_FIXTURES "/samples/anxi-catalogue-gb18030.csv");

// `gkml-cli export CATALOGUE --format FORMAT -o OUT`: its exit code.
int exportAs(const QString &catalogue, const QString &format, const QString &out)
{
    return cli({ QStringLiteral("export"), catalogue, QStringLiteral("--format"), format,
                 QStringLiteral("-o"), out })
            .exitCode;
}
} // namespace

class TestCliFoundation : public QObject
{
    Q_OBJECT
private slots:
    void newImportInfo()
    {
        const QString a = path(QStringLiteral("a.gkml"));
        Run r = cli({ QStringLiteral("new"), a, QStringLiteral("--unit"), QStringLiteral("安溪县民政局") });
        QCOMPARE(r.exitCode, 0);
        r = cli({ QStringLiteral("import"), kSample, QStringLiteral("-o"), a });
        QCOMPARE(r.exitCode, 0);
        r = cli({ QStringLiteral("info"), a, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("unit")).toString(), QStringLiteral("安溪县民政局"));
        QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), gkml::CatalogueFile::kSchemaVersion);
        QVERIFY(o.contains(QStringLiteral("standard")));
        QCOMPARE(o.value(QStringLiteral("items")).toInt(), 20);
        const QJsonObject d = o.value(QStringLiteral("domains")).toObject();
        QCOMPARE(d.value(QStringLiteral("社会救助")).toInt(), 14);
        QCOMPARE(d.value(QStringLiteral("养老服务")).toInt(), 6);
        r = cli({ QStringLiteral("info"), a });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("安溪县民政局")));
    }

    void exportJsonHasEveryKey()
    {
        const QString a = path(QStringLiteral("a.gkml"));
        const QString out = path(QStringLiteral("a.json"));
        QCOMPARE(exportAs(a, QStringLiteral("json"), out), 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(root.contains(QStringLiteral("unit")) && root.contains(QStringLiteral("standard")));
        const QJsonArray items = root.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 20);
        const QStringList keys
                = { "id",    "domain",   "seq",        "level1",   "level2",        "level3",       "content",
                    "basis", "deadline", "owner",      "channels", "audience",      "audienceNote", "method",
                    "level", "stages",   "department", "withheld", "withheldBasis", "note" };
        const QJsonObject first = items.first().toObject();
        for (const QString &k : keys)
            QVERIFY2(first.contains(k), qPrintable(k));
        QVERIFY(first.value(QStringLiteral("channels")).isArray());
        QVERIFY(first.value(QStringLiteral("withheld")).isBool());
    }

    void csvRoundTripGivesSameItems()
    {
        const QString a = path(QStringLiteral("a.gkml"));
        const QString csv = path(QStringLiteral("往返.csv"));
        const QString b = path(QStringLiteral("b.gkml"));
        QCOMPARE(exportAs(a, QStringLiteral("csv"), csv), 0);
        QCOMPARE(cli({ QStringLiteral("import"), csv, QStringLiteral("-o"), b, QStringLiteral("--unit"),
                       QStringLiteral("安溪县民政局") })
                         .exitCode,
                 0);
        auto items = [this](const QString &file) {
            const QString out = file + QStringLiteral(".json");
            exportAs(file, QStringLiteral("json"), out);
            QFile f(out);
            f.open(QIODevice::ReadOnly);
            QJsonArray arr
                    = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("items")).toArray();
            for (auto it = arr.begin(); it != arr.end(); ++it) {
                QJsonObject o = it->toObject();
                o.remove(QStringLiteral("id"));
                *it = o;
            }
            return arr;
        };
        const QJsonArray ia = items(a), ib = items(b);
        QCOMPARE(ia.size(), 20);
        QCOMPARE(ia, ib);
    }

    void usageErrors()
    {
        const QList<QStringList> cases = {
            {},
            { QStringLiteral("frobnicate") },
            { QStringLiteral("new"), path(QStringLiteral("x.gkml")) }, // no --unit
            { QStringLiteral("import"), kSample }, // no -o
            { QStringLiteral("export"), path(QStringLiteral("a.gkml")), QStringLiteral("--format"),
              QStringLiteral("pdf"), QStringLiteral("-o"), path(QStringLiteral("x.pdf")) },
            { QStringLiteral("import"), kSample, QStringLiteral("-o"), path(QStringLiteral("y.gkml")),
              QStringLiteral("--unit"), QStringLiteral("u"), QStringLiteral("--encoding"),
              QStringLiteral("latin9") },
            { QStringLiteral("info"), path(QStringLiteral("missing.gkml")) },
        };
        for (const QStringList &args : cases) {
            const Run r = cli(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY2(!r.err.trimmed().isEmpty() || args.isEmpty(), qPrintable(args.join(QLatin1Char(' '))));
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("x.gkml"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("y.gkml"))));
    }

    void badCatalogueFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("noise") << "noise";
        QTest::newRow("truncated") << "truncated";
        QTest::newRow("other-app") << "other-app";
        QTest::newRow("newer") << "newer";
        QTest::newRow("csv named gkml") << "csv";
    }

    void badCatalogueFiles()
    {
        QFETCH(QString, kind);
        const QString f = path(QStringLiteral("bad-%1.gkml").arg(kind));
        if (kind == QLatin1String("noise")) {
            QByteArray noise(4000, '\0');
            for (int i = 0; i < noise.size(); ++i)
                noise[i] = char((i * 31 + 7) % 256);
            QVERIFY(gkml::test::writeFile(f, noise));
        } else if (kind == QLatin1String("truncated")) {
            QVERIFY(QFile::copy(path(QStringLiteral("a.gkml")), f));
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(4096 + 100));
        } else if (kind == QLatin1String("other-app") || kind == QLatin1String("newer")) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
            db.setDatabaseName(f);
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.exec(QStringLiteral("CREATE TABLE meta(key, value)"));
            q.exec(kind == QLatin1String("newer") ? QStringLiteral("PRAGMA application_id=1196117324")
                                                  : QStringLiteral("PRAGMA application_id=42"));
            q.exec(QStringLiteral("PRAGMA user_version=7"));
            q.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(kind);
        } else {
            QVERIFY(QFile::copy(kSample, f));
            QFile::setPermissions(f, QFile::ReadOwner | QFile::WriteOwner);
        }
        const QByteArray before = sha256(f);
        for (const QStringList &args :
             { QStringList { QStringLiteral("info"), f },
               QStringList { QStringLiteral("import"), kSample, QStringLiteral("-o"), f },
               QStringList { QStringLiteral("export"), f, QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("-o"), path(QStringLiteral("never.csv")) } }) {
            const Run r = cli(args);
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(r.err.count('\n'), 1); // one line a clerk can read
            QVERIFY(r.err.startsWith("gkml-cli: "));
            QCOMPARE(sha256(f), before);
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("never.csv"))));
        QVERIFY(!QFile::exists(f + QStringLiteral(".lock")));
    }

    void badCsvLeavesCatalogueUntouched_data()
    {
        gkml::test::addColumns<QByteArray, QString>({ "csv", "message" });
        QTest::newRow("not text") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16)
                                  << "not a text file";
        QTest::newRow("missing columns")
                << QStringLiteral("领域,公开内容\n社会救助,x\n").toUtf8() << "一级事项";
        QTest::newRow("long row")
                << QStringLiteral("领域,一级事项,二级事项\n社会救助,a,b\n社会救助,a,c,d\n").toUtf8()
                << "Row 3";
    }

    void badCsvLeavesCatalogueUntouched()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        const QString a = path(QStringLiteral("a.gkml"));
        const QString src = path(QStringLiteral("bad.csv"));
        QVERIFY(gkml::test::writeFile(src, csv));
        const QByteArray before = sha256(a);
        // Good file first, bad second: nothing of the good one may be added either.
        const Run r = cli({ QStringLiteral("import"), kSample, src, QStringLiteral("-o"), a });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(sha256(a), before);
    }

    void failedImportCreatesNoFile()
    {
        const QString src = path(QStringLiteral("bad2.csv"));
        QVERIFY(gkml::test::writeFile(src, QByteArray("no,header\n")));
        const QString target = path(QStringLiteral("never.gkml"));
        QCOMPARE(cli({ QStringLiteral("import"), src, QStringLiteral("-o"), target, QStringLiteral("--unit"),
                       QStringLiteral("u") })
                         .exitCode,
                 2);
        QVERIFY(!QFile::exists(target));
        // Without a unit name a new catalogue is refused, too.
        QCOMPARE(cli({ QStringLiteral("import"), kSample, QStringLiteral("-o"), target }).exitCode, 2);
        QVERIFY(!QFile::exists(target));
    }

    void lockedCatalogueRefusesImport()
    {
        const QString a = path(QStringLiteral("a.gkml"));
        QProcess editor;
        gkml::test::startIdleProcess(editor);
        QVERIFY(editor.waitForStarted());
        QVERIFY(gkml::test::writeEditorLock(a, QStringLiteral("赵六"), QSysInfo::machineHostName(),
                                            editor.processId()));
        const QByteArray before = sha256(a);
        const Run r = cli({ QStringLiteral("import"), kSample, QStringLiteral("-o"), a });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("赵六")));
        QCOMPARE(sha256(a), before);
        // Reading is still allowed.
        QCOMPARE(cli({ QStringLiteral("info"), a }).exitCode, 0);
        editor.kill();
        editor.waitForFinished();
        QFile::remove(a + QStringLiteral(".lock"));
    }

    void chineseMessagesByDefault()
    {
        const gkml::test::CliRun r
                = gkml::test::runCli({ QStringLiteral("info"), path(QStringLiteral("missing.gkml")) });
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        // Chinese by default: an English message is a failure (issue 11).
        QString why;
        QVERIFY2(gkml::test::isChineseMessage(err, &why), qPrintable(why));
    }

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

QTEST_GUILESS_MAIN(TestCliFoundation)
#include "tst_cli_foundation.moc"
