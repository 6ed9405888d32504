// Township catalogues derived from the county items (level aliases, 公开主体 resolution, own
// additions kept apart, county changes propagating), the township store and list reader, and the
// 五公开 coverage (rule, data, sheet).
#include "TestCatalogue.h"
#include "TestFiles.h"
#include "catalogue/TownshipStore.h"
#include "check/Checker.h"
#include "check/StagesCoverage.h"
#include "check/StagesRule.h"
#include "print/CoverageSheet.h"
#include "standard/StandardLibrary.h"
#include "township/TownshipCatalogue.h"
#include "township/TownshipList.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gkml;
using namespace gkml::test;

namespace {

Item countyItem(qint64 id, const QStringList &level,
                const QString &owner = QStringLiteral("乡镇人民政府(街道办事处)"))
{
    Item it;
    it.id = id;
    it.domain = QStringLiteral("社会救助");
    it.level1 = QStringLiteral("最低生活保障");
    it.level2 = QStringLiteral("事项%1").arg(id);
    it.owner = owner;
    it.level = level;
    it.department = QStringLiteral("乡镇民政办");
    return it;
}

const Vocabulary *mcaLevels()
{
    QString error;
    const Standard *s = StandardLibrary::instance().find(QStringLiteral("mca-2019"), &error);
    if (!s)
        qFatal("mca-2019 missing: %s", qPrintable(error));
    return s->vocabulary(Field::Level);
}

} // namespace

class TestTownship : public QObject
{
    Q_OBJECT
private slots:
    void levelAliasesFromTheStandard()
    {
        const Township town { 1, QStringLiteral("城厢镇"), {}, {} };
        const QList<Item> county = {
            countyItem(1, { QStringLiteral("乡级") }),
            countyItem(2, { QStringLiteral("镇级") }),
            countyItem(3, { QStringLiteral("乡、村级") }),
            countyItem(4, { QStringLiteral("镇、村级") }),
            countyItem(5, { QStringLiteral("乡镇级") }),
            countyItem(6, { QStringLiteral("村级") }),
            countyItem(7, { QStringLiteral("街道级") }),
            countyItem(8, { QStringLiteral("县级") }),
            countyItem(9, { QStringLiteral("县区级") }),
            countyItem(10, {}),
            countyItem(11, { QStringLiteral("县级"), QStringLiteral("镇级") }),
        };
        for (const Vocabulary *levels : { mcaLevels(), static_cast<const Vocabulary *>(nullptr) }) {
            const TownshipCatalogue::View view = TownshipCatalogue(town, levels).derive(county, {});
            QList<qint64> ids;
            for (const Item &it : view.items)
                ids.append(it.id);
            QCOMPARE(ids, (QList<qint64> { 1, 2, 3, 4, 5, 6, 7, 11 }));
            QCOMPARE(view.derivedCount, 8);
        }
        // The standard's aliases are what decides: an alias only it knows counts too.
        Vocabulary custom(Field::Level, { QStringLiteral("县级"), QStringLiteral("乡级") }, QString(),
                          { { QStringLiteral("基层"), QStringLiteral("乡级") } }, {}, QString());
        QVERIFY(TownshipCatalogue(town, &custom).servesTownship(countyItem(1, { QStringLiteral("基层") })));
        QVERIFY(!TownshipCatalogue(town, nullptr).servesTownship(countyItem(1, { QStringLiteral("基层") })));
    }

