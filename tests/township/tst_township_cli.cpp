// gkml-cli townships, info --json counts, and print/export/package with --township and
// --all-townships, end to end: the contracts of DESIGN.md "Townships", withheld items never in
// any township output, and bad input leaving the file untouched.
#include "TestCatalogue.h"
#include "TestData.h"
#include "TestFiles.h"
#include "catalogue/TownshipStore.h"
#include "util/ZipArchive.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gkml;
using namespace gkml::test;

namespace {

using Run = gkml::test::CliRun;

Run cli(const QStringList &args)
{
    return gkml::test::runCliEnglish(args);
}

// Without spaces and line breaks: a wrapped cell reads as one string.
QString flatPdfText(const QString &path)
{
    return gkml::test::pdfText(path).remove(QRegularExpression(QStringLiteral("\\s")));
}

// The text a reader gets from a file of any output: an xlsx's XML parts, a pdf's text layer
// (without whitespace), other files as they are.
QString readableText(const QString &name, const QByteArray &data)
{
    if (name.endsWith(QLatin1String(".xlsx"))) {
        QString why, all;
        const auto inner = ZipArchive::read(data, &why);
        if (!inner)
            qFatal("unreadable xlsx: %s", qPrintable(why));
        for (const ZipEntry &x : *inner)
            all += QString::fromUtf8(x.data);
        return all;
    }
    if (name.endsWith(QLatin1String(".pdf"))) {
        QTemporaryDir tmp;
        QFile f(tmp.filePath(QStringLiteral("p.pdf")));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write pdf");
        f.close();
        return flatPdfText(f.fileName());
    }
    return QString::fromUtf8(data);
}

QString readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Short fragments: a sheet's cell may wrap a long name over lines.
const QString kWithheld1 = QStringLiteral("财产核查");
const QString kWithheld2 = QStringLiteral("会议纪要");
const QString kCountyOnly = QStringLiteral("投资指南");

} // namespace

class TestTownshipCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_file = path(QStringLiteral("anxi.gkml"));
        makeFixtureCatalogue(m_file);
        const Run r = cli({ QStringLiteral("townships"), m_file, QStringLiteral("--add"),
                            QStringLiteral("城厢镇"), QStringLiteral("凤城街道") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // An addition of 城厢镇's own, kept in the file apart from the county items.
        QString error;
        auto file = CatalogueFile::open(m_file, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY(file);
        TownshipStore store(*file);
        Item own = fixtureItems().first();
        own.level2 = QStringLiteral("一事一议公示");
        own.owner = QStringLiteral("城厢镇人民政府");
        QVERIFY(store.addItem(store.find(QStringLiteral("城厢镇"))->id, own) > 0);
        Item ownSecret = own;
        ownSecret.level2 = QStringLiteral("内部考核记录");
        ownSecret.withheld = true;
        ownSecret.withheldBasis = QStringLiteral("内部事务信息");
        QVERIFY(store.addItem(store.find(QStringLiteral("城厢镇"))->id, ownSecret) > 0);
    }

    void townshipsAddImportJson()
    {
        Run r = cli({ QStringLiteral("townships"), m_file, QStringLiteral("--import"),
                      QStringLiteral(GKML_FIXTURES "/township/townships.csv") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({ QStringLiteral("townships"), m_file, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.keys(), QStringList { QStringLiteral("townships") });
        const QJsonArray list = o.value(QStringLiteral("townships")).toArray();
        QCOMPARE(list.size(), 3); // 城厢镇, 凤城街道 (both again in the csv), 湖头镇
        QStringList names;
        for (const QJsonValue &v : list) {
            const QJsonObject t = v.toObject();
            QCOMPARE(t.keys(),
                     (QStringList { QStringLiteral("items"), QStringLiteral("name"),
                                    QStringLiteral("office") }));
            names.append(t.value(QStringLiteral("name")).toString());
        }
        QCOMPARE(names,
                 (QStringList { QStringLiteral("城厢镇"), QStringLiteral("凤城街道"),
                                QStringLiteral("湖头镇") }));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("items")).toInt(),
                 17); // 16 derived + 1 own public
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("office")).toString(),
                 QStringLiteral("凤城街道社会事务办"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("items")).toInt(), 16);
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("office")).toString(),
                 QStringLiteral("湖头镇民政办"));
    }

    void infoJsonCounts()
    {
        const Run r = cli({ QStringLiteral("info"), m_file, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonObject departments = o.value(QStringLiteral("departments")).toObject();
        QCOMPARE(departments.value(QStringLiteral("社会救助股")).toInt(), 15);
        QCOMPARE(departments.value(QStringLiteral("养老服务股")).toInt(), 7);
        const QJsonObject townships = o.value(QStringLiteral("townships")).toObject();
        QCOMPARE(townships.value(QStringLiteral("城厢镇")).toInt(), 17);
        QCOMPARE(townships.value(QStringLiteral("凤城街道")).toInt(), 16);
        // The contract keys are all still there.
        for (const char *key : { "unit", "schemaVersion", "standard", "items", "domains" })
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }

    void printPerTownship()
    {
        const QString one = path(QStringLiteral("chengxiang.pdf"));
        Run r = cli({ QStringLiteral("print"), m_file, QStringLiteral("--township"), QStringLiteral("城厢镇"),
                      QStringLiteral("-o"), one, QStringLiteral("--board") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QString text = flatPdfText(one);
        QVERIFY2(text.contains(QStringLiteral("城厢镇人民政府")), qPrintable(text.left(500)));
        QVERIFY(text.contains(QStringLiteral("一事一议公示")));

        const QString folder = path(QStringLiteral("boards"));
        r = cli({ QStringLiteral("print"), m_file, QStringLiteral("--all-townships"), QStringLiteral("-o"),
                  folder });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name),
                 (QStringList { QStringLiteral("凤城街道.pdf"), QStringLiteral("城厢镇.pdf"),
                                QStringLiteral("湖头镇.pdf") }));
        for (const QString &name : QDir(folder).entryList(QDir::Files)) {
            text = flatPdfText(QDir(folder).filePath(name));
            const QString township = name.chopped(4);
            QVERIFY2(text.contains(township), qPrintable(name));
            QVERIFY2(!text.contains(kWithheld1) && !text.contains(kWithheld2), qPrintable(name));
            QVERIFY2(!text.contains(QStringLiteral("内部考核记录")), qPrintable(name));
            QVERIFY2(!text.contains(kCountyOnly), qPrintable(name)); // 县级 only
            QVERIFY2(!text.contains(QStringLiteral("乡镇人民政府(街道办事处)")), qPrintable(name));
            QCOMPARE(text.contains(QStringLiteral("一事一议公示")), township == QStringLiteral("城厢镇"));
        }
        QVERIFY(flatPdfText(QDir(folder).filePath(QStringLiteral("凤城街道.pdf")))
                        .contains(QStringLiteral("凤城街道办事处")));
    }

    void exportPerTownship()
    {
        const QString folder = path(QStringLiteral("exports"));
        for (const QString &format : { QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("html"),
                                       QStringLiteral("xlsx") }) {
            const Run r = cli({ QStringLiteral("export"), m_file, QStringLiteral("--format"), format,
                                QStringLiteral("--all-townships"), QStringLiteral("-o"), folder });
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 12);
        for (const QString &name : QDir(folder).entryList(QDir::Files)) {
            QFile f(QDir(folder).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = readableText(name, f.readAll());
            QVERIFY2(text.contains(QStringLiteral("审核信息")), qPrintable(name)); // it is readable at all
            QVERIFY2(!text.contains(kWithheld1) && !text.contains(kWithheld2), qPrintable(name));
            QVERIFY2(!text.contains(QStringLiteral("内部考核记录")), qPrintable(name));
        }
        const QJsonObject o = QJsonDocument::fromJson(
                                      readAll(QDir(folder).filePath(QStringLiteral("城厢镇.json"))).toUtf8())
                                      .object();
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 17);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("owner")).toString(),
                 QStringLiteral("县级人民政府民政部门、城厢镇人民政府"));
        // --include-withheld is refused for a township.
        const Run r = cli({ QStringLiteral("export"), m_file, QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--township"), QStringLiteral("城厢镇"),
                            QStringLiteral("--include-withheld"), QStringLiteral("-o"),
                            path(QStringLiteral("x.json")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("x.json"))));
    }

    void packagePerTownship()
    {
        const QByteArray before = sha256Hex(m_file);
        const QString folder = path(QStringLiteral("packages"));
        const Run r = cli({ QStringLiteral("package"), m_file, QStringLiteral("--all-townships"),
                            QStringLiteral("-o"), folder });
        QVERIFY2(r.exitCode == 0, r.err.constData() + r.out);
        // Not an edition of the county catalogue: the file is not changed.
        QCOMPARE(sha256Hex(m_file), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3);
        QString why;
        const auto entries = ZipArchive::read(QDir(folder).filePath(QStringLiteral("城厢镇.zip")), &why);
        QVERIFY2(entries, qPrintable(why));
        QStringList names;
        for (const ZipEntry &e : *entries) {
            names.append(e.name);
            const QString text = readableText(e.name, e.data);
            QVERIFY2(!text.contains(kWithheld1) && !text.contains(kWithheld2), qPrintable(e.name));
            QVERIFY2(!text.contains(QStringLiteral("内部考核记录")), qPrintable(e.name));
            if (e.name == QLatin1String("manifest.json")) {
                const QJsonObject m = QJsonDocument::fromJson(e.data).object();
                QCOMPARE(m.value(QStringLiteral("unit")).toString(), QStringLiteral("城厢镇人民政府"));
                QCOMPARE(m.value(QStringLiteral("itemCount")).toInt(), 17);
            }
        }
        QVERIFY(names.contains(QStringLiteral("catalogue.pdf")));
        QVERIFY(names.contains(QStringLiteral("manifest.json")));
    }

    void printCoverageSheet()
    {
        const QString out = path(QStringLiteral("coverage.pdf"));
        const Run r = cli(
                { QStringLiteral("print"), m_file, QStringLiteral("--coverage"), QStringLiteral("-o"), out });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = flatPdfText(out);
        QVERIFY(text.contains(QStringLiteral("结果")));
        QVERIFY(text.contains(QStringLiteral("社会救助")));
        QVERIFY(!text.contains(kWithheld1));
    }

    void badInputLeavesFileUntouched_data()
    {
        gkml::test::addColumns<QStringList, QString>({ "args", "message" });
        const QString bad = QStringLiteral("@FILE@");
        QTest::newRow("unknown township")
                << QStringList { QStringLiteral("print"),      bad,
                                 QStringLiteral("--township"), QStringLiteral("不存在镇"),
                                 QStringLiteral("-o"),         QStringLiteral("@DIR@/x.pdf") }
                << QStringLiteral("no township");
        QTest::newRow("both options")
                << QStringList { QStringLiteral("export"),          bad,
                                 QStringLiteral("--format"),        QStringLiteral("csv"),
                                 QStringLiteral("--township"),      QStringLiteral("城厢镇"),
                                 QStringLiteral("--all-townships"), QStringLiteral("-o"),
                                 QStringLiteral("@DIR@/x.csv") }
                << QStringLiteral("not both");
        QTest::newRow("all into a file")
                << QStringList { QStringLiteral("print"), bad, QStringLiteral("--all-townships"),
                                 QStringLiteral("-o"), QStringLiteral("@FILE@") }
                << QStringLiteral("names a folder");
        QTest::newRow("bad name") << QStringList { QStringLiteral("townships"), bad, QStringLiteral("--add"),
                                                   QStringLiteral("城厢镇、城/东") }
                                  << QStringLiteral("file name");
        QTest::newRow("missing list")
                << QStringList { QStringLiteral("townships"), bad, QStringLiteral("--import"),
                                 QStringLiteral("@DIR@/none.csv") }
                << QStringLiteral("cannot be read");
        QTest::newRow("not a list") << QStringList {
            QStringLiteral("townships"), bad, QStringLiteral("--import"),
            QStringLiteral(GKML_FIXTURES "/package/catalogue-items.json")
        } << QStringLiteral("not a .csv");
    }

    void badInputLeavesFileUntouched()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QByteArray before = sha256Hex(m_file);
        const int filesBefore = static_cast<int>(QDir(m_dir.path()).entryList(QDir::Files).size());
        for (QString &a : args)
            a.replace(QStringLiteral("@FILE@"), m_file).replace(QStringLiteral("@DIR@"), m_dir.path());
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(sha256Hex(m_file), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), filesBefore);
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

QTEST_MAIN(TestTownshipCli)
#include "tst_township_cli.moc"
