// Files as offices have them (issue 13): Excel 97-2003 .xls through FreeXL, Word tables (.docx),
// .doc/.wps/.et through LibreOffice, .pdf refused; hostile files refused with every file untouched.
#include "TestData.h"
#include "TestFiles.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/ItemField.h"
#include "exchange/DocumentConverter.h"
#include "exchange/DocxReader.h"
#include "exchange/DocxWriter.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "exchange/TemplateLayout.h"
#include "exchange/XlsReader.h"
#include "template/TemplateTerms.h"
#include "util/ZipArchive.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gkml;

namespace {

const QString kFixtures = QStringLiteral(GKML_FIXTURES "/exchange/");

using gkml::test::sha256;

using gkml::test::writeFile;

using gkml::test::readFile;

QString describe(const QVariant &v)
{
    return v.toStringList().join(QLatin1Char('|')) + v.toString();
}

// Every field of every item, with the first difference named.
void compareItems(const QList<Item> &got, const QList<Item> &want)
{
    QCOMPARE(got.size(), want.size());
    for (int i = 0; i < want.size(); ++i) {
        for (const FieldInfo &fi : ItemFields::all()) {
            if (got.at(i).value(fi.field) != want.at(i).value(fi.field))
                QFAIL(qPrintable(QStringLiteral("item %1 field %2: got \"%3\", want \"%4\"")
                                         .arg(i)
                                         .arg(ItemFields::key(fi.field), describe(got.at(i).value(fi.field)),
                                              describe(want.at(i).value(fi.field)))));
        }
    }
}

// An OLE2 file as Excel and Word write a password-protected document: the real content is in
// an "EncryptedPackage" stream. Only the signature and the stream name matter to the readers.
QByteArray encryptedOle2()
{
    QByteArray b(4096, '\0');
    b.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    const QString name = QStringLiteral("EncryptedPackage");
    b.replace(1024, name.size() * 2,
              QByteArray(reinterpret_cast<const char *>(name.utf16()), name.size() * 2));
    return b;
}

int runCli(const QStringList &args, QString *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(GKML_CLI_PATH), args);
    if (!p.waitForFinished(180000))
        return -1;
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return p.exitCode();
}

QList<Item> exportItems()
{
    QList<Item> items = Importer::read(kFixtures + QStringLiteral("word-two-tables.docx"), {}).items;
    Item secret = items.first();
    secret.seq = 9;
    secret.level2 = QStringLiteral("内部审签稿机密事项");
    secret.withheld = true;
    items << secret;
    return items;
}

} // namespace

class TestFiles : public QObject
{
    Q_OBJECT
private slots:
    void xlsMatchesXlsx_data()
    {
        gkml::test::addColumns<QString, int>({ "name", "items" });
        // The .xls files are LibreOffice's conversions of the .xlsx fixtures (soffice --convert-to xls).
        QTest::newRow("安溪 社会救助 (merged 一级事项)") << QStringLiteral("anxi-shehui-jiuzhu") << 14;
        QTest::newRow("天津 (notes row)") << QStringLiteral("variant-tianjin") << 2;
        QTest::newRow("本溪 (several sheets and tables)") << QStringLiteral("variant-benxi") << 5;
    }

    void xlsMatchesXlsx()
    {
        QFETCH(QString, name);
        QFETCH(int, items);
        const QString xls = kFixtures + name + QStringLiteral(".xls");
        const QString xlsx = QFile::exists(kFixtures + name + QStringLiteral(".xlsx"))
                ? kFixtures + name + QStringLiteral(".xlsx")
                : QStringLiteral(GKML_FIXTURES "/samples/") + name + QStringLiteral(".xlsx");
        const QByteArray before = sha256(xls);
        const ImportResult fromXls = Importer::read(xls, {});
        const ImportResult fromXlsx = Importer::read(xlsx, {});
        QVERIFY2(fromXls.ok(), qPrintable(fromXls.error));
        QVERIFY2(fromXlsx.ok(), qPrintable(fromXlsx.error));
        QCOMPARE(fromXls.items.size(), items);
        compareItems(fromXls.items, fromXlsx.items);
        QCOMPARE(fromXls.unit, fromXlsx.unit);
        QCOMPARE(sha256(xls), before);
    }

