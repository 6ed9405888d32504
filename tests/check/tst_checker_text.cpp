// The checker's reading of cell text, at the edges its fast paths take (issue 17): what counts as
// blank (every Unicode space, decided without asking Qt for ASCII and CJK text) and which contents
// are placeholders (a link is looked for only where "http" or "www." appears). Each row is one
// item's 公开内容 and what the checker must say about it.
#include "TestItems.h"
#include "check/Checker.h"

#include <QTest>

using namespace gkml;
using gkml::test::withCode;

class TestCheckerText : public QObject
{
    Q_OBJECT
private slots:
    void content_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("code"); // the finding on 公开内容, empty for none
        QTest::addColumn<QString>("says"); // what the finding quotes
        const QString missing = QStringLiteral("required-missing"),
                      placeholder = QStringLiteral("content-placeholder");
        QTest::newRow("ascii spaces") << QStringLiteral(" \t\r\n ") << missing << QString();
        QTest::newRow("ideographic space") << QStringLiteral("\u3000\u3000") << missing << QString();
        QTest::newRow("no-break and em space") << QStringLiteral("\u00A0\u2003") << missing << QString();
        QTest::newRow("line separator") << QStringLiteral("\u2028") << missing << QString();
        QTest::newRow("a control character is text") << QStringLiteral("\x01") << QString() << QString();
        QTest::newRow("CJK punctuation is text") << QStringLiteral("\u3001") << QString() << QString();
        QTest::newRow("space then text") << QStringLiteral("\u3000低保对象名单") << QString() << QString();
        QTest::newRow("placeholder word")
                << QStringLiteral("（详见附件）") << placeholder << QStringLiteral("（详见附件）");
        QTest::newRow("only a link, upper case")
                << QStringLiteral("HTTP://www.mca.gov.cn/a.html") << placeholder
                << QStringLiteral("a link"); // untranslated here
        QTest::newRow("www link after a placeholder word")
                << QStringLiteral("详见链接 WWW.mca.gov.cn") << placeholder << QStringLiteral("详见链接");
        QTest::newRow("http as a word is not a link")
                << QStringLiteral("http 协议说明") << QString() << QString();
        QTest::newRow("content with a link")
                << QStringLiteral("低保名单，见 https://x.cn/a") << QString() << QString();
    }
    void content()
    {
        QFETCH(QString, content);
        QFETCH(QString, code);
        QFETCH(QString, says);
        Item it = test::makeItem(QStringLiteral("社会救助"), QStringLiteral("最低生活保障"),
                                 QStringLiteral("低保对象认定"));
        it.id = 7;
        it.content = content;
        QList<Finding> onContent;
        for (const Finding &f : Checker(nullptr).check({ it })) {
            if (f.field == QLatin1String("content"))
                onContent.append(f);
        }
        if (code.isEmpty()) {
            QVERIFY2(onContent.isEmpty(), qPrintable(onContent.value(0).message));
            return;
        }
        QCOMPARE(onContent.size(), 1);
        QCOMPARE(onContent.first().code, code);
        QCOMPARE(onContent.first().item, 7);
        QVERIFY2(onContent.first().message.contains(says), qPrintable(onContent.first().message));
    }
};

QTEST_GUILESS_MAIN(TestCheckerText)
#include "tst_checker_text.moc"
