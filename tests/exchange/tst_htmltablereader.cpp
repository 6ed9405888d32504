// html import: the shared portal sample, a GBK portal page, and hostile pages (deep nesting,
// no table, binary data, span bombs).
#include "TestData.h"
#include "TestFiles.h"
#include "TestItems.h"
#include "exchange/HtmlTableReader.h"
#include "exchange/Importer.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace gkml;
using namespace gkml::test;

class TestHtmlTableReader : public QObject
{
    Q_OBJECT
private slots:
    void sampleHtml()
    {
        const ImportResult r = Importer::read(kSamples + QStringLiteral("anxi-yanglao-fuwu.html"), {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.items.size(), 6);
        QCOMPARE(r.encoding, QStringLiteral("utf-8"));
        for (const Item &it : r.items) {
            QCOMPARE(it.domain, QStringLiteral("养老服务"));
            QCOMPARE(it.channels, names({ "政府网站", "两微一端", "政务服务中心" }));
            QCOMPARE(it.audience, names({ "全社会" }));
            QCOMPARE(it.method, names({ "主动" }));
            QCOMPARE(it.owner, QStringLiteral("县级人民政府民政部门"));
            QCOMPARE(it.basis, QStringLiteral("信息公开规定"));
            QCOMPARE(it.department, QStringLiteral("养老服务股"));
        }
        QCOMPARE(r.items.at(0).level1, QStringLiteral("养老服务通用政策"));
        QCOMPARE(r.items.at(2).level1, QStringLiteral("养老服务通用政策")); // rowspan=3
        QCOMPARE(r.items.at(3).level1, QStringLiteral("养老服务业务办理"));
        QCOMPARE(r.items.at(0).content, QStringLiteral("文件名称\n文号\n发文部门")); // <br>
        QCOMPARE(r.items.at(0).level, names({ "县级" }));
        QCOMPARE(r.items.at(5).level, names({ "县级", "乡级" }));
        QCOMPARE(r.items.at(5).level2, QStringLiteral("老年人补贴"));
        QCOMPARE(r.items.at(5).seq, 6);
    }

    void variantGbkPortalPage()
    {
        const QString path = kExchangeFixtures + QStringLiteral("variant-gbk.html");
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
        QCOMPARE(a.content,
                 QStringLiteral("办理事项 & 办理条件\n救助供养标准<按年调整>")); // <p> and entities
        QCOMPARE(a.basis, QStringLiteral("“信息公开规定”"));
        QCOMPARE(a.channels, names({ "政府网站", "公开查阅点" })); // &#9632; &#x25A1; <br/>
        QCOMPARE(a.level, names({ "乡级" })); // 镇级
        const Item &b = r.items.at(1);
        QCOMPARE(b.level1, QStringLiteral("特困人员救助供养")); // rowspan
        QCOMPARE(b.level2, QStringLiteral("办事指南"));
        QCOMPARE(b.audience, names({ "特定群体" }));
        QCOMPARE(b.audienceNote, QStringLiteral("分散供养人员"));
        QCOMPARE(b.level, names({ "乡级", "村级" }));
        QCOMPARE(b.channels, names({ "入户/现场宣传", "其他：村民微信群" }));
        QCOMPARE(sha256(path), before);
    }

    void deepHtml_data()
    {
        gkml::test::addColumns<QByteArray, QString>({ "page", "expect" });
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

    void deepHtml()
    {
        QFETCH(QByteArray, page);
        QFETCH(QString, expect);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("page.html"));
        QVERIFY(writeFile(path, page));
        const ImportResult r = Importer::read(path, {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(expect), qPrintable(r.error));
        // Huge spans are clipped to the table, not allocated.
        const HtmlTableReader::Result spans
                = HtmlTableReader::read("<table><tr><td rowspan=\"65534\" "
                                        "colspan=\"1000\">一级事项</td><td>二级事项</td></tr></table>",
                                        "utf-8");
        QVERIFY2(spans.error.isEmpty(), qPrintable(spans.error));
        QCOMPARE(spans.grids.first().rows.size(), 1);
        QCOMPARE(spans.grids.first().merges.first().rowSpan, 1);
        QCOMPARE(spans.grids.first().cell(0, 1000), QStringLiteral("二级事项"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlTableReader)
#include "tst_htmltablereader.moc"
