// Real published catalogues (issue 19): one table of many areas with merged 一级事项, several
// content rows under one name, a row drawn over two table rows, a name broken over two lines,
// the village-board spellings and no 公开层级 column - as html, xlsx (LibreOffice's conversion of
// the page) and docx. Each imports without --domain, says what it recognised, and checks with
// only the real problems.
#include "TestItems.h"
#include "check/Checker.h"
#include "exchange/Importer.h"
#include "standard/StandardLibrary.h"

#include <QTest>

using namespace gkml;

namespace {

const QString kDir = QStringLiteral(GKML_FIXTURES "/realcatalogues/");

using gkml::test::withCode;

} // namespace

class TestRealCatalogueImport : public QObject
{
    Q_OBJECT
private slots:
    void manyAreas_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("html") << "many-areas.html";
        QTest::newRow("xlsx") << "many-areas.xlsx";
        if (Importer::supportedSuffixes().contains(QStringLiteral("docx")))
            QTest::newRow("docx") << "many-areas.docx";
    }

    void manyAreas()
    {
        QFETCH(QString, file);
        const ImportResult r = Importer::read(kDir + file, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        // 12 table rows, one of them the second half of 特困人员救助供养: 11 items.
        QCOMPARE(r.items.size(), 11);
        const QString said = r.warnings.join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QStringLiteral("社会救助")) && said.contains(QStringLiteral("征地补偿")),
                 qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("特困人员救助供养")), qPrintable(said)); // the joined row
        QStringList domains;
        for (const Item &it : r.items) {
            if (!domains.contains(it.domain))
                domains << it.domain;
        }
        QCOMPARE(domains,
                 (QStringList { QStringLiteral("城乡规划"), QStringLiteral("安全生产"),
                                QStringLiteral("社会救助"), QStringLiteral("就业"),
                                QStringLiteral("征地补偿"), QStringLiteral("公共法律服务") }));
        // Names moved up one level; the broken name joined.
        QCOMPARE(r.items.at(2).level1, QStringLiteral("最低生活保障"));
        QVERIFY(r.items.at(2).level2.isEmpty());
        QCOMPARE(r.items.last().domain, QStringLiteral("公共法律服务"));
        QCOMPARE(r.items.last().level1, QStringLiteral("法律援助"));
        // The row drawn over two table rows keeps both deadlines and both audiences.
        const Item &split = r.items.at(6);
        QCOMPARE(split.level1, QStringLiteral("特困人员救助供养"));
        QVERIFY2(split.deadline.contains(QStringLiteral("公示期满后5个工作日内")),
                 qPrintable(split.deadline));
        QCOMPARE(split.audience.size(), 2);
        // Village boards are the board channel's spellings, never 其他.
        for (const Item &it : r.items) {
            for (const QString &c : it.channels)
                QVERIFY2(!c.startsWith(QStringLiteral("其他")), qPrintable(c));
        }

        StandardLibrary library { QStringList() };
        QStringList names;
        for (const Item &it : r.items)
            names << it.domain;
        const Standard *standard = library.forDomains(names);
        QVERIFY(standard);
        QVERIFY(standard->coversDomain(QStringLiteral("社会救助")));
        QList<Item> items = r.items;
        for (int i = 0; i < items.size(); ++i)
            items[i].id = i + 1;
        const QList<Finding> findings = Checker(standard).check(items);
        // The real problems: 120 个工作日, the missing 公开层级 column (once), the standard's
        // 综合业务 rows this district does not list.
        const QList<Finding> deadline = withCode(findings, QStringLiteral("deadline-exceeds-limit"));
        QCOMPARE(deadline.size(), 1);
        QCOMPARE(deadline.first().item, 10);
        const QList<Finding> missing = withCode(findings, QStringLiteral("column-missing"));
        QCOMPARE(missing.size(), 2); // 公开层级 (error) and 二级事项 (warning), each once for the file
        QCOMPARE(withCode(findings, QStringLiteral("standard-item-missing")).size(), 2);
        // No false alarm.
        for (const char *code :
             { "duplicate-item", "required-missing", "vocabulary-unknown", "channel-other", "local-item" })
            QVERIFY2(withCode(findings, QLatin1String(code)).isEmpty(), code);
        int errors = 0;
        for (const Finding &f : findings)
            errors += f.severity == Finding::Severity::Error ? 1 : 0;
        QCOMPARE(errors, 4);
        // Each village-board spelling is a warning naming the standard's value.
        QCOMPARE(withCode(findings, QStringLiteral("vocabulary-alias")).size(), 11);
    }
};

QTEST_GUILESS_MAIN(TestRealCatalogueImport)
#include "tst_realcatalogue_import.moc"