    void xlsCellValues()
    {
        const XlsReader::Result r = XlsReader::readFile(kFixtures + QStringLiteral("xls-values.xls"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.grids.size(), 1);
        const TableGrid &g = r.grids.first();
        QCOMPARE(g.name, QStringLiteral("xls-values"));
        QCOMPARE(g.cell(0, 0), QStringLiteral("数字"));
        QCOMPARE(g.cell(1, 0), QStringLiteral("12")); // integer: no ".0"
        QCOMPARE(g.cell(1, 1), QStringLiteral("3.5"));
        QCOMPARE(g.cell(1, 2), QStringLiteral("2026-11-30")); // a date cell, as XlsxReader gives it
        QCOMPARE(g.cell(1, 3), QStringLiteral("第一行\n第二行"));
        // FreeXL leaves formula cells empty: their cached results come from BiffFormulaScanner.
        QCOMPARE(g.cell(1, 4), QStringLiteral("12件"));
        QCOMPARE(g.cell(1, 5), QStringLiteral("24"));
        QCOMPARE(g.cell(1, 6), QString());
        // The error value (=1/0) is named, with sheet and cell, not silently empty.
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings.first().contains(QStringLiteral("\"xls-values\""))
                         && r.warnings.first().contains(QStringLiteral("G2")),
                 qPrintable(r.warnings.first()));
        // A real date cell (LibreOffice's conversion of xls-dates.csv): FreeXL's date type.
        const XlsReader::Result dates = XlsReader::readFile(kFixtures + QStringLiteral("xls-dates.xls"));
        QVERIFY2(dates.error.isEmpty(), qPrintable(dates.error));
        QCOMPARE(dates.grids.first().cell(1, 2), QStringLiteral("2026-11-30"));
        QCOMPARE(dates.grids.first().cell(1, 3), QStringLiteral("第一行\n第二行"));
        QCOMPARE(XlsReader::columnName(0), QStringLiteral("A"));
        QCOMPARE(XlsReader::columnName(26), QStringLiteral("AA"));
    }

