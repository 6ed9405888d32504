// Mapping tables onto the county template: the same catalogue in csv, xlsx and html gives the
// same items, a words-only layout takes its domain from the rows, a layout without 二级事项 is refused.
#include "TestFiles.h"
#include "TestItems.h"
#include "exchange/Importer.h"
#include "exchange/TemplateMapper.h"

#include <QtTest>

using namespace gkml;
using namespace gkml::test;

class TestTemplateMapper : public QObject
{
    Q_OBJECT
private slots:
    void samplesMatchCsv()
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

    void variantWordsLayoutNeedsDomain()
    {
        const QString path = kExchangeFixtures + QStringLiteral("variant-shanghai.html");
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
        QCOMPARE(r.items.first().audience, names({ "全社会" }));
        QCOMPARE(r.items.first().method, names({ "主动" }));
    }

    void unrecognisedLayout()
    {
        const ImportResult r
                = Importer::read(kExchangeFixtures + QStringLiteral("variant-no-level2.xlsx"), {});
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
        QVERIFY2(m.error.contains(QStringLiteral("二级事项"))
                         && !m.error.contains(QStringLiteral("一级事项、")),
                 qPrintable(m.error));
    }
};

QTEST_GUILESS_MAIN(TestTemplateMapper)
#include "tst_templatemapper.moc"
