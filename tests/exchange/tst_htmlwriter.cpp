// The portal html export: escaped text, the template header, and a lossless round trip.
#include "RoundTrip.h"
#include "TestFiles.h"
#include "TestItems.h"
#include "exchange/Exporter.h"
#include "exchange/HtmlWriter.h"
#include "exchange/Importer.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace gkml;
using namespace gkml::test;

class TestHtmlWriter : public QObject
{
    Q_OBJECT
private slots:
    void roundTripHtml()
    {
        QTemporaryDir dir;
        exchangefixtures::verifyRoundTrip(richItems(), ExportFormat::Html,
                                          dir.filePath(QStringLiteral("门户.html")));
        exchangefixtures::verifySampleRoundTrip(QStringLiteral("anxi-shehui-jiuzhu.xlsx"), ExportFormat::Html,
                                                dir.filePath(QStringLiteral("s.html")));
    }

    void htmlIsEscaped()
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
};

QTEST_GUILESS_MAIN(TestHtmlWriter)
#include "tst_htmlwriter.moc"
