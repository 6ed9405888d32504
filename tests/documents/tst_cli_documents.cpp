// gkml-cli doc / transfer / annual-report against DESIGN.md "Documents and 两馆 transfers": the
// JSON shapes, exit codes, the 移交清单 PDF (two copies, text searchable), recording a batch, and
// bad input leaving the file untouched (sha256).
#include "TestFiles.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using Run = gkml::test::CliRun;
using gkml::test::sha256;

Run cli(const QStringList &args)
{
    return gkml::test::runCliEnglish(args,
                                     { { QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen") } });
}

QStringList docNos(const QJsonObject &batch)
{
    QStringList list;
    for (const QJsonValue &v : batch.value(QStringLiteral("documents")).toArray())
        list << v.toObject().value(QStringLiteral("docNo")).toString();
    return list;
}
} // namespace

class TestCliDocuments : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_file;

private slots:
    void init()
    {
        static int n = 0;
        m_file = m_dir.filePath(QStringLiteral("d%1.gkml").arg(++n));
        QCOMPARE(cli({ QStringLiteral("new"), m_file, QStringLiteral("--unit"),
                       QStringLiteral("安溪县民政局") })
                         .exitCode,
                 0);
    }

    void addListAndIndex()
    {
        QCOMPARE(cli({ "doc", "index", m_file, "--org", "003543211", "--pattern", "{org}/{year}-{seq:5}" })
                         .exitCode,
                 0);
        Run r = cli({ "doc", "add", m_file, "--title", "关于印发救助办法的通知", "--doc-no",
                      "安民〔2026〕1号", "--written", "2026-01-05", "--department", "社会救助股",
                      "--attribute", "主动公开", "--reviewer", "张明", "--reviewed", "2026-01-04",
                      "--assign-index" });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("003543211/2026-00001"));
        // Not marked: added, and listed to be returned to its office.
        r = cli({ "doc", "add", m_file, "--title", "未标注的文件", "--doc-no", "安民〔2026〕2号", "--written",
                  "2026-01-06", "--department", "办公室" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("doc-attribute-missing"));
        QVERIFY(r.out.contains("doc-review-missing"));
        r = cli({ "doc", "list", m_file, "--json" });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray docs = r.json().value(QStringLiteral("documents")).toArray();
        QCOMPARE(docs.size(), 2);
        const QJsonObject first = docs.at(0).toObject();
        for (const char *key : { "id", "docNo", "title", "writtenOn", "department", "attribute", "reason",
                                 "reviewer", "reviewedOn", "indexNo", "item", "transfer" })
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("indexNo")).toString(), QStringLiteral("003543211/2026-00001"));
        QVERIFY(docs.at(1).toObject().value(QStringLiteral("attribute")).isNull());
        r = cli({ "doc", "list", m_file, "--to-return", "--json" });
        QCOMPARE(r.json().value(QStringLiteral("documents")).toArray().size(), 1);
        const QString pdf = m_dir.filePath(QStringLiteral("return.pdf"));
        r = cli({ "doc", "list", m_file, "--to-return", "-o", pdf });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(pdf));
        // The next number goes on.
        r = cli({ "doc", "index", m_file, "--assign", "2" });
        QCOMPARE(r.out.trimmed(), QByteArray("003543211/2026-00002"));
    }

    void badInputLeavesFileUntouched()
    {
        cli({ "doc", "add", m_file, "--title", "甲", "--written", "2026-01-05" });
        const QByteArray before = sha256(m_file);
        const QList<QStringList> bad {
            { "doc", "add", m_file, "--title", "乙", "--written", "2026-13-40" },
            { "doc", "add", m_file, "--title", "乙", "--attribute", "半公开" },
            { "doc", "add", m_file, "--title", "乙", "--item", "999" },
            { "doc", "add", m_file, "--title", "乙", "--assign-index" }, // no pattern set
            { "doc", "add", m_file, "--doc-no", "X" }, // no title
            { "doc", "import", m_file, QStringLiteral(GKML_FIXTURES "/documents/make_ledger.py") },
            { "doc", "import", m_file, m_dir.filePath(QStringLiteral("missing.xlsx")) },
            { "doc", "index", m_file, "--pattern", "{org}/{seq:5}", "--org", "1" },
            { "doc", "index", m_file, "--assign", "1" }, // no pattern
            { "doc", "frobnicate", m_file },
            { "transfer", m_file, "--on", "2026-02-30" },
            { "transfer", m_file, "--schedule", "twenty" },
            { "transfer", m_file },
            { "transfer", m_file, "--on", "2026-02-20", "--record", "-o",
              m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")) },
            { "annual-report", m_file, "--year", "2026", "--format", "docx" },
            { "annual-report", m_file, "--year", "2026", "--format", "xlsx" }, // needs -o
        };
        for (const QStringList &args : bad) {
            const Run r = cli(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY2(!r.err.isEmpty() && r.err.count('\n') == 1, r.err.constData());
            QCOMPARE(sha256(m_file), before);
        }
        // A ledger repeating one 索引号 twice is refused whole.
        QFile csv(m_dir.filePath(QStringLiteral("dup.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("文号,标题,成文日期,索引号\nA1,甲,2026-01-01,003543211/"
                  "2026-00001\nA2,乙,2026-01-02,003543211/2026-00001\n");
        csv.close();
        QCOMPARE(cli({ "doc", "import", m_file, csv.fileName() }).exitCode, 2);
        QCOMPARE(sha256(m_file), before);
        // Not a catalogue at all.
        const QString noise = m_dir.filePath(QStringLiteral("noise.gkml"));
        QFile n(noise);
        QVERIFY(n.open(QIODevice::WriteOnly));
        n.write(QByteArray(3000, 'x'));
        n.close();
        const QByteArray noiseHash = sha256(noise);
        QCOMPARE(cli({ "transfer", noise, "--on", "2026-02-20", "--record" }).exitCode, 2);
        QCOMPARE(cli({ "doc", "list", noise }).exitCode, 2);
        QCOMPARE(sha256(noise), noiseHash);
    }

    void importMergedLedger()
    {
        Run r = cli({ "doc", "index", m_file, "--org", "003543211" });
        QCOMPARE(r.exitCode, 0);
        r = cli({ "doc", "import", m_file,
                  QStringLiteral(GKML_FIXTURES "/documents/ledger-merged-header.xlsx") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({ "doc", "list", m_file, "--json" });
        QCOMPARE(r.json().value(QStringLiteral("documents")).toArray().size(), 6);
        r = cli({ "doc", "list", m_file, "--to-return", "--json" });
        QStringList back;
        for (const QJsonValue &v : r.json().value(QStringLiteral("documents")).toArray())
            back << v.toObject().value(QStringLiteral("docNo")).toString();
        QCOMPARE(back,
                 (QStringList { QStringLiteral("安民〔2026〕4号"), QStringLiteral("安民〔2026〕5号") }));
        // Importing the same ledger again repeats its 索引号: refused.
        const QByteArray before = sha256(m_file);
        QCOMPARE(cli({ "doc", "import", m_file,
                       QStringLiteral(GKML_FIXTURES "/documents/ledger-merged-header.xlsx") })
                         .exitCode,
                 2);
        QCOMPARE(sha256(m_file), before);
    }

    void scheduleJson()
    {
        const Run r = cli({ "transfer", m_file, "--schedule", "2026", "--json" });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("year")).toInt(), 2026);
        const QJsonArray days = o.value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), 24);
        QCOMPARE(days.at(0).toObject().value(QStringLiteral("nominal")).toString(),
                 QStringLiteral("2026-01-05"));
        QCOMPARE(days.at(0).toObject().value(QStringLiteral("due")).toString(), QStringLiteral("2026-01-05"));
    }

    void transferBatchPdfAndRecord()
    {
        QCOMPARE(cli({ "doc", "import", m_file,
                       QStringLiteral(GKML_FIXTURES "/documents/ledger-merged-header.xlsx") })
                         .exitCode,
                 0);
        const QByteArray before = sha256(m_file);
        Run r = cli({ "transfer", m_file, "--on", "2026-02-20", "--json" });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("date")).toString(), QStringLiteral("2026-02-20"));
        QCOMPARE(o.value(QStringLiteral("copies")).toInt(), 2);
        // Reviewed 主动公开 written by 2/20: the year-end document and the two of January/February;
        // 不予公开 (3号), 依申请公开 (4号, 2/21) and the unmarked 5号 never.
        QCOMPARE(docNos(o),
                 (QStringList { QStringLiteral("安民〔2025〕88号"), QStringLiteral("安民〔2026〕1号"),
                                QStringLiteral("安民〔2026〕2号") }));
        QCOMPARE(sha256(m_file), before); // without --record nothing changes

        const QString pdf = m_dir.filePath(QStringLiteral("移交清单.pdf"));
        r = cli({ "transfer", m_file, "--on", "2026-02-20", "-o", pdf, "--record" });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(sha256(m_file) != before);
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess p;
            p.start(pdftotext, { QStringLiteral("-raw"), pdf, QStringLiteral("-") });
            QVERIFY(p.waitForFinished(60000));
            QString text = QString::fromUtf8(p.readAllStandardOutput());
            text.remove(QLatin1Char('\n')); // a wrapped title is one word again
            QCOMPARE(text.count(QStringLiteral("安溪县民政局")), 2); // one per copy
            QCOMPARE(text.count(QStringLiteral("003543211/2026-00001")), 2);
            QCOMPARE(text.count(QStringLiteral("安民〔2025〕88号")), 2);
            QVERIFY(text.contains(QStringLiteral("关于2026年春节慰问困难群众的通知")));
            QVERIFY(!text.contains(QStringLiteral("某某同志"))); // 不予公开: never listed
            QVERIFY(text.contains(QStringLiteral("archives")) && text.contains(QStringLiteral("library")));
        }
        // Recorded: the next batch does not repeat them.
        r = cli({ "transfer", m_file, "--on", "2026-03-05", "--json" });
        QCOMPARE(docNos(r.json()), QStringList());
        // The recorded day again: its list as handed over (a spoilt copy reprinted), never
        // recorded twice; the file unchanged either way.
        const QByteArray recorded = sha256(m_file);
        r = cli({ "transfer", m_file, "--on", "2026-02-20", "--json" });
        QCOMPARE(docNos(r.json()),
                 (QStringList { QStringLiteral("安民〔2025〕88号"), QStringLiteral("安民〔2026〕1号"),
                                QStringLiteral("安民〔2026〕2号") }));
        QVERIFY(r.json().value(QStringLiteral("recorded")).toBool());
        const QString again = m_dir.filePath(QStringLiteral("移交清单-补打.pdf"));
        r = cli({ "transfer", m_file, "--on", "2026-02-20", "-o", again });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo(again).size() > 1000);
        r = cli({ "transfer", m_file, "--on", "2026-02-20", "--record" });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.count('\n') == 1, r.err.constData());
        QCOMPARE(sha256(m_file), recorded);
        r = cli({ "doc", "list", m_file, "--json" });
        int transferred = 0;
        for (const QJsonValue &v : r.json().value(QStringLiteral("documents")).toArray())
            transferred += !v.toObject().value(QStringLiteral("transfer")).isNull();
        QCOMPARE(transferred, 3);

        // Recorded by mistake: --cancel takes the record back; the documents are pending again and
        // the day can be recorded once more. A day with nothing recorded, or --cancel with
        // --record, is refused and changes nothing.
        r = cli({ "transfer", m_file, "--on", "2026-02-20", "--cancel", "--record" });
        QCOMPARE(r.exitCode, 2);
        r = cli({ "transfer", m_file, "--on", "2026-03-05", "--cancel" });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("2026-03-05"), r.err.constData());
        QCOMPARE(sha256(m_file), recorded);
        r = cli({ "transfer", m_file, "--on", "2026-02-20", "--cancel" });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({ "transfer", m_file, "--on", "2026-02-20", "--json" });
        QVERIFY(!r.json().value(QStringLiteral("recorded")).toBool());
        QCOMPARE(docNos(r.json()).size(), 3);
        r = cli({ "transfer", m_file, "--on", "2026-02-20", "--record" });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void annualReport()
    {
        QCOMPARE(cli({ "doc", "import", m_file,
                       QStringLiteral(GKML_FIXTURES "/documents/ledger-merged-header.xlsx") })
                         .exitCode,
                 0);
        Run r = cli({ "annual-report", m_file, "--year", "2026", "--format", "json" });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = r.json().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("规范性文件"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("issued")).toInt(), 2);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("inForce")).toInt(), 2);
        QVERIFY(!r.json().value(QStringLiteral("leftForOffice")).toArray().isEmpty());
        r = cli({ "annual-report", m_file, "--year", "2026" });
        QVERIFY(r.out.contains("Left for the office"));
        const QString xlsx = m_dir.filePath(QStringLiteral("report.xlsx"));
        QCOMPARE(cli({ "annual-report", m_file, "--year", "2026", "--format", "xlsx", "-o", xlsx }).exitCode,
                 0);
        QFile f(xlsx);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(2), QByteArray("PK"));
    }
};

QTEST_GUILESS_MAIN(TestCliDocuments)
#include "tst_cli_documents.moc"
