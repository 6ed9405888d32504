// gkml-cli package / verify-package / editions / diff, end to end through the real producers
// (Exporter, SheetRenderer, Checker) and the process's exit codes.
#include "PackageTestUtil.h"
#include "package/PackageVerifier.h"
#include "package/SubmissionPackage.h"
#include "package/ZipArchive.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gkml;
using namespace gkml::test;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QString &workDir = QString())
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(QStringLiteral(GKML_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        qFatal("gkml-cli timed out");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestPackageCli : public QObject
{
    Q_OBJECT
private slots:
    void verifyPackageExitCodes();
    void packageUsageErrors();
    void editionsAndDiffWithoutEditions();
};

void TestPackageCli::verifyPackageExitCodes()
{
    QTemporaryDir dir;
    // A sound package built by the core machinery from plain writers.
    SubmissionPackage p(fixtureItems(), fixtureInfo());
    for (const QString &name : SubmissionPackage::requiredFiles()) {
        p.addPart(
                name,
                [name](const QList<Item> &items, const CatalogueInfo &info, const QString &path, QString *) {
                    QFile f(path);
                    if (!f.open(QIODevice::WriteOnly))
                        return false;
                    if (name == QLatin1String("validation.json"))
                        return f.write("{\"findings\": []}") > 0;
                    if (name == QLatin1String("catalogue.json")) {
                        QJsonArray a;
                        for (const Item &i : items)
                            a.append(EditionStore::itemToJson(i));
                        return f.write(QJsonDocument(
                                               QJsonObject { { QStringLiteral("unit"), info.unit },
                                                             { QStringLiteral("standard"), QJsonValue::Null },
                                                             { QStringLiteral("items"), a } })
                                               .toJson())
                                > 0;
                    }
                    return f.write(info.unit.toUtf8()) > 0;
                });
    }
    QVERIFY(p.build());
    const QString good = dir.filePath(QStringLiteral("好 包.zip"));
    QVERIFY(p.save(good));
    Run r = cli({ QStringLiteral("verify-package"), good });
    QCOMPARE(r.code, 0);
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("安溪县民政局")));
    r = cli({ QStringLiteral("verify-package"), good, QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("ok")).toBool(), true);

    // Extra file: exit 1 with the problem named.
    QString why;
    QList<ZipEntry> entries = *ZipArchive::read(good, &why);
    entries.append({ QStringLiteral("extra.txt"), QByteArray("x") });
    const QString bad = dir.filePath(QStringLiteral("bad.zip"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(*ZipArchive::write(entries, QDateTime::currentDateTimeUtc(), &why));
    f.close();
    r = cli({ QStringLiteral("verify-package"), bad });
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains("extra.txt"));

    // Not a zip: exit 2, one line on stderr.
    const QString noise = dir.filePath(QStringLiteral("noise.zip"));
    QVERIFY(f.open(QIODevice::WriteOnly) || true);
    QFile n(noise);
    QVERIFY(n.open(QIODevice::WriteOnly));
    n.write(QByteArray(100, 'x'));
    n.close();
    r = cli({ QStringLiteral("verify-package"), noise });
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(cli({ QStringLiteral("verify-package") }).code, 2);
}

void TestPackageCli::packageUsageErrors()
{
    QTemporaryDir dir;
    const QString cat = dir.filePath(QStringLiteral("c.gkml"));
    makeCatalogue(cat);
    const QByteArray before = sha256Of(cat);
    Run r = cli({ QStringLiteral("package"), dir.filePath(QStringLiteral("missing.gkml")) });
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
    r = cli({ QStringLiteral("package"), cat, QStringLiteral("-o"),
              dir.filePath(QStringLiteral("no/such/out.zip")) });
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(sha256Of(cat), before);
    QCOMPARE(filesIn(dir.path()), QStringList { QStringLiteral("c.gkml") });
}

void TestPackageCli::editionsAndDiffWithoutEditions()
{
    QTemporaryDir dir;
    const QString cat = dir.filePath(QStringLiteral("c.gkml"));
    makeCatalogue(cat);
    Run r = cli({ QStringLiteral("editions"), cat, QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("editions")).toArray().size(), 0);
    r = cli({ QStringLiteral("diff"), cat });
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
    r = cli({ QStringLiteral("diff"), cat, QStringLiteral("--since"), QStringLiteral("abc") });
    QCOMPARE(r.code, 2);
}

QTEST_GUILESS_MAIN(TestPackageCli)
#include "tst_package_cli.moc"