    void xlsxWithoutMergesInfersLevel1()
    {
        // The .xls of the 安溪 sample has no merge records: 9 blank 一级事项 cells are inferred.
        const ImportResult r = Importer::read(kFixtures + QStringLiteral("anxi-shehui-jiuzhu.xls"), {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        bool warned = false;
        for (const QString &w : r.warnings)
            warned = warned
                    || (w.contains(QStringLiteral("9 blank")) && w.contains(QStringLiteral("Sheet1")));
        QVERIFY2(warned, qPrintable(r.warnings.join(QLatin1Char('\n'))));
        for (const Item &item : r.items)
            QVERIFY2(!item.level1.isEmpty(), qPrintable(item.level2));
        QCOMPARE(r.items.at(1).level1, QStringLiteral("综合业务"));
        // The xlsx with its merge records needs no inference and says nothing of it.
        const ImportResult merged
                = Importer::read(QStringLiteral(GKML_FIXTURES "/samples/anxi-shehui-jiuzhu.xlsx"), {});
        for (const QString &w : merged.warnings)
            QVERIFY(!w.contains(QStringLiteral("records no merged cells")));
    }

    void xlsLimits()
    {
        XlsReader::Limits small;
        small.maxCells = 10;
        const XlsReader::Result r
                = XlsReader::readFile(kFixtures + QStringLiteral("anxi-shehui-jiuzhu.xls"), small);
        QVERIFY(r.grids.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("more than 10 cells")), qPrintable(r.error));
    }

    void docxTwoTables()
    {
        const QString path = kFixtures + QStringLiteral("word-two-tables.docx");
        const QByteArray before = sha256(path);
        const ImportResult r = Importer::read(path, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(sha256(path), before);
        QCOMPARE(r.items.size(), 4);
        QCOMPARE(r.unit, QStringLiteral("某某县民政局")); // from the title paragraph above the table
        const Item &first = r.items.at(0);
        QCOMPARE(first.domain, QStringLiteral("社会救助"));
        QCOMPARE(first.seq, 1);
        QCOMPARE(first.level1, QStringLiteral("最低生活保障"));
        QCOMPARE(first.level2, QStringLiteral("办事指南"));
        QCOMPARE(first.content,
                 QStringLiteral("办理事项\n申请条件\n办理流程")); // three paragraphs in one cell
        QCOMPARE(first.basis, QStringLiteral("《社会救助暂行办法》"));
        QCOMPARE(first.deadline, QStringLiteral("信息形成或变更之日起20个工作日内"));
        QCOMPARE(first.owner, QStringLiteral("县民政局"));
        QVERIFY(first.channels.contains(QStringLiteral("政府网站")));
        QVERIFY(!first.channels.contains(QStringLiteral("政务新媒体"))); // □ = not chosen
        QCOMPARE(first.audience, QStringList { QStringLiteral("全社会") });
        QCOMPARE(first.method, QStringList { QStringLiteral("主动") });
        QCOMPARE(first.level, (QStringList { QStringLiteral("县级"), QStringLiteral("乡级") }));
        const Item &second = r.items.at(1);
        QCOMPARE(second.level1, QStringLiteral("最低生活保障")); // w:vMerge continue
        QCOMPARE(second.level2, QStringLiteral("审批信息"));
        QCOMPARE(second.level, QStringList { QStringLiteral("县级") });
        const Item &third = r.items.at(2);
        QCOMPARE(third.level1, QStringLiteral("临时救助"));
        QCOMPARE(third.audience, QStringList { QStringLiteral("特定群体") });
        QCOMPARE(third.deadline, QStringLiteral("常态"));
        // The second table, with its own title: another domain.
        const Item &fourth = r.items.at(3);
        QCOMPARE(fourth.domain, QStringLiteral("养老服务"));
        QCOMPARE(fourth.seq, 1);
        QCOMPARE(fourth.level1, QStringLiteral("养老服务业扶持政策措施清单"));
        QCOMPARE(fourth.channels, QStringList { QStringLiteral("政府网站") });
    }

    void docxGrid()
    {
        const DocxReader::Result r = DocxReader::readFile(kFixtures + QStringLiteral("word-two-tables.docx"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.grids.size(), 2);
        const TableGrid &g = r.grids.first();
        QCOMPARE(g.name, QStringLiteral("某某县民政局社会救助领域基层政务公开标准目录"));
        // Title rows (附件2 and the title), then the two header rows.
        QCOMPARE(g.cell(0, 0), QStringLiteral("附件2"));
        QCOMPARE(g.cell(2, 1), QStringLiteral("公开事项"));
        QCOMPARE(g.cell(2, 3), QStringLiteral("公开内容（要素）")); // after a gridSpan of 2
        QCOMPARE(g.cell(3, 1), QStringLiteral("一级事项"));
        QCOMPARE(g.cell(3, 13), QStringLiteral("乡级"));
        bool groupSpan = false;
        bool headerVertical = false;
        bool level1Vertical = false;
        for (const TableGrid::Merge &m : g.merges) {
            groupSpan = groupSpan || (m.row == 2 && m.column == 1 && m.columnSpan == 2 && m.rowSpan == 1);
            headerVertical = headerVertical || (m.row == 2 && m.column == 0 && m.rowSpan == 2);
            level1Vertical = level1Vertical || (m.row == 4 && m.column == 1 && m.rowSpan == 2);
        }
        QVERIFY(groupSpan);
        QVERIFY(headerVertical);
        QVERIFY(level1Vertical);
        QCOMPARE(r.grids.at(1).name, QStringLiteral("某某县民政局养老服务领域基层政务公开标准目录"));
    }

    void docxNestedTableRefused()
    {
        const DocxReader::Result r
                = DocxReader::readFile(kFixtures + QStringLiteral("word-nested-table.docx"));
        QVERIFY(r.grids.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("table inside"))
                         && r.error.contains(QStringLiteral("Table 1")),
                 qPrintable(r.error));
    }

    void docxBombRefused()
    {
        // 3 MB of text packed into 4 kB, read with a 1 MB limit: counted while inflating.
        DocxReader::Limits limits;
        limits.maxDocumentBytes = 1024 * 1024;
        const DocxReader::Result r
                = DocxReader::readFile(kFixtures + QStringLiteral("word-bomb.docx"), limits);
        QVERIFY(r.grids.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("zip bomb")), qPrintable(r.error));
    }

    void docxOddSpans()
    {
        // w:gridBefore shifts a row right; a w:gridSpan outside any cell (odd but well-formed) leaves
        // no unsettled span behind; huge gridBefore values count against the cell limit.
        const auto docx = [](const QString &body) {
            const QByteArray xml
                    = QStringLiteral("<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                                     "wordprocessingml/2006/main\"><w:body>%1</w:body></w:document>")
                              .arg(body)
                              .toUtf8();
            QString error;
            return *ZipArchive::write({ { QStringLiteral("word/document.xml"), xml } },
                                      QDateTime::currentDateTime(), &error);
        };
        const QString cell = QStringLiteral("<w:tc><w:p><w:r><w:t>%1</w:t></w:r></w:p></w:tc>");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("odd.docx"));
        QVERIFY(writeFile(path,
                          docx(QStringLiteral("<w:tbl><w:tr>") + cell.arg(QStringLiteral("a"))
                               + cell.arg(QStringLiteral("b"))
                               + QStringLiteral("</w:tr><w:tr><w:trPr><w:gridBefore "
                                                "w:val=\"1\"/></w:trPr><w:gridSpan w:val=\"3\"/>")
                               + cell.arg(QStringLiteral("c")) + QStringLiteral("</w:tr></w:tbl>"))));
        const DocxReader::Result r = DocxReader::readFile(path);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.grids.size(), 1);
        QCOMPARE(r.grids.first().cell(1, 0), QString());
        QCOMPARE(r.grids.first().cell(1, 1), QStringLiteral("c"));
        for (const TableGrid::Merge &m : r.grids.first().merges)
            QVERIFY(m.rowSpan >= 1 && m.columnSpan >= 1);

