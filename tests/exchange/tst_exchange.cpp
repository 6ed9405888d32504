// Exchange with Excel, WPS and the portal: xlsx and html import (shared samples and real variant
// layouts), template xlsx/html export, lossless round trips, hostile and damaged inputs, and
// LibreOffice reading the exported workbook.
#include "catalogue/CatalogueFile.h"
#include "exchange/Exporter.h"
#include "exchange/HtmlTableReader.h"
#include "exchange/HtmlWriter.h"
#include "exchange/Importer.h"
#include "exchange/TemplateLayout.h"
#include "exchange/TemplateMapper.h"
#include "exchange/XlsxReader.h"
#include "package/ZipArchive.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QProcess>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace gkml;

namespace {

const QString kSamples = QStringLiteral(GKML_FIXTURES "/samples/");
const QString kFixtures = QStringLiteral(GKML_FIXTURES "/exchange/");

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList channels(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << QString::fromUtf8(n);
    return out;
}

// Items that use every field the template can carry (withheld ones are never exported).
QList<Item> richItems()
{
    QList<Item> items;
    Item a;
    a.domain = QStringLiteral("社会救助");
    a.seq = 1;
    a.level1 = QStringLiteral("最低生活保障");
    a.level2 = QStringLiteral("审核信息");
    a.level3 = QStringLiteral("城市");
    a.content
            = QStringLiteral("=SUM(A1:A3) 不是公式\n初审对象名单  及相关信息\n<b>&amp;</b> \"引号\" '撇号'");
    a.basis = QStringLiteral("-《信息公开条例》及相关规定");
    a.deadline = QStringLiteral("制定或获取信息之日起10个工作日内，公示7个工作日");
    a.owner = QStringLiteral("@乡镇人民政府(街道办事处)");
    a.channels = channels(
            { "政府网站", "发布会/听证会", "社区/企事业单位/村公示栏(电子屏)", "其他：村民微信群" });
    a.audience = channels({ "全社会", "特定群体" });
    a.audienceNote = QStringLiteral("低保申请人（城市）");
    a.method = channels({ "主动", "依申请" });
    a.level = channels({ "乡级" });
    a.stages = channels({ "执行", "结果" });
    a.department = QStringLiteral("社会救助股");
    a.note = QStringLiteral("咨询电话：0595-23281234");
    items << a;
    Item b = a;
    b.seq = 2;
    b.level3 = QStringLiteral("农村");
    b.content = QStringLiteral("终止供养名单");
    b.channels = channels({ "政府网站" });
    b.audience = channels({ "全社会" });
    b.audienceNote.clear();
    b.method = channels({ "主动" });
    b.level = channels({ "县级", "市级" });
    b.stages.clear();
    b.note.clear();
    items << b;
    Item c;
    c.domain = QStringLiteral("养老服务");
    c.seq = 1;
    c.level1 = QStringLiteral("养老服务通用政策");
    c.level2 = QStringLiteral("养老机构投资指南");
    c.content = QStringLiteral("本区域养老机构投资环境简介");
    c.basis = QStringLiteral("信息公开规定");
    c.deadline = QStringLiteral("制定或获取指南之日起10个工作日内");
    c.owner = QStringLiteral("县级人民政府民政部门");
    c.channels = channels({ "政府网站", "两微一端", "政务服务中心" });
    c.audience = channels({ "全社会" });
    c.method = channels({ "主动" });
    c.level = channels({ "县级" });
    c.department = QStringLiteral("养老服务股");
    items << c;
    Item hidden = c;
    hidden.seq = 2;
    hidden.level2 = QStringLiteral("内部审批过程记录");
    hidden.withheld = true;
    hidden.withheldBasis = QStringLiteral("条例第十六条 过程性信息");
    items << hidden;
    return items;
}

void compareItems(const QList<Item> &got, const QList<Item> &want)
{
    QCOMPARE(got.size(), want.size());
    for (int i = 0; i < want.size(); ++i) {
        Item g = got.at(i);
        g.id = want.at(i).id;
        for (const FieldInfo &fi : ItemFields::all()) {
            if (g.value(fi.field) != want.at(i).value(fi.field))
                QFAIL(qPrintable(QStringLiteral("item %1 field %2: got \"%3\", want \"%4\"")
                                         .arg(i)
                                         .arg(ItemFields::key(fi.field))
                                         .arg(g.value(fi.field).toStringList().join(QLatin1Char('|'))
                                              + g.value(fi.field).toString())
                                         .arg(want.at(i).value(fi.field).toStringList().join(QLatin1Char('|'))
                                              + want.at(i).value(fi.field).toString())));
        }
        QVERIFY(g.sameContent(want.at(i)));
    }
}

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

class TestExchange : public QObject
{
    Q_OBJECT
private slots:
    void sampleXlsx();
    void sampleHtml();
    void samplesMatchCsv();
    void variantTianjin();
    void variantBenxiWorkbook();
    void variantGbkPortalPage();
    void variantWordsLayoutNeedsDomain();
    void unrecognisedLayout();
    void roundTripXlsx();
    void roundTripHtml();
    void roundTripThroughCatalogueFile();
    void exportTemplateStructure();
    void htmlIsEscaped();
    void withheldNeverExported();
    void badXlsx_data();
    void badXlsx();
    void zipBombIsRefused();
    void giantSharedStrings();
    void tooManyCells();
    void xmlVariants();
    void deepHtml_data();
    void deepHtml();
    void cliBadSourceLeavesCatalogueUntouched();
    void libreOfficeReadsExport();
    void xlsxExportKeepsPinnedBytes();
};

void TestExchange::sampleXlsx()
{
    const ImportResult r = Importer::read(kSamples + QStringLiteral("anxi-shehui-jiuzhu.xlsx"), {});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.items.size(), 14);
    QCOMPARE(r.unit, QStringLiteral("安溪县民政局"));
    const Item &first = r.items.first();
    QCOMPARE(first.domain, QStringLiteral("社会救助"));
    QCOMPARE(first.seq, 1);
    QCOMPARE(first.level1, QStringLiteral("综合业务"));
    QCOMPARE(first.level2, QStringLiteral("政策法规文件"));
    QCOMPARE(first.content, QStringLiteral("《社会救助暂行办法》\n各地配套政策法规文件"));
    QCOMPARE(first.basis, QStringLiteral("《信息公开条例》及相关规定"));
    QCOMPARE(first.deadline, QStringLiteral("制定或获取信息之日起10个工作日内"));
    QCOMPARE(first.owner, QStringLiteral("县级人民政府民政部门、乡镇人民政府(街道办事处)"));
    QCOMPARE(first.channels, channels({ "政府网站", "公开查阅点", "政务服务中心" }));
    QCOMPARE(first.audience, channels({ "全社会" }));
    QCOMPARE(first.method, channels({ "主动" }));
    QCOMPARE(first.level, channels({ "县级", "乡级" }));
    QCOMPARE(first.department, QStringLiteral("社会救助股"));
    QVERIFY(first.note.isEmpty());
    // The merged 一级事项 applies to every row it covers.
    QCOMPARE(r.items.at(1).level1, QStringLiteral("综合业务"));
    QCOMPARE(r.items.at(8).level1, QStringLiteral("特困人员救助供养"));
    QCOMPARE(r.items.at(12).level1, QStringLiteral("临时救助"));
    // Row 5 (审核信息): township level only, one channel.
    QCOMPARE(r.items.at(4).level, channels({ "乡级" }));
    QCOMPARE(r.items.at(4).channels, channels({ "社区/企事业单位/村公示栏(电子屏)" }));
    QCOMPARE(r.items.at(4).owner, QStringLiteral("乡镇人民政府(街道办事处)"));
    // The local item 医疗救助.
    const Item &local = r.items.at(13);
    QCOMPARE(local.seq, 14);
    QCOMPARE(local.level1, QStringLiteral("医疗救助"));
    QCOMPARE(local.level2, QStringLiteral("办事指南"));
    QCOMPARE(local.basis, QStringLiteral("《社会救助暂行办法》"));
    QCOMPARE(local.deadline, QStringLiteral("信息形成或者变更之日起20个工作日内"));
    QCOMPARE(local.owner, QStringLiteral("安溪县民政局"));
    QCOMPARE(local.channels, channels({ "政府网站", "政务服务中心" }));
    QCOMPARE(local.level, channels({ "县级" }));
    QCOMPARE(local.department, QStringLiteral("社会救助股"));
}

