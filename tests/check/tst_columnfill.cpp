// The fix the column-missing finding offers: fill a field for every item that leaves it blank,
// from the standard or with one value; through gkml-cli fill in one transaction, and a bad call
// leaves the file untouched.
#include "TestFiles.h"
#include "TestItems.h"
#include "catalogue/CatalogueFile.h"
#include "check/Checker.h"
#include "check/ColumnFill.h"
#include "standard/StandardLibrary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gkml;

namespace {

using gkml::test::itemWithoutLevel;
using gkml::test::sha256;

// gkml-cli in the default language (Chinese): its exit code, and what it wrote.
int runCli(const QStringList &args, QString *err = nullptr, QString *out = nullptr)
{
    const gkml::test::CliRun r = gkml::test::runCli(args);
    if (err)
        *err = r.errText();
    if (out)
        *out = r.outText();
    return r.exitCode;
}

} // namespace

class TestColumnFill : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_library = std::make_unique<StandardLibrary>(QStringList());
        m_items = { itemWithoutLevel(QStringLiteral("社会救助"), QStringLiteral("最低生活保障"),
                                     QStringLiteral("审批信息")),
                    itemWithoutLevel(QStringLiteral("社会救助"), QStringLiteral("临时救助"), QString()),
                    itemWithoutLevel(QStringLiteral("社会救助"), QStringLiteral("婚丧嫁娶"),
                                     QStringLiteral("本地事项")) };
        for (int i = 0; i < m_items.size(); ++i)
            m_items[i].id = i + 1;
    }

    void fromTheStandard()
    {
        const Standard *s = m_library->forDomains({ QStringLiteral("社会救助") });
        QVERIFY(s);
        const ColumnFill::Plan plan = ColumnFill::fromStandard(m_items, Field::Level, *s);
        QCOMPARE(plan.updates.size(), 2); // the standard row, and the level-1 row under 临时救助
        QCOMPARE(plan.fromStandard, 2);
        QCOMPARE(plan.notInStandard, 1); // the local item stays for the clerk
        const QStringList level = plan.updates.first().changes.first().second.toStringList();
        QVERIFY2(level.contains(QStringLiteral("县级")), qPrintable(level.join(QLatin1Char(','))));
        QVERIFY(ColumnFill::summary(plan, Field::Level).contains(QLatin1String("1")));
    }

    void withOneValue()
    {
        const ColumnFill::Plan plan
                = ColumnFill::withValue(m_items, Field::Level, QStringLiteral("县级、乡级"));
        QCOMPARE(plan.updates.size(), 3);
        QCOMPARE(plan.updates.at(2).changes.first().second.toStringList(),
                 (QStringList { QStringLiteral("县级"), QStringLiteral("乡级") }));
        QVERIFY(ColumnFill::withValue(m_items, Field::Level, QStringLiteral("  ")).updates.isEmpty());
        QVERIFY(!ColumnFill::fillable(Field::Level1));
        QVERIFY(ColumnFill::fillable(Field::Level));
    }

    void withheldAndFilledItemsAreLeftAlone()
    {
        QList<Item> items = m_items;
        items[0].level = { QStringLiteral("乡级") };
        items[1].withheld = true;
        const ColumnFill::Plan plan = ColumnFill::withValue(items, Field::Level, QStringLiteral("县级"));
        QCOMPARE(plan.updates.size(), 1);
        QCOMPARE(plan.updates.first().id, items.at(2).id);
        // Only in the domain asked for.
        QVERIFY(ColumnFill::withValue(m_items, Field::Level, QStringLiteral("县级"),
                                      QStringLiteral("养老服务"))
                        .updates.isEmpty());
    }

    void cliFillsAndTheFindingGoes()
    {
        const QString path = m_dir.filePath(QStringLiteral("fill.gkml"));
        QString error;
        {
            auto file = CatalogueFile::create(path, CatalogueInfo::withUnit(QStringLiteral("某县民政局")),
                                              &error);
            QVERIFY2(file, qPrintable(error));
            QList<Item> items = m_items;
            for (Item &it : items)
                it.id = 0;
            QVERIFY(file->insertItems(items, QStringLiteral("test")));
            const Standard *s = m_library->forDomains(file->domains());
            const QList<Finding> before = Checker(s).check(file->items());
            QVERIFY(std::any_of(before.cbegin(), before.cend(),
                                [](const Finding &f) { return f.code == QLatin1String("column-missing"); }));
        }
        QString err, out;
        QCOMPARE(runCli({ QStringLiteral("fill"), path, QStringLiteral("--field"), QStringLiteral("level"),
                          QStringLiteral("--from-standard") },
                        &err, &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("公开层级")), qPrintable(out + err));
        QCOMPARE(runCli({ QStringLiteral("fill"), path, QStringLiteral("--field"), QStringLiteral("公开层级"),
                          QStringLiteral("--value"), QStringLiteral("县级") },
                        &err, &out),
                 0);
        auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error);
        QVERIFY2(file, qPrintable(error));
        for (const Item &it : file->items())
            QVERIFY2(!it.level.isEmpty(), qPrintable(it.level1));
        const QList<Finding> after = Checker(m_library->forDomains(file->domains())).check(file->items());
        QVERIFY(std::none_of(after.cbegin(), after.cend(),
                             [](const Finding &f) { return f.code == QLatin1String("column-missing"); }));
    }

    void cliBadCallsLeaveTheFileUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.gkml"));
        QString error;
        {
            auto file = CatalogueFile::create(path, CatalogueInfo::withUnit(QStringLiteral("某县民政局")),
                                              &error);
            QList<Item> items = m_items;
            for (Item &it : items)
                it.id = 0;
            QVERIFY(file->insertItems(items, QStringLiteral("test")));
        }
        const QByteArray before = sha256(path);
        const QList<QStringList> bad = {
            { QStringLiteral("--field"), QStringLiteral("level1"), QStringLiteral("--value"),
              QStringLiteral("x") },
            { QStringLiteral("--field"), QStringLiteral("level") },
            { QStringLiteral("--field"), QStringLiteral("level"), QStringLiteral("--value"),
              QStringLiteral("县级"), QStringLiteral("--from-standard") },
            { QStringLiteral("--field"), QStringLiteral("nonsense"), QStringLiteral("--from-standard") },
        };
        for (const QStringList &extra : bad) {
            QString err;
            QCOMPARE(runCli(QStringList { QStringLiteral("fill"), path } + extra, &err), 2);
            QVERIFY2(err.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(err));
            QCOMPARE(sha256(path), before);
        }
    }

private:
    QTemporaryDir m_dir;
    QList<Item> m_items;
    std::unique_ptr<StandardLibrary> m_library;
};

QTEST_GUILESS_MAIN(TestColumnFill)
#include "tst_columnfill.moc"
