// gkml-cli import --on-match add|update|skip and gkml-cli diff on a withheld item, end to end.
#include "TestCatalogue.h"
#include "TestFiles.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/EditionStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gkml;

namespace {

using Run = gkml::test::CliText;

// Messages below are the English sources.
Run cli(const QStringList &args)
{
    return gkml::test::runCliEnglish(args).text();
}

using gkml::test::itemCount;
using gkml::test::sha256;

const QString kXlsx = QStringLiteral(GKML_FIXTURES "/samples/anxi-shehui-jiuzhu.xlsx");

// The sample workbook into a new catalogue of 安溪县民政局 at `path`.
Run importSample(const QString &path)
{
    return cli({ QStringLiteral("import"), kXlsx, QStringLiteral("-o"), path, QStringLiteral("--unit"),
                 QStringLiteral("安溪县民政局") });
}

} // namespace

class TestImportMergeCli : public QObject
{
    Q_OBJECT
private slots:
    void modes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.gkml"));
        Run r = importSample(path);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const int n = itemCount(path);
        QVERIFY(n > 5);

        // update: the same workbook again changes nothing and adds nothing.
        r = cli({ QStringLiteral("import"), kXlsx, QStringLiteral("-o"), path, QStringLiteral("--on-match"),
                  QStringLiteral("update") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(itemCount(path), n);
        QVERIFY2(r.out.contains(QStringLiteral(": 0 updated, 0 added, %1 identical.").arg(n)),
                 qPrintable(r.out));

        // A clerk's edit in the catalogue: update puts the workbook's value back, skip keeps it.
        qint64 id = 0;
        QString original;
        {
            QString error;
            auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
            QVERIFY2(file, qPrintable(error));
            const Item first = file->items().first();
            id = first.id;
            original = first.deadline;
            QVERIFY(!original.isEmpty());
            QVERIFY(file->setField(id, Field::Deadline, QStringLiteral("改过的时限")));
        }
        r = cli({ QStringLiteral("import"), kXlsx, QStringLiteral("-o"), path, QStringLiteral("--on-match"),
                  QStringLiteral("skip") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(": 0 updated, 0 added, %1 identical, 1 skipped.").arg(n - 1)),
                 qPrintable(r.out));
        QCOMPARE(itemCount(path), n);
        {
            QString error;
            auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error);
            QCOMPARE(file->item(id)->deadline, QStringLiteral("改过的时限"));
        }
        r = cli({ QStringLiteral("import"), kXlsx, QStringLiteral("-o"), path, QStringLiteral("--on-match"),
                  QStringLiteral("update") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(": 1 updated, 0 added, %1 identical.").arg(n - 1)),
                 qPrintable(r.out));
        {
            QString error;
            auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error);
            QCOMPARE(file->item(id)->deadline, original);
            QCOMPARE(file->itemCount(), n);
        }

        // add (the default, as the contract always was): every row again, with a warning.
        r = cli({ QStringLiteral("import"), kXlsx, QStringLiteral("-o"), path });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(itemCount(path), 2 * n);
        QVERIFY2(r.out.contains(QStringLiteral("Imported %1 items into a.gkml.").arg(n)), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("--on-match update")), qPrintable(r.err));
    }

    void badInputLeavesTheFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.gkml"));
        QCOMPARE(importSample(path).exitCode, 0);
        const QByteArray before = sha256(path);
        Run r = cli({ QStringLiteral("import"), kXlsx, QStringLiteral("-o"), path,
                      QStringLiteral("--on-match"), QStringLiteral("merge") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--on-match")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
        QCOMPARE(sha256(path), before);
        r = cli({ QStringLiteral("import"), dir.filePath(QStringLiteral("missing.xlsx")),
                  QStringLiteral("-o"), path, QStringLiteral("--on-match"), QStringLiteral("update") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(sha256(path), before);
        // A new file is not created on bad input either.
        const QString fresh = dir.filePath(QStringLiteral("c.gkml"));
        r = cli({ QStringLiteral("import"), kXlsx, QStringLiteral("-o"), fresh, QStringLiteral("--unit"),
                  QStringLiteral("x"), QStringLiteral("--on-match"), QStringLiteral("") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(fresh));
    }

    void diffReportsWithheldAsChanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.gkml"));
        QCOMPARE(importSample(path).exitCode, 0);
        {
            QString error;
            auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
            QVERIFY2(file, qPrintable(error));
            Edition e;
            e.created = QDateTime::currentDateTimeUtc();
            e.items = file->items();
            e.itemCount = int(e.items.size());
            e.sha256 = QStringLiteral("0");
            e.fileName = QStringLiteral("p.zip");
            QVERIFY(EditionStore(*file).record(e, [](QString *) { return true; }) != 0);
            const qint64 id = e.items.at(1).id;
            QVERIFY(file->setField(id, Field::Withheld, true));
        }
        const Run r = cli({ QStringLiteral("diff"), path, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("removed")).toArray().size(), 0);
        QCOMPARE(o.value(QStringLiteral("changed")).toArray().size(), 1);
        const QJsonObject change = o.value(QStringLiteral("changed"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QStringLiteral("changes"))
                                           .toArray()
                                           .first()
                                           .toObject();
        QCOMPARE(change.value(QStringLiteral("field")).toString(), QStringLiteral("withheld"));
        QCOMPARE(change.value(QStringLiteral("new")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestImportMergeCli)
#include "tst_importmerge_cli.moc"
