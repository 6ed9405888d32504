// The large-import path (issue 13, point 6): cells pooled while a csv is parsed, grids moved into
// the mapper (each row freed once mapped), rows joined in place, items inserted binding only the
// columns they fill and encoding each shared set once, under a smaller page cache for a large
// batch. Each is checked for what it must keep: the same items, every field, as before.
#include "catalogue/CatalogueFile.h"
#include "exchange/CsvReader.h"
#include "exchange/Importer.h"
#include "exchange/TemplateMapper.h"
#include "template/RowJoiner.h"
#include "util/StringPool.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gkml;

namespace {

QByteArray catalogueCsv(int rows)
{
    QByteArray csv
            = "领域,序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,"
              "公开方式,公开层级,备注\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        csv += "社会救助," + n + ",最低生活保障,审核信息" + n + ",\"名单\n金额\",《社会救助暂行办法》,"
                + "10个工作日内,县民政局,政府网站、政务服务中心,全社会," + (i % 2 ? "依申请" : "主动")
                + ",县级、乡级," + (i % 3 == 0 ? "第" + n + "行" : QByteArray()) + "\n";
    }
    return csv;
}

} // namespace

class TestImportMemory : public QObject
{
    Q_OBJECT
private slots:
    void poolSharesEqualTexts()
    {
        StringPool pool;
        const QString text = QStringLiteral("县级人民政府民政部门,其他");
        const QString a = pool.get(QStringView(text).left(10));
        const QString b = pool.get(QStringView(text).left(10));
        QCOMPARE(a, QStringLiteral("县级人民政府民政部门"));
        QCOMPARE(a.constData(), b.constData()); // one allocation for both
        QVERIFY(pool.get(QStringView()).isEmpty());
        QVERIFY(pool.get(QStringView(text).left(2)).constData() != a.constData());
    }

    void poolStopsGrowingAtCapacity()
    {
        StringPool pool(2);
        const QString a = pool.get(u"一");
        const QString b = pool.get(u"二");
        const QString c1 = pool.get(u"三"); // beyond capacity: a fresh copy each time, still equal
        const QString c2 = pool.get(u"三");
        QCOMPARE(c1, c2);
        QVERIFY(c1.constData() != c2.constData());
        QCOMPARE(pool.get(u"一").constData(), a.constData()); // earlier texts still shared
        QCOMPARE(pool.get(u"二").constData(), b.constData());
    }

    void poolGivesUpOnTextsThatNeverRepeat()
    {
        StringPool names;
        StringPool owners;
        for (int i = 0; i < 600; ++i) {
            const QString name = QStringLiteral("审核信息%1").arg(i);
            QCOMPARE(names.get(name), name);
            QCOMPARE(owners.get(i % 3 ? u"县民政局" : u"乡镇人民政府"),
                     i % 3 ? QStringLiteral("县民政局") : QStringLiteral("乡镇人民政府"));
        }
        QVERIFY(!names.isPooling()); // 512 lookups, none found
        QVERIFY(owners.isPooling());
        QCOMPARE(names.get(u"审核信息1"), QStringLiteral("审核信息1")); // still right, only not shared
        QCOMPARE(owners.get(u"县民政局").constData(), owners.get(u"县民政局").constData());
    }

    void csvCellsAreSharedAcrossRows()
    {
        const TableGrid g = CsvReader::parse(QString::fromUtf8(catalogueCsv(4)));
        QCOMPARE(g.rows.size(), 5);
        // 公开主体 (column 7) is the same text on every row: one string.
        QCOMPARE(g.rows.at(1).at(7), QStringLiteral("县民政局"));
        QCOMPARE(g.rows.at(4).at(7).constData(), g.rows.at(1).at(7).constData());
        // 公开方式 alternates: shared through the pool, not only with the row above.
        QCOMPARE(g.rows.at(3).at(10), QStringLiteral("主动"));
        QCOMPARE(g.rows.at(3).at(10).constData(), g.rows.at(1).at(10).constData());
        // Quoted cells with a line break are pooled too; unique names stay themselves.
        QCOMPARE(g.rows.at(2).at(4), QStringLiteral("名单\n金额"));
        QCOMPARE(g.rows.at(2).at(4).constData(), g.rows.at(1).at(4).constData());
        QCOMPARE(g.rows.at(2).at(3), QStringLiteral("审核信息2"));
        QCOMPARE(g.rows.at(4).at(12), QStringLiteral("第4行"));
        QVERIFY(g.rows.at(3).at(12).isEmpty());
    }

    void movedGridsMapAsCopiedGrids()
    {
        const TableGrid g = CsvReader::parse(QString::fromUtf8(catalogueCsv(50)));
        const ImportResult copied = TemplateMapper::map({ g }, {});
        QList<TableGrid> grids;
        grids.append(CsvReader::parse(QString::fromUtf8(catalogueCsv(50))));
        const ImportResult moved = TemplateMapper::map(std::move(grids), {});
        QVERIFY2(copied.ok(), qPrintable(copied.error));
        QCOMPARE(moved.items.size(), 50);
        QCOMPARE(moved.items, copied.items);
        QCOMPARE(moved.warnings, copied.warnings);
        // The source of the copy is untouched by the mapper freeing its rows.
        QCOMPARE(g.rows.size(), 51);
        QCOMPARE(g.rows.at(50).at(3), QStringLiteral("审核信息50"));
        const Item &i7 = moved.items.at(6);
        QCOMPARE(i7.seq, 7);
        QCOMPARE(i7.level2, QStringLiteral("审核信息7"));
        QCOMPARE(i7.content, QStringLiteral("名单\n金额"));
        QCOMPARE(i7.channels, (QStringList { QStringLiteral("政府网站"), QStringLiteral("政务服务中心") }));
        QCOMPARE(i7.method, QStringList { QStringLiteral("主动") });
        QCOMPARE(i7.level, (QStringList { QStringLiteral("县级"), QStringLiteral("乡级") }));
        QCOMPARE(i7.note, QStringLiteral("第7行"));
        QCOMPARE(moved.items.at(7).method, QStringList { QStringLiteral("依申请") });
    }

