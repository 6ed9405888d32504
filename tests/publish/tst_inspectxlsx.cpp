// gkml-cli inspect --format xlsx: the 问题清单 in the county style and the count tables as a
// workbook that GKML's own reader and LibreOffice both read back cell for cell; bad input refused
// with the catalogue untouched; the assessors' feedback table imported from an Excel file.
#include "PublishFixtures.h"
#include "catalogue/CatalogueFile.h"
#include "exchange/XlsxReader.h"
#include "util/ZipArchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gkml;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args, const QString &lang = QStringLiteral("en"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GKML_LANG"), lang);
    env.insert(QStringLiteral("GKML_CALENDAR_DIR"), QString());
    env.insert(QStringLiteral("XDG_DATA_HOME"), QStringLiteral("/nonexistent"));
    env.insert(QStringLiteral("XDG_DATA_DIRS"), QStringLiteral("/nonexistent"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GKML_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        qFatal("gkml-cli did not finish");
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

const TableGrid *sheet(const XlsxReader::Result &book, const QString &name)
{
    for (const TableGrid &g : book.grids)
        if (g.name == name)
            return &g;
    return nullptr;
}

// An Excel-style workbook (shared strings, a date as a serial number) of one sheet.
QByteArray excelWorkbook(const QList<QStringList> &rows, int dateColumn)
{
    QStringList strings;
    QByteArray sheetData;
    for (int r = 0; r < rows.size(); ++r) {
        sheetData += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString v = rows.at(r).at(c);
            const QByteArray ref = QByteArray(1, char('A' + c)) + QByteArray::number(r + 1);
            if (v.isEmpty())
                continue;
            if (r > 0 && c == dateColumn) {
                const qint64 serial = QDate(1899, 12, 30).daysTo(QDate::fromString(v, Qt::ISODate));
                sheetData += "<c r=\"" + ref + "\" s=\"1\"><v>" + QByteArray::number(serial) + "</v></c>";
                continue;
            }
            qsizetype i = strings.indexOf(v);
            if (i < 0) {
                i = strings.size();
                strings.append(v);
            }
            sheetData += "<c r=\"" + ref + "\" t=\"s\"><v>" + QByteArray::number(i) + "</v></c>";
        }
        sheetData += "</row>";
    }
    QByteArray sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                     "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QString &s : std::as_const(strings))
        sst += "<si><t>" + s.toHtmlEscaped().toUtf8() + "</t></si>";
    sst += "</sst>";
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    QString error;
    const auto zip = ZipArchive::write(
            { { QStringLiteral("[Content_Types].xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
                "Extension=\"rels\" "
                "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default "
                "Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
                "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
                "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                "<Override PartName=\"/xl/sharedStrings.xml\" "
                "ContentType=\"application/"
                "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                "</Types>" },
              { QStringLiteral("_rels/.rels"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                "Id=\"rId1\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                "Target=\"xl/workbook.xml\"/></Relationships>" },
              { QStringLiteral("xl/workbook.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook " + ns
                        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                          "<sheets><sheet name=\"反馈\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" },
              { QStringLiteral("xl/_rels/workbook.xml.rels"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                "Id=\"rId1\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                "Target=\"sharedStrings.xml\"/></Relationships>" },
              { QStringLiteral("xl/sharedStrings.xml"), sst },
              { QStringLiteral("xl/worksheets/sheet1.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet " + ns + "><sheetData>" + sheetData
                        + "</sheetData></worksheet>" } },
            QDateTime::currentDateTime(), &error);
    return zip.value_or(QByteArray());
}

// Every sheet of a workbook as CSV through LibreOffice; empty when soffice is missing.
QMap<QString, QString> viaLibreOffice(const QString &xlsx, const QString &outDir, QString *problem)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        *problem = QStringLiteral("soffice not installed");
        return {};
    }
    QProcess p;
    // A private profile: other LibreOffice processes on the machine do not block this one.
    p.start(soffice,
            { QStringLiteral("-env:UserInstallation=file://") + outDir + QStringLiteral("/profile"),
              QStringLiteral("--headless"), QStringLiteral("--convert-to"),
              // UTF-8, comma, quote ", every sheet to its own file (sheet -1)
              QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,"
                             "false,-1"),
              QStringLiteral("--outdir"), outDir, xlsx });
    if (!p.waitForFinished(180000)) {
        p.kill();
        *problem = QStringLiteral("soffice timed out");
        return {};
    }
    QMap<QString, QString> sheets;
    const QString base = QFileInfo(xlsx).completeBaseName();
    for (const QFileInfo &fi : QDir(outDir).entryInfoList({ base + QStringLiteral("*.csv") }, QDir::Files)) {
        QFile f(fi.filePath());
        f.open(QIODevice::ReadOnly);
        sheets.insert(fi.completeBaseName().mid(base.size() + 1), QString::fromUtf8(f.readAll()));
    }
    if (sheets.isEmpty())
        *problem
                = QStringLiteral("soffice wrote no csv: ") + QString::fromLocal8Bit(p.readAllStandardError());
    return sheets;
}

QString csvLine(const QStringList &cells)
{
    QStringList quoted;
    for (QString c : cells) {
        if (c.contains(u',') || c.contains(u'"') || c.contains(u'\n'))
            c = u'"' + c.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
        quoted.append(c);
    }
    return quoted.join(u',');
}
} // namespace

class TestInspectXlsx : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.gkml").arg(QTest::currentTestFunction()));
        QFile::remove(m_path);
        // 社会救助: 事项1 on time, 事项2 never published, 事项3 withheld; 就业创业: 事项4 published late.
        QList<Item> items = publishfixtures::numberedItems(4);
        items[0].stages = { QStringLiteral("决策"), QStringLiteral("结果") };
        publishfixtures::withhold(items[2]);
        items[3].domain = QStringLiteral("就业创业");
        items[3].level1 = QStringLiteral("就业服务");
        items[3].department = QStringLiteral("就业股");
        std::unique_ptr<CatalogueFile> file;
        publishfixtures::createCatalogue(m_path, items, &file);
        file.reset();
        // Both published on 政府网站 for an event on 2026-09-24, due 2026-10-29 (mid-autumn, national
        // day, make-up 10-10).
        const auto publish = [this](const char *item, const char *on) {
            return cli({ QStringLiteral("publish"), m_path, QStringLiteral("--item"),
                         QString::fromLatin1(item), QStringLiteral("--channel"), QStringLiteral("政府网站"),
                         QStringLiteral("--on"), QString::fromLatin1(on), QStringLiteral("--event"),
                         QStringLiteral("2026-09-24") })
                    .exitCode;
        };
        QCOMPARE(publish("1", "2026-10-09"), 0); // 事项1 on time
        QCOMPARE(publish("4", "2026-10-30"), 0); // 事项4 one working day late
    }

    void problemListAndCounts()
    {
        const QString xlsx = inspectXlsx(QStringLiteral("自查.xlsx"));
        QVERIFY(!xlsx.isEmpty());
        const XlsxReader::Result book = XlsxReader::readFile(xlsx);
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        QStringList names;
        for (const TableGrid &g : book.grids)
            names.append(g.name);
        QCOMPARE(names,
                 (QStringList { QStringLiteral("Problems"), QStringLiteral("By office"),
                                QStringLiteral("By domain"), QStringLiteral("五公开") }));

        const TableGrid *problems = sheet(book, QStringLiteral("Problems"));
        QVERIFY(problems->cell(0, 0).contains(QStringLiteral("测试局")));
        QVERIFY(problems->cell(0, 0).contains(QStringLiteral("2026-11-30")));
        QCOMPARE(problems->rows.at(1),
                 (QStringList { QStringLiteral("No."), QStringLiteral("Problem"),
                                QStringLiteral("Responsible office"), QStringLiteral("Requirement"),
                                QStringLiteral("Fix by"), QStringLiteral("Result") }));
        QCOMPARE(problems->rows.size(), 4); // title, header, 事项2 (never), 事项4 (late); nothing of 事项3
        // 整改期限: 2026-11-30 + 10 working days = 2026-12-14.
        QCOMPARE(problems->cell(2, 0), QStringLiteral("1"));
        QVERIFY(problems->cell(2, 1).contains(QStringLiteral("事项2")));
        QCOMPARE(problems->cell(2, 2), QStringLiteral("社会救助股"));
        QCOMPARE(problems->cell(2, 4), QStringLiteral("2026-12-14 (10 working days)"));
        QCOMPARE(problems->cell(2, 5), QStringLiteral("Open"));
        QVERIFY(problems->cell(3, 1).contains(QStringLiteral("事项4")));
        QVERIFY(problems->cell(3, 1).contains(QStringLiteral("2026-10-29"))); // the due date missed
        QCOMPARE(problems->cell(3, 2), QStringLiteral("就业股"));
        for (const TableGrid &g : book.grids)
            for (const QStringList &row : g.rows)
                QVERIFY2(!row.join(u' ').contains(QStringLiteral("事项3")), "a withheld item in the report");

        const TableGrid *offices = sheet(book, QStringLiteral("By office"));
        QCOMPARE(offices->rows.at(1).first(), QStringLiteral("Office"));
        // Office, items, on time, late, never, not updated, no date.
        QCOMPARE(offices->rows.at(2),
                 (QStringList { QStringLiteral("就业股"), "1", "0", "1", "0", "0", "0" }));
        QCOMPARE(offices->rows.at(3),
                 (QStringList { QStringLiteral("社会救助股"), "2", "1", "0", "1", "0", "0" }));
        QCOMPARE(offices->rows.at(4),
                 (QStringList { QStringLiteral("Total"), "3", "1", "1", "1", "0", "0" }));
        const TableGrid *domains = sheet(book, QStringLiteral("By domain"));
        QCOMPARE(domains->rows.at(2),
                 (QStringList { QStringLiteral("就业创业"), "1", "0", "1", "0", "0", "0" }));
        QCOMPARE(domains->rows.at(3),
                 (QStringList { QStringLiteral("社会救助"), "2", "1", "0", "1", "0", "0" }));
        // 五公开: 社会救助 has 2 public items, 事项1 serves 决策 and 结果.
        const TableGrid *stages = sheet(book, QStringLiteral("五公开"));
        int row = -1;
        for (int r = 0; r < stages->rows.size(); ++r)
            if (stages->cell(r, 0) == QStringLiteral("社会救助"))
                row = r;
        QVERIFY2(row > 0,
                 qPrintable(stages->rows.value(2).join(u'|') + u'/' + stages->rows.value(1).join(u'|')));
        QCOMPARE(stages->cell(row, 1), QStringLiteral("2"));
        QCOMPARE(stages->cell(row, 2), QStringLiteral("1")); // 决策
        QCOMPARE(stages->cell(row, 3), QStringLiteral("0")); // 执行
        QCOMPARE(stages->cell(row, 6), QStringLiteral("1")); // 结果
        QCOMPARE(stages->cell(row, 7), QStringLiteral("1")); // marked for none: 事项2

        // The same coverage in the JSON report.
        const Run json
                = cli({ QStringLiteral("inspect"), m_path, QStringLiteral("--as-of"),
                        QStringLiteral("2026-11-30"), QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonArray covered = QJsonDocument::fromJson(json.out)
                                           .object()
                                           .value(QStringLiteral("stages"))
                                           .toObject()
                                           .value(QStringLiteral("domains"))
                                           .toArray();
        QCOMPARE(covered.size(), 2);

        // One office only: its problems and its counts, nothing of the other office.
        const QString office = m_dir.filePath(QStringLiteral("就业股.xlsx"));
        QCOMPARE(cli({ QStringLiteral("inspect"), m_path, QStringLiteral("--as-of"),
                       QStringLiteral("2026-11-30"), QStringLiteral("--department"), QStringLiteral("就业股"),
                       QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), office })
                         .exitCode,
                 1);
        const XlsxReader::Result one = XlsxReader::readFile(office);
        QCOMPARE(sheet(one, QStringLiteral("Problems"))->rows.size(), 3);
        QVERIFY(sheet(one, QStringLiteral("Problems"))->cell(2, 1).contains(QStringLiteral("事项4")));
        QCOMPARE(sheet(one, QStringLiteral("By office"))->rows.size(), 4); // title, header, 就业股, total

        // In the Chinese UI the headers are the county's own.
        const QString zh = inspectXlsx(QStringLiteral("自查-zh.xlsx"), QStringLiteral("zh_CN"));
        QVERIFY(!zh.isEmpty());
        const XlsxReader::Result zhBook = XlsxReader::readFile(zh);
        QCOMPARE(
                zhBook.grids.first().rows.at(1).mid(0, 5),
                (QStringList { QStringLiteral("序号"), QStringLiteral("问题明细"), QStringLiteral("责任股室"),
                               QStringLiteral("整改要求"), QStringLiteral("整改期限") }));
    }

    void openedByLibreOffice()
    {
        const QString xlsx = inspectXlsx(QStringLiteral("report.xlsx"));
        QVERIFY(!xlsx.isEmpty());
        const QString out = m_dir.filePath(QStringLiteral("lo"));
        QDir().mkpath(out);
        QString problem;
        const QMap<QString, QString> csv = viaLibreOffice(xlsx, out, &problem);
        if (csv.isEmpty() && problem.startsWith(QLatin1String("soffice not installed")))
            QSKIP("LibreOffice is not installed");
        QVERIFY2(!csv.isEmpty(), qPrintable(problem));
        QCOMPARE(csv.keys(),
                 (QStringList { QStringLiteral("By domain"), QStringLiteral("By office"),
                                QStringLiteral("Problems"), QStringLiteral("五公开") }));
        // LibreOffice reads the same cells GKML's reader reads (its CSV pads merged rows with commas).
        const XlsxReader::Result book = XlsxReader::readFile(xlsx);
        for (const TableGrid &g : book.grids) {
            QStringList expected;
            const int width = g.columnCount();
            for (const QStringList &row : g.rows) {
                QStringList padded = row;
                while (padded.size() < width)
                    padded.append(QString());
                expected.append(csvLine(padded));
            }
            const QStringList got = csv.value(g.name).split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(got, expected);
        }
        QVERIFY(csv.value(QStringLiteral("Problems"))
                        .contains(QStringLiteral("2026-12-14 (10 working days)")));
    }

    void refusals()
    {
        const QByteArray before = sha(m_path);
        // No -o; a folder that does not exist; an unknown format: exit 2, one line, nothing changed.
        for (const QStringList &args :
             { QStringList { QStringLiteral("--format"), QStringLiteral("xlsx") },
               QStringList { QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"),
                             QStringLiteral("/nonexistent/dir/自查.xlsx") },
               QStringList { QStringLiteral("--format"), QStringLiteral("ods"), QStringLiteral("-o"),
                             m_dir.filePath(QStringLiteral("x.ods")) } }) {
            const Run r = cli(QStringList { QStringLiteral("inspect"), m_path } + args);
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(r.err.count('\n'), 1);
        }
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.ods"))));
        QCOMPARE(sha(m_path), before);
    }

    void feedbackFromExcel()
    {
        // The county office's table as Excel saves it: shared strings, 整改期限 a date serial.
        const QString table = m_dir.filePath(QStringLiteral("县政务公开办反馈.xlsx"));
        QFile f(table);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(excelWorkbook(
                { { QStringLiteral("序号"), QStringLiteral("事项名称"), QStringLiteral("问题明细"),
                    QStringLiteral("责任股室"), QStringLiteral("整改要求"), QStringLiteral("整改期限") },
                  { QStringLiteral("1"), QStringLiteral("事项2"), QStringLiteral("未按时限公开"),
                    QStringLiteral("社会救助股"), QStringLiteral("立即整改"), QStringLiteral("2026-12-20") },
                  { QStringLiteral("2"), QString(), QStringLiteral("网站栏目空白"), QStringLiteral("办公室"),
                    QStringLiteral("补充内容"), QStringLiteral("2026-12-25") } },
                5));
        f.close();
        Run r = cli({ QStringLiteral("feedback"), m_path, table });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("网站栏目空白")); // unmatched: kept and shown
        r = cli({ QStringLiteral("feedback"), m_path, table }); // again: nothing twice
        QCOMPARE(r.exitCode, 0);
        r = cli({ QStringLiteral("feedback"), m_path, QStringLiteral("--list"), QStringLiteral("--json") });
        const QJsonArray problems
                = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[0].toObject().value(QStringLiteral("item")).toInt(), 2);
        QCOMPARE(problems[0].toObject().value(QStringLiteral("fixBy")).toString(),
                 QStringLiteral("2026-12-20"));
        QCOMPARE(problems[0].toObject().value(QStringLiteral("department")).toString(),
                 QStringLiteral("社会救助股"));
        QVERIFY(problems[1].toObject().value(QStringLiteral("item")).isNull());
        QCOMPARE(problems[1].toObject().value(QStringLiteral("fixBy")).toString(),
                 QStringLiteral("2026-12-25"));
        // The next report lists the assessors' problems after its own, open, with their own dates.
        const QString xlsx = inspectXlsx(QStringLiteral("after-feedback.xlsx"));
        const XlsxReader::Result book = XlsxReader::readFile(xlsx);
        const TableGrid *list = sheet(book, QStringLiteral("Problems"));
        QCOMPARE(list->rows.size(), 6);
        QCOMPARE(list->cell(4, 1), QStringLiteral("未按时限公开"));
        QCOMPARE(list->cell(4, 4), QStringLiteral("2026-12-20"));
        QCOMPARE(list->cell(5, 2), QStringLiteral("办公室"));
        QCOMPARE(list->cell(5, 5), QStringLiteral("Open"));
    }

private:
    QString inspectXlsx(const QString &name, const QString &lang = QStringLiteral("en"))
    {
        const QString out = m_dir.filePath(name);
        QFile::remove(out);
        const Run r = cli({ QStringLiteral("inspect"), m_path, QStringLiteral("--as-of"),
                            QStringLiteral("2026-11-30"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                            QStringLiteral("-o"), out },
                          lang);
        if (r.exitCode != 1) // items are not ok: exit 1
            qWarning("inspect exit %d: %s", r.exitCode, r.err.constData());
        return r.exitCode == 1 ? out : QString();
    }

    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestInspectXlsx)
#include "tst_inspectxlsx.moc"
