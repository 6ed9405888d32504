// CSV import and export: encodings, layouts, separators, formula guard, lossless round trip.
#include "TestData.h"
#include "TestFiles.h"
#include "TestItems.h"
#include "catalogue/CatalogueFile.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/Exporter.h"
#include "exchange/FormulaGuard.h"
#include "exchange/Importer.h"
#include "exchange/JsonReader.h"
#include "exchange/JsonWriter.h"
#include "exchange/TemplateMapper.h"
#include "exchange/TextDecoder.h"
#include "template/CellCodec.h"
#include "template/CountyTemplate.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace gkml;

namespace {
const QString kSamples = QStringLiteral(GKML_FIXTURES "/samples/");
const QString kFixtures = QStringLiteral(GKML_FIXTURES "/foundation/");

// An item whose every field a spreadsheet or a CSV parser could get wrong: commas, quotes, line
// breaks, leading = + - @ and apostrophes, withheld (tests/fixtures/foundation/tricky-item.json).
Item trickyItem()
{
    return gkml::test::itemsFromFixture("foundation/tricky-item.json").first();
}
} // namespace

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void sampleGb18030()
    {
        const ImportResult r = Importer::read(kSamples + QStringLiteral("anxi-catalogue-gb18030.csv"), {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.encoding, QStringLiteral("gb18030"));
        QCOMPARE(r.items.size(), 20);
        gkml::test::verifyFirstSampleItem(r.items.first());
        const Item &last = r.items.last();
        QCOMPARE(last.domain, QStringLiteral("养老服务"));
        QCOMPARE(last.level2, QStringLiteral("老年人补贴"));
        int shehui = 0;
        for (const Item &it : r.items)
            shehui += it.domain == QStringLiteral("社会救助");
        QCOMPARE(shehui, 14);
    }

    void encodings_data()
    {
        gkml::test::addColumns<QString, QString>({ "file", "encoding" });
        gkml::test::addRow("gbk", "variant-gbk.csv", "gb18030");
        gkml::test::addRow("utf8-bom", "variant-utf8-bom.csv", "utf-8-bom");
    }

    void encodings()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        const ImportResult r = Importer::read(kFixtures + file, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.encoding, encoding);
        QCOMPARE(r.items.size(), 2);
        QCOMPARE(r.items.first().owner, QStringLiteral("乡镇人民政府(街道办事处)"));
        // The same text as UTF-8 without BOM and as UTF-16 decodes identically.
        QFile f(kFixtures + QStringLiteral("variant-utf8-bom.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray utf8 = f.readAll().mid(3);
        const QString text = QString::fromUtf8(utf8);
        QCOMPARE(TextDecoder::decode(utf8, QStringLiteral("auto")).text, text);
        QStringEncoder u16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QCOMPARE(TextDecoder::decode(u16.encode(text), QStringLiteral("auto")).text, text);
    }

    void forcedEncoding()
    {
        ImportOptions o;
        o.encoding = QStringLiteral("utf-8");
        const ImportResult wrong = Importer::read(kFixtures + QStringLiteral("variant-gbk.csv"), o);
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error.contains(QLatin1String("gb18030")));
        o.encoding = QStringLiteral("GBK");
        const ImportResult right = Importer::read(kFixtures + QStringLiteral("variant-gbk.csv"), o);
        QVERIFY2(right.ok(), qPrintable(right.error));
        QCOMPARE(right.encoding, QStringLiteral("gb18030"));
    }

    void variantHeadersAndValues()
    {
        const ImportResult r = Importer::read(kFixtures + QStringLiteral("variant-gbk.csv"), {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Item &a = r.items.at(0);
        QCOMPARE(a.department, QStringLiteral("社会救助股")); // 责任科室 alias
        QCOMPARE(a.content, QStringLiteral("低保对象名单及相关信息\n（按月更新）"));
        QCOMPARE(a.channels, (QStringList { QStringLiteral("政府网站"), QStringLiteral("政务服务中心") }));
        QCOMPARE(a.level, QStringList { QStringLiteral("乡、村级") }); // kept as written; the checker maps it
        QCOMPARE(a.note, QStringLiteral("咨询电话：0595-23281234")); // extra column kept, not dropped
        QVERIFY(!r.warnings.isEmpty());
        const Item &b = r.items.at(1);
        QCOMPARE(b.content, QStringLiteral("=HYPERLINK(\"http://x\")"));
        QCOMPARE(b.channels, (QStringList { QStringLiteral("政府网站"), QStringLiteral("政务服务中心") }));
        QCOMPARE(b.audience, QStringList { QStringLiteral("特定群众") });
        QCOMPARE(b.audienceNote, QStringLiteral("低保对象"));
        QCOMPARE(b.method, QStringList { QStringLiteral("依申请") });
    }

    void roundTripIsLossless()
    {
        QList<Item> items { trickyItem() };
        Item plain = trickyItem();
        plain.withheld = false;
        plain.level2 = QStringLiteral("第二项");
        plain.seq = 4;
        items << plain;
        ExportOptions o;
        o.includeWithheld = true;
        QString error;
        const QByteArray csv = CsvWriter::write(items, o, &error);
        QVERIFY(error.isEmpty());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!csv.contains("\n=SUM") && !csv.contains(",=SUM") && !csv.contains("\"=SUM"));
        const CsvReader::Result parsed = CsvReader::readBytes(csv, QStringLiteral("auto"));
        QVERIFY(parsed.error.isEmpty());
        const ImportResult back = TemplateMapper::map({ parsed.grid }, {});
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.items.size(), 2);
        for (int i = 0; i < 2; ++i) {
            Item expected = items.at(i);
            expected.content = expected.content.trimmed();
            QVERIFY2(back.items.at(i).sameContent(expected), qPrintable(QString::number(i)));
        }
        // GB18030 output decodes to the same items.
        o.encoding = QStringLiteral("gb18030");
        const QByteArray gb = CsvWriter::write(items, o, &error);
        QVERIFY(!gb.startsWith("\xEF\xBB\xBF"));
        const CsvReader::Result parsedGb = CsvReader::readBytes(gb, QStringLiteral("auto"));
        QCOMPARE(parsedGb.encoding, QStringLiteral("gb18030"));
        QCOMPARE(TemplateMapper::map({ parsedGb.grid }, {}).items, back.items);
    }

    void roundTripThroughFiles()
    {
        // csv -> file -> csv -> file: the two files hold the same items.
        QTemporaryDir dir;
        QString error;
        const ImportResult first
                = Importer::read(kSamples + QStringLiteral("anxi-catalogue-gb18030.csv"), {});
        auto a = CatalogueFile::create(dir.filePath(QStringLiteral("a.gkml")),
                                       CatalogueInfo::withUnit(QStringLiteral("安溪县民政局")), &error);
        QList<Item> items = first.items;
        QVERIFY(a->insertItems(items, QStringLiteral("sample")));
        const QString csvPath = dir.filePath(QStringLiteral("导出.csv"));
        QVERIFY(Exporter::write(a->items(), a->info(), ExportFormat::Csv, csvPath, {}, &error));
        const ImportResult second = Importer::read(csvPath, {});
        QVERIFY2(second.ok(), qPrintable(second.error));
        auto b = CatalogueFile::create(dir.filePath(QStringLiteral("b.gkml")),
                                       CatalogueInfo::withUnit(QStringLiteral("安溪县民政局")), &error);
        QList<Item> again = second.items;
        QVERIFY(b->insertItems(again, QStringLiteral("round trip")));
        const QList<Item> ia = a->items(), ib = b->items();
        QCOMPARE(ia.size(), ib.size());
        for (int i = 0; i < ia.size(); ++i)
            QVERIFY2(ia.at(i).sameContent(ib.at(i)), qPrintable(ia.at(i).level2));
    }

    void formulaGuard_data()
    {
        gkml::test::addColumns<QString, bool>({ "text", "escaped" });
        QTest::newRow("equals") << "=1+1" << true;
        QTest::newRow("plus") << "+86" << true;
        QTest::newRow("minus") << "-办理" << true;
        QTest::newRow("at") << "@SUM(1)" << true;
        QTest::newRow("tab") << "\tx" << true;
        QTest::newRow("fullwidth") << "＝1" << true;
        QTest::newRow("apostrophe+equals") << "'=x" << true;
        QTest::newRow("two apostrophes") << "''x" << true;
        QTest::newRow("apostrophe text") << "'abc" << false;
        QTest::newRow("plain") << "政府网站" << false;
        QTest::newRow("empty") << "" << false;
    }

    void formulaGuard()
    {
        QFETCH(QString, text);
        QFETCH(bool, escaped);
        const QString out = FormulaGuard::escape(text);
        QCOMPARE(out != text, escaped);
        QVERIFY(!FormulaGuard::startsDangerously(out));
        QCOMPARE(FormulaGuard::unescape(out), text);
    }

    void setSplitting_data()
    {
        gkml::test::addColumns<int, QString, QStringList>({ "field", "cell", "values" });
        const int ch = int(Field::Channels), m = int(Field::Method), lv = int(Field::Level);
        QTest::newRow("dunhao") << ch << "政府网站、政务服务中心"
                                << QStringList { "政府网站", "政务服务中心" };
        QTest::newRow("mixed") << ch << "政府网站，两微一端;公开查阅点\n精准推送"
                               << QStringList { "政府网站", "两微一端", "公开查阅点", "精准推送" };
        QTest::newRow("slash in value")
                << ch << "发布会/听证会、入户/现场" << QStringList { "发布会/听证会", "入户/现场" };
        QTest::newRow("slash separator")
                << ch << "政府网站/政务服务中心" << QStringList { "政府网站", "政务服务中心" };
        QTest::newRow("checklist") << ch << "■政府网站 □政府公报 ■政务服务中心 口便民服务站"
                                   << QStringList { "政府网站", "政务服务中心" };
        QTest::newRow("alias kept") << ch << "政府服务中心" << QStringList { "政府服务中心" };
        // A village board under another name is the board channel's spelling (issue 19), kept as written.
        QTest::newRow("board spelling")
                << ch << "单位/村委会公示栏(电子屏)" << QStringList { "单位/村委会公示栏(电子屏)" };
        QTest::newRow("local channel") << ch << "村民微信群" << QStringList { "其他：村民微信群" };
        QTest::newRow("other kept") << ch << "其他：村民微信群" << QStringList { "其他：村民微信群" };
        QTest::newRow("method slash") << m << "主动/依申请" << QStringList { "主动", "依申请" };
        QTest::newRow("level") << lv << "县级、乡级、县级" << QStringList { "县级", "乡级" };
        QTest::newRow("empty") << lv << "  " << QStringList {};
    }

    void setSplitting()
    {
        QFETCH(int, field);
        QFETCH(QString, cell);
        QFETCH(QStringList, values);
        QCOMPARE(CellCodec::splitSet(Field(field), cell), values);
    }

    void withheldStayOutByDefault()
    {
        QList<Item> items { trickyItem() };
        QString error;
        const QByteArray csv = CsvWriter::write(items, {}, &error);
        QVERIFY(!csv.contains(QStringLiteral("审批信息").toUtf8()));
        const QByteArray json = JsonWriter::write(items, {}, {});
        QVERIFY(!json.contains(QStringLiteral("审批信息").toUtf8()));
    }

    void badInputs_data()
    {
        gkml::test::addColumns<QByteArray, QString>({ "content", "expect" });
        QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00\x00\x08garbage", 15) << "not a text file";
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("no header") << QByteArray("a,b,c\n1,2,3\n") << "header";
        QTest::newRow("missing columns")
                << QStringLiteral("序号,领域,一级事项,公开内容\n1,社会救助,低保,名单\n").toUtf8()
                << "二级事项";
        QTest::newRow("no domain")
                << QStringLiteral("序号,一级事项,二级事项,公开内容\n1,低保,审批,名单\n").toUtf8()
                << "--domain";
        QTest::newRow("row too long") << QStringLiteral("领域,一级事项,二级事项,公开内容\n社会救助,低保,审批,"
                                                        "名单\n社会救助,低保,审核,名单,多余\n")
                                                 .toUtf8()
                                      << "Row 3";
        QTest::newRow("invalid gb18030") << QByteArray("\xff\xff\xff\xfe\xfd,\x81\x30\n") << "neither";
    }

    void badInputs()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expect);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(gkml::test::writeFile(path, content));
        const ImportResult r = Importer::read(path, {});
        QVERIFY(!r.ok());
        QVERIFY(r.items.isEmpty());
        QVERIFY2(r.error.contains(expect), qPrintable(r.error));
    }

    void delimiters()
    {
        const QString text = QStringLiteral("领域;一级事项;二级事项\n社会救助;低保;\"审批;信息\"\n");
        const ImportResult r = TemplateMapper::map({ CsvReader::parse(text) }, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.items.first().level2, QStringLiteral("审批;信息"));
        const ImportResult t = TemplateMapper::map(
                { CsvReader::parse(QStringLiteral("领域\t一级事项\t二级事项\nA\tB\tC\n")) }, {});
        QCOMPARE(t.items.first().level2, QStringLiteral("C"));
    }

    void titleRows()
    {
        const QString text = QStringLiteral("安溪县民政局养老服务领域基层政务公开标准目录,,\n"
                                            "序号,一级事项,二级事项,公开依据\n"
                                            "1,养老服务业务办理,老年人补贴,信息公开规定\n"
                                            "注：本目录动态调整,,\n");
        const ImportResult r = TemplateMapper::map({ CsvReader::parse(text) }, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.items.size(), 1);
        QCOMPARE(r.items.first().domain, QStringLiteral("养老服务"));
        QCOMPARE(r.unit, QStringLiteral("安溪县民政局"));
        QCOMPARE(CountyTemplate::parseTitle(QStringLiteral("社会救助领域基层政务公开标准目录")).domain,
                 QStringLiteral("社会救助"));
    }

    void jsonRoundTrip()
    {
        QList<Item> items { trickyItem() };
        ExportOptions o;
        o.includeWithheld = true;
        const CatalogueInfo info = CatalogueInfo::withUnit(QStringLiteral("单位"));
        const ImportResult back = JsonReader::read(JsonWriter::write(items, info, o), {});
        QVERIFY2(back.ok(), qPrintable(back.error));
        QVERIFY(back.items.first().sameContent(items.first()));
        QVERIFY(!JsonReader::read("{\"items\": 3}", {}).ok());
        QVERIFY(JsonReader::read("{\"items\": [", {}).error.contains(QLatin1String("malformed")));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