void TestExchange::sampleHtml()
{
    const ImportResult r = Importer::read(kSamples + QStringLiteral("anxi-yanglao-fuwu.html"), {});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.items.size(), 6);
    QCOMPARE(r.encoding, QStringLiteral("utf-8"));
    for (const Item &it : r.items) {
        QCOMPARE(it.domain, QStringLiteral("养老服务"));
        QCOMPARE(it.channels, channels({ "政府网站", "两微一端", "政务服务中心" }));
        QCOMPARE(it.audience, channels({ "全社会" }));
        QCOMPARE(it.method, channels({ "主动" }));
        QCOMPARE(it.owner, QStringLiteral("县级人民政府民政部门"));
        QCOMPARE(it.basis, QStringLiteral("信息公开规定"));
        QCOMPARE(it.department, QStringLiteral("养老服务股"));
    }
    QCOMPARE(r.items.at(0).level1, QStringLiteral("养老服务通用政策"));
    QCOMPARE(r.items.at(2).level1, QStringLiteral("养老服务通用政策")); // rowspan=3
    QCOMPARE(r.items.at(3).level1, QStringLiteral("养老服务业务办理"));
    QCOMPARE(r.items.at(0).content, QStringLiteral("文件名称\n文号\n发文部门")); // <br>
    QCOMPARE(r.items.at(0).level, channels({ "县级" }));
    QCOMPARE(r.items.at(5).level, channels({ "县级", "乡级" }));
    QCOMPARE(r.items.at(5).level2, QStringLiteral("老年人补贴"));
    QCOMPARE(r.items.at(5).seq, 6);
}

