// TSV/HTML clipboard round trips as Excel and WPS write them.
#include "models/TableClipboard.h"

#include <QMimeData>
#include <QTest>

using namespace gkml;

class TestTableClipboard : public QObject
{
    Q_OBJECT
private slots:
    void tsvRoundTrip()
    {
        const QList<QStringList> rows = { { QStringLiteral("社会救助"), QStringLiteral("含\t制表符") },
                                          { QStringLiteral("两行\n内容"), QStringLiteral("引号\"在此") } };
        QCOMPARE(TableClipboard::parseTsv(TableClipboard::toTsv(rows)), rows);
    }
    void excelTsv()
    {
        // Excel ends every row with CRLF and quotes cells holding line breaks.
        const QString text = QStringLiteral("a\tb\r\n\"c\r\nd\"\t\r\n");
        const QList<QStringList> rows = TableClipboard::parseTsv(text);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(rows.at(1).at(0), QStringLiteral("c\r\nd"));
        QCOMPARE(rows.at(1).at(1), QString());
    }
    void htmlTable()
    {
        const QString html
                = QStringLiteral("<html><body><table><tr><td>一级事项</td><td>二级事项</td></tr>"
                                 "<tr><td>临时救助</td><td>办事<br>指南</td></tr></table></body></html>");
        const QList<QStringList> rows = TableClipboard::parseHtml(html);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(0), QStringLiteral("临时救助"));
        QCOMPARE(rows.at(1).at(1), QStringLiteral("办事\n指南"));
    }
    void mimePrefersHtml()
    {
        const QList<QStringList> rows = { { QStringLiteral("甲"), QStringLiteral("乙\n丙") } };
        std::unique_ptr<QMimeData> mime(TableClipboard::toMimeData(rows));
        QVERIFY(mime->hasHtml());
        QVERIFY(mime->hasText());
        QCOMPARE(TableClipboard::fromMimeData(mime.get()), rows);
    }
};

QTEST_MAIN(TestTableClipboard)
#include "tst_tableclipboard.moc"