    void joinSplitRowsInPlace()
    {
        Item a;
        a.domain = QStringLiteral("社会救助");
        a.level1 = QStringLiteral("特困人员救助供养");
        a.content = QStringLiteral("认定结果");
        a.deadline = QStringLiteral("20个工作日内");
        a.audience = { QStringLiteral("全社会") };
        Item a2 = a; // the same item's second table row: another deadline and audience
        a2.deadline = QStringLiteral("公示期满后5个工作日内");
        a2.audience = { QStringLiteral("特定群体") };
        Item b = a;
        b.level1 = QStringLiteral("临时救助");
        Item b2 = b;
        b2.deadline = QStringLiteral("每季度");
        Item c = a;
        c.level1 = QStringLiteral("最低生活保障");
        QList<Item> items { a, a2, b, b2, b2, c };
        const QStringList warnings = RowJoiner::joinSplitRows(items);
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).level1, QStringLiteral("特困人员救助供养"));
        QCOMPARE(items.at(0).deadline, QStringLiteral("20个工作日内\n公示期满后5个工作日内"));
        QCOMPARE(items.at(0).audience,
                 (QStringList { QStringLiteral("全社会"), QStringLiteral("特定群体") }));
        QCOMPARE(items.at(1).level1, QStringLiteral("临时救助"));
        QCOMPARE(items.at(1).deadline, QStringLiteral("20个工作日内\n每季度"));
        QCOMPARE(items.at(2).level1, QStringLiteral("最低生活保障"));
        QCOMPARE(items.at(2).deadline, QStringLiteral("20个工作日内"));
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings.at(1).contains(QStringLiteral("临时救助")));
        QVERIFY(warnings.at(1).contains(QStringLiteral("3")));
    }

    void insertBindsOnlyFilledColumns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.gkml"));
        QString error;
        {
            std::unique_ptr<CatalogueFile> file = CatalogueFile::create(
                    path, CatalogueInfo::withUnit(QStringLiteral("某县民政局")), &error);
            QVERIFY2(file, qPrintable(error));
            // Only names: every other column takes its default.
            Item bare;
            bare.domain = QStringLiteral("社会救助");
            bare.level1 = QStringLiteral("最低生活保障");
            QList<Item> first { bare };
            QVERIFY(file->applyBatch({}, first, {}, QStringLiteral("a.csv"), false));
            QVERIFY(first.at(0).id > 0);
            // Then a batch in which one item fills what the other leaves empty.
            Item full = bare;
            full.seq = 9;
            full.level2 = QStringLiteral("审核信息");
            full.stages = { QStringLiteral("结果") };
            full.withheld = true;
            full.withheldBasis = QStringLiteral("《条例》第十五条");
            Item partial = bare;
            partial.note = QStringLiteral("备注");
            QList<Item> second { full, partial };
            QVERIFY(file->applyBatch({}, second, {}, QStringLiteral("b.csv"), false));
            const QList<Item> back = file->items();
            QCOMPARE(back.size(), 3);
            Item expected = bare;
            expected.id = first.at(0).id;
            QCOMPARE(back.at(0), expected);
            full.id = second.at(0).id;
            partial.id = second.at(1).id;
            QVERIFY(back.contains(full));
            QVERIFY(back.contains(partial));
        }
        // Stored as '' and 0, not NULL (NOT NULL columns take their defaults).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM item WHERE note IS NULL OR stages IS NULL OR "
                                          "withheld IS NULL OR level3 <> ''")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    void largeBatchRoundTripsEveryField()
    {
        // 12,000 rows: above the size at which the batch is written under the smaller page cache.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("big.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(catalogueCsv(12000));
        }
        ImportOptions options;
        options.domain = QStringLiteral("社会救助");
        ImportResult r = Importer::read(csv, options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.items.size(), 12000);
        const QList<Item> read = r.items;
        const QString path = dir.filePath(QStringLiteral("big.gkml"));
        QString error;
        std::unique_ptr<CatalogueFile> file
                = CatalogueFile::create(path, CatalogueInfo::withUnit(QStringLiteral("某县民政局")), &error);
        QVERIFY2(file, qPrintable(error));
        QList<Item> items = std::move(r.items);
        QVERIFY(file->applyBatch({}, items, {}, QStringLiteral("big.csv"), false));
        file.reset();
        file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QList<Item> back = file->items();
        QCOMPARE(back.size(), read.size());
        for (int i = 0; i < read.size(); i += 997) {
            Item want = read.at(i);
            want.id = back.at(i).id;
            QCOMPARE(back.at(i), want);
        }
        QCOMPARE(back.last().seq, 12000);
        QVERIFY(back.last().note.isEmpty());
        QCOMPARE(back.at(11997).note, QStringLiteral("第11998行"));
    }
};

QTEST_GUILESS_MAIN(TestImportMemory)
#include "tst_import_memory.moc"
