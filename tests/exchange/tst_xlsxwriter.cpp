// The template xlsx export: its structure as the county prints it (sheets, merged headers,
// checklists, ticks, no formulas, print setup), lossless round trips, and LibreOffice reading it.
#include "RoundTrip.h"
#include "TestFiles.h"
#include "TestItems.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "exchange/XlsxReader.h"
#include "util/ZipArchive.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace gkml;
using namespace gkml::test;

class TestXlsxWriter : public QObject
{
    Q_OBJECT
private slots:
    void roundTripXlsx()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("出口 目录.xlsx")); // a Chinese path with a space
        exchangefixtures::verifyRoundTrip(richItems(), ExportFormat::Xlsx, path);
        // The shared samples survive xlsx -> file too.
        for (const QString &sample :
             { QStringLiteral("anxi-shehui-jiuzhu.xlsx"), QStringLiteral("anxi-yanglao-fuwu.html") })
            exchangefixtures::verifySampleRoundTrip(sample, ExportFormat::Xlsx,
                                                    dir.filePath(sample + QStringLiteral(".xlsx")));
    }

    void exportTemplateStructure()
    {
        QString error;
        const QByteArray xlsx
                = Exporter::bytes(richItems(), CatalogueInfo::withUnit(QStringLiteral("安溪县民政局")),
                                  ExportFormat::Xlsx, {}, &error);
        QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.xlsx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(xlsx);
        f.close();
        // One sheet per domain, named after it; the title row and the header as the county prints it.
        const XlsxReader::Result raw = XlsxReader::readFile(path);
        QVERIFY2(raw.error.isEmpty(), qPrintable(raw.error));
        QCOMPARE(raw.grids.size(), 2);
        QCOMPARE(raw.grids.at(0).name, QStringLiteral("社会救助"));
        QCOMPARE(raw.grids.at(1).name, QStringLiteral("养老服务"));
        const TableGrid &g = raw.grids.at(0);
        QCOMPARE(g.cell(0, 0), QStringLiteral("安溪县民政局社会救助领域基层政务公开标准目录"));
        QCOMPARE(g.cell(1, 1), QStringLiteral("公开事项"));
        QCOMPARE(g.cell(2, 1), QStringLiteral("一级事项"));
        QCOMPARE(g.cell(2, 2), QStringLiteral("二级事项"));
        QCOMPARE(g.cell(2, 3), QStringLiteral("三级事项")); // used by these items
        QStringList subHeader = g.rows.at(2);
        QVERIFY(subHeader.contains(QStringLiteral("全社会"))
                && subHeader.contains(QStringLiteral("特定群体")));
        QVERIFY(subHeader.contains(QStringLiteral("主动")) && subHeader.contains(QStringLiteral("依申请")));
        QVERIFY(subHeader.contains(QStringLiteral("县级")) && subHeader.contains(QStringLiteral("乡级")));
        QVERIFY(subHeader.contains(QStringLiteral("市级"))); // a value outside the template gets its column
        QVERIFY(g.rows.at(1).contains(QStringLiteral("责任股室")));
        // Merged title, header groups and the 一级事项 run of the two 最低生活保障 rows.
        auto hasMerge = [&g](int row, int col, int rows, int cols) {
            for (const TableGrid::Merge &m : g.merges) {
                if (m.row == row && m.column == col && m.rowSpan == rows && m.columnSpan == cols)
                    return true;
            }
            return false;
        };
        QVERIFY(hasMerge(0, 0, 1, g.columnCount()));
        QVERIFY(hasMerge(1, 1, 1, 3)); // 公开事项 over 一级/二级/三级事项
        QVERIFY(hasMerge(1, 0, 2, 1)); // 序号 over both header rows
        QVERIFY(hasMerge(3, 1, 2, 1)); // 最低生活保障
        // The channel checklist in printed order with 其他 written out; √ ticks.
        const int channelColumn = static_cast<int>(g.rows.at(1).indexOf(QStringLiteral("公开渠道和载体")));
        QVERIFY(channelColumn > 0);
        const QStringList lines = g.cell(3, channelColumn).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 13);
        QCOMPARE(lines.first(), QStringLiteral("■政府网站"));
        QCOMPARE(lines.at(1), QStringLiteral("□政府公报"));
        QCOMPARE(lines.at(3), QStringLiteral("■发布会/听证会"));
        QCOMPARE(lines.last(), QStringLiteral("■其他：村民微信群"));
        const int audienceColumn = static_cast<int>(subHeader.indexOf(QStringLiteral("特定群体")));
        QCOMPARE(g.cell(3, audienceColumn), QStringLiteral("√（低保申请人（城市））"));
        QCOMPARE(g.cell(3, audienceColumn - 1), QStringLiteral("√"));
        // No live formula anywhere: every cell is a shared string; print setup and frozen panes.
        QuaZip zip(path);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QVERIFY(zip.setCurrentFile(QStringLiteral("xl/worksheets/sheet1.xml")));
        QuaZipFile sheet(&zip);
        QVERIFY(sheet.open(QIODevice::ReadOnly));
        const QByteArray xml = sheet.readAll();
        QVERIFY(!xml.contains("<f>") && !xml.contains("<f "));
        QVERIFY(xml.contains("paperSize=\"8\"") && xml.contains("orientation=\"landscape\""));
        QVERIFY(xml.contains("state=\"frozen\"") && xml.contains("ySplit=\"3\""));
        sheet.close();
        QVERIFY(zip.setCurrentFile(QStringLiteral("xl/workbook.xml")));
        QuaZipFile wb(&zip);
        QVERIFY(wb.open(QIODevice::ReadOnly));
        QVERIFY(wb.readAll().contains("_xlnm.Print_Titles"));
    }

    void libreOfficeReadsExport()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
        QTemporaryDir dir;
        QString error;
        const ImportResult s = Importer::read(kSamples + QStringLiteral("anxi-shehui-jiuzhu.xlsx"), {});
        const QString xlsx = dir.filePath(QStringLiteral("catalogue.xlsx"));
        QVERIFY2(Exporter::write(s.items + richItems(),
                                 CatalogueInfo::withUnit(QStringLiteral("安溪县民政局")), ExportFormat::Xlsx,
                                 xlsx, {}, &error),
                 qPrintable(error));
        QProcess p;
        p.setWorkingDirectory(dir.path());
        // A private profile, so that a LibreOffice already running elsewhere does not interfere.
        p.start(soffice,
                { QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
                  QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
                  QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1"), QStringLiteral("--outdir"),
                  dir.filePath(QStringLiteral("out")), xlsx });
        QVERIFY(p.waitForFinished(180000));
        QCOMPARE(p.exitCode(), 0);
        QFile csv(dir.filePath(QStringLiteral("out/catalogue.csv")));
        QVERIFY2(csv.open(QIODevice::ReadOnly), "LibreOffice wrote no csv");
        const QString text = QString::fromUtf8(csv.readAll());
        // The first sheet (社会救助) with the same Chinese text: title, header, items, checklist, ticks.
        QVERIFY(text.contains(QStringLiteral("安溪县民政局社会救助领域基层政务公开标准目录")));
        QVERIFY(text.contains(QStringLiteral("公开内容（要素）")));
        for (const Item &it : s.items) {
            QVERIFY2(text.contains(it.level2), qPrintable(it.level2));
            QVERIFY2(text.contains(QLatin1Char('"') + it.content + QLatin1Char('"'))
                             || text.contains(it.content),
                     qPrintable(it.content));
        }
        QVERIFY(text.contains(QStringLiteral("医疗救助")));
        QVERIFY(text.contains(QStringLiteral("■政府网站\n□政府公报")));
        QVERIFY(text.contains(QStringLiteral("=SUM(A1:A3) 不是公式"))); // text, not evaluated
        QVERIFY(text.contains(QStringLiteral("√（低保申请人（城市））")));
    }

    // The streamed writer (issue 17) writes the very parts the writer before it wrote: every part
    // but docProps/core.xml (which carries the time of export) is compared with the bytes the earlier
    // writer produced for the two county samples (tests/fixtures/exchange/xlsx-pinned). Only the zip
    // around them differs (sheets deflated at zlib's fastest level, files marked readable on Unix).
    void xlsxExportKeepsPinnedBytes()
    {
        QTemporaryDir dir;
        const QString gkml = dir.filePath(QStringLiteral("a.gkml"));
        const QString xlsx = dir.filePath(QStringLiteral("a.xlsx"));
        CliRun run
                = runCli({ QStringLiteral("import"), kSamples + QStringLiteral("anxi-shehui-jiuzhu.xlsx"),
                           kSamples + QStringLiteral("anxi-yanglao-fuwu.html"), QStringLiteral("-o"), gkml });
        QCOMPARE(run.exitCode, 0);
        run = runCli({ QStringLiteral("export"), gkml, QStringLiteral("--format"), QStringLiteral("xlsx"),
                       QStringLiteral("-o"), xlsx });
        QCOMPARE(run.exitCode, 0);
        QString error;
        const auto entries = ZipArchive::read(xlsx, &error);
        QVERIFY2(entries, qPrintable(error));
        QStringList names;
        for (const ZipEntry &e : *entries)
            names << e.name;
        QCOMPARE(names,
                 QStringList({ "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                               "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                               "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                               "xl/sharedStrings.xml" }));
        const QHash<QString, QString> pinned { { "[Content_Types].xml", "[Content_Types].xml" },
                                               { "xl/workbook.xml", "workbook.xml" },
                                               { "xl/_rels/workbook.xml.rels", "workbook.xml.rels" },
                                               { "xl/styles.xml", "styles.xml" },
                                               { "xl/worksheets/sheet1.xml", "sheet1.xml" },
                                               { "xl/worksheets/sheet2.xml", "sheet2.xml" },
                                               { "xl/sharedStrings.xml", "sharedStrings.xml" } };
        for (const ZipEntry &e : *entries) {
            if (!pinned.contains(e.name))
                continue;
            QFile f(kExchangeFixtures + QStringLiteral("xlsx-pinned/") + pinned.value(e.name));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            QVERIFY2(e.data == f.readAll(), qPrintable(e.name));
        }
    }
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
