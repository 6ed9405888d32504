// The live check's memo (issue 17): after any sequence of edits, a check that re-examines only
// the changed items (Checker::check(items, memo)) gives exactly the findings of a full check -
// duplicates, numbers used twice, the standard's coverage, columns no row fills, 五公开 included.
// Seeded random edits, every step compared.
#include "TestData.h"
#include "check/CheckMemo.h"
#include "check/Checker.h"
#include "standard/StandardLibrary.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace gkml;

namespace {

QList<Item> catalogue(const Standard &standard, int n)
{
    QList<Item> items;
    const QList<StandardItem> &base = standard.items();
    for (int i = 0; i < n; ++i) {
        const StandardItem &s = base.at(i % base.size());
        Item it;
        it.id = i + 1;
        it.domain = s.domain;
        it.seq = i + 1;
        it.level1 = s.level1;
        it.level2 = i < base.size() ? s.level2 : QStringLiteral("%1（第%2项）").arg(s.level2).arg(i + 1);
        it.content = s.content.join(QLatin1Char('\n'));
        it.basis = s.basis;
        it.deadline = s.deadline;
        it.owner = s.owner;
        it.channels = s.channels;
        it.audience = s.audience;
        it.method = s.method;
        it.level = s.level;
        it.department = QStringLiteral("社会救助股");
        if (i % 5 == 0)
            it.stages = { QStringLiteral("决策") };
        items.append(it);
    }
    return items;
}

// One random edit of the kinds a clerk makes, biased towards those that touch other items.
void edit(QList<Item> &items, QRandomGenerator &rng, qint64 *nextId)
{
    const int row = int(rng.bounded(items.size()));
    const Item &other = items.at(int(rng.bounded(items.size())));
    Item &it = items[row];
    switch (rng.bounded(16)) {
    case 0: it.level2 = other.level2; break; // may duplicate another item
    case 1:
        it.level1 = other.level1;
        it.level2 = other.level2;
        it.content = other.content;
        it.domain = other.domain;
        break; // a duplicate, or a duplicate removed when edited again
    case 2: it.seq = other.seq; break; // a number used twice
    case 3: it.deadline = QStringLiteral("信息形成之日起%1个工作日内").arg(rng.bounded(5, 40)); break;
    case 4: it.deadline.clear(); break;
    case 5: it.basis = rng.bounded(2) ? QString() : QStringLiteral("《条例》"); break;
    case 6:
        it.channels = rng.bounded(2) ? QStringList() : QStringList { QStringLiteral("政府服务中心") };
        break;
    case 7: it.withheld = !it.withheld; break;
    case 8: it.withheldBasis = rng.bounded(2) ? QString() : QStringLiteral("《条例》第十四条"); break;
    case 9: it.domain = rng.bounded(2) ? QStringLiteral("社会事务") : other.domain; break;
    case 10: it.level2 = QStringLiteral("本地事项%1").arg(rng.bounded(1000)); break;
    case 11: it.stages = rng.bounded(2) ? QStringList() : QStringList { QStringLiteral("结果") }; break;
    case 12: it.content = QStringLiteral("同上"); break;
    case 13: { // a new item
        Item added = other;
        added.id = (*nextId)++;
        items.insert(int(rng.bounded(items.size() + 1)), added);
        break;
    }
    case 14:
        if (items.size() > 2)
            items.removeAt(row);
        break;
    case 15: // clear a column in every item of a domain: the column-missing findings change
        for (Item &x : items) {
            if (x.domain == it.domain)
                x.department.clear();
        }
        break;
    }
}

} // namespace

class TestIncrementalCheck : public QObject
{
    Q_OBJECT
private slots:
    void equalsFullCheckAfterRandomEdits_data()
    {
        gkml::test::addColumns<quint32, bool>({ "seed", "withStandard" });
        for (quint32 seed : { 1u, 17u, 2026u, 88877u })
            for (bool withStandard : { true, false })
                QTest::addRow("seed %u %s", seed, withStandard ? "standard" : "no standard")
                        << seed << withStandard;
    }
    void equalsFullCheckAfterRandomEdits()
    {
        QFETCH(quint32, seed);
        QFETCH(bool, withStandard);
        StandardLibrary library { QStringList() };
        const Standard *standard = library.find(QStringLiteral("mca-2019"), nullptr);
        QVERIFY(standard);
        const Checker checker(withStandard ? standard : nullptr);
        QList<Item> items = catalogue(*standard, 300);
        qint64 nextId = 10000;
        QRandomGenerator rng(seed);
        CheckMemo memo;
        QCOMPARE(checker.check(items, &memo), checker.check(items));
        QCOMPARE(memo.lastExamined(), int(items.size()));
        int replayed = 0;
        for (int step = 0; step < 250; ++step) {
            const int edits = 1 + int(rng.bounded(3));
            for (int e = 0; e < edits; ++e)
                edit(items, rng, &nextId);
            const QList<Finding> incremental = checker.check(items, &memo);
            const QList<Finding> full = checker.check(items);
            if (incremental != full) {
                for (int i = 0; i < qMax(incremental.size(), full.size()); ++i) {
                    const Finding a = incremental.value(i), b = full.value(i);
                    if (!(a == b))
                        qWarning("step %d, finding %d: incremental %s %lld %s / full %s %lld %s", step, i,
                                 qPrintable(a.code), a.item, qPrintable(a.message), qPrintable(b.code),
                                 b.item, qPrintable(b.message));
                }
                QFAIL(qPrintable(QStringLiteral("step %1 differs").arg(step)));
            }
            if (memo.lastExamined() <= edits + 1)
                ++replayed;
        }
        // Most steps re-examine only the edited items (not the steps that change a whole column).
        QVERIFY2(replayed > 150, qPrintable(QString::number(replayed)));
    }
    void standardChangeStartsAfresh()
    {
        StandardLibrary library { QStringList() };
        const Standard *standard = library.find(QStringLiteral("mca-2019"), nullptr);
        QVERIFY(standard);
        const QList<Item> items = catalogue(*standard, 50);
        CheckMemo memo;
        Checker(nullptr).check(items, &memo);
        QCOMPARE(Checker(standard).check(items, &memo), Checker(standard).check(items));
        QCOMPARE(memo.lastExamined(), 50);
        Checker(standard).check(items, &memo);
        QCOMPARE(memo.lastExamined(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIncrementalCheck)
#include "tst_incremental_check.moc"
