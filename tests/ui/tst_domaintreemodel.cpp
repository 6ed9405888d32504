// DomainTreeModel: All items › domains › 一级事项 with counts; a count change keeps the rows
// (the view keeps its selection), a new name resets; indexOf finds a scope by name.
#include "UiTestSupport.h"
#include "models/DomainTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace gkml;
using namespace gkml::test;

namespace {
// The GUI tests' five items without 养老机构备案: 社会救助 3 (最低生活保障 2, 临时救助 1), 养老服务 1.
QList<Item> sample()
{
    QList<Item> items = fiveItems();
    items.removeAt(3);
    return items;
}
} // namespace

class TestDomainTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void structureAndCounts()
    {
        DomainTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setItems(sample());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex all = model.index(0, 0);
        QVERIFY(all.data(DomainTreeModel::IsAllRole).toBool());
        QCOMPARE(all.data(DomainTreeModel::CountRole).toInt(), 4);
        QCOMPARE(model.rowCount(all), 2);
        const QModelIndex relief = model.index(0, 0, all);
        QCOMPARE(relief.data(DomainTreeModel::DomainRole).toString(), QStringLiteral("社会救助"));
        QCOMPARE(relief.data().toString(), QStringLiteral("社会救助 (3)"));
        QCOMPARE(model.rowCount(relief), 2);
        const QModelIndex dibao = model.index(0, 0, relief);
        QCOMPARE(dibao.data(DomainTreeModel::Level1Role).toString(), QStringLiteral("最低生活保障"));
        QCOMPARE(dibao.data(DomainTreeModel::DomainRole).toString(), QStringLiteral("社会救助"));
        QCOMPARE(dibao.data(DomainTreeModel::CountRole).toInt(), 2);
        QCOMPARE(dibao.parent(), relief);
        QCOMPARE(relief.parent(), all);
        QCOMPARE(model.indexOf(QStringLiteral("社会救助"), QStringLiteral("临时救助")),
                 model.index(1, 0, relief));
        QCOMPARE(model.indexOf(QStringLiteral("养老服务")), model.index(1, 0, all));
        QCOMPARE(model.indexOf({}), all);
        QVERIFY(!model.indexOf(QStringLiteral("不存在")).isValid());
    }

    void countChangeKeepsRowsNewNameResets()
    {
        DomainTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Item> items = sample();
        model.setItems(items);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        items << makeItem(QStringLiteral("社会救助"), QStringLiteral("临时救助"), QStringLiteral("政策文件"));
        model.setItems(items);
        QCOMPARE(resets.count(), 0);
        QVERIFY(changes.count() > 0);
        QCOMPARE(model.indexOf(QStringLiteral("社会救助"), QStringLiteral("临时救助"))
                         .data(DomainTreeModel::CountRole)
                         .toInt(),
                 2);
        items << makeItem(QStringLiteral("社会救助"), QStringLiteral("特困人员救助供养"),
                          QStringLiteral("政策文件"));
        model.setItems(items);
        QCOMPARE(resets.count(), 1);
        QVERIFY(model.indexOf(QStringLiteral("社会救助"), QStringLiteral("特困人员救助供养")).isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void emptyNamesAreLabelled()
    {
        DomainTreeModel model;
        model.setItems({ makeItem(QString(), QString(), QStringLiteral("x")) });
        const QModelIndex d = model.index(0, 0, model.index(0, 0));
        QVERIFY(d.data().toString().startsWith(DomainTreeModel::tr("(no domain)")));
        QVERIFY(model.index(0, 0, d).data().toString().startsWith(DomainTreeModel::tr("(no level-1 item)")));
    }
};

QTEST_MAIN(TestDomainTreeModel)
#include "tst_domaintreemodel.moc"
