// Header variants (issue 13, point 5): Jiangxi's 一级目录 | 公开事项 (一级/二级/三级事项) layout with
// 市级/县级/乡级 ticks, the template's words in one row, columns in another order, no 公开层级,
// 特定群体(请写明) naming the group - each as csv, as LibreOffice's xlsx (merged header cells) and
// its .xls,
// every item and field checked. A header naming one field twice is refused, the cells named, and
// gkml-cli exits 2 with the catalogue untouched.
#include "ChineseText.h"
#include "TestData.h"
#include "TestFiles.h"
#include "TestItems.h"
#include "exchange/Importer.h"
#include "exchange/TemplateMapper.h"
#include "util/Translations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gkml;

namespace {

const QString kDir = QStringLiteral(GKML_FIXTURES "/headers/");

QStringList sorted(QStringList values)
{
    values.sort();
    return values;
}

// The three items of make_headers.py as the full Jiangxi layout holds them (jiangxi-items.json;
// the second one's 特定群体 cell names the group instead of a tick: audienceNote 低保对象).
QList<Item> jiangxiItems()
{
    return gkml::test::itemsFromFixture("headers/jiangxi-items.json");
}

QList<Item> expectedItems(const QString &variant)
{
    QList<Item> items = jiangxiItems();
    if (variant == QLatin1String("no-level")) {
        for (Item &it : items)
            it.level.clear();
    } else if (variant == QLatin1String("write-in")) {
        for (Item &it : items)
            it.level3.clear();
        items[2].audience = QStringList { QStringLiteral("特定群体") };
        items[2].audienceNote = QStringLiteral("特困人员"); // "√（特困人员）"
        items[2].level = QStringList { QStringLiteral("县级") }; // this template has no 市级 column
    }
    return items;
}

// csv, LibreOffice's xlsx (merged header cells) and its .xls (no merges through FreeXL).
QStringList suffixes()
{
    QStringList out { QStringLiteral("csv"), QStringLiteral("xlsx") };
    if (Importer::supportedSuffixes().contains(QStringLiteral("xls")))
        out << QStringLiteral("xls");
    return out;
}

void compareItems(const QList<Item> &got, const QList<Item> &want)
{
    QCOMPARE(got.size(), want.size());
    for (int i = 0; i < want.size(); ++i) {
        const Item &g = got.at(i);
        const Item &w = want.at(i);
        QCOMPARE(g.domain, w.domain);
        QCOMPARE(g.seq, w.seq);
        QCOMPARE(g.level1, w.level1);
        QCOMPARE(g.level2, w.level2);
        QCOMPARE(g.level3, w.level3);
        QCOMPARE(g.content, w.content);
        QCOMPARE(g.basis, w.basis);
        QCOMPARE(g.deadline, w.deadline);
        QCOMPARE(g.owner, w.owner);
        QCOMPARE(g.channels, w.channels);
        QCOMPARE(sorted(g.audience), sorted(w.audience));
        QCOMPARE(g.audienceNote, w.audienceNote);
        QCOMPARE(sorted(g.method), sorted(w.method));
        QCOMPARE(sorted(g.level), sorted(w.level));
        QVERIFY(g.stages.isEmpty());
        QVERIFY(g.department.isEmpty());
        QVERIFY(!g.withheld);
        QVERIFY2(g.note.isEmpty(), qPrintable(g.note)); // no column fell into 备注
    }
}

} // namespace

class TestHeaderVariants : public QObject
{
    Q_OBJECT
private slots:
    void accepted_data()
    {
        gkml::test::addColumns<QString, QString, QString>({ "variant", "suffix", "domainFrom" });
        for (const QString &s : suffixes()) {
            QTest::newRow(qPrintable(QStringLiteral("jiangxi.") + s)) << "jiangxi" << s << QString();
            QTest::newRow(qPrintable(QStringLiteral("one-row.") + s)) << "one-row" << s << QString();
            QTest::newRow(qPrintable(QStringLiteral("reordered.") + s)) << "reordered" << s << "title";
            QTest::newRow(qPrintable(QStringLiteral("no-level.") + s)) << "no-level" << s << "title";
            QTest::newRow(qPrintable(QStringLiteral("write-in.") + s)) << "write-in" << s << "title";
        }
    }

