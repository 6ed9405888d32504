// The checker's reading of cell text, at the edges its fast paths take (issue 17): what counts as
// blank (every Unicode space, decided without asking Qt for ASCII and CJK text) and which contents
// are placeholders (a link is looked for only where "http" or "www." appears). Each row is one
// item's 公开内容 and what the checker must say about it.
#include "TestItems.h"
#include "check/Checker.h"
#include "check/TextMemo.h"

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
    void sharedTextsAreWorkedOutOnce()
    {
        // TextMemo: a text shared by many items is worked out once; an equal text held elsewhere,
        // or an edited copy (which detaches), is a text of its own with the same answer.
        TextMemo<QString> memo;
        int computed = 0;
        auto key = [&](const QString &s) {
            ++computed;
            return s.toUpper();
        };
        const QString shared = QStringLiteral("see attachment");
        const QString copy = shared; // shares the data
        QCOMPARE(memo.get(shared, key), QStringLiteral("SEE ATTACHMENT"));
        QCOMPARE(memo.get(copy, key), QStringLiteral("SEE ATTACHMENT"));
        QCOMPARE(computed, 1);
        QString edited = copy;
        edited.chop(1); // detaches: another text now
        QCOMPARE(memo.get(edited, key), QStringLiteral("SEE ATTACHMEN"));
        const QString equalElsewhere = QString::fromUtf8("see attachment");
        QCOMPARE(memo.get(equalElsewhere, key), QStringLiteral("SEE ATTACHMENT"));
        QCOMPARE(computed, 3);
        QCOMPARE(memo.get(shared, key), QStringLiteral("SEE ATTACHMENT"));
        QCOMPARE(computed, 3);
        QCOMPARE(memo.get(QString(), key), QString());
        QCOMPARE(memo.get(QStringLiteral(""), key), QString()); // empty: the same answer either way
    }
    void sharedContentFindingsNameEachItem()
    {
        // The checker remembers a shared content's answer, and still reports it on every item.
        QList<Item> items;
        const QString placeholder = QStringLiteral("详见附件");
        for (int n = 1; n <= 50; ++n) {
            Item it = test::makeItem(QStringLiteral("社会救助"), QStringLiteral("最低生活保障"),
                                     QStringLiteral("事项%1").arg(n));
            it.id = n;
            it.content = n % 10 ? placeholder : QStringLiteral("低保对象名单");
            items << it;
        }
        QList<qint64> flagged;
        for (const Finding &f :
             withCode(Checker(nullptr).check(items), QStringLiteral("content-placeholder"))) {
            QCOMPARE(f.level2, QStringLiteral("事项%1").arg(f.item));
            QVERIFY2(f.message.contains(placeholder), qPrintable(f.message));
            flagged << f.item;
        }
        QCOMPARE(flagged.size(), 45);
        QVERIFY(!flagged.contains(10) && !flagged.contains(50) && flagged.contains(49));
    }
};

QTEST_GUILESS_MAIN(TestCheckerText)
#include "tst_checker_text.moc"
