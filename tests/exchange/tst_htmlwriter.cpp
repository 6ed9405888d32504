// The portal html export: escaped text, the template header, and a lossless round trip.
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