void TestExchange::samplesMatchCsv()
{
    // The csv sample holds the same catalogue: xlsx + html must give the same fields.
    const ImportResult csv = Importer::read(kSamples + QStringLiteral("anxi-catalogue-gb18030.csv"), {});
    QVERIFY2(csv.ok(), qPrintable(csv.error));
    const ImportResult x = Importer::read(kSamples + QStringLiteral("anxi-shehui-jiuzhu.xlsx"), {});
    const ImportResult h = Importer::read(kSamples + QStringLiteral("anxi-yanglao-fuwu.html"), {});
    const QList<Item> both = x.items + h.items;
    QCOMPARE(both.size(), csv.items.size());
    for (int i = 0; i < both.size(); ++i) {
        Item want = csv.items.at(i);
        want.seq = both.at(i).seq; // the csv numbers straight through both domains
        QVERIFY2(both.at(i).sameContent(want),
                 qPrintable(QStringLiteral("item %1 (%2) differs").arg(i).arg(want.level2)));
    }
}

void TestExchange::variantTianjin()
{
    const ImportResult r = Importer::read(kFixtures + QStringLiteral("variant-tianjin.xlsx"), {});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.items.size(), 2); // the 注： row under the table is not an item
    QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("注：本目录")));
    QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("咨询电话")));
    QCOMPARE(r.unit, QStringLiteral("天津市北辰区民政局"));
    const Item &a = r.items.at(0);
    QCOMPARE(a.domain, QStringLiteral("社会救助"));
    QCOMPARE(a.content, QStringLiteral("初审对象名单及相关信息\n（按月更新）")); // CR LF -> LF
    QCOMPARE(a.audience, channels({ "特定群体" })); // 特定群众 column, ✓ with a description
    QCOMPARE(a.audienceNote, QStringLiteral("低保申请人"));
    QCOMPARE(a.method, channels({ "主动" }));
    QCOMPARE(a.level, channels({ "乡级" })); // 乡、村级 column ticked with 是
    // 口 = not chosen; the stray space is gone; 政府服务中心 kept as written for the checker.
    QCOMPARE(a.channels,
             channels({ "政府网站", "公开查阅点", "政府服务中心", "社区/企事业单位/村公示栏(电子屏)" }));
    QCOMPARE(a.note, QStringLiteral("咨询电话：022-26391234"));
    const Item &b = r.items.at(1);
    QCOMPARE(b.channels, channels({ "政府网站", "政务服务中心" })); // only the chosen ones listed
    QCOMPARE(b.method, channels({ "主动", "依申请" })); // 依申请公开 column
    QCOMPARE(b.level, channels({ "县级", "乡级" }));
    QVERIFY(b.note.isEmpty());
}