    void ownerResolvedForTownAndStreet()
    {
        const TownshipCatalogue town(Township { 1, QStringLiteral("城厢镇"), {}, {} }, mcaLevels());
        QCOMPARE(town.resolve(QStringLiteral("乡镇人民政府(街道办事处)")), QStringLiteral("城厢镇人民政府"));
        QCOMPARE(town.resolve(QStringLiteral("乡镇人民政府（街道办事处）")),
                 QStringLiteral("城厢镇人民政府"));
        QCOMPARE(town.resolve(QStringLiteral("县级人民政府民政部门、乡镇人民政府(街道办事处)")),
                 QStringLiteral("县级人民政府民政部门、城厢镇人民政府"));
        QCOMPARE(town.resolve(QStringLiteral("乡镇民政办")), QStringLiteral("城厢镇民政办"));
        QCOMPARE(town.resolve(QStringLiteral("县级人民政府民政部门")),
                 QStringLiteral("县级人民政府民政部门"));

        const TownshipCatalogue street(
                Township { 2, QStringLiteral("凤城街道"), QStringLiteral("凤城街道社会事务办"), {} },
                mcaLevels());
        QCOMPARE(street.resolve(QStringLiteral("乡镇人民政府(街道办事处)")),
                 QStringLiteral("凤城街道办事处"));
        QCOMPARE(street.resolve(QStringLiteral("街道办事处")), QStringLiteral("凤城街道办事处"));
        // The recorded office is the one responsible.
        QCOMPARE(street.resolve(QStringLiteral("乡镇民政办")), QStringLiteral("凤城街道社会事务办"));

        const TownshipCatalogue::View view = town.derive({ countyItem(1, { QStringLiteral("乡级") }) }, {});
        QCOMPARE(view.items.first().owner, QStringLiteral("城厢镇人民政府"));
        QCOMPARE(view.items.first().department, QStringLiteral("城厢镇民政办"));
        QCOMPARE(town.info(CatalogueInfo::withUnit(QStringLiteral("安溪县民政局"))).unit,
                 QStringLiteral("城厢镇人民政府"));
    }

    void withheldNeverDerived()
    {
        Item secret = countyItem(1, { QStringLiteral("乡级") });
        secret.withheld = true;
        Item ownSecret = countyItem(100, { QStringLiteral("乡级") });
        ownSecret.withheld = true;
        const TownshipCatalogue::View view
                = TownshipCatalogue(Township { 1, QStringLiteral("城厢镇"), {}, {} }, nullptr)
                          .derive({ secret, countyItem(2, { QStringLiteral("乡级") }) }, { ownSecret });
        QCOMPARE(view.items.size(), 1);
        QCOMPARE(view.items.first().id, 2);
    }

