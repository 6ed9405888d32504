// gkml-cli package / verify-package / editions / diff, end to end through the real producers
// (Exporter, SheetRenderer, Checker) and the process's exit codes.
#include "TestCatalogue.h"
#include "TestFiles.h"
#include "package/PackageVerifier.h"
#include "package/SubmissionPackage.h"
#include "util/ZipArchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gkml;
using namespace gkml::test;

namespace {

using Run = gkml::test::CliRun;

// Messages compared below are the English sources.
Run cli(const QStringList &args, const QString &workDir = QString())
{
    gkml::test::CliOptions options;
    options.language = QStringLiteral("en");
    options.workingDirectory = workDir;
    return gkml::test::runCli(args, options);
}

// The text of every entry of a package, as a reader would get it: xlsx unpacked (its XML
// parts), pdf through pdftotext (the text layer), the others as they are.
QList<QPair<QString, QString>> readableTexts(const QString &zipPath)
{
    QList<QPair<QString, QString>> texts;
    QString why;
    const auto entries = ZipArchive::read(zipPath, &why);
    if (!entries)
        qFatal("unreadable package: %s", qPrintable(why));
    for (const ZipEntry &e : *entries) {
        if (e.name.endsWith(QLatin1String(".xlsx")) || e.name.endsWith(QLatin1String(".docx"))) {
            const auto inner = ZipArchive::read(e.data, &why);
            if (!inner)
                qFatal("unreadable xlsx: %s", qPrintable(why));
            for (const ZipEntry &x : *inner)
                texts.append({ e.name + QLatin1Char('/') + x.name, QString::fromUtf8(x.data) });
        } else if (e.name.endsWith(QLatin1String(".pdf"))) {
            QTemporaryDir tmp;
            QFile f(tmp.filePath(QStringLiteral("p.pdf")));
            if (!f.open(QIODevice::WriteOnly) || f.write(e.data) != e.data.size())
                qFatal("cannot write pdf");
            f.close();
            texts.append({ e.name, gkml::test::pdfText(f.fileName()) });
        } else {
            texts.append({ e.name, QString::fromUtf8(e.data) });
        }
    }
    return texts;
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
    void verifyPackageExitCodes()
    {
        QTemporaryDir dir;
        // A sound package built by the core machinery from plain writers.
        SubmissionPackage p(fixtureItems(), fixtureInfo());
        for (const QString &name : SubmissionPackage::requiredFiles()) {
            p.addPart(
                    name,
                    [name](const QList<Item> &items, const CatalogueInfo &info, const QString &path,
                           QString *) {
                        QFile f(path);
                        if (!f.open(QIODevice::WriteOnly))
                            return false;
                        if (name == QLatin1String("validation.json"))
                            return f.write("{\"findings\": []}") > 0;
                        if (name == QLatin1String("catalogue.json")) {
                            QJsonArray a;
                            for (const Item &i : items)
                                a.append(EditionStore::itemToJson(i));
                            return f.write(QJsonDocument(QJsonObject { { QStringLiteral("unit"), info.unit },
                                                                       { QStringLiteral("standard"),
                                                                         QJsonValue::Null },
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
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("安溪县民政局")));
        r = cli({ QStringLiteral("verify-package"), good, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
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
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("extra.txt"));

        // Not a zip: exit 2, one line on stderr.
        const QString noise = dir.filePath(QStringLiteral("noise.zip"));
        QVERIFY(f.open(QIODevice::WriteOnly) || true);
        QFile n(noise);
        QVERIFY(n.open(QIODevice::WriteOnly));
        n.write(QByteArray(100, 'x'));
        n.close();
        r = cli({ QStringLiteral("verify-package"), noise });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(cli({ QStringLiteral("verify-package") }).exitCode, 2);
    }

    void packageUsageErrors()
    {
        QTemporaryDir dir;
        const QString cat = dir.filePath(QStringLiteral("c.gkml"));
        makeFixtureCatalogue(cat);
        const QByteArray before = sha256Hex(cat);
        Run r = cli({ QStringLiteral("package"), dir.filePath(QStringLiteral("missing.gkml")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        r = cli({ QStringLiteral("package"), cat, QStringLiteral("-o"),
                  dir.filePath(QStringLiteral("no/such/out.zip")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(sha256Hex(cat), before);
        QCOMPARE(filesIn(dir.path()), QStringList { QStringLiteral("c.gkml") });
    }

    void editionsAndDiffWithoutEditions()
    {
        QTemporaryDir dir;
        const QString cat = dir.filePath(QStringLiteral("c.gkml"));
        makeFixtureCatalogue(cat);
        Run r = cli({ QStringLiteral("editions"), cat, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("editions")).toArray().size(),
                 0);
        r = cli({ QStringLiteral("diff"), cat });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        r = cli({ QStringLiteral("diff"), cat, QStringLiteral("--since"), QStringLiteral("abc") });
        QCOMPARE(r.exitCode, 2);
    }

    void cleanCataloguePackagesAndVerifies()
    {
        QTemporaryDir dir;
        const QString cat = dir.filePath(QStringLiteral("安溪 目录.gkml"));
        makeFixtureCatalogue(cat);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("报送")));
        const QString outDir = dir.filePath(QStringLiteral("报送"));
        Run r = cli({ QStringLiteral("package"), cat, QStringLiteral("-o"), outDir });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString name = QStringLiteral("安溪县民政局-政务公开事项标准目录-%1.zip")
                                     .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
        QCOMPARE(filesIn(outDir), QStringList { name });
        const QString zip = QDir(outDir).filePath(name);

        QString why;
        const auto entries = ZipArchive::read(zip, &why);
        QVERIFY2(entries, qPrintable(why));
        QStringList names;
        for (const ZipEntry &e : *entries) {
            names << e.name;
            QVERIFY2(ZipArchive::isSafePath(e.name), qPrintable(e.name)); // no absolute or ".." path
            QVERIFY(!e.name.contains(QLatin1String("..")) && !QDir::isAbsolutePath(e.name));
        }
        QStringList want = SubmissionPackage::requiredFiles();
        want.prepend(QStringLiteral("manifest.json"));
        QCOMPARE(names, want);
        const QJsonObject m = QJsonDocument::fromJson(entries->first().data).object();
        QCOMPARE(m.value(QLatin1String("itemCount")).toInt(), 20);
        QCOMPARE(m.value(QLatin1String("withheldCount")).toInt(), 2);
        for (const QJsonValue &v : m.value(QLatin1String("files")).toArray()) {
            const QJsonObject f = v.toObject();
            const ZipEntry &e = *std::find_if(entries->begin(), entries->end(), [&](const ZipEntry &x) {
                return x.name == f.value(QLatin1String("path")).toString();
            });
            QCOMPARE(qint64(e.data.size()), qint64(f.value(QLatin1String("bytes")).toDouble()));
            QCOMPARE(
                    QString::fromLatin1(QCryptographicHash::hash(e.data, QCryptographicHash::Sha256).toHex()),
                    f.value(QLatin1String("sha256")).toString());
        }
        r = cli({ QStringLiteral("verify-package"), zip });
        QVERIFY2(r.exitCode == 0, r.out.constData());

        // Recorded as edition 1 with the zip's checksum; a second package the same day does not
        // replace the first.
        r = cli({ QStringLiteral("editions"), cat, QStringLiteral("--json") });
        const QJsonArray eds
                = QJsonDocument::fromJson(r.out).object().value(QLatin1String("editions")).toArray();
        QCOMPARE(eds.size(), 1);
        QCOMPARE(eds.at(0).toObject().value(QLatin1String("sha256")).toString().toLatin1(), sha256Hex(zip));
        QCOMPARE(eds.at(0).toObject().value(QLatin1String("fileName")).toString(), name);
        r = cli({ QStringLiteral("package"), cat }, outDir); // no -o: the current folder
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(filesIn(outDir).size(), 2);
        QVERIFY(filesIn(outDir).contains(name.chopped(4) + QStringLiteral("-2.zip")));
    }

    void withheldItemsAbsentFromEveryFile()
    {
#ifdef Q_OS_WIN
        // Under Wine, Linux's pdftotext runs but its output bypasses the pipe; scripts/build-windows.sh
        // checks the PDFs gkml-cli.exe writes with pdftotext on the Linux side (the contract check).
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext.exe (poppler) is not on PATH: the package's PDF text cannot be read here");
#endif
        QTemporaryDir dir;
        const QString cat = dir.filePath(QStringLiteral("c.gkml"));
        QList<Item> items;
        makeFixtureCatalogue(cat, &items);
        const QString zip = dir.filePath(QStringLiteral("p.zip"));
        const Run r = cli({ QStringLiteral("package"), cat, QStringLiteral("-o"), zip });
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // What to look for: the withheld texts whole, and their 4-character pieces that occur in no
        // public item — table cells wrap in the PDF, so a name may only appear in pieces there.
        QString publicText;
        for (const Item &i : items) {
            if (!i.withheld)
                publicText += EditionStore::itemsToJson({ i });
        }
        QStringList pieces;
        const QStringList secret = withheldNames(items);
        QCOMPARE(secret.size(), 6);
        for (const QString &s : secret) {
            QStringList mine;
            for (qsizetype k = 0; k + 4 <= s.size(); ++k) {
                const QString piece = s.mid(k, 4);
                if (!piece.contains(QLatin1Char(' ')) && !publicText.contains(piece))
                    mine << piece;
            }
            QVERIFY2(!mine.isEmpty(), qPrintable(s));
            pieces << mine;
        }
        const auto texts = readableTexts(zip);
        QVERIFY(texts.size() > 7); // xlsx unpacked into its parts
        for (const auto &[entry, text] : texts) {
            for (const QString &s : secret + pieces)
                QVERIFY2(!text.contains(s), qPrintable(entry + QLatin1String(" holds ") + s));
        }

        // Positive control: with the same items made public, the same search finds them in every
        // file, so the absence above is not an artefact of a format (xlsx shared strings, PDF text).
        const QString open = dir.filePath(QStringLiteral("open.gkml"));
        {
            QList<Item> all = fixtureItems();
            for (Item &i : all)
                i.withheld = false;
            QString error;
            auto file = CatalogueFile::create(open, fixtureInfo(), &error);
            QVERIFY2(file && file->insertItems(all, QStringLiteral("control")), qPrintable(error));
        }
        const QString openZip = dir.filePath(QStringLiteral("open.zip"));
        QCOMPARE(cli({ QStringLiteral("package"), open, QStringLiteral("-o"), openZip }).exitCode, 0);
        QSet<QString> found;
        for (const auto &[entry, text] : readableTexts(openZip)) {
            for (const QString &s : pieces) {
                if (text.contains(s))
                    found.insert(entry.section(QLatin1Char('/'), 0, 0));
            }
        }
        for (const QString &f : { QStringLiteral("catalogue.xlsx"), QStringLiteral("catalogue.csv"),
                                  QStringLiteral("catalogue.json"), QStringLiteral("catalogue.html"),
                                  QStringLiteral("catalogue.docx"), QStringLiteral("catalogue.pdf") })
            QVERIFY2(found.contains(f), qPrintable(f + QLatin1String(": the control finds no item text")));
    }

    void refusedPackageLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString cat = dir.filePath(QStringLiteral("c.gkml"));
        {
            QList<Item> items;
            auto file = makeFixtureCatalogue(cat, &items);
            QVERIFY(file->setField(items.first().id, Field::Basis, QString())); // a required field emptied
        }
        const QByteArray before = sha256Hex(cat);
        const QString zip = dir.filePath(QStringLiteral("p.zip"));
        Run r = cli({ QStringLiteral("package"), cat, QStringLiteral("-o"), zip });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("required-missing")); // the findings are printed
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(filesIn(dir.path()), QStringList { QStringLiteral("c.gkml") }); // no zip, no temp file
        QCOMPARE(sha256Hex(cat), before); // and no edition recorded
        r = cli({ QStringLiteral("package"), cat, QStringLiteral("-o"), dir.path() });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(filesIn(dir.path()), QStringList { QStringLiteral("c.gkml") });
    }

    void diffBetweenTwoEditionsIsExact()
    {
        QTemporaryDir dir;
        const QString cat = dir.filePath(QStringLiteral("c.gkml"));
        QList<Item> items;
        makeFixtureCatalogue(cat, &items);
        QCOMPARE(cli({ QStringLiteral("package"), cat, QStringLiteral("-o"),
                       dir.filePath(QStringLiteral("1.zip")) })
                         .exitCode,
                 0);
        const Item &changed = items.at(1);
        {
            QString error;
            auto file = CatalogueFile::open(cat, CatalogueFile::OpenMode::ReadWrite, &error);
            QVERIFY(file);
            QVERIFY(file->setField(changed.id, Field::Deadline, QStringLiteral("信息形成之日起5个工作日内")));
        }
        QCOMPARE(cli({ QStringLiteral("package"), cat, QStringLiteral("-o"),
                       dir.filePath(QStringLiteral("2.zip")) })
                         .exitCode,
                 0);

        Run r = cli({ QStringLiteral("diff"), cat, QStringLiteral("--since"), QStringLiteral("1"),
                      QStringLiteral("--to"), QStringLiteral("2"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject d = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(d.value(QLatin1String("added")).toArray().size(), 0);
        QCOMPARE(d.value(QLatin1String("removed")).toArray().size(), 0);
        const QJsonArray ch = d.value(QLatin1String("changed")).toArray();
        QCOMPARE(ch.size(), 1);
        QCOMPARE(qint64(ch.at(0).toObject().value(QLatin1String("id")).toDouble()), changed.id);
        const QJsonArray fields = ch.at(0).toObject().value(QLatin1String("changes")).toArray();
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.at(0).toObject().value(QLatin1String("field")).toString(),
                 QStringLiteral("deadline"));
        QCOMPARE(fields.at(0).toObject().value(QLatin1String("old")).toString(), changed.deadline);
        QCOMPARE(fields.at(0).toObject().value(QLatin1String("new")).toString(),
                 QStringLiteral("信息形成之日起5个工作日内"));

        // Text form, and "since the latest edition": nothing changed after edition 2.
        r = cli({ QStringLiteral("diff"), cat, QStringLiteral("--since"), QStringLiteral("1") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QString::fromUtf8(r.out).contains(
                QStringLiteral("公开时限: %1 → 信息形成之日起5个工作日内").arg(changed.deadline)));
        r = cli({ QStringLiteral("diff"), cat });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("No changes."));
        QCOMPARE(
                cli({ QStringLiteral("diff"), cat, QStringLiteral("--since"), QStringLiteral("9") }).exitCode,
                2);
    }
};

QTEST_GUILESS_MAIN(TestPackageCli)
#include "tst_package_cli.moc"