void TestExchange::variantBenxiWorkbook()
{
    const ImportResult r = Importer::read(kFixtures + QStringLiteral("variant-benxi.xlsx"), {});
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
    QCOMPARE(r.items.at(1).audience, channels({ "特定群体" })); // ●
    QCOMPARE(r.items.at(1).method, channels({ "主动", "依申请" })); // ● and ○
    // The second sheet holds two tables, each titled with its own domain.
    QCOMPARE(r.items.at(2).domain, QStringLiteral("社会救助"));
    QCOMPARE(r.items.at(2).channels, channels({ "政府网站", "政务服务中心" }));
    QCOMPARE(r.items.at(2).method, channels({ "主动" })); // 主动公开 written as a word
    QCOMPARE(r.items.at(3).domain, QStringLiteral("社会事务"));
    QCOMPARE(r.items.at(4).domain, QStringLiteral("社会事务"));
    QCOMPARE(r.items.at(4).method, channels({ "依申请" }));
}

void TestExchange::variantGbkPortalPage()
{
    const QString path = kFixtures + QStringLiteral("variant-gbk.html");
    const QByteArray before = sha256(path);
    const ImportResult r = Importer::read(path, {});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.encoding, QStringLiteral("gb18030"));
    QCOMPARE(r.items.size(), 2);
    QCOMPARE(r.unit, QStringLiteral("石城县民政局")); // title in a <p> before the table
    const Item &a = r.items.at(0);
    QCOMPARE(a.domain, QStringLiteral("社会救助"));
    QCOMPARE(a.level1, QStringLiteral("特困人员救助供养")); // nested tags stripped
    QCOMPARE(a.level3, QStringLiteral("城市"));
    QCOMPARE(a.content, QStringLiteral("办理事项 & 办理条件\n救助供养标准<按年调整>")); // <p> and entities
    QCOMPARE(a.basis, QStringLiteral("“信息公开规定”"));
    QCOMPARE(a.channels, channels({ "政府网站", "公开查阅点" })); // &#9632; &#x25A1; <br/>
    QCOMPARE(a.level, channels({ "乡级" })); // 镇级
    const Item &b = r.items.at(1);
    QCOMPARE(b.level1, QStringLiteral("特困人员救助供养")); // rowspan
    QCOMPARE(b.level2, QStringLiteral("办事指南"));
    QCOMPARE(b.audience, channels({ "特定群体" }));
    QCOMPARE(b.audienceNote, QStringLiteral("分散供养人员"));
    QCOMPARE(b.level, channels({ "乡级", "村级" }));
    QCOMPARE(b.channels, channels({ "入户/现场宣传", "其他：村民微信群" }));
    QCOMPARE(sha256(path), before);
}

void TestExchange::variantWordsLayoutNeedsDomain()
{
    const QString path = kFixtures + QStringLiteral("variant-shanghai.html");
    // Without --domain the row (综合业务/政策法规文件, a 社会救助 standard item only) decides it
    // (issue 13; tst_files::domainFromFileName also checks the refusal when rows match nothing).
    const ImportResult without = Importer::read(path, {});
    QVERIFY2(without.ok(), qPrintable(without.error));
    QCOMPARE(without.items.first().domain, QStringLiteral("社会救助"));
    ImportOptions o;
    o.domain = QStringLiteral("社会救助");
    const ImportResult r = Importer::read(path, o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.items.size(), 1);
    QCOMPARE(r.items.first().domain, QStringLiteral("社会救助"));
    QCOMPARE(r.items.first().audience, channels({ "全社会" }));
    QCOMPARE(r.items.first().method, channels({ "主动" }));
}

