// xlsx import: the shared sample and real variant workbooks, damaged and hostile workbooks
// (zip bombs, huge string tables, far cells), XML spellings and the streaming parser.
#include "TestData.h"
#include "TestFiles.h"
#include "TestItems.h"
#include "exchange/Importer.h"
#include "exchange/XlsxReader.h"
#include "util/ZipArchive.h"

#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace gkml;
using namespace gkml::test;

namespace {

// A minimal workbook with the given parts, for the hostile-input tests.
bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &e : entries) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(e.first), nullptr, 0, Z_DEFLATED, 1))
            return false;
        f.write(e.second);
        f.close();
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

const QByteArray kWorkbook
        = QByteArrayLiteral("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                            "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
const QByteArray kRels = QByteArrayLiteral(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/sheet1.xml\"/></Relationships>");

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT
private slots:
    void sampleXlsx()
    {
        const ImportResult r = Importer::read(kSamples + QStringLiteral("anxi-shehui-jiuzhu.xlsx"), {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.items.size(), 14);
        QCOMPARE(r.unit, QStringLiteral("安溪县民政局"));
        verifyFirstSampleItem(r.items.first());
        // The merged 一级事项 applies to every row it covers.
        QCOMPARE(r.items.at(1).level1, QStringLiteral("综合业务"));
        QCOMPARE(r.items.at(8).level1, QStringLiteral("特困人员救助供养"));
        QCOMPARE(r.items.at(12).level1, QStringLiteral("临时救助"));
        // Row 5 (审核信息): township level only, one channel.
        QCOMPARE(r.items.at(4).level, names({ "乡级" }));
        QCOMPARE(r.items.at(4).channels, names({ "社区/企事业单位/村公示栏(电子屏)" }));
        QCOMPARE(r.items.at(4).owner, QStringLiteral("乡镇人民政府(街道办事处)"));
        // The local item 医疗救助.
        const Item &local = r.items.at(13);
        QCOMPARE(local.seq, 14);
        QCOMPARE(local.level1, QStringLiteral("医疗救助"));
        QCOMPARE(local.level2, QStringLiteral("办事指南"));
        QCOMPARE(local.basis, QStringLiteral("《社会救助暂行办法》"));
        QCOMPARE(local.deadline, QStringLiteral("信息形成或者变更之日起20个工作日内"));
        QCOMPARE(local.owner, QStringLiteral("安溪县民政局"));
        QCOMPARE(local.channels, names({ "政府网站", "政务服务中心" }));
        QCOMPARE(local.level, names({ "县级" }));
        QCOMPARE(local.department, QStringLiteral("社会救助股"));
    }

    void variantTianjin()
    {
        const ImportResult r = Importer::read(kExchangeFixtures + QStringLiteral("variant-tianjin.xlsx"), {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.items.size(), 2); // the 注： row under the table is not an item
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("注：本目录")));
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("咨询电话")));
        QCOMPARE(r.unit, QStringLiteral("天津市北辰区民政局"));
        const Item &a = r.items.at(0);
        QCOMPARE(a.domain, QStringLiteral("社会救助"));
        QCOMPARE(a.content, QStringLiteral("初审对象名单及相关信息\n（按月更新）")); // CR LF -> LF
        QCOMPARE(a.audience, names({ "特定群体" })); // 特定群众 column, ✓ with a description
        QCOMPARE(a.audienceNote, QStringLiteral("低保申请人"));
        QCOMPARE(a.method, names({ "主动" }));
        QCOMPARE(a.level, names({ "乡级" })); // 乡、村级 column ticked with 是
        // 口 = not chosen; the stray space is gone; 政府服务中心 kept as written for the checker.
        QCOMPARE(a.channels,
                 names({ "政府网站", "公开查阅点", "政府服务中心", "社区/企事业单位/村公示栏(电子屏)" }));
        QCOMPARE(a.note, QStringLiteral("咨询电话：022-26391234"));
        const Item &b = r.items.at(1);
        QCOMPARE(b.channels, names({ "政府网站", "政务服务中心" })); // only the chosen ones listed
        QCOMPARE(b.method, names({ "主动", "依申请" })); // 依申请公开 column
        QCOMPARE(b.level, names({ "县级", "乡级" }));
        QVERIFY(b.note.isEmpty());
    }

    void variantBenxiWorkbook()
    {
        const ImportResult r = Importer::read(kExchangeFixtures + QStringLiteral("variant-benxi.xlsx"), {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.items.size(), 5);
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("填表说明"))); // the notes sheet
        const Item &a = r.items.at(0);
        QCOMPARE(a.domain, QStringLiteral("养老服务"));
        QCOMPARE(a.seq, 1); // a formula cell: its cached value
        QCOMPARE(a.level1, QStringLiteral("养老服务业务办理"));
        QCOMPARE(a.level2, QStringLiteral("养老机构备案")); // rich-text runs, the phonetic run left out
        QCOMPARE(a.department, QStringLiteral("养老服务科")); // 责任科室(单位)
        QCOMPARE(a.note, QStringLiteral("咨询电话：024-42841234"));
        QVERIFY(a.level.isEmpty()); // no 公开层级 column in this layout
        QCOMPARE(r.items.at(1).level1, QStringLiteral("养老服务业务办理")); // merged
        QCOMPARE(r.items.at(1).audience, names({ "特定群体" })); // ●
        QCOMPARE(r.items.at(1).method, names({ "主动", "依申请" })); // ● and ○
        // The second sheet holds two tables, each titled with its own domain.
        QCOMPARE(r.items.at(2).domain, QStringLiteral("社会救助"));
        QCOMPARE(r.items.at(2).channels, names({ "政府网站", "政务服务中心" }));
        QCOMPARE(r.items.at(2).method, names({ "主动" })); // 主动公开 written as a word
        QCOMPARE(r.items.at(3).domain, QStringLiteral("社会事务"));
        QCOMPARE(r.items.at(4).domain, QStringLiteral("社会事务"));
        QCOMPARE(r.items.at(4).method, names({ "依申请" }));
    }

    void badXlsx_data()
    {
        gkml::test::addColumns<QByteArray, QString>({ "bytes", "expect" });
        QFile sample(kSamples + QStringLiteral("anxi-shehui-jiuzhu.xlsx"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray good = sample.readAll();
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not an Excel workbook");
        QTest::newRow("text") << QByteArray("序号,一级事项\n1,低保\n")
                              << QStringLiteral("not an Excel workbook");
        QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0')
                             << QStringLiteral(
                                        "not an Excel workbook"); // OLE2 goes to XlsReader, whatever the name
        QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("damaged");
        QByteArray flipped = good;
        flipped[good.size() / 3] = static_cast<char>(flipped.at(good.size() / 3) ^ 0x55);
        QTest::newRow("corrupt") << flipped << QStringLiteral("damaged");
    }

    void badXlsx()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expect);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("坏.xlsx"));
        QVERIFY(writeFile(path, bytes));
        const QByteArray before = sha256(path);
        const ImportResult r = Importer::read(path, {});
        QVERIFY(!r.ok());
        QVERIFY(r.items.isEmpty());
        QVERIFY2(r.error.contains(expect), qPrintable(r.error));
        QCOMPARE(sha256(path), before);
    }

    void zipBombIsRefused()
    {
        // 600 MB of XML white space packs into well under 1 MB. The reader stops at its limit
        // (ZipArchive::kMaxEntryBytes unpacked per part, the one zip wrapper's bound) with a clear
        // message, streaming: memory stays small.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bomb.xlsx"));
        {
            QuaZip zip(path);
            QVERIFY(zip.open(QuaZip::mdCreate));
            for (const auto &e : { qMakePair(QStringLiteral("xl/workbook.xml"), kWorkbook),
                                   qMakePair(QStringLiteral("xl/_rels/workbook.xml.rels"), kRels) }) {
                QuaZipFile f(&zip);
                QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(e.first), nullptr, 0, Z_DEFLATED, 1));
                f.write(e.second);
                f.close();
            }
            QuaZipFile f(&zip);
            QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml")),
                           nullptr, 0, Z_DEFLATED, 9));
            f.write("<worksheet "
                    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            const QByteArray spaces(1024 * 1024, ' ');
            for (int i = 0; i < 600; ++i)
                f.write(spaces);
            f.write("</sheetData></worksheet>");
            f.close();
            zip.close();
        }
        QVERIFY(QFileInfo(path).size() < 2 * 1024 * 1024);
        const ImportResult r = Importer::read(path, {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("too large"))
                         && r.error.contains(QStringLiteral("%1 MB").arg(ZipArchive::kMaxEntryBytes >> 20)),
                 qPrintable(r.error));
    }

    void giantSharedStrings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("strings.xlsx"));
        QByteArray sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
        for (int i = 0; i < 3000; ++i)
            sst += "<si><t>" + QByteArray::number(i) + "</t></si>";
        sst += "</sst>";
        const QByteArray rels = QByteArray(kRels).replace(
                "</Relationships>",
                "<Relationship Id=\"rId2\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
        QVERIFY(writeZip(path,
                         { { QStringLiteral("xl/workbook.xml"), kWorkbook },
                           { QStringLiteral("xl/_rels/workbook.xml.rels"), rels },
                           { QStringLiteral("xl/sharedStrings.xml"), sst },
                           { QStringLiteral("xl/worksheets/sheet1.xml"), "<worksheet/>" } }));
        XlsxReader::Limits limits;
        limits.maxStrings = 2000;
        XlsxReader::Result r = XlsxReader::readFile(path, limits);
        QVERIFY2(r.error.contains(QStringLiteral("sharedStrings"))
                         && r.error.contains(QStringLiteral("2000")),
                 qPrintable(r.error));
        QVERIFY(r.grids.isEmpty());
        limits = {};
        limits.maxTextChars = 5000; // the total text cap
        r = XlsxReader::readFile(path, limits);
        QVERIFY2(r.error.contains(QStringLiteral("more text")), qPrintable(r.error));
        limits = {};
        limits.maxEntryBytes = 20000; // a part larger than allowed, declared honestly
        r = XlsxReader::readFile(path, limits);
        QVERIFY2(r.error.contains(QStringLiteral("sharedStrings.xml"))
                         && r.error.contains(QStringLiteral("too large")),
                 qPrintable(r.error));
        QVERIFY(XlsxReader::readFile(path).error.isEmpty()); // within the default limits it reads
    }

    void tooManyCells()
    {
        // A few hundred cells in column XFD ask for 16384 grid slots each: refused before allocating.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("far.xlsx"));
        QByteArray sheet = "<worksheet><sheetData>";
        for (int r = 1; r <= 1000; ++r)
            sheet += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r)
                    + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
        sheet += "</sheetData></worksheet>";
        QVERIFY(writeZip(path,
                         { { QStringLiteral("xl/workbook.xml"), kWorkbook },
                           { QStringLiteral("xl/_rels/workbook.xml.rels"), kRels },
                           { QStringLiteral("xl/worksheets/sheet1.xml"), sheet } }));
        const XlsxReader::Result r = XlsxReader::readFile(path);
        QVERIFY2(r.error.contains(QStringLiteral("cells")), qPrintable(r.error));
        // A reference beyond Excel's grid is damage.
        QVERIFY(writeZip(path,
                         { { QStringLiteral("xl/workbook.xml"), kWorkbook },
                           { QStringLiteral("xl/_rels/workbook.xml.rels"), kRels },
                           { QStringLiteral("xl/worksheets/sheet1.xml"),
                             "<worksheet><sheetData><row><c "
                             "r=\"ZZZZ1\"><v>1</v></c></row></sheetData></worksheet>" } }));
        QVERIFY2(XlsxReader::readFile(path).error.contains(QStringLiteral("damaged")),
                 qPrintable(XlsxReader::readFile(path).error));
    }

    void xmlVariants()
    {
        // Namespace prefixes, entities, CR LF, comments and CDATA.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.xlsx"));
        const QByteArray sheet
                = "<?xml version=\"1.0\"?><!-- written by hand --><x:worksheet "
                  "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
                  "<x:row r=\"2\"><x:c r=\"B2\" "
                  "t=\"inlineStr\"><x:is><x:t>甲&amp;乙&#x4E2D;&#20013;\r\n丙</x:t></x:is></x:c>"
                  "<x:c t=\"str\"><x:f>A1&amp;\"x\"</x:f><x:v>缓存 &lt;值&gt;</x:v></x:c><x:c r=\"E2\" "
                  "t=\"b\"><x:v>1</x:v></x:c>"
                  "<x:c r=\"F2\"><x:v>0.30000000000000004</x:v></x:c><x:c r=\"G2\" "
                  "s=\"0\"><x:v>12</x:v></x:c>"
                  "<x:c r=\"H2\" t=\"inlineStr\"><x:is><x:t>a_x000D__x000A_b</x:t></x:is></x:c></x:row>"
                  "</x:sheetData><x:mergeCells><x:mergeCell ref=\"B2:B3\"/></x:mergeCells></x:worksheet>";
        QVERIFY(writeZip(path,
                         { { QStringLiteral("xl/workbook.xml"), kWorkbook },
                           { QStringLiteral("xl/_rels/workbook.xml.rels"), kRels },
                           { QStringLiteral("xl/worksheets/sheet1.xml"), sheet } }));
        XlsxReader::Result r = XlsxReader::readFile(path);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        TableGrid g = r.grids.first();
        QCOMPARE(g.cell(1, 1), QStringLiteral("甲&乙中中\n丙"));
        QCOMPARE(g.cell(1, 2), QStringLiteral("缓存 <值>")); // a cell without r: the next column
        QCOMPARE(g.cell(1, 4), QStringLiteral("TRUE"));
        QCOMPARE(g.cell(1, 5), QStringLiteral("0.3"));
        QCOMPARE(g.cell(1, 6), QStringLiteral("12"));
        QCOMPARE(g.cell(1, 7), QStringLiteral("a\nb"));
        QCOMPARE(g.merges.size(), 1);
        QCOMPARE(g.merges.first().rowSpan, 2);
        // The same cells with CDATA: same result.
        QByteArray cdata = sheet;
        cdata.replace("<x:t>甲&amp;乙&#x4E2D;&#20013;\r\n丙</x:t>", "<x:t><![CDATA[甲&乙]]>中中\n丙</x:t>");
        QVERIFY(writeZip(path,
                         { { QStringLiteral("xl/workbook.xml"), kWorkbook },
                           { QStringLiteral("xl/_rels/workbook.xml.rels"), kRels },
                           { QStringLiteral("xl/worksheets/sheet1.xml"), cdata } }));
        r = XlsxReader::readFile(path);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const TableGrid g2 = r.grids.first();
        QCOMPARE(g2.rows, g.rows);
        QCOMPARE(g2.merges.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
