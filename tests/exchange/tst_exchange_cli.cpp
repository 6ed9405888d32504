// gkml-cli import and export: a damaged source imports nothing and leaves the catalogue
// untouched (exit 2, one line), and an xlsx export reads back whole.
#include "TestFiles.h"
#include "exchange/Importer.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace gkml;
using namespace gkml::test;

class TestExchangeCli : public QObject
{
    Q_OBJECT
private slots:
    void cliBadSourceLeavesCatalogueUntouched()
    {
        QTemporaryDir dir;
        const QString gkml = dir.filePath(QStringLiteral("a.gkml"));
        CliRun run = runCli({ QStringLiteral("import"), kSamples + QStringLiteral("anxi-shehui-jiuzhu.xlsx"),
                              QStringLiteral("-o"), gkml });
        QCOMPARE(run.exitCode, 0);
        const QByteArray before = sha256(gkml);
        // A good html and a damaged workbook: nothing is imported, exit 2, one line on stderr.
        const QString bad = dir.filePath(QStringLiteral("bad.xlsx"));
        QVERIFY(writeFile(bad, "PK\x03\x04 damaged"));
        run = runCli({ QStringLiteral("import"), kSamples + QStringLiteral("anxi-yanglao-fuwu.html"), bad,
                       QStringLiteral("-o"), gkml });
        QCOMPARE(run.exitCode, 2);
        const QString err = run.errText().trimmed();
        QVERIFY2(err.contains(QStringLiteral("bad.xlsx")) && !err.contains(QLatin1Char('\n')),
                 qPrintable(err));
        QCOMPARE(sha256(gkml), before);
        // Export as xlsx and html: the shared contract-check requirements.
        const QString out = dir.filePath(QStringLiteral("x.xlsx"));
        run = runCli({ QStringLiteral("export"), gkml, QStringLiteral("--format"), QStringLiteral("xlsx"),
                       QStringLiteral("-o"), out });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(Importer::read(out, {}).items.size(), 14);
    }
};

QTEST_GUILESS_MAIN(TestExchangeCli)
#include "tst_exchange_cli.moc"
