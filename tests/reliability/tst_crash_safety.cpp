// Crash safety: a real editor process (gkml-reliability-driver) applies edits, imports, deletes,
// undos of deletes and exports while this supervisor kills it with SIGKILL at random moments.
// After every kill the catalogue must pass PRAGMA integrity_check, hold every edit the driver
// acknowledged (and the edit in flight either completely or not at all: an import is all rows or
// none), no export may stand half-written under its final name, and the next editor must take
// over the stale edit lock.
//
// GKML_CRASH_KILLS (default 200) sets the number of kills, GKML_CRASH_SEED the first seed (each
// cycle uses seed + cycle, printed on failure, so a failing cycle can be replayed).
#include "CrashWorkload.h"
#include "TestData.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/EditLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <optional>

using namespace gkml;
using namespace gkml::reliability;

namespace {

using ItemMap = QMap<qint64, Item>;

struct Model
{
    ItemMap items;
    ItemMap removed;
};

QByteArray sha256Hex(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QList<qint64> ids(const QJsonValue &v)
{
    QList<qint64> out;
    for (const QJsonValue &x : v.toArray())
        out << x.toInteger();
    return out;
}

// Applies an announced edit to the model. Imports need the ids the file gave the rows.
void apply(Model &m, const QJsonObject &op, const QList<qint64> &importIds)
{
    const QString kind = op.value(QStringLiteral("op")).toString();
    if (kind == QLatin1String("set")) {
        const Field f = *ItemFields::fromKey(op.value(QStringLiteral("field")).toString());
        Item &it = m.items[op.value(QStringLiteral("id")).toInteger()];
        it.setValue(f, fieldValueFromJson(f, op.value(QStringLiteral("value"))));
    } else if (kind == QLatin1String("import")) {
        const QList<Item> batch = workloadBatch(op.value(QStringLiteral("batch")).toString(),
                                                op.value(QStringLiteral("count")).toInt());
        for (int i = 0; i < batch.size(); ++i) {
            Item it = batch.at(i);
            it.id = importIds.at(i);
            m.items.insert(it.id, it);
        }
    } else if (kind == QLatin1String("remove")) {
        for (qint64 id : ids(op.value(QStringLiteral("ids")))) {
            if (m.items.contains(id))
                m.removed.insert(id, m.items.take(id));
        }
    } else if (kind == QLatin1String("restore")) {
        for (qint64 id : ids(op.value(QStringLiteral("ids"))))
            m.items.insert(id, m.removed.take(id));
    }
}

QString describeDifference(const ItemMap &expected, const ItemMap &actual)
{
    QStringList out;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            out << QStringLiteral("item %1 missing").arg(it.key());
        else if (actual.value(it.key()) != it.value())
            out << QStringLiteral("item %1 differs").arg(it.key());
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            out << QStringLiteral("item %1 unexpected (%2)").arg(it.key()).arg(it.value().level3);
    }
    return out.mid(0, 8).join(QStringLiteral("; ")) + (out.size() > 8 ? QStringLiteral(" ...") : QString());
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void survivesKills()
    {
        const int kills = qEnvironmentVariableIsSet("GKML_CRASH_KILLS")
                ? qEnvironmentVariableIntValue("GKML_CRASH_KILLS")
                : 200;
        const quint32 seed0 = qEnvironmentVariableIsSet("GKML_CRASH_SEED")
                ? static_cast<quint32>(qEnvironmentVariableIntValue("GKML_CRASH_SEED"))
                : QRandomGenerator::global()->bounded(1u << 30);
        qInfo("crash harness: %d kills, first seed %u (GKML_CRASH_SEED)", kills, seed0);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("安溪县 民政局.gkml"));
        const QString outDir = dir.filePath(QStringLiteral("导出"));
        QVERIFY(QDir().mkpath(outDir));
        Model model;
        {
            QString error;
            QList<Item> start = workloadBatch(QStringLiteral("初始"), 300);
            QVERIFY2(createStartCatalogue(path, start, &error), qPrintable(error));
            for (const Item &it : std::as_const(start))
                model.items.insert(it.id, it);
        }

        QHash<QString, QByteArray> lastExport; // final name -> sha256 of the last acknowledged export
        QMap<QString, int> killedDuring;
        int acknowledged = 0, takeovers = 0, exportsChecked = 0, leftovers = 0;
        QElapsedTimer total;
        total.start();
        QRandomGenerator rng(seed0);

        for (int cycle = 0; cycle < kills; ++cycle) {
            const quint32 seed = seed0 + static_cast<quint32>(cycle);
            const QByteArray where = QByteArray("cycle ") + QByteArray::number(cycle)
                    + " (GKML_CRASH_SEED=" + QByteArray::number(seed) + " replays it as the first cycle)";
            const bool lockBefore = QFile::exists(path + QStringLiteral(".lock"));

            QProcess driver;
            driver.setProgram(QStringLiteral(GKML_RELIABILITY_DRIVER));
            driver.setArguments({ QStringLiteral("edit"), path, outDir, QString::number(seed) });
            driver.setProcessChannelMode(QProcess::SeparateChannels);
            QElapsedTimer clock;
            clock.start();
            driver.start();
            QVERIFY2(driver.waitForStarted(10000), where.constData());

            // One kill in ten lands anywhere from process start (open, lock takeover, journal
            // rollback); the others land while edits run.
            QByteArray out;
            const bool early = rng.bounded(10) == 0;
            qint64 deadline = early ? rng.bounded(80) : -1;
            while (driver.state() != QProcess::NotRunning) {
                if (deadline < 0 && out.contains("\"t\":\"open\""))
                    deadline = clock.elapsed() + rng.bounded(5, 400);
                if (deadline >= 0 && clock.elapsed() >= deadline)
                    break;
                QVERIFY2(clock.elapsed() < 20000,
                         (where + " driver did not open the file: " + out).constData());
                driver.waitForReadyRead(deadline < 0 ? 20 : qMax<qint64>(1, deadline - clock.elapsed()));
                out += driver.readAllStandardOutput();
            }
            const bool ranOut = driver.state() == QProcess::NotRunning;
            driver.kill(); // SIGKILL
            driver.waitForFinished(10000);
            out += driver.readAllStandardOutput();
            QVERIFY2(!ranOut,
                     (where + " driver stopped by itself: " + out.right(400) + driver.readAllStandardError())
                             .constData());

            // Replay the driver's log: acknowledged edits go into the model, the last one without an
            // acknowledgement is in flight.
            std::optional<QJsonObject> pending;
            bool opened = false;
            for (const QByteArray &line : out.split('\n')) {
                QJsonParseError err;
                const QJsonObject o = QJsonDocument::fromJson(line, &err).object();
                if (err.error != QJsonParseError::NoError)
                    continue; // the line cut by the kill
                const QString t = o.value(QStringLiteral("t")).toString();
                if (t == QLatin1String("open")) {
                    opened = true;
                    QVERIFY2(!o.value(QStringLiteral("readOnly")).toBool(),
                             (where
                              + " opened read-only: " + o.value(QStringLiteral("reason")).toString().toUtf8())
                                     .constData());
                    if (lockBefore && o.value(QStringLiteral("lockExisted")).toBool())
                        ++takeovers;
                } else if (t == QLatin1String("fail")) {
                    QFAIL((where + " an edit failed: " + o.value(QStringLiteral("error")).toString().toUtf8())
                                  .constData());
                } else if (t == QLatin1String("begin")) {
                    pending = o;
                } else if (t == QLatin1String("ack")) {
                    QVERIFY2(pending, where.constData());
                    apply(model, *pending, ids(o.value(QStringLiteral("ids"))));
                    if (pending->value(QStringLiteral("op")).toString() == QLatin1String("export"))
                        lastExport.insert(pending->value(QStringLiteral("path")).toString(),
                                          pending->value(QStringLiteral("sha256")).toString().toLatin1());
                    ++acknowledged;
                    pending.reset();
                }
            }
            killedDuring[!opened           ? QStringLiteral("startup")
                                 : pending ? pending->value(QStringLiteral("op")).toString()
                                           : QStringLiteral("between edits")]++;

            // A colleague's read-only look right after the crash must work (gkml-cli info does this).
            QString error;
            auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error);
            QVERIFY2(file, (where + " cannot open after the kill: " + error.toUtf8()).constData());
            QSqlQuery q(file->database());
            QVERIFY2(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next(), where.constData());
            QVERIFY2(q.value(0).toString() == QLatin1String("ok"),
                     (where + " integrity_check: " + q.value(0).toString().toUtf8()).constData());
            ItemMap actual;
            for (const Item &it : file->items())
                actual.insert(it.id, it);
            file.reset();

            if (actual != model.items) {
                QVERIFY2(pending,
                         (where
                          + " acknowledged edits lost: " + describeDifference(model.items, actual).toUtf8())
                                 .constData());
                Model after = model;
                QList<qint64> importIds;
                if (pending->value(QStringLiteral("op")).toString() == QLatin1String("import")) {
                    const QString batch = pending->value(QStringLiteral("batch")).toString();
                    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
                        if (!model.items.contains(it.key()) && it.value().level3 == batch)
                            importIds << it.key();
                    }
                    QVERIFY2(importIds.size() == pending->value(QStringLiteral("count")).toInt(),
                             (where + " half an import: " + QByteArray::number(importIds.size()) + " of "
                              + QByteArray::number(pending->value(QStringLiteral("count")).toInt()) + " rows")
                                     .constData());
                }
                apply(after, *pending, importIds);
                QVERIFY2(actual == after.items,
                         (where + " the edit in flight ("
                          + pending->value(QStringLiteral("op")).toString().toUtf8()
                          + ") is neither absent nor complete: "
                          + describeDifference(after.items, actual).toUtf8())
                                 .constData());
                model = after;
            }