void TestExchange::unrecognisedLayout()
{
    const ImportResult r = Importer::read(kFixtures + QStringLiteral("variant-no-level2.xlsx"), {});
    QVERIFY(!r.ok());
    QVERIFY(r.items.isEmpty());
    QVERIFY2(r.error.contains(QStringLiteral("二级事项")), qPrintable(r.error));
    // A table that has 一级事项 but no 二级事项.
    TableGrid g;
    g.name = QStringLiteral("表");
    g.rows = { { QStringLiteral("一级事项"), QStringLiteral("公开内容"), QStringLiteral("公开依据"),
                 QStringLiteral("公开时限") },
               { QStringLiteral("低保"), QStringLiteral("名单"), QStringLiteral("条例"),
                 QStringLiteral("10日") } };
    ImportOptions o;
    o.domain = QStringLiteral("社会救助");
    const ImportResult m = TemplateMapper::map({ g }, o);
    QVERIFY(!m.ok());
    QVERIFY2(m.error.contains(QStringLiteral("二级事项")) && !m.error.contains(QStringLiteral("一级事项、")),
             qPrintable(m.error));
}

void TestExchange::roundTripXlsx()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("出口 目录.xlsx")); // a Chinese path with a space
    QString error;
    CatalogueInfo info = CatalogueInfo::withUnit(QStringLiteral("安溪县民政局"));
    const QList<Item> items = richItems();
    QVERIFY2(Exporter::write(items, info, ExportFormat::Xlsx, path, {}, &error), qPrintable(error));
    const ImportResult r = Importer::read(path, {});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.unit, info.unit);
    compareItems(r.items, items.mid(0, 3));
    // The shared samples survive xlsx -> file too.
    for (const QString &sample :
         { QStringLiteral("anxi-shehui-jiuzhu.xlsx"), QStringLiteral("anxi-yanglao-fuwu.html") }) {
        const ImportResult s = Importer::read(kSamples + sample, {});
        const QString out = dir.filePath(sample + QStringLiteral(".xlsx"));
        QVERIFY2(Exporter::write(s.items, info, ExportFormat::Xlsx, out, {}, &error), qPrintable(error));
        const ImportResult back = Importer::read(out, {});
        QVERIFY2(back.ok(), qPrintable(back.error));
        compareItems(back.items, s.items);
    }
}

void TestExchange::roundTripHtml()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("门户.html"));
    QString error;
    const CatalogueInfo info = CatalogueInfo::withUnit(QStringLiteral("安溪县民政局"));
    const QList<Item> items = richItems();
    QVERIFY2(Exporter::write(items, info, ExportFormat::Html, path, {}, &error), qPrintable(error));
    const ImportResult r = Importer::read(path, {});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.unit, info.unit);
    compareItems(r.items, items.mid(0, 3));
    const ImportResult s = Importer::read(kSamples + QStringLiteral("anxi-shehui-jiuzhu.xlsx"), {});
    const QString out = dir.filePath(QStringLiteral("s.html"));
    QVERIFY2(Exporter::write(s.items, info, ExportFormat::Html, out, {}, &error), qPrintable(error));
    compareItems(Importer::read(out, {}).items, s.items);
}

