// The .gkml catalogue file: create, open, reject, migrate, history, lock, copy.
#include "TestData.h"
#include "TestFiles.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/EditLock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace gkml;

namespace {
using gkml::test::sha256;

Item sampleItem(const QString &level2 = QStringLiteral("审批信息"))
{
    Item it;
    it.domain = QStringLiteral("社会救助");
    it.seq = 6;
    it.level1 = QStringLiteral("最低生活保障");
    it.level2 = level2;
    it.level3 = QStringLiteral("城市低保");
    it.content = QStringLiteral("低保对象名单及相关信息\n按月更新");
    it.basis = QStringLiteral("《信息公开条例》及相关规定");
    it.deadline = QStringLiteral("制定或获取信息之日起10个工作日内");
    it.owner = QStringLiteral("县级人民政府民政部门");
    it.channels = { QStringLiteral("政府网站"), QStringLiteral("社区/企事业单位/村公示栏(电子屏)") };
    it.audience = { QStringLiteral("特定群体") };
    it.audienceNote = QStringLiteral("低保对象");
    it.method = { QStringLiteral("主动") };
    it.level = { QStringLiteral("县级"), QStringLiteral("乡级") };
    it.stages = { QStringLiteral("结果") };
    it.department = QStringLiteral("社会救助股");
    it.note = QStringLiteral("备注");
    return it;
}
} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void createAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("安溪 县/目录.gkml"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        CatalogueInfo info;
        info.unit = QStringLiteral("安溪县民政局");
        info.region = QStringLiteral("福建省泉州市安溪县");
        info.portalUrl = QStringLiteral("http://www.anxi.gov.cn/zwgk/");
        QString error;
        {
            auto file = CatalogueFile::create(path, info, &error);
            QVERIFY2(file, qPrintable(error));
            QVERIFY(!file->isReadOnly());
            QCOMPARE(file->schemaVersion(), CatalogueFile::kSchemaVersion);
        }
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock"))); // released on close
        auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->info(), info);
        QCOMPARE(file->itemCount(), 0);
    }

    void refusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.gkml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        QString error;
        QVERIFY(!CatalogueFile::create(path, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
    }

    void createErrorNamesTheChosenFile()
    {
        // Issue 11: the error showed the internal temporary name (….gkml.creating).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no-such-folder/新目录.gkml"));
        QString error;
        QVERIFY(!CatalogueFile::create(path, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(QStringLiteral(".creating")), qPrintable(error));
    }

    void lockNamesUserWithoutLoginEnvironment()
    {
        // Issue 11: the read-only banner said "vm 上的 unknown" when USER was not set.
        const QByteArray user = qgetenv("USER"), logname = qgetenv("LOGNAME"), gkml = qgetenv("GKML_USER");
        qunsetenv("USER");
        qunsetenv("LOGNAME");
        qunsetenv("GKML_USER");
        const QString name = EditLock::currentUser();
        qputenv("USER", user);
        qputenv("LOGNAME", logname);
        if (!gkml.isEmpty())
            qputenv("GKML_USER", gkml);
        QVERIFY(!name.isEmpty());
        QVERIFY(name != QStringLiteral("unknown"));
        QVERIFY(!EditLock::currentHost().isEmpty());
    }

    void itemsRoundTripEveryField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.gkml"));
        QString error;
        Item written = sampleItem();
        written.withheld = true;
        written.withheldBasis = QStringLiteral("《条例》第十五条");
        {
            auto file = CatalogueFile::create(path, CatalogueInfo::withUnit(QStringLiteral("单位")), &error);
            QVERIFY(file);
            written.id = file->insertItem(written);
            QVERIFY2(written.id > 0, qPrintable(file->errorString()));
        }
        auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error);
        const QList<Item> items = file->items();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first(), written);
    }

    void editsAreRecordedInHistory()
    {
        QTemporaryDir dir;
        QString error;
        auto file = CatalogueFile::create(dir.filePath(QStringLiteral("a.gkml")),
                                          CatalogueInfo::withUnit(QStringLiteral("单位")), &error);
        file->setUserName(QStringLiteral("张三"));
        const qint64 id = file->insertItem(sampleItem());
        QSignalSpy changed(file.get(), &CatalogueFile::itemChanged);
        QVERIFY(file->setField(id, Field::Deadline, QStringLiteral("信息形成之日起20个工作日内")));
        QVERIFY(file->setField(id, Field::Channels, QStringList { QStringLiteral("政府网站") }));
        QVERIFY(file->setField(id, Field::Deadline,
                               QStringLiteral("信息形成之日起20个工作日内"))); // no change
        QCOMPARE(changed.count(), 2);
        QCOMPARE(file->item(id)->deadline, QStringLiteral("信息形成之日起20个工作日内"));

        const QList<HistoryEntry> h = file->history(id);
        QCOMPARE(h.size(), 3); // insert + two updates, newest first
        QCOMPARE(h.at(0).field, QStringLiteral("channels"));
        QCOMPARE(h.at(0).oldValue, QStringLiteral("政府网站\n社区/企事业单位/村公示栏(电子屏)"));
        QCOMPARE(h.at(0).newValue, QStringLiteral("政府网站"));
        QCOMPARE(h.at(1).field, QStringLiteral("deadline"));
        QCOMPARE(h.at(1).oldValue, QStringLiteral("制定或获取信息之日起10个工作日内"));
        QCOMPARE(h.at(1).user, QStringLiteral("张三"));
        QCOMPARE(h.at(1).action, QStringLiteral("update"));
        QVERIFY(h.at(1).time.isValid());
        QCOMPARE(h.at(2).action, QStringLiteral("insert"));
    }

    void removeAndRestoreKeepIds()
    {
        QTemporaryDir dir;
        QString error;
        auto file = CatalogueFile::create(dir.filePath(QStringLiteral("a.gkml")),
                                          CatalogueInfo::withUnit(QStringLiteral("单位")), &error);
        const qint64 a = file->insertItem(sampleItem(QStringLiteral("一")));
        const qint64 b = file->insertItem(sampleItem(QStringLiteral("二")));
        const Item removed = *file->item(a);
        QVERIFY(file->removeItems({ a }));
        QCOMPARE(file->itemCount(), 1);
        QVERIFY(file->restoreItems({ removed }));
        QCOMPARE(*file->item(a), removed);
        QVERIFY(file->item(b));
        QCOMPARE(file->history(a).first().action, QStringLiteral("insert"));
        QCOMPARE(file->history(a).at(1).action, QStringLiteral("delete"));
    }

    void idsAreNeverReused()
    {
        QTemporaryDir dir;
        QString error;
        auto file = CatalogueFile::create(dir.filePath(QStringLiteral("a.gkml")),
                                          CatalogueInfo::withUnit(QStringLiteral("单位")), &error);
        const qint64 a = file->insertItem(sampleItem());
        QVERIFY(file->removeItems({ a }));
        const qint64 b = file->insertItem(sampleItem());
        QVERIFY(b > a);
    }

    void insertItemsIsAllOrNothing()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("a.gkml"));
        auto file = CatalogueFile::create(path, CatalogueInfo::withUnit(QStringLiteral("单位")), &error);
        QList<Item> items { sampleItem(QStringLiteral("一")), sampleItem(QStringLiteral("二")) };
        QVERIFY(file->insertItems(items, QStringLiteral("x.csv")));
        QVERIFY(items.at(0).id > 0 && items.at(1).id > items.at(0).id);
        // A failing row in the middle (a trigger refuses it) rolls the whole import back.
        QVERIFY(QSqlQuery(file->database())
                        .exec(QStringLiteral(
                                "CREATE TRIGGER refuse BEFORE INSERT ON item WHEN NEW.level2 = '坏' "
                                "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        QList<Item> more { sampleItem(QStringLiteral("三")), sampleItem(QStringLiteral("坏")),
                           sampleItem(QStringLiteral("四")) };
        QVERIFY(!file->insertItems(more, QStringLiteral("y.csv")));
        QVERIFY(!file->errorString().isEmpty());
        QCOMPARE(file->itemCount(), 2);
        QCOMPARE(file->history(0, 100).size(), 2 + 1); // two imports + the unit from create()
    }

    void rejectsBadFiles_data()
    {
        gkml::test::addColumns<QByteArray, QString>({ "content", "kind" });
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("text") << QByteArray("序号,领域\n1,社会救助\n") << "text";
        QByteArray noise(8192, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) % 251);
        QTest::newRow("noise") << noise << "noise";
        QTest::newRow("truncated") << QByteArray() << "truncated";
        QTest::newRow("other-app") << QByteArray() << "other-app";
        QTest::newRow("plain-sqlite") << QByteArray() << "plain-sqlite";
        QTest::newRow("damaged-page") << QByteArray() << "damaged";
    }

    void rejectsBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.gkml"));
        QString error;
        if (kind == QLatin1String("truncated") || kind == QLatin1String("damaged")) {
            {
                auto file = CatalogueFile::create(path, CatalogueInfo::withUnit(QStringLiteral("单位")),
                                                  &error);
                QList<Item> items;
                for (int i = 0; i < 300; ++i)
                    items << sampleItem(QString::number(i));
                QVERIFY(file->insertItems(items, QString()));
            }
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (kind == QLatin1String("truncated")) {
                QVERIFY(f.resize(f.size() / 2));
            } else {
                // Overwrite the headers of b-tree pages 2-4 (page type, cell counts): structural damage.
                for (int page = 1; page <= 3; ++page) {
                    f.seek(4096 * page);
                    f.write(QByteArray(24, '\xA5'));
                }
            }
        } else if (kind == QLatin1String("other-app") || kind == QLatin1String("plain-sqlite")) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x)")));
            if (kind == QLatin1String("other-app"))
                QVERIFY(q.exec(QStringLiteral("PRAGMA application_id=1234")));
            q.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(kind);
        } else {
            QVERIFY(gkml::test::writeFile(path, content));
        }
        const QByteArray before = sha256(path);
        auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
        if (file && kind == QLatin1String("truncated")) {
            // SQLite may open a truncated file whose first pages survive; reading must then fail cleanly.
            QVERIFY(file->items().size() < 300 || !file->errorString().isEmpty());
            file.reset();
        } else {
            QVERIFY2(!file, qPrintable(kind));
            QVERIFY(!error.isEmpty());
            QVERIFY2(!error.contains(QLatin1String("SQLITE")), qPrintable(error));
        }
        QCOMPARE(sha256(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    }

    void rejectsNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.gkml"));
        QString error;
        {
            auto file = CatalogueFile::create(path, CatalogueInfo::withUnit(QStringLiteral("单位")), &error);
            QVERIFY(QSqlQuery(file->database()).exec(QStringLiteral("PRAGMA user_version=99")));
        }
        const QByteArray before = sha256(path);
        QVERIFY(!CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error));
        QVERIFY(error.contains(QLatin1String("newer")));
        QCOMPARE(sha256(path), before);
    }

    void migratesVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.gkml"));
        QVERIFY(QFile::copy(QStringLiteral(GKML_FIXTURES "/foundation/catalogue-v1.gkml"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        // Read-only: a v1 file cannot be migrated, and is left alone.
        QVERIFY(!CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error));
        auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->schemaVersion(), CatalogueFile::kSchemaVersion);
        QCOMPARE(file->info().unit, QStringLiteral("安溪县民政局"));
        const QList<Item> items = file->items();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).channels,
                 (QStringList { QStringLiteral("政府网站"), QStringLiteral("政务服务中心") }));
        QCOMPARE(items.at(0).level, (QStringList { QStringLiteral("县级"), QStringLiteral("乡级") }));
        QVERIFY(items.at(0).level3.isEmpty());
        QCOMPARE(file->history(1).last().action, QStringLiteral("update"));
        // New fields are usable after the migration.
        QVERIFY(file->setField(items.at(0).id, Field::Stages, QStringList { QStringLiteral("结果") }));
        QCOMPARE(file->item(items.at(0).id)->stages, QStringList { QStringLiteral("结果") });
    }

    // A file of GKML 0.1 (schema 2, made by the first round's gkml-cli from the sample CSV) keeps its
    // items and gains the tables of schema 3 (publication records, documents, townships).
    void migratesVersion2()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.gkml"));
        QVERIFY(QFile::copy(QStringLiteral(GKML_FIXTURES "/foundation/catalogue-v2.gkml"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = sha256(path);
        QString error;
        QVERIFY(!CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error));
        QCOMPARE(sha256(path), before);
        auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->schemaVersion(), CatalogueFile::kSchemaVersion);
        QCOMPARE(file->itemCount(), 20);
        QCOMPARE(file->info().unit, QStringLiteral("安溪县民政局"));
        const QStringList tables = file->database().tables();
        for (const char *table : { "publication", "evidence", "problem", "document", "transfer_batch",
                                   "index_number", "township", "township_item" })
            QVERIFY2(tables.contains(QLatin1String(table)), table);
    }

    void readOnlyFileOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.gkml"));
        QString error;
        CatalogueFile::create(path, CatalogueInfo::withUnit(QStringLiteral("单位")), &error).reset();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
        if (QFileInfo(path).isWritable())
            QSKIP("running as a user who can write read-only files (root)");
        const QByteArray before = sha256(path);
        auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->isReadOnly());
        QVERIFY(!file->setInfo(CatalogueInfo::withUnit(QStringLiteral("改"))));
        QVERIFY(file->errorString().contains(QLatin1String("read-only")));
        file.reset();
        QCOMPARE(sha256(path), before);
    }

    void secondEditorIsReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.gkml"));
        QString error;
        auto first = CatalogueFile::create(path, CatalogueInfo::withUnit(QStringLiteral("单位")), &error);
        QVERIFY(first && !first->isReadOnly());
        QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
        // Another process (a real second editor) holds the lock: simulate it by a lock file naming a
        // live process on this host that is not us.
        first.reset();
        QProcess sleeper;
        gkml::test::startIdleProcess(sleeper);
        QVERIFY(sleeper.waitForStarted());
        QVERIFY(gkml::test::writeEditorLock(path, QStringLiteral("李四"), EditLock::currentHost(),
                                            sleeper.processId()));
        auto second = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY(second);
        QVERIFY(second->isReadOnly());
        QCOMPARE(second->lockHolder().user, QStringLiteral("李四"));
        QVERIFY(second->readOnlyReason().contains(QStringLiteral("李四")));
        QVERIFY(!second->insertItem(sampleItem()));
        second.reset();
        QVERIFY(QFile::exists(path + QStringLiteral(".lock"))); // not ours: left alone
        sleeper.kill();
        sleeper.waitForFinished();
    }

    void staleLockIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.gkml"));
        QString error;
        CatalogueFile::create(path, CatalogueInfo::withUnit(QStringLiteral("单位")), &error).reset();
        // A crashed editor on this machine: its process is gone.
        const qint64 deadPid = 999999; // far above pid_max on default kernels
        auto writeLock = [&](const QString &host, qint64 pid, const QDateTime &beat) {
            QVERIFY(gkml::test::writeEditorLock(path, QStringLiteral("王五"), host, pid, beat));
        };
        writeLock(EditLock::currentHost(), deadPid, QDateTime::currentDateTimeUtc());
        auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY(file && !file->isReadOnly());
        file.reset();
        // Another machine whose heartbeat stopped long ago.
        writeLock(QStringLiteral("other-pc"), 42, QDateTime::currentDateTimeUtc().addSecs(-3600));
        file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY(file && !file->isReadOnly());
        file.reset();
        // Another machine that is alive (fresh heartbeat): read-only.
        writeLock(QStringLiteral("other-pc"), 42, QDateTime::currentDateTimeUtc());
        file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY(file && file->isReadOnly());
    }

    void saveCopyIsAConsistentSnapshot()
    {
        QTemporaryDir dir;
        QString error;
        auto file = CatalogueFile::create(dir.filePath(QStringLiteral("a.gkml")),
                                          CatalogueInfo::withUnit(QStringLiteral("单位")), &error);
        QList<Item> items { sampleItem(QStringLiteral("一")), sampleItem(QStringLiteral("二")) };
        QVERIFY(file->insertItems(items, QString()));
        const QString copy = dir.filePath(QStringLiteral("副本.gkml"));
        QVERIFY2(file->saveCopy(copy), qPrintable(file->errorString()));
        QVERIFY(!file->saveCopy(copy)); // never overwrites
        auto other = CatalogueFile::open(copy, CatalogueFile::OpenMode::ReadOnly, &error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(other->items(), file->items());
        QCOMPARE(other->info(), file->info());
    }

    void pragmas()
    {
        QTemporaryDir dir;
        QString error;
        auto file = CatalogueFile::create(dir.filePath(QStringLiteral("a.gkml")),
                                          CatalogueInfo::withUnit(QStringLiteral("单位")), &error);
        QSqlQuery q(file->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), CatalogueFile::kApplicationId);
    }

    void controlCharactersSurviveLoading()
    {
        // items() joins columns with U+001F; a value that contains it, or a NUL, must still load exactly.
        QTemporaryDir dir;
        QString error;
        auto file = CatalogueFile::create(dir.filePath(QStringLiteral("a.gkml")),
                                          CatalogueInfo::withUnit(QStringLiteral("单位")), &error);
        Item odd = sampleItem(QStringLiteral("含\x1F分隔符"));
        odd.content = QStringLiteral("a\x1Fb\x01c");
        odd.note = QStringLiteral("before") + QChar(0) + QStringLiteral("after %s %d %%"); // a NUL stays
        odd.channels = { QStringLiteral("政府网站"), QStringLiteral("x") + QChar(0) + QStringLiteral("y") };
        odd.id = file->insertItem(odd);
        Item plain = sampleItem(QStringLiteral("普通"));
        plain.id = file->insertItem(plain);
        const QList<Item> items = file->items();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0), odd);
        QCOMPARE(items.at(1), plain);
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
