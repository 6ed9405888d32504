// How real catalogues are written (issue 19), on the checker's side: the area names as data,
// every alias of the reference list honoured, several content rows under one name, rows named
// at level 1 only, and a column the whole file lacks.
#include "CheckFixtures.h"
#include "TestData.h"
#include "TestItems.h"
#include "check/Checker.h"
#include "standard/DomainNames.h"
#include "standard/StandardLibrary.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gkml;
using gkml::test::guideItem;

namespace {

using gkml::test::withCode;

// Built-ins only: no user folders in tests.
const Standard *builtInStandard()
{
    static StandardLibrary library { QStringList() };
    const Standard *s = library.forDomains({ QStringLiteral("社会救助"), QStringLiteral("养老服务") });
    if (!s)
        qFatal("no built-in standard covers 社会救助 and 养老服务");
    return s;
}

// Every standard item of 社会救助 once, so that coverage findings do not hide the ones under test.
QList<Item> fullSocialAssistance()
{
    QList<Item> items;
    for (const StandardItem *s : builtInStandard()->items(QStringLiteral("社会救助")))
        items.append(guideItem(items.size() + 1, s->domain, s->level1, s->level2,
                               s->content.join(QStringLiteral("、"))));
    return items;
}

} // namespace

class TestRealCatalogues : public QObject
{
    Q_OBJECT
private slots:
    void domainNamesAreData()
    {
        const DomainNames &names = DomainNames::builtIn();
        QVERIFY(!names.isEmpty());
        // The 26 areas of 国办发〔2019〕54号 come first, in the list's order.
        QVERIFY(names.names().size() >= 26);
        QCOMPARE(names.names().first(), QStringLiteral("重大建设项目"));
        QCOMPARE(names.names().at(25), QStringLiteral("公共法律服务"));
        QString error;
        QVERIFY(DomainNames::fromJson("{not json", &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void domainNamesFindVariants_data()
    {
        gkml::test::addColumns<QString, QString, QString>({ "text", "canonical", "found" });
        gkml::test::addRow("name", "社会救助", "社会救助", "社会救助");
        gkml::test::addRow("with 领域", "社会救助领域", "社会救助", "社会救助");
        gkml::test::addRow("full-width space", "社会 救助", "社会救助", "社会救助");
        gkml::test::addRow("variant", "生态环境", "环境保护", "环境保护");
        gkml::test::addRow("land", "农村集体土地征收", "征地补偿", "征地补偿");
        gkml::test::addRow("not an area", "最低生活保障", "", "");
        gkml::test::addRow("title", "安溪县民政局养老服务领域基层政务公开标准目录", "", "养老服务");
        gkml::test::addRow("file name", "附件2-养老.xlsx", "", "养老服务");
        gkml::test::addRow("longest wins", "国有土地上房屋征收与补偿领域目录", "",
                           "国有土地上房屋征收与补偿");
    }

    void domainNamesFindVariants()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(QString, found);
        QCOMPARE(DomainNames::builtIn().canonical(text), canonical);
        QCOMPARE(DomainNames::builtIn().findIn(text), found);
    }

    void everyReferenceAliasIsAnAlias_data()
    {
        gkml::test::addColumns<QString, QString, QString>({ "field", "alias", "canonical" });
        QFile f(QStringLiteral(GKML_FIXTURES "/check/reference-aliases.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject all
                = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("aliases")).toObject();
        QVERIFY(all.size() >= 4);
        for (auto field = all.begin(); field != all.end(); ++field) {
            const QJsonObject aliases = field.value().toObject();
            for (auto a = aliases.begin(); a != aliases.end(); ++a)
                QTest::newRow(qPrintable(field.key() + QLatin1Char(':') + a.key()))
                        << field.key() << a.key() << a.value().toString();
        }
    }

    // Each alias of the reference list (and the village-board spellings of issue 19) is a
    // vocabulary-alias warning that names the standard's value: never "unknown", never "其他".
    void everyReferenceAliasIsAnAlias()
    {
        QFETCH(QString, field);
        QFETCH(QString, alias);
        QFETCH(QString, canonical);
        QList<Item> items = fullSocialAssistance();
        Item &probe = items.first();
        const Field f = *ItemFields::fromKey(field);
        probe.setValue(f, QStringList { alias });
        const QList<Finding> findings = Checker(builtInStandard()).check(items);
        QCOMPARE(withCode(findings, QStringLiteral("vocabulary-unknown")).size(), 0);
        QCOMPARE(withCode(findings, QStringLiteral("channel-other")).size(), 0);
        const QList<Finding> aliasFindings = withCode(findings, QStringLiteral("vocabulary-alias"));
        if (alias.remove(QLatin1Char(' ')) == canonical) {
            QVERIFY(aliasFindings.size() <= 1); // a stray space: at most a reminder
            return;
        }
        QCOMPARE(aliasFindings.size(), 1);
        QCOMPARE(aliasFindings.first().item, probe.id);
        QCOMPARE(aliasFindings.first().field, field);
        QVERIFY2(aliasFindings.first().message.contains(canonical),
                 qPrintable(aliasFindings.first().message));
    }

    void contentRowsUnderOneNameAreNoDuplicates()
    {
        QList<Item> items = fullSocialAssistance();
        // 最低生活保障 / 审批信息 with three more rows, each another content.
        const Item &base = items.at(5);
        for (const char *content : { "低保资金发放情况", "低保对象动态管理情况", "低保审批程序" }) {
            Item part = base;
            part.id = items.size() + 1;
            part.content = QString::fromUtf8(content);
            items.append(part);
        }
        const QList<Finding> findings = Checker(builtInStandard()).check(items);
        QCOMPARE(withCode(findings, QStringLiteral("duplicate-item")).size(), 0);
        QCOMPARE(withCode(findings, QStringLiteral("local-item")).size(), 0);
        QCOMPARE(withCode(findings, QStringLiteral("standard-item-missing")).size(), 0);
    }

    void sameNameSameContentIsADuplicate()
    {
        QList<Item> items = fullSocialAssistance();
        Item copy = items.at(5);
        copy.id = items.size() + 1;
        copy.content = copy.content + QStringLiteral("。"); // punctuation does not make it another row
        items.append(copy);
        const QList<Finding> dups
                = withCode(Checker(builtInStandard()).check(items), QStringLiteral("duplicate-item"));
        QCOMPARE(dups.size(), 1);
        QCOMPARE(dups.first().item, copy.id);
    }

    void levelOneRowsCoverTheStandardRows()
    {
        // A many-area table names 社会救助's items at level 1 only: 综合业务, 最低生活保障,
        // 特困人员救助供养, 临时救助, each with its contents, and no 二级事项.
        QList<Item> items;
        for (const char *l1 : { "综合业务", "最低生活保障", "特困人员救助供养", "临时救助" })
            items.append(guideItem(items.size() + 1, QStringLiteral("社会救助"), QString::fromUtf8(l1),
                                   QString()));
        const QList<Finding> findings = Checker(builtInStandard()).check(items);
        QCOMPARE(withCode(findings, QStringLiteral("standard-item-missing")).size(), 0);
        QCOMPARE(withCode(findings, QStringLiteral("local-item")).size(), 0);
        QCOMPARE(withCode(findings, QStringLiteral("required-missing")).size(), 0);
        // The missing 二级事项 column is one warning for the domain.
        const QList<Finding> missing = withCode(findings, QStringLiteral("column-missing"));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().severity, Finding::Severity::Warning);
        QCOMPARE(missing.first().field, QStringLiteral("level2"));
        QCOMPARE(missing.first().domain, QStringLiteral("社会救助"));
        QVERIFY(missing.first().message.contains(QStringLiteral("社会救助")));
    }

    void columnMissingInTheWholeFileIsOneFinding()
    {
        QList<Item> items = fullSocialAssistance();
        for (const StandardItem *s : builtInStandard()->items(QStringLiteral("养老服务")))
            items.append(guideItem(items.size() + 1, s->domain, s->level1, s->level2,
                                   s->content.join(QStringLiteral("、"))));
        for (Item &it : items)
            it.level.clear(); // a file without 公开层级
        const QList<Finding> findings = Checker(builtInStandard()).check(items);
        QCOMPARE(withCode(findings, QStringLiteral("required-missing")).size(), 0);
        const QList<Finding> missing = withCode(findings, QStringLiteral("column-missing"));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().severity, Finding::Severity::Error);
        QCOMPARE(missing.first().field, QStringLiteral("level"));
        QCOMPARE(missing.first().item, 0);
        QVERIFY(missing.first().domain.isEmpty());
    }

    void columnMissingInOneDomainOnly()
    {
        QList<Item> items = fullSocialAssistance();
        for (const StandardItem *s : builtInStandard()->items(QStringLiteral("养老服务"))) {
            Item it = guideItem(items.size() + 1, s->domain, s->level1, s->level2,
                                s->content.join(QStringLiteral("、")));
            it.deadline.clear();
            items.append(it);
        }
        const QList<Finding> findings = Checker(builtInStandard()).check(items);
        QCOMPARE(withCode(findings, QStringLiteral("required-missing")).size(), 0);
        const QList<Finding> missing = withCode(findings, QStringLiteral("column-missing"));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().field, QStringLiteral("deadline"));
        QCOMPARE(missing.first().domain, QStringLiteral("养老服务"));
    }

    void oneEmptyCellIsStillThatRowsError()
    {
        QList<Item> items = fullSocialAssistance();
        items[2].deadline.clear();
        const QList<Finding> findings = Checker(builtInStandard()).check(items);
        QCOMPARE(withCode(findings, QStringLiteral("column-missing")).size(), 0);
        const QList<Finding> required = withCode(findings, QStringLiteral("required-missing"));
        QCOMPARE(required.size(), 1);
        QCOMPARE(required.first().item, items.at(2).id);
    }
};

QTEST_GUILESS_MAIN(TestRealCatalogues)
#include "tst_realcatalogues.moc"