    void additionsKeptApart()
    {
        auto file = makeFixtureCatalogue(path(QStringLiteral("additions.gkml")));
        const int countyCount = file->itemCount();
        TownshipStore store(*file);
        int added = 0;
        QVERIFY2(store.add(
                         { { 0, QStringLiteral("城厢镇"), {}, {} }, { 0, QStringLiteral("湖头镇"), {}, {} } },
                         &added),
                 qPrintable(store.errorString()));
        QCOMPARE(added, 2);
        const Township chengxiang = *store.find(QStringLiteral("城厢镇"));
        const Township hutou = *store.find(QStringLiteral("湖头镇"));

        Item own = countyItem(0, { QStringLiteral("乡级") }, QStringLiteral("城厢镇人民政府"));
        own.level2 = QStringLiteral("城厢镇村级公益事业一事一议");
        own.content = QStringLiteral("议题、筹资筹劳方案");
        const qint64 ownId = store.addItem(chengxiang.id, own);
        QVERIFY2(ownId > 0, qPrintable(store.errorString()));

        // The county catalogue never sees the addition.
        QCOMPARE(file->itemCount(), countyCount);
        for (const Item &it : file->items())
            QVERIFY(it.level2 != own.level2);

        const TownshipCatalogue::View mine = TownshipCatalogue::load(*file, chengxiang);
        const TownshipCatalogue::View theirs = TownshipCatalogue::load(*file, hutou);
        QCOMPARE(mine.additionCount(), 1);
        QCOMPARE(mine.items.last().level2, own.level2);
        QCOMPARE(mine.items.last().content, own.content);
        QCOMPARE(mine.derivedCount, theirs.derivedCount);
        QCOMPARE(theirs.additionCount(), 0);
        // 17 county items of the fixture serve 乡级, one of them withheld.
        QCOMPARE(mine.derivedCount, 16);

        // Removing the township removes its additions.
        QVERIFY(store.remove(chengxiang.id));
        QSqlQuery q(file->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM township_item")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void countyChangePropagates()
    {
        auto file = makeFixtureCatalogue(path(QStringLiteral("propagate.gkml")));
        TownshipStore store(*file);
        QVERIFY(store.add(
                { { 0, QStringLiteral("城厢镇"), {}, {} }, { 0, QStringLiteral("凤城街道"), {}, {} } }));
        const QList<Township> townships = store.townships();
        QCOMPARE(townships.size(), 2);
        const TownshipCatalogue::View before = TownshipCatalogue::load(*file, townships.first());
        const qint64 id = before.items.first().id;
        QVERIFY(file->setField(id, Field::Content, QStringLiteral("新的公开内容")));
        QVERIFY(file->setField(id, Field::Owner, QStringLiteral("乡镇人民政府(街道办事处)")));
        for (const Township &t : townships) {
            const TownshipCatalogue::View view = TownshipCatalogue::load(*file, t);
            QCOMPARE(view.items.first().id, id);
            QCOMPARE(view.items.first().content, QStringLiteral("新的公开内容"));
            QCOMPARE(view.items.first().owner,
                     TownshipCatalogue(t, nullptr).resolve(QStringLiteral("乡镇人民政府")));
        }
        // Taking 乡级 off a county item takes it off every township's boards.
        QVERIFY(file->setField(id, Field::Level, QStringList { QStringLiteral("县级") }));
        for (const Township &t : townships) {
            const TownshipCatalogue::View view = TownshipCatalogue::load(*file, t);
            QCOMPARE(view.derivedCount, before.derivedCount - 1);
            for (const Item &it : view.items)
                QVERIFY(it.id != id);
        }
    }

    void storeRefusesBadNamesAndLeavesFileUntouched()
    {
        const QString p = path(QStringLiteral("bad.gkml"));
        {
            auto file = makeFixtureCatalogue(p);
            TownshipStore store(*file);
            QVERIFY(store.add({ { 0, QStringLiteral("城厢镇"), {}, {} } }));
        }
        const QByteArray before = sha256Hex(p);
        {
            QString error;
            auto file = CatalogueFile::open(p, CatalogueFile::OpenMode::ReadWrite, &error);
            QVERIFY(file);
            TownshipStore store(*file);
            // One bad name refuses the whole list.
            QVERIFY(!store.add(
                    { { 0, QStringLiteral("湖头镇"), {}, {} }, { 0, QStringLiteral("城/厢"), {}, {} } }));
            QVERIFY(!store.errorString().isEmpty());
            QVERIFY(!store.add({ { 0, QStringLiteral("   "), {}, {} } }));
            QVERIFY(!store.add({ { 0, QString(40, QChar(u'镇')), {}, {} } }));
            QCOMPARE(store.townships().size(), 1);
        }
        QCOMPARE(sha256Hex(p), before);
    }

    void replaceAllInOneTransaction()
    {
        const QString p = path(QStringLiteral("replace.gkml"));
        auto file = makeFixtureCatalogue(p);
        TownshipStore store(*file);
        QVERIFY(store.add({ { 0, QStringLiteral("城厢镇"), {}, {} },
                            { 0, QStringLiteral("湖头镇"), {}, {} },
                            { 0, QStringLiteral("官桥镇"), {}, {} } }));
        QList<Township> list = store.townships();
        QVERIFY(store.addItem(list.at(2).id, countyItem(0, { QStringLiteral("乡级") })) > 0);
        // Swap two names, drop 官桥镇 (and its addition), add 凤城街道.
        list[0].name = QStringLiteral("湖头镇");
        list[1].name = QStringLiteral("城厢镇");
        list[1].office = QStringLiteral("城厢镇社会事务办");
        list.removeAt(2);
        list.append({ 0, QStringLiteral("凤城街道"), {}, {} });
        QVERIFY2(store.replaceAll(list), qPrintable(store.errorString()));
        const QList<Township> after = store.townships();
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.at(0).name, QStringLiteral("湖头镇"));
        QCOMPARE(after.at(1).name, QStringLiteral("城厢镇"));
        QCOMPARE(after.at(1).office, QStringLiteral("城厢镇社会事务办"));
        QCOMPARE(after.at(2).name, QStringLiteral("凤城街道"));
        QSqlQuery q(file->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM township_item")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        // A duplicate or a bad name refuses all of it.
        file.reset();
        const QByteArray before = sha256Hex(p);
        {
            QString error;
            auto again = CatalogueFile::open(p, CatalogueFile::OpenMode::ReadWrite, &error);
            TownshipStore s2(*again);
            QList<Township> bad = s2.townships();
            bad.append({ 0, QStringLiteral("湖头镇"), {}, {} });
            QVERIFY(!s2.replaceAll(bad));
            bad.removeLast();
            bad[0].name = QStringLiteral("湖头:镇");
            QVERIFY(!s2.replaceAll(bad));
            QCOMPARE(s2.townships().size(), 3);
        }
        QCOMPARE(sha256Hex(p), before);
    }

    void listFromPastedTextAndGrid()
    {
        TownshipList::Result r = TownshipList::fromText(QStringLiteral(
                "名称\t负责科室\t联系电话\n城厢镇\t城厢镇民政办\t23200001\n凤城街道\t\t\n\n城厢镇\n"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.townships.size(), 2);
        QCOMPARE(r.townships.at(0).office, QStringLiteral("城厢镇民政办"));
        QCOMPARE(r.townships.at(0).contact, QStringLiteral("23200001"));
        QCOMPARE(r.townships.at(1).name, QStringLiteral("凤城街道"));

        r = TownshipList::fromText(QStringLiteral("城厢镇\n湖头镇\n官桥镇"));
        QCOMPARE(r.townships.size(), 3);

        TableGrid grid;
        grid.rows = { { QStringLiteral("安溪县乡镇（街道）名单") },
                      { QStringLiteral("序号"), QStringLiteral("乡镇（街道）"), QStringLiteral("联系电话") },
                      { QStringLiteral("1"), QStringLiteral("城厢镇"), QStringLiteral("23200001") } };
        r = TownshipList::fromGrid(grid);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.townships.size(), 1);
        QCOMPARE(r.townships.first().name, QStringLiteral("城厢镇"));
        QCOMPARE(r.townships.first().contact, QStringLiteral("23200001"));

        r = TownshipList::fromText(QStringLiteral("\n\n"));
        QVERIFY(!r.error.isEmpty());
        r = TownshipList::fromText(QStringLiteral("城厢镇\n") + QString(50, QChar(u'乡')));
        QVERIFY(r.error.contains(QStringLiteral("2")));
        QVERIFY(r.townships.isEmpty());
    }

    void stagesFindings()
    {
        const QList<Item> items = fixtureItems();
        QList<Item> withIds = items;
        for (int i = 0; i < withIds.size(); ++i)
            withIds[i].id = i + 1;
        withIds[2].stages.clear(); // 社会救助 / 最低生活保障 / 政策法规文件: no stage
        const QList<Finding> findings = Checker(nullptr).check(withIds);
        QStringList missing;
        int itemMissing = 0;
        for (const Finding &f : findings) {
            if (f.code == QLatin1String("stages-missing-in-domain")) {
                QCOMPARE(f.severity, Finding::Severity::Info);
                QCOMPARE(f.item, 0);
                missing.append(f.domain + QLatin1Char('/') + f.message);
            } else if (f.code == QLatin1String("item-stages-missing")) {
                QCOMPARE(f.severity, Finding::Severity::Info);
                QCOMPARE(f.item, 3);
                QCOMPARE(f.field, QStringLiteral("stages"));
                ++itemMissing;
            }
        }
        QCOMPARE(itemMissing, 1);
        // 社会救助 lacks 管理 and 服务; 养老服务 lacks 决策, 管理 and 服务.
        QCOMPARE(missing.size(), 5);
        QVERIFY(missing.at(0).startsWith(QStringLiteral("社会救助/")));
        QVERIFY(missing.at(0).contains(QStringLiteral("管理")));
        QVERIFY(missing.at(4).startsWith(QStringLiteral("养老服务/")));
        QVERIFY(Checker::codes().contains(QStringLiteral("stages-missing-in-domain")));
        QVERIFY(Checker::codes().contains(QStringLiteral("item-stages-missing")));

        // A stage served only by a withheld item is missing (withheld items serve no disclosure).
        QList<Item> two
                = { countyItem(1, { QStringLiteral("乡级") }), countyItem(2, { QStringLiteral("乡级") }) };
        two[0].stages = StagesCoverage::stages().mid(0, 4);
        two[1].stages = { QStringLiteral("结果公开") }; // the standard's alias of 结果
        QList<Finding> out;
        StagesRule::check(two, &out);
        QVERIFY(out.isEmpty());
        two[1].withheld = true;
        StagesRule::check(two, &out);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().code, QStringLiteral("stages-missing-in-domain"));
        QVERIFY(out.first().message.contains(QStringLiteral("结果")));
    }

    void stagesIgnoredWhereUnused()
    {
        // The national template has no 五公开 column: a domain with no stage at all is left alone.
        QList<Finding> out;
        StagesRule::check(
                { countyItem(1, { QStringLiteral("乡级") }), countyItem(2, { QStringLiteral("县级") }) },
                &out);
        QVERIFY(out.isEmpty());
    }

    void coverageJson()
    {
        QList<Item> items = fixtureItems();
        for (int i = 0; i < items.size(); ++i)
            items[i].id = i + 1;
        const QJsonObject o = StagesCoverage::compute(items).toJson();
        const QJsonArray domains = o.value(QStringLiteral("domains")).toArray();
        QCOMPARE(domains.size(), 2);
        const QJsonObject relief = domains.at(0).toObject();
        QCOMPARE(relief.value(QStringLiteral("name")).toString(), QStringLiteral("社会救助"));
        QCOMPARE(relief.value(QStringLiteral("items")).toInt(), 14); // 15 minus the withheld one
        const QJsonObject stages = relief.value(QStringLiteral("stages")).toObject();
        QCOMPARE(stages.value(QStringLiteral("决策")).toInt(), 2);
        QCOMPARE(stages.value(QStringLiteral("执行")).toInt(), 12);
        QCOMPARE(stages.value(QStringLiteral("结果")).toInt(), 14);
        QCOMPARE(relief.value(QStringLiteral("missing")).toArray(),
                 QJsonArray({ QStringLiteral("管理"), QStringLiteral("服务") }));
        QCOMPARE(relief.value(QStringLiteral("withoutStage")).toInt(), 0);
    }

    void coverageSheetPdf()
    {
        QList<Item> items = fixtureItems();
        for (int i = 0; i < items.size(); ++i)
            items[i].id = i + 1;
        SheetOptions options;
        options.date = QDate(2026, 11, 30);
        CoverageSheet sheet(items, CatalogueInfo::withUnit(QStringLiteral("安溪县民政局")), options);
        const QString pdf = path(QStringLiteral("coverage.pdf"));
        QString error;
        QVERIFY2(sheet.writePdf(pdf, &error), qPrintable(error));
        QVERIFY(sheet.pageCount() >= 1);
        QCOMPARE(sheet.itemCount(), 20);
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("安溪县民政局")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("决策")));
        QVERIFY(text.contains(QStringLiteral("审核信息")));
        QVERIFY(!text.contains(QStringLiteral("低保对象家庭财产核查明细"))); // withheld
        QVERIFY(!text.contains(QStringLiteral("内部审批会议纪要"))); // withheld
    }

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

QTEST_MAIN(TestTownship)
#include "tst_township.moc"