    void accepted()
    {
        QFETCH(QString, variant);
        QFETCH(QString, suffix);
        QFETCH(QString, domainFrom);
        const ImportResult r = Importer::read(kDir + variant + QLatin1Char('.') + suffix, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        compareItems(r.items, expectedItems(variant));
        // Every header cell was understood: nothing was set aside as an extra column.
        for (const QString &w : r.warnings)
            QVERIFY2(!w.contains(QStringLiteral("备注")), qPrintable(w));
        if (!domainFrom.isEmpty())
            QVERIFY2(r.layout.contains(QStringLiteral("社会救助")), qPrintable(r.layout));
        if (variant != QLatin1String("jiangxi") && variant != QLatin1String("one-row"))
            QCOMPARE(r.unit, QStringLiteral("江西省某县"));
    }

    void ambiguous_data()
    {
        gkml::test::addColumns<QString, QStringList, QString>({ "file", "cells", "field" });
        for (const QString &s : suffixes()) {
            // Row 2: the title is row 1.
            QTest::newRow(qPrintable(QStringLiteral("deadline.") + s))
                    << QStringLiteral("ambiguous-deadline.") + s
                    << QStringList { QStringLiteral("F2"), QStringLiteral("H2"), QStringLiteral("时限") }
                    << QStringLiteral("公开时限");
            QTest::newRow(qPrintable(QStringLiteral("level2.") + s))
                    << QStringLiteral("ambiguous-level2.") + s
                    << QStringList { QStringLiteral("C3"), QStringLiteral("D3"), QStringLiteral("事项名称") }
                    << QStringLiteral("二级事项");
        }
    }

    void ambiguous()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, cells);
        QFETCH(QString, field);
        const QByteArray before = test::sha256(kDir + file);
        const ImportResult r = Importer::read(kDir + file, {});
        QVERIFY(!r.ok());
        QVERIFY(r.items.isEmpty());
        for (const QString &c : cells)
            QVERIFY2(r.error.contains(c), qPrintable(r.error));
        QVERIFY2(r.error.contains(field), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QLatin1Char('\n')), qPrintable(r.error)); // one line
        QCOMPARE(test::sha256(kDir + file), before);
    }

    void ambiguousInCli_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << "ambiguous-deadline.csv";
        QTest::newRow("xlsx") << "ambiguous-deadline.xlsx";
        QTest::newRow("two-row xlsx") << "ambiguous-level2.xlsx";
        if (Importer::supportedSuffixes().contains(QStringLiteral("xls")))
            QTest::newRow("two-row xls") << "ambiguous-level2.xls";
    }

    void ambiguousInCli()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString catalogue = dir.filePath(QStringLiteral("a.gkml"));
        test::CliRun first = test::runCli({ QStringLiteral("import"), kDir + QStringLiteral("jiangxi.csv"),
                                            QStringLiteral("-o"), catalogue, QStringLiteral("--unit"),
                                            QStringLiteral("某县民政局") });
        QCOMPARE(first.exitCode, 0);
        const QByteArray before = test::sha256(catalogue);
        const QByteArray sourceBefore = test::sha256(kDir + file);
        const test::CliRun r
                = test::runCli({ QStringLiteral("import"), kDir + file, QStringLiteral("-o"), catalogue });
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
        QVERIFY2(err.contains(file), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("公开时限")) || err.contains(QStringLiteral("二级事项")),
                 qPrintable(err));
        // Chinese as soon as the message is in the translations (translations/pending/import.tsv until
        // the lead merges it into the .ts files).
        Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        const QString source
                = QStringLiteral("The header of \"%1\" is ambiguous: the cells %2 all mean %3, so GKML "
                                 "cannot tell which column to read. Keep one of them (rename or delete "
                                 "the others) and import again.");
        if (QCoreApplication::translate("TemplateMapper", source.toUtf8().constData()) != source) {
            QString why;
            QVERIFY2(test::isChineseMessage(err, &why), qPrintable(why));
        }
        QVERIFY(r.out.isEmpty());
        QCOMPARE(test::sha256(catalogue), before);
        QCOMPARE(test::sha256(kDir + file), sourceBefore);
    }

    void directoryAloneIsLevel1()
    {
        // Without a 一级事项 column, 一级目录 stays the item name (the foundation's alias).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("社会救助.csv"));
        QVERIFY(test::writeFile(
                path,
                QStringLiteral(
                        "一级目录,二级目录,公开内容,公开时限\n最低生活保障,低保审批,申请条件,20个工作日\n")
                        .toUtf8()));
        const ImportResult r = Importer::read(path, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.items.size(), 1);
        QCOMPARE(r.items.at(0).domain, QStringLiteral("社会救助"));
        QCOMPARE(r.items.at(0).level1, QStringLiteral("最低生活保障"));
        QCOMPARE(r.items.at(0).level2, QStringLiteral("低保审批"));
        QCOMPARE(r.items.at(0).deadline, QStringLiteral("20个工作日"));
    }

    void mergedHeaderCellIsNotAmbiguous()
    {
        // 公开时限 merged over two columns (G1:H1) with nothing below: one field, the second column's
        // values kept in 备注 as before, not a refusal.
        TableGrid g;
        g.name = QStringLiteral("社会救助");
        g.rows = { { QStringLiteral("一级事项"), QStringLiteral("二级事项"), QStringLiteral("公开时限"),
                     QString() },
                   { QStringLiteral("最低生活保障"), QStringLiteral("审核信息"),
                     QStringLiteral("20个工作日内"), QStringLiteral("每季度更新") } };
        g.merges = { { 0, 2, 1, 2 } };
        const ImportResult r = TemplateMapper::map({ g }, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.items.size(), 1);
        QCOMPARE(r.items.at(0).deadline, QStringLiteral("20个工作日内"));
        QCOMPARE(r.items.at(0).note, QStringLiteral("公开时限：每季度更新"));
    }
};

QTEST_GUILESS_MAIN(TestHeaderVariants)
#include "tst_import_headers.moc"