            // Exports: the final name holds the last acknowledged export or the one in flight, whole.
            const QStringList finals = { QDir(outDir).filePath(QStringLiteral("导出.json")),
                                         QDir(outDir).filePath(QStringLiteral("导出.csv")) };
            for (const QString &name : finals) {
                const QByteArray sha = sha256Hex(name);
                const bool inFlight = pending
                        && pending->value(QStringLiteral("op")).toString() == QLatin1String("export")
                        && pending->value(QStringLiteral("path")).toString() == name;
                if (sha.isEmpty()) {
                    QVERIFY2(!lastExport.contains(name) && !QFile::exists(name),
                             (where + " an acknowledged export vanished").constData());
                    continue;
                }
                const bool known = sha == lastExport.value(name)
                        || (inFlight
                            && sha == pending->value(QStringLiteral("sha256")).toString().toLatin1());
                QVERIFY2(known,
                         (where + " a half-written export stands under its final name: " + name.toUtf8())
                                 .constData());
                if (inFlight)
                    lastExport.insert(name, sha);
                ++exportsChecked;
            }
            // QSaveFile's temporary files of killed exports: never under the final name; cleared
            // here so the test does not fill the disk.
            for (const QFileInfo &fi : QDir(outDir).entryInfoList(QDir::Files)) {
                if (!finals.contains(fi.absoluteFilePath())) {
                    ++leftovers;
                    QFile::remove(fi.absoluteFilePath());
                }
            }
        }

        QStringList stats;
        for (auto it = killedDuring.cbegin(); it != killedDuring.cend(); ++it)
            stats << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        qInfo("crash harness: %d kills survived in %.1f s; %d acknowledged edits verified; %d stale locks "
              "taken "
              "over; %d export files verified, %d temporary export files left by kills; killed during: %s; "
              "final catalogue %lld items",
              kills, total.elapsed() / 1000.0, acknowledged, takeovers, exportsChecked, leftovers,
              qPrintable(stats.join(QStringLiteral(", "))), static_cast<long long>(model.items.size()));
        QVERIFY(acknowledged > kills); // the workload really ran
        QVERIFY(takeovers >= kills / 2); // most runs started on a crashed editor's lock
    }

    // Regression: after a crash in the middle of an edit, a read-only open (gkml-cli info, export,
    // validate; a viewer) failed with "the file or its folder is read-only" because SQLite's hot
    // journal can only be rolled back by a writing connection.
    void readOnlyOpenAfterCrashMidEdit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("目录.gkml"));
        QList<Item> start = workloadBatch(QStringLiteral("初始"), 2000);
        QString error;
        QVERIFY2(createStartCatalogue(path, start, &error), qPrintable(error));
        QProcess driver;
        driver.start(QStringLiteral(GKML_RELIABILITY_DRIVER), { QStringLiteral("die-in-edit"), path });
        QVERIFY(driver.waitForStarted());
        QByteArray out;
        while (!out.contains("ready") && driver.state() == QProcess::Running
               && driver.waitForReadyRead(20000))
            out += driver.readAllStandardOutput();
        QVERIFY2(out.contains("ready"), out.constData());
        driver.kill();
        driver.waitForFinished();
        QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0); // a hot journal was left

        auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->isReadOnly());
        QSqlQuery q(file->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        ItemMap expected, actual;
        for (const Item &it : std::as_const(start))
            expected.insert(it.id, it);
        for (const Item &it : file->items())
            actual.insert(it.id, it);
        QVERIFY2(actual == expected,
                 qPrintable(describeDifference(expected, actual))); // the unfinished edit is gone
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    void editorKilledWhileTakingTheLock_data()
    {
        gkml::test::addColumns<QString, bool>({ "step", "lockLeft" });
        QTest::newRow("private copy written") << QStringLiteral("written") << false;
        QTest::newRow("published") << QStringLiteral("published") << true;
    }

    // Regression (CI, seed 888772474): an editor killed between creating the lock file and writing
    // it left an empty lock, and the next editor, started at once, got the catalogue read-only with
    // the message " on  has had this catalogue open for editing since .". Now the lock is written
    // whole and then published atomically: at every step a kill leaves no lock or a complete one,
    // and the next editor takes the file for editing at once and tidies what the dead one left.
    void editorKilledWhileTakingTheLock()
    {
        QFETCH(QString, step);
        QFETCH(bool, lockLeft);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("目录.gkml"));
        QString error;
        QList<Item> items = workloadBatch(QStringLiteral("初始"), 20);
        QVERIFY2(createStartCatalogue(path, items, &error), qPrintable(error));
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));

        QProcess dying;
        dying.start(QStringLiteral(GKML_RELIABILITY_DRIVER),
                    { QStringLiteral("die-taking-lock"), path, step });
        QVERIFY(dying.waitForFinished(20000));
        QCOMPARE(dying.exitCode(), 86); // ended at the step, not by finishing the open
        QCOMPARE(QFile::exists(path + QStringLiteral(".lock")), lockLeft);
        if (lockLeft) {
            const LockInfo left = EditLock::readLock(path + QStringLiteral(".lock"));
            QVERIFY(left.isValid()); // complete, naming the dead editor
            QCOMPARE(left.host, EditLock::currentHost());
        }

        QElapsedTimer clock;
        clock.start();
        QProcess next;
        next.start(QStringLiteral(GKML_RELIABILITY_DRIVER), { QStringLiteral("open"), path });
        QVERIFY(next.waitForFinished(20000));
        const QByteArray out = next.readAllStandardOutput();
        const QJsonObject status = QJsonDocument::fromJson(out.split('\n').value(0)).object();
        QVERIFY2(!status.value(QStringLiteral("readOnly")).toBool(), out.constData());
        QVERIFY2(clock.elapsed() < 5000, "the next editor had to wait out the dead one's lock");
        // Nothing of the dead editor is left beside the catalogue (private copies, moved-aside locks).
        const QStringList beside = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : beside)
            QVERIFY2(!name.contains(QStringLiteral(".lock")), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
