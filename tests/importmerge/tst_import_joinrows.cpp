// Several content rows under one item name (issue 19, point 2) at import: kept as separate items
// by default (gkml-cli says so), joined into one item per name when the clerk asks
// (RowJoiner::joinContentRows, gkml-cli import --join-rows). A withheld row never joins a public one.
#include "TestFiles.h"
#include "catalogue/CatalogueFile.h"
#include "exchange/Importer.h"
#include "template/RowJoiner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gkml;

namespace {

const QString kFile = QStringLiteral(GKML_FIXTURES "/joinrows/shared-names.csv");

// The three items of shared-names.csv once its rows are joined.
void checkJoined(const QList<Item> &items)
{
    QCOMPARE(items.size(), 3);
    const Item &a = items.at(0);
    QCOMPARE(a.domain, QStringLiteral("社会救助"));
    QCOMPARE(a.seq, 1);
    QCOMPARE(a.level1, QStringLiteral("最低生活保障"));
    QCOMPARE(a.level2, QStringLiteral("审核信息"));
    QCOMPARE(a.content, QStringLiteral("申请家庭名单\n保障人数\n保障金额")); // the duplicate row adds nothing
    QCOMPARE(a.basis, QStringLiteral("《社会救助暂行办法》\n《最低生活保障审核确认办法》"));
    QCOMPARE(a.deadline, QStringLiteral("20个工作日内\n每季度"));
    QCOMPARE(a.owner, QStringLiteral("县民政局\n乡镇人民政府"));
    QCOMPARE(a.channels, (QStringList { QStringLiteral("政府网站"), QStringLiteral("政务服务中心") }));
    QCOMPARE(a.audience, (QStringList { QStringLiteral("全社会"), QStringLiteral("特定群体") }));
    QCOMPARE(a.method, QStringList { QStringLiteral("主动") });
    QCOMPARE(a.level, (QStringList { QStringLiteral("县级"), QStringLiteral("乡级") }));
    QVERIFY(!a.withheld);
    const Item &b = items.at(1);
    QCOMPARE(b.seq, 4);
    QCOMPARE(b.level1, QStringLiteral("临时救助"));
    QCOMPARE(b.content, QStringLiteral("救助对象名单"));
    const Item &c = items.at(2); // withheld: never joined into the public item
    QCOMPARE(c.seq, 5);
    QCOMPARE(c.level1, QStringLiteral("最低生活保障"));
    QCOMPARE(c.content, QStringLiteral("个人隐私信息"));
    QVERIFY(c.withheld);
}

} // namespace

class TestJoinRows : public QObject
{
    Q_OBJECT
private slots:
    void countsSharedNames()
    {
        const ImportResult r = Importer::read(kFile, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.items.size(), 6);
        QCOMPARE(RowJoiner::sharedNames(r.items),
                 1); // 最低生活保障/审核信息 (public); the withheld row is apart
        QList<Item> one { r.items.at(3) };
        QCOMPARE(RowJoiner::sharedNames(one), 0);
    }

    void joinsContentRows()
    {
        ImportResult r = Importer::read(kFile, {});
        QVERIFY(r.ok());
        QCOMPARE(RowJoiner::joinContentRows(r.items), 1);
        checkJoined(r.items);
        QCOMPARE(RowJoiner::sharedNames(r.items), 0);
        QCOMPARE(RowJoiner::joinContentRows(r.items), 0); // nothing left to join
        QCOMPARE(r.items.size(), 3);
    }

    void cliKeepsRowsAndSaysSo()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("a.gkml"));
        const test::CliRun r = test::runCli({ QStringLiteral("import"), kFile, QStringLiteral("-o"), out,
                                              QStringLiteral("--unit"), QStringLiteral("某县民政局") },
                                            QStringLiteral("en"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("--join-rows") && r.err.contains("1 item name"), r.err.constData());
        QString error;
        const auto file = CatalogueFile::open(out, CatalogueFile::OpenMode::ReadOnly, &error);
        QVERIFY2(file, qPrintable(error));
        const QList<Item> items = file->items();
        QCOMPARE(items.size(), 6);
        QCOMPARE(items.at(1).content, QStringLiteral("保障人数"));
    }

    void cliJoinsRows()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("a.gkml"));
        const test::CliRun r = test::runCli({ QStringLiteral("import"), kFile, QStringLiteral("-o"), out,
                                              QStringLiteral("--unit"), QStringLiteral("某县民政局"),
                                              QStringLiteral("--join-rows") },
                                            QStringLiteral("en"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("joined"), r.out.constData());
        QVERIFY2(!r.err.contains("--join-rows"), r.err.constData());
        QString error;
        const auto file = CatalogueFile::open(out, CatalogueFile::OpenMode::ReadOnly, &error);
        QVERIFY2(file, qPrintable(error));
        QList<Item> items = file->items();
        std::sort(items.begin(), items.end(), [](const Item &x, const Item &y) { return x.seq < y.seq; });
        checkJoined(items);
    }
};

QTEST_GUILESS_MAIN(TestJoinRows)
#include "tst_import_joinrows.moc"
