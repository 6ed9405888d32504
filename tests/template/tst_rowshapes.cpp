// How real tables draw items (issue 19): one table of several areas, one item over two table
// rows, a name broken over two lines.
#include "template/ManyAreaTable.h"
#include "template/RowJoiner.h"

#include <QTest>

using namespace gkml;

namespace {

Item row(const QString &level1, const QString &level2, const QString &content,
         const QString &deadline = QStringLiteral("20个工作日内"))
{
    Item it;
    it.level1 = level1;
    it.level2 = level2;
    it.content = content;
    it.basis = QStringLiteral("《条例》");
    it.deadline = deadline;
    it.owner = QStringLiteral("县民政局");
    it.audience = { QStringLiteral("全社会") };
    it.method = { QStringLiteral("主动") };
    it.level = { QStringLiteral("县级") };
    return it;
}

} // namespace

class TestRowShapes : public QObject
{
    Q_OBJECT
private slots:
    void manyAreasShift()
    {
        ManyAreaTable table;
        QList<Item> rows
                = { row(QStringLiteral("社会救助"), QStringLiteral("最低生活保障"), QStringLiteral("政策")),
                    row(QStringLiteral("社会救助"), QStringLiteral("最低生活保障"), QStringLiteral("名单")),
                    row(QStringLiteral("生态环境"), QStringLiteral("环境影响评价"), QStringLiteral("批复")),
                    row(QStringLiteral("就业"), QStringLiteral("就业服务"), QStringLiteral("政策")) };
        rows[3].level3 = QStringLiteral("职业介绍");
        for (Item &it : rows)
            QVERIFY(!table.shift(it).isEmpty());
        QCOMPARE(rows[0].domain, QStringLiteral("社会救助"));
        QCOMPARE(rows[0].level1, QStringLiteral("最低生活保障"));
        QVERIFY(rows[0].level2.isEmpty());
        QCOMPARE(rows[2].domain, QStringLiteral("环境保护")); // the variant's canonical area
        QCOMPARE(rows[2].level1, QStringLiteral("环境影响评价"));
        QCOMPARE(rows[3].level1, QStringLiteral("就业服务"));
        QCOMPARE(rows[3].level2, QStringLiteral("职业介绍"));
        QVERIFY(rows[3].level3.isEmpty());
        QVERIFY(table.recognised());
        const QString summary = table.summary();
        QVERIFY2(summary.contains(QStringLiteral("社会救助")) && summary.contains(QStringLiteral("2")),
                 qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("环境保护")));
    }

    void aRowWithADomainIsNotShifted()
    {
        ManyAreaTable table;
        Item it = row(QStringLiteral("社会救助"), QStringLiteral("最低生活保障"), QStringLiteral("政策"));
        it.domain = QStringLiteral("社会救助");
        QVERIFY(table.shift(it).isEmpty());
        QCOMPARE(it.level1, QStringLiteral("社会救助"));
        QVERIFY(!table.recognised());
        QVERIFY(table.summary().isEmpty());
    }

    void ordinaryLevelOneIsNotAnArea()
    {
        ManyAreaTable table;
        for (const char *name : { "最低生活保障", "养老服务通用政策", "综合业务", "临时救助" }) {
            Item it = row(QString::fromUtf8(name), QStringLiteral("办事指南"), QStringLiteral("x"));
            QVERIFY2(table.shift(it).isEmpty(), name);
            QCOMPARE(it.level1, QString::fromUtf8(name));
        }
    }

    void brokenNamesJoin()
    {
        Item it = row(QStringLiteral("公共法律\n服务"), QStringLiteral("法律\r\n援助 "),
                      QStringLiteral("第一行\n第二行"));
        RowJoiner::joinBrokenNames(it);
        QCOMPARE(it.level1, QStringLiteral("公共法律服务"));
        QCOMPARE(it.level2, QStringLiteral("法律援助"));
        QCOMPARE(it.content, QStringLiteral("第一行\n第二行")); // content keeps its lines
    }

    void splitRowIsOneItem()
    {
        QList<Item> rows
                = { row(QStringLiteral("最低生活保障"), QStringLiteral("审批信息"), QStringLiteral("名单")),
                    row(QStringLiteral("最低生活保障"), QStringLiteral("审批信息"), QStringLiteral("名单"),
                        QStringLiteral("公示7个工作日")),
                    row(QStringLiteral("临时救助"), QStringLiteral("办事指南"), QStringLiteral("指南")) };
        rows[1].audience = { QStringLiteral("特定群体") };
        const QStringList warnings = RowJoiner::joinSplitRows(rows);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].deadline, QStringLiteral("20个工作日内\n公示7个工作日"));
        QCOMPARE(rows[0].audience, (QStringList { QStringLiteral("全社会"), QStringLiteral("特定群体") }));
        QCOMPARE(rows[1].level1, QStringLiteral("临时救助"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QStringLiteral("审批信息")));
    }

    void contentRowsStayApart()
    {
        QList<Item> rows
                = { row(QStringLiteral("最低生活保障"), QStringLiteral("审批信息"), QStringLiteral("名单")),
                    row(QStringLiteral("最低生活保障"), QStringLiteral("审批信息"), QStringLiteral("资金"),
                        QStringLiteral("每季度")) };
        QVERIFY(RowJoiner::joinSplitRows(rows).isEmpty());
        QCOMPARE(rows.size(), 2);
    }

    void exactRepeatIsLeftForTheChecker()
    {
        QList<Item> rows
                = { row(QStringLiteral("临时救助"), QStringLiteral("办事指南"), QStringLiteral("指南")),
                    row(QStringLiteral("临时救助"), QStringLiteral("办事指南"), QStringLiteral("指南")) };
        QVERIFY(RowJoiner::joinSplitRows(rows).isEmpty());
        QCOMPARE(rows.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRowShapes)
#include "tst_rowshapes.moc"
