// ValueInterner (issue 17): equal values loaded from a catalogue share one allocation, sets decode
// like CatalogueFile::decodeSet, and a shared value detaches on an edit like any QString.
#include "catalogue/CatalogueFile.h"
#include "catalogue/ValueInterner.h"

#include <QtTest>

using namespace gkml;

class TestValueInterner : public QObject
{
    Q_OBJECT
private slots:
    void equalTextsShareData()
    {
        ValueInterner interner;
        const QString source = QStringLiteral("县民政局|县民政局|乡镇人民政府");
        const QStringView view(source);
        const QString a = interner.text(view.mid(0, 4));
        const QString b = interner.text(view.mid(5, 4));
        const QString c = interner.text(view.mid(10));
        QCOMPARE(a, QStringLiteral("县民政局"));
        QCOMPARE(b, a);
        QCOMPARE(b.constData(), a.constData()); // one allocation for both
        QCOMPARE(c, QStringLiteral("乡镇人民政府"));
        QVERIFY(c.constData() != a.constData());
        QVERIFY(interner.text(QStringView()).isEmpty());
        QString edited = b;
        edited += QStringLiteral("办公室"); // an edit detaches: the shared text is unchanged
        QCOMPARE(a, QStringLiteral("县民政局"));
    }
    void setsDecodeLikeTheFile()
    {
        ValueInterner interner;
        for (const QString &stored : { QStringLiteral("政府网站\n政务服务中心"),
                                       QStringLiteral("\n全社会\n\n"), QString(), QStringLiteral("主动") }) {
            QCOMPARE(interner.set(stored), CatalogueFile::decodeSet(stored));
        }
        const QStringList a = interner.set(u"政府网站\n政务服务中心");
        const QStringList b = interner.set(u"政府网站\n政务服务中心");
        QCOMPARE(a.constData(), b.constData()); // the list itself is shared
        QCOMPARE(interner.text(u"政府网站").constData(), a.first().constData()); // and its values
    }
    void columnsRememberTheirPreviousValue()
    {
        // Row after row, per column: a repeat is the same shared text, a change is looked up
        // again, and a column never answers with another column's value.
        ValueInterner interner;
        const QString a = interner.text(u"县民政局", 0);
        QCOMPARE(interner.text(u"县民政局", 0).constData(), a.constData());
        QCOMPARE(interner.text(u"乡镇人民政府", 1), QStringLiteral("乡镇人民政府"));
        QCOMPARE(interner.text(u"县民政局", 1).constData(), a.constData()); // shared across columns
        QCOMPARE(interner.text(u"", 0), QString());
        QCOMPARE(interner.text(u"县民政局", 0).constData(), a.constData());
        const QStringList sets[]
                = { interner.set(u"政府网站\n公示栏", 2), interner.set(u"政府网站\n公示栏", 2),
                    interner.set(u"公示栏", 2), interner.set(u"", 2) };
        QCOMPARE(sets[0], CatalogueFile::decodeSet(QStringLiteral("政府网站\n公示栏")));
        QCOMPARE(sets[1].constData(), sets[0].constData());
        QCOMPARE(sets[2], QStringList { QStringLiteral("公示栏") });
        QVERIFY(sets[3].isEmpty());
        QCOMPARE(interner.set(u"政府网站\n公示栏", 3).constData(), sets[0].constData());
        QCOMPARE(interner.distinctCount(), 6); // 县民政局, 乡镇人民政府, 政府网站, 公示栏 and the two sets
    }
    void utf8ValuesAreFoundByTheirBytes()
    {
        // ItemRows hands SQLite's UTF-8: a value seen before comes back without converting it,
        // shared with the same text read as UTF-16 and with the same value in another column.
        ValueInterner interner;
        const QByteArray owner = QStringLiteral("县民政局").toUtf8();
        QVERIFY(!interner.knownText(owner, 0));
        const QString a = interner.addText(owner, 0, QStringLiteral("县民政局"));
        QCOMPARE(a.constData(), interner.text(u"县民政局").constData());
        QCOMPARE(interner.knownText(owner, 0)->constData(), a.constData()); // the column's last value
        QCOMPARE(interner.knownText(owner, 1)->constData(), a.constData()); // another column: hashed
        QVERIFY(interner.knownText(QByteArray(), 0)->isEmpty());
        QVERIFY(!interner.knownText(QStringLiteral("乡镇人民政府").toUtf8(), 0));
        // A set and a text with the same bytes stay apart.
        QVERIFY(!interner.knownSet(owner, 2));
        const QStringList set = interner.addSet(owner, 2, QStringLiteral("县民政局"));
        QCOMPARE(set, QStringList { QStringLiteral("县民政局") });
        QCOMPARE(set.first().constData(), a.constData());
        QCOMPARE(*interner.knownText(owner, 0), a);
        const QByteArray lines = QStringLiteral("\n公示栏\n").toUtf8();
        QCOMPARE(interner.addSet(lines, 3, QString::fromUtf8(lines)),
                 QStringList { QStringLiteral("公示栏") });
        QCOMPARE(interner.knownSet(lines, 2)->constData(), interner.knownSet(lines, 3)->constData());
        QCOMPARE(interner.distinctUtf8Count(), 3);
    }
    void aColumnOfDistinctValuesIsNotRemembered()
    {
        // 二级事项 names hardly repeat: after 1,000 values nine in ten of them new, the column's
        // values are converted, not kept in the tables; the other columns go on sharing.
        ValueInterner interner;
        auto read = [&](const QString &value, qsizetype column) {
            const QByteArray utf8 = value.toUtf8();
            const QString *known = interner.knownText(utf8, column);
            return known ? *known : interner.addText(utf8, column, value);
        };
        QString owner;
        for (int n = 0; n < 3000; ++n) {
            QCOMPARE(read(QStringLiteral("事项%1").arg(n), 0), QStringLiteral("事项%1").arg(n));
            const QString o = read(QStringLiteral("县民政局"), 1);
            if (n == 0)
                owner = o;
            QCOMPARE(o.constData(), owner.constData());
        }
        QVERIFY(interner.distinctUtf8Count() < 1100); // not 3,001
        QCOMPARE(read(QStringLiteral("事项5"), 0), QStringLiteral("事项5")); // still right
        QCOMPARE(read(QStringLiteral("事项2999"), 0), QStringLiteral("事项2999"));
        // A column that repeats is remembered however long it gets.
        for (int n = 0; n < 3000; ++n)
            QCOMPARE(read(QStringLiteral("时限%1").arg(n % 50), 2), QStringLiteral("时限%1").arg(n % 50));
        QCOMPARE(read(QStringLiteral("时限7"), 2).constData(), read(QStringLiteral("时限7"), 3).constData());
    }
};

QTEST_GUILESS_MAIN(TestValueInterner)
#include "tst_valueinterner.moc"