void TestExchange::roundTripThroughCatalogueFile()
{
    // file -> xlsx -> file and file -> html -> file: every field of every item.
    QTemporaryDir dir;
    QString error;
    auto source = CatalogueFile::create(dir.filePath(QStringLiteral("a.gkml")),
                                        CatalogueInfo::withUnit(QStringLiteral("安溪县民政局")), &error);
    QVERIFY2(source, qPrintable(error));
    QList<Item> items = richItems().mid(0, 3);
    QVERIFY(source->insertItems(items, QStringLiteral("test")));
    for (const ExportFormat format : { ExportFormat::Xlsx, ExportFormat::Html }) {
        const QString out = dir.filePath(QStringLiteral("out.") + Exporter::suffix(format));
        QVERIFY2(Exporter::write(source->items(), source->info(), format, out, {}, &error),
                 qPrintable(error));
        const ImportResult r = Importer::read(out, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        auto target = CatalogueFile::create(
                dir.filePath(QStringLiteral("b-%1.gkml").arg(Exporter::suffix(format))),
                CatalogueInfo::withUnit(r.unit), &error);
        QVERIFY2(target, qPrintable(error));
        QList<Item> imported = r.items;
        QVERIFY(target->insertItems(imported, out));
        compareItems(target->items(), source->items());
    }
}

void TestExchange::exportTemplateStructure()
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
    QVERIFY(subHeader.contains(QStringLiteral("全社会")) && subHeader.contains(QStringLiteral("特定群体")));
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

void TestExchange::htmlIsEscaped()
{
    const QByteArray html
            = HtmlWriter::write(richItems(), CatalogueInfo::withUnit(QStringLiteral("<县>")), {});
    const QString text = QString::fromUtf8(html);
    QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(text.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(text.contains(QStringLiteral("&lt;b&gt;&amp;amp;&lt;/b&gt;")));
    QVERIFY(!text.contains(QStringLiteral("<b>&amp;</b>")));
    QVERIFY(text.contains(QStringLiteral("&lt;县&gt;社会救助领域基层政务公开标准目录")));
    QVERIFY(text.contains(QStringLiteral("<th colspan=\"3\">公开事项</th>")));
    QVERIFY(text.contains(QStringLiteral("rowspan=\"2\" class=\"c\">最低生活保障")));
    QVERIFY(text.trimmed().endsWith(QStringLiteral("</html>")));
}

void TestExchange::withheldNeverExported()
{
    ExportOptions o;
    o.includeWithheld = true; // even when asked: xlsx and html are public
    QString error;
    const QList<Item> items = richItems();
    for (const ExportFormat format : { ExportFormat::Xlsx, ExportFormat::Html }) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.") + Exporter::suffix(format));
        QVERIFY2(Exporter::write(items, {}, format, path, o, &error), qPrintable(error));
        const ImportResult r = Importer::read(path, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.items.size(), 3);
        for (const Item &it : r.items)
            QVERIFY(it.level2 != QStringLiteral("内部审批过程记录"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("内部审批过程记录"));
    }
}

void TestExchange::badXlsx_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expect");
    QFile sample(kSamples + QStringLiteral("anxi-shehui-jiuzhu.xlsx"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray good = sample.readAll();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not an Excel workbook");
    QTest::newRow("text") << QByteArray("序号,一级事项\n1,低保\n") << QStringLiteral("not an Excel workbook");
    QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0')
                         << QStringLiteral(
                                    "not an Excel workbook"); // OLE2 goes to XlsReader, whatever the name
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("damaged");
    QByteArray flipped = good;
    flipped[good.size() / 3] = static_cast<char>(flipped.at(good.size() / 3) ^ 0x55);
    QTest::newRow("corrupt") << flipped << QStringLiteral("damaged");
}

void TestExchange::badXlsx()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expect);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("坏.xlsx"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const QByteArray before = sha256(path);
    const ImportResult r = Importer::read(path, {});
    QVERIFY(!r.ok());
    QVERIFY(r.items.isEmpty());
    QVERIFY2(r.error.contains(expect), qPrintable(r.error));
    QCOMPARE(sha256(path), before);
}

void TestExchange::zipBombIsRefused()
{
    // 600 MB of XML white space packs into well under 1 MB. The reader stops at its limit
    // (512 MB unpacked per part) with a clear message, streaming: memory stays small.
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
        f.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
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
    QVERIFY2(r.error.contains(QStringLiteral("too large")) && r.error.contains(QStringLiteral("512 MB")),
             qPrintable(r.error));
}

void TestExchange::giantSharedStrings()
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
    QVERIFY2(r.error.contains(QStringLiteral("sharedStrings")) && r.error.contains(QStringLiteral("2000")),
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

void TestExchange::tooManyCells()
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
    QVERIFY(writeZip(
            path,
            { { QStringLiteral("xl/workbook.xml"), kWorkbook },
              { QStringLiteral("xl/_rels/workbook.xml.rels"), kRels },
              { QStringLiteral("xl/worksheets/sheet1.xml"),
                "<worksheet><sheetData><row><c r=\"ZZZZ1\"><v>1</v></c></row></sheetData></worksheet>" } }));
    QVERIFY2(XlsxReader::readFile(path).error.contains(QStringLiteral("damaged")),
             qPrintable(XlsxReader::readFile(path).error));
}

void TestExchange::xmlVariants()
{
    // Namespace prefixes, entities, CR LF, comments and CDATA (which takes the streaming path).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.xlsx"));
    const QByteArray sheet
            = "<?xml version=\"1.0\"?><!-- written by hand --><x:worksheet "
              "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
              "<x:row r=\"2\"><x:c r=\"B2\" "
              "t=\"inlineStr\"><x:is><x:t>甲&amp;乙&#x4E2D;&#20013;\r\n丙</x:t></x:is></x:c>"
              "<x:c t=\"str\"><x:f>A1&amp;\"x\"</x:f><x:v>缓存 &lt;值&gt;</x:v></x:c><x:c r=\"E2\" "
              "t=\"b\"><x:v>1</x:v></x:c>"
              "<x:c r=\"F2\"><x:v>0.30000000000000004</x:v></x:c><x:c r=\"G2\" s=\"0\"><x:v>12</x:v></x:c>"
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
    // The same cells with CDATA: read by the streaming parser, same result.
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

void TestExchange::deepHtml_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("expect");
    QTest::newRow("divs") << QByteArray("<table><tr><td>") + QByteArray("<div>").repeated(200000)
                          << QStringLiteral("levels deep");
    QTest::newRow("tables") << QByteArray("<table><tr><td>").repeated(5000)
                            << QStringLiteral("nested more than");
    QTest::newRow("no table") << QByteArray("<html><body><p>安溪县民政局</p></body></html>")
                              << QStringLiteral("no table");
    QTest::newRow("not text") << QByteArray(4000, '\0') << QStringLiteral("not a text file");
    // Each row's cell starts after the spans above it: the empty cells before it count against
    // the limit (this page used to end in bad_alloc).
    QTest::newRow("span bomb") << QByteArray("<table><tr><td>一级事项</td><td>二级事项</td></tr>")
                    + QByteArray("<tr><td rowspan=\"2147483647\" colspan=\"2147483647\">x</td></tr>")
                              .repeated(2000)
                    + QByteArray("</table>")
                               << QStringLiteral("cells");
}

void TestExchange::deepHtml()
{
    QFETCH(QByteArray, page);
    QFETCH(QString, expect);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.html"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(page);
    f.close();
    const ImportResult r = Importer::read(path, {});
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(expect), qPrintable(r.error));
    // Huge spans are clipped to the table, not allocated.
    const HtmlTableReader::Result spans = HtmlTableReader::read(
            "<table><tr><td rowspan=\"65534\" colspan=\"1000\">一级事项</td><td>二级事项</td></tr></table>",
            "utf-8");
    QVERIFY2(spans.error.isEmpty(), qPrintable(spans.error));
    QCOMPARE(spans.grids.first().rows.size(), 1);
    QCOMPARE(spans.grids.first().merges.first().rowSpan, 1);
    QCOMPARE(spans.grids.first().cell(0, 1000), QStringLiteral("二级事项"));
}

void TestExchange::cliBadSourceLeavesCatalogueUntouched()
{
    QTemporaryDir dir;
    const QString gkml = dir.filePath(QStringLiteral("a.gkml"));
    QProcess p;
    p.start(QStringLiteral(GKML_CLI_PATH),
            { QStringLiteral("import"), kSamples + QStringLiteral("anxi-shehui-jiuzhu.xlsx"),
              QStringLiteral("-o"), gkml });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray before = sha256(gkml);
    // A good html and a damaged workbook: nothing is imported, exit 2, one line on stderr.
    const QString bad = dir.filePath(QStringLiteral("bad.xlsx"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("PK\x03\x04 damaged");
    f.close();
    p.start(QStringLiteral(GKML_CLI_PATH),
            { QStringLiteral("import"), kSamples + QStringLiteral("anxi-yanglao-fuwu.html"), bad,
              QStringLiteral("-o"), gkml });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    QVERIFY2(err.contains(QStringLiteral("bad.xlsx")) && !err.contains(QLatin1Char('\n')), qPrintable(err));
    QCOMPARE(sha256(gkml), before);
    // Export as xlsx and html: the shared contract-check requirements.
    const QString out = dir.filePath(QStringLiteral("x.xlsx"));
    p.start(QStringLiteral(GKML_CLI_PATH),
            { QStringLiteral("export"), gkml, QStringLiteral("--format"), QStringLiteral("xlsx"),
              QStringLiteral("-o"), out });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(Importer::read(out, {}).items.size(), 14);
}

void TestExchange::libreOfficeReadsExport()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
    QTemporaryDir dir;
    QString error;
    const ImportResult s = Importer::read(kSamples + QStringLiteral("anxi-shehui-jiuzhu.xlsx"), {});
    const QString xlsx = dir.filePath(QStringLiteral("catalogue.xlsx"));
    QVERIFY2(Exporter::write(s.items + richItems(), CatalogueInfo::withUnit(QStringLiteral("安溪县民政局")),
                             ExportFormat::Xlsx, xlsx, {}, &error),
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
        QVERIFY2(text.contains(QLatin1Char('"') + it.content + QLatin1Char('"')) || text.contains(it.content),
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
void TestExchange::xlsxExportKeepsPinnedBytes()
{
    QTemporaryDir dir;
    const QString gkml = dir.filePath(QStringLiteral("a.gkml"));
    const QString xlsx = dir.filePath(QStringLiteral("a.xlsx"));
    QProcess p;
    p.start(QStringLiteral(GKML_CLI_PATH),
            { QStringLiteral("import"), kSamples + QStringLiteral("anxi-shehui-jiuzhu.xlsx"),
              kSamples + QStringLiteral("anxi-yanglao-fuwu.html"), QStringLiteral("-o"), gkml });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    p.start(QStringLiteral(GKML_CLI_PATH),
            { QStringLiteral("export"), gkml, QStringLiteral("--format"), QStringLiteral("xlsx"),
              QStringLiteral("-o"), xlsx });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QString error;
    const auto entries = ZipArchive::read(xlsx, &error);
    QVERIFY2(entries, qPrintable(error));
    QStringList names;
    for (const ZipEntry &e : *entries)
        names << e.name;
    QCOMPARE(names,
             QStringList({ "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                           "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                           "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml" }));
    const QHash<QString, QString> pinned {
        { "[Content_Types].xml", "[Content_Types].xml" },      { "xl/workbook.xml", "workbook.xml" },
        { "xl/_rels/workbook.xml.rels", "workbook.xml.rels" }, { "xl/styles.xml", "styles.xml" },
        { "xl/worksheets/sheet1.xml", "sheet1.xml" },          { "xl/worksheets/sheet2.xml", "sheet2.xml" },
        { "xl/sharedStrings.xml", "sharedStrings.xml" }
    };
    for (const ZipEntry &e : *entries) {
        if (!pinned.contains(e.name))
            continue;
        QFile f(kFixtures + QStringLiteral("xlsx-pinned/") + pinned.value(e.name));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        QVERIFY2(e.data == f.readAll(), qPrintable(e.name));
    }
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