        QString rows;
        for (int i = 0; i < 200; ++i)
            rows += QStringLiteral("<w:tr><w:trPr><w:gridBefore w:val=\"1000\"/></w:trPr>") + cell.arg(i)
                    + QStringLiteral("</w:tr>");
        QVERIFY(writeFile(path, docx(QStringLiteral("<w:tbl>") + rows + QStringLiteral("</w:tbl>"))));
        DocxReader::Limits limits;
        limits.maxCells = 100000;
        const DocxReader::Result big = DocxReader::readFile(path, limits);
        QVERIFY(big.grids.isEmpty());
        QVERIFY2(big.error.contains(QStringLiteral("table cells")), qPrintable(big.error));
    }

    void hostileFiles_data()
    {
        gkml::test::addColumns<QString, QByteArray, QString>({ "fileName", "bytes", "expected" });
        const QByteArray xls = readFile(kFixtures + QStringLiteral("anxi-shehui-jiuzhu.xls"));
        const QByteArray docx = readFile(kFixtures + QStringLiteral("word-two-tables.docx"));
        QTest::newRow("xls truncated")
                << QStringLiteral("a.xls") << xls.left(xls.size() / 2) << QStringLiteral("damaged");
        QTest::newRow("xls header only")
                << QStringLiteral("a.xls") << xls.left(600) << QStringLiteral("damaged");
        QTest::newRow("xls encrypted")
                << QStringLiteral("a.xls") << encryptedOle2() << QStringLiteral("password");
        QTest::newRow("xls garbage") << QStringLiteral("a.xls") << QByteArray(5000, 'x')
                                     << QStringLiteral("");
        QTest::newRow("docx truncated")
                << QStringLiteral("a.docx") << docx.left(docx.size() / 2) << QStringLiteral("damaged");
        QTest::newRow("docx encrypted")
                << QStringLiteral("a.docx") << encryptedOle2() << QStringLiteral("password");
        QTest::newRow("docx is text")
                << QStringLiteral("a.docx") << QByteArray("hello") << QStringLiteral("not a Word document");
        QByteArray corrupt = docx;
        corrupt[docx.size() / 3] = char(corrupt.at(docx.size() / 3) ^ 0x5A);
        QTest::newRow("docx one byte flipped") << QStringLiteral("a.docx") << corrupt << QStringLiteral("");
    }

    void hostileFiles()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString gkml = dir.filePath(QStringLiteral("c.gkml"));
        QCOMPARE(runCli({ QStringLiteral("import"),
                          QStringLiteral(GKML_FIXTURES "/samples/anxi-shehui-jiuzhu.xlsx"),
                          QStringLiteral("-o"), gkml }),
                 0);
        const QString bad = dir.filePath(fileName);
        QVERIFY(writeFile(bad, bytes));
        const QByteArray badBefore = sha256(bad);
        const QByteArray gkmlBefore = sha256(gkml);
        const ImportResult r = Importer::read(bad, {});
        QVERIFY(!r.ok());
        QVERIFY(r.items.isEmpty());
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QString err;
        QCOMPARE(runCli({ QStringLiteral("import"), bad, QStringLiteral("-o"), gkml }, &err), 2);
        QVERIFY2(!err.isEmpty() && !err.contains(QLatin1Char('\n')), qPrintable(err));
        QCOMPARE(sha256(bad), badBefore);
        QCOMPARE(sha256(gkml), gkmlBefore);
    }

    void unreadableFormatsExplain_data()
    {
        gkml::test::addColumns<QString, QString>({ "fileName", "expected" });
        QTest::newRow("pdf") << QStringLiteral("目录.pdf") << QStringLiteral("cannot read a PDF");
        QTest::newRow("doc") << QStringLiteral("目录.doc") << QStringLiteral(".docx");
        QTest::newRow("wps") << QStringLiteral("目录.wps") << QStringLiteral(".docx");
        QTest::newRow("et") << QStringLiteral("目录.et") << QStringLiteral(".xlsx");
    }

    void unreadableFormatsExplain()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QVERIFY(writeFile(path, encryptedOle2()));
        const ImportResult r = Importer::read(path, {}); // no conversion asked
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QLatin1Char('\n')), qPrintable(r.error));
    }

    void docConvertedByLibreOffice()
    {
        if (DocumentConverter::findLibreOffice().isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        QTemporaryDir dir;
        // A .doc as offices have them: LibreOffice's Word 97 conversion of the .docx fixture.
        QProcess lo;
        lo.start(DocumentConverter::findLibreOffice(),
                 { QStringLiteral("--headless"), QStringLiteral("--norestore"),
                   QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
                   QStringLiteral("--convert-to"), QStringLiteral("doc"), QStringLiteral("--outdir"),
                   dir.path(), kFixtures + QStringLiteral("word-two-tables.docx") });
        QVERIFY(lo.waitForFinished(180000));
        const QString doc = dir.filePath(QStringLiteral("word-two-tables.doc"));
        QVERIFY(QFile::exists(doc));
        const QByteArray before = sha256(doc);
        const ImportResult refused = Importer::read(doc, {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("--convert")), qPrintable(refused.error));
        QVERIFY(Importer::canConvert(doc));

        const QString gkml = dir.filePath(QStringLiteral("c.gkml"));
        QString err;
        QCOMPARE(runCli({ QStringLiteral("import"), doc, QStringLiteral("--convert"), QStringLiteral("-o"),
                          gkml },
                        &err),
                 0);
        QVERIFY2(err.contains(QStringLiteral("LibreOffice")), qPrintable(err)); // says it was converted
        QCOMPARE(sha256(doc), before);
        QString error;
        auto file = CatalogueFile::open(gkml, CatalogueFile::OpenMode::ReadOnly, &error);
        QVERIFY2(file, qPrintable(error));
        const QList<Item> items = file->items();
        compareItems(items, Importer::read(kFixtures + QStringLiteral("word-two-tables.docx"), {}).items);

        // A time limit too short to convert: a clear error, nothing imported.
        ImportOptions hurried;
        hurried.convertWithLibreOffice = true;
        hurried.convertTimeoutMs = 1;
        const ImportResult late = Importer::read(doc, hurried);
        QVERIFY(!late.ok());
        QVERIFY2(late.error.contains(QStringLiteral("was stopped")), qPrintable(late.error));
        QCOMPARE(sha256(doc), before);
    }

    void domainFromFileName()
    {
        // variant-shanghai.html names no domain (no 领域 column, no title, no --domain), but its row
        // 综合业务/政策法规文件 is a standard item of 社会救助 only: the rows decide it.
        const QByteArray page = readFile(kFixtures + QStringLiteral("variant-shanghai.html"));
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("目录.html"));
        QVERIFY(writeFile(plain, page));
        const ImportResult fromRows = Importer::read(plain, {});
        QVERIFY2(fromRows.ok(), qPrintable(fromRows.error));
        QCOMPARE(fromRows.items.first().domain, QStringLiteral("社会救助"));
        QVERIFY2(fromRows.layout.contains(QStringLiteral("from the items")), qPrintable(fromRows.layout));
        // Rows that match no standard item: today's clear error stays.
        QByteArray unknown = page;
        unknown.replace(QStringLiteral("政策法规文件").toUtf8(), QStringLiteral("某某自定事项").toUtf8());
        QVERIFY(unknown != page);
        QVERIFY(writeFile(plain, unknown));
        const ImportResult refused = Importer::read(plain, {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("--domain")), qPrintable(refused.error));
        // ... but the file's name can name it, and the summary says so.
        const QString named = dir.filePath(
                QStringLiteral("某某县民政局养老服务领域基层政务公开标准目录（2024年版）.html"));
        QVERIFY(writeFile(named, page));
        const ImportResult r = Importer::read(named, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.items.size(), 1);
        QCOMPARE(r.items.first().domain, QStringLiteral("养老服务"));
        QVERIFY2(r.layout.contains(QStringLiteral("from the file name")), qPrintable(r.layout));
        // --domain still wins over the file name.
        ImportOptions o;
        o.domain = QStringLiteral("社会救助");
        QCOMPARE(Importer::read(named, o).items.first().domain, QStringLiteral("社会救助"));
    }

    void docxExportStructure()
    {
        ExportOptions options;
        options.date = QDate(2026, 11, 30);
        const QString xml = QString::fromUtf8(DocxWriter::documentXml(
                exportItems(), CatalogueInfo::withUnit(QStringLiteral("某某县民政局")), options));
        QVERIFY(!xml.contains(QStringLiteral("内部审签稿机密事项"))); // withheld: never written
        QCOMPARE(xml.count(QStringLiteral("<w:tbl>")), 2); // one table per domain
        QCOMPARE(xml.count(QStringLiteral("<w:tblHeader/>")),
                 4); // two header rows each, repeated on every page
        QVERIFY(xml.contains(QStringLiteral("w:eastAsia=\"方正小标宋简体\"")));
        QVERIFY(xml.contains(QStringLiteral("w:eastAsia=\"仿宋_GB2312\"")));
        QVERIFY(xml.contains(QStringLiteral("w:orient=\"landscape\"")));
        QVERIFY(xml.contains(QStringLiteral("2026年11月30日")));
        // 最低生活保障 spans two rows: one restart, one continue in the 一级事项 column.
        QVERIFY(xml.contains(QStringLiteral("<w:vMerge w:val=\"restart\"/>")));
        QVERIFY(xml.contains(QStringLiteral("<w:vMerge/>")));
        // The whole file reads back through DocxReader to the same public items.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.docx"));
        QString error;
        QVERIFY2(Exporter::write(exportItems(), CatalogueInfo::withUnit(QStringLiteral("某某县民政局")),
                                 ExportFormat::Docx, path, options, &error),
                 qPrintable(error));
        const ImportResult back = Importer::read(path, {});
        QVERIFY2(back.ok(), qPrintable(back.error));
        QList<Item> publicItems = exportItems();
        publicItems.removeLast();
        // The channel checklist ticks a spelling such as 公示栏 under the board channel it stands for.
        for (Item &it : publicItems)
            it.channels = TemplateTerms::canonicalSet(Field::Channels, it.channels);
        compareItems(back.items, publicItems);
        QCOMPARE(back.unit, QStringLiteral("某某县民政局"));
    }

    void docxExportTextInLibreOffice()
    {
        if (DocumentConverter::findLibreOffice().isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        QTemporaryDir dir;
        const CatalogueInfo info = CatalogueInfo::withUnit(QStringLiteral("某某县民政局"));
        ExportOptions options;
        options.date = QDate(2026, 11, 30);
        const QString path = dir.filePath(QStringLiteral("c.docx"));
        QString error;
        QVERIFY2(Exporter::write(exportItems(), info, ExportFormat::Docx, path, options, &error),
                 qPrintable(error));
        QProcess lo;
        lo.start(DocumentConverter::findLibreOffice(),
                 { QStringLiteral("--headless"), QStringLiteral("--norestore"),
                   QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
                   QStringLiteral("--convert-to"), QStringLiteral("txt:Text (encoded):UTF8"),
                   QStringLiteral("--outdir"), dir.path(), path });
        QVERIFY(lo.waitForFinished(180000));
        const QString text = QString::fromUtf8(readFile(dir.filePath(QStringLiteral("c.txt"))));
        QVERIFY2(!text.isEmpty(), "LibreOffice wrote no text");
        QStringList got;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            const QString t = line.trimmed().remove(QChar(0xFEFF));
            if (!t.isEmpty())
                got << t;
        }
        // The catalogue as the template lays it out, paragraph by paragraph, in reading order.
        QStringList want;
        for (const TemplateLayout::Section &s : TemplateLayout::sections(exportItems(), info, options)) {
            want << s.title;
            for (int c = 0; c < s.columns.size(); ++c) {
                const TemplateLayout::Column &col = s.columns.at(c);
                if (col.group.isEmpty())
                    want << col.label;
                else if (c == 0 || s.columns.at(c - 1).group != col.group)
                    want << col.group;
            }
            for (const TemplateLayout::Column &col : s.columns) {
                if (!col.group.isEmpty())
                    want << col.label;
            }
            for (int i = 0; i < s.items.size(); ++i) {
                for (const TemplateLayout::Column &col : s.columns) {
                    if (TemplateLayout::continuesMerge(s, i, col))
                        continue;
                    for (const QString &line :
                         TemplateLayout::cellText(s.items.at(i), col).split(QLatin1Char('\n'))) {
                        if (!line.trimmed().isEmpty())
                            want << line.trimmed();
                    }
                }
            }
            want << DocxWriter::tr("Unit: %1    Date: %2")
                            .arg(info.unit, QStringLiteral("2026年11月30日"))
                            .simplified();
        }
        for (QString &g : got)
            g = g.simplified();
        QCOMPARE(got, want);
        QVERIFY(!text.contains(QStringLiteral("内部审签稿机密事项")));
    }
};

QTEST_MAIN(TestFiles)
#include "tst_files.moc"
