// XmlTagScanner: the one streaming XML scanner of the xlsx reader. Tags split across the chunks
// it reads, text with entities, CDATA, comments and CR LF, and what it refuses.
#include "TestData.h"
#include "TrickleDevice.h"
#include "exchange/XmlTagScanner.h"

#include <QBuffer>
#include <QtTest>
#include <algorithm>

using namespace gkml;
using gkml::test::TrickleDevice;

namespace {

// "name[/]|text" for every tag, texts decoded.
QStringList scanAll(QIODevice *device, QString *error = nullptr)
{
    XmlTagScanner scanner(device);
    XmlTagScanner::Tag tag;
    QStringList out;
    for (;;) {
        const XmlTagScanner::Next next = scanner.next(&tag);
        if (next == XmlTagScanner::Next::Error) {
            if (error)
                *error = scanner.errorString() + QStringLiteral(" @%1").arg(scanner.lineNumber());
            return out;
        }
        if (next == XmlTagScanner::Next::End)
            return out;
        bool ok = false;
        const QString text = scanner.text(&ok);
        out << (tag.closing ? QStringLiteral("/") : QString()) + QString::fromLatin1(tag.name)
                        + (tag.selfClosing ? QStringLiteral("/") : QString()) + QLatin1Char('|')
                        + (ok ? text : QStringLiteral("<bad>"));
    }
}

} // namespace

class TestXmlTagScanner : public QObject
{
    Q_OBJECT
private slots:
    void sameResultWhateverTheChunks()
    {
        const QByteArray xml
                = "<?xml version=\"1.0\"?>\r\n<!-- 注释 <c> -->"
                  "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>甲&amp;乙&#x4E2D;&#20013;\r\n丙"
                  "</x:t></x:is></x:c><c r='B1'><v><![CDATA[a<b>&c]]>尾</v></c><c r=\"C1\"/></x:row>";
        const QStringList expected = { QStringLiteral("row|\n"),
                                       QStringLiteral("c|"),
                                       QStringLiteral("is|"),
                                       QStringLiteral("t|"),
                                       QStringLiteral("/t|甲&乙中中\n丙"),
                                       QStringLiteral("/is|"),
                                       QStringLiteral("/c|"),
                                       QStringLiteral("c|"),
                                       QStringLiteral("v|"),
                                       QStringLiteral("/v|a<b>&c尾"),
                                       QStringLiteral("/c|"),
                                       QStringLiteral("c/|"),
                                       QStringLiteral("/row|") };
        for (const qint64 step : { qint64(1), qint64(3), qint64(7), qint64(1 << 20) }) {
            TrickleDevice device(xml, step);
            QString error;
            QCOMPARE(scanAll(&device, &error), expected);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void attributes()
    {
        const QByteArray attrs
                = " r=\"A1\" s = '3' r:id=\"rId7\" sheetId=\"2\" name=\"民政&amp;社会救助\" t=\"s\"";
        QCOMPARE(XmlTagScanner::attribute(attrs, "r"), QByteArrayView("A1"));
        QCOMPARE(XmlTagScanner::attribute(attrs, "s"), QByteArrayView("3")); // spaces around '='
        QCOMPARE(XmlTagScanner::attribute(attrs, "id"), QByteArrayView("rId7")); // any prefix
        QCOMPARE(XmlTagScanner::attribute(attrs, "Id"), QByteArrayView()); // not sheetId's tail
        QCOMPARE(XmlTagScanner::attribute(attrs, "t"), QByteArrayView("s"));
        QCOMPARE(XmlTagScanner::attributeText(attrs, "name"), QStringLiteral("民政&社会救助"));
        QCOMPARE(XmlTagScanner::attribute(attrs, "missing"), QByteArrayView());
    }

    void refusesWhatSheetsNeverHold_data()
    {
        // expect: part of the error, or of the bad text
        gkml::test::addColumns<QByteArray, QString>({ "xml", "expect" });
        QTest::newRow("doctype") << QByteArray("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>")
                                 << QStringLiteral("document type");
        QTest::newRow("unclosed comment") << QByteArray("<x><!-- never closed") << QStringLiteral("comment");
        QTest::newRow("unclosed cdata") << QByteArray("<x><![CDATA[ never") << QStringLiteral("CDATA");
        QTest::newRow("cut tag") << QByteArray("<x><c r=\"A1") << QStringLiteral("inside a tag");
        QTest::newRow("unknown entity") << QByteArray("<t>&nbsp;</t>") << QStringLiteral("<bad>");
        QTest::newRow("surrogate reference") << QByteArray("<t>&#xD800;</t>") << QStringLiteral("<bad>");
    }

    void refusesWhatSheetsNeverHold()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expect);
        QBuffer buffer(&xml);
        buffer.open(QIODevice::ReadOnly);
        QString error;
        const QStringList tags = scanAll(&buffer, &error);
        QVERIFY2(error.contains(expect) || tags.join(QLatin1Char(' ')).contains(expect),
                 qPrintable(error + QLatin1Char(' ') + tags.join(QLatin1Char(' '))));
    }

    // 40 MB of rows read in 256 KB chunks: every cell is seen and the line number keeps counting
    // after consumed input is dropped.
    void largeInputStreams()
    {
        const int rows = 400000;
        QByteArray xml = "<sheetData>\n";
        for (int i = 0; i < rows; ++i)
            xml += "<row r=\"" + QByteArray::number(i + 1) + "\"><c r=\"A" + QByteArray::number(i + 1)
                    + "\" t=\"inlineStr\"><is><t>第" + QByteArray::number(i)
                    + "行 公开内容……</t></is></c></row>\n";
        xml += "<row><c><v>&bad;</v></c></row>";
        QBuffer buffer(&xml);
        buffer.open(QIODevice::ReadOnly);
        XmlTagScanner scanner(&buffer);
        XmlTagScanner::Tag tag;
        int texts = 0;
        QString last;
        while (scanner.next(&tag) == XmlTagScanner::Next::Tag) {
            if (tag.closing && tag.name == "t") {
                bool ok = false;
                last = scanner.text(&ok);
                QVERIFY(ok);
                ++texts;
            }
            if (tag.closing && tag.name == "v") {
                bool ok = true;
                scanner.text(&ok);
                QVERIFY(!ok); // the unknown entity at the very end
                QCOMPARE(scanner.lineNumber(), qint64(rows + 2));
            }
        }
        QCOMPARE(texts, rows);
        QCOMPARE(last, QStringLiteral("第%1行 公开内容……").arg(rows - 1));
    }
};

QTEST_GUILESS_MAIN(TestXmlTagScanner)
#include "tst_xmltagscanner.moc"
