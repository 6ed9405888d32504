// Every error and warning gkml-cli shows in the default (Chinese) UI is Chinese: one case per
// error path of the CLI and of the import, export, print and package code behind it. Bad input
// leaves the catalogue untouched (sha256 before and after).
#include "ChineseText.h"
#include "TestFiles.h"
#include "util/QtTranslationGaps.h"
#include "util/Translations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = gkml::test::CliText;

// The default language: no GKML_LANG.
Run cli(const QStringList &args)
{
    return gkml::test::runCli(args).text();
}

using gkml::test::sha256;

const QByteArray kHeader = "序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,"
                           "公开对象,公开方式,公开层级\n";
const QByteArray kRow = "1,最低生活保障,政策法规,低保政策文件,《社会救助暂行办法》,20个工作日内,县民政局,"
                        "政府网站,全社会,主动,县级\n";

} // namespace

class TstCliMessages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(cli({ QStringLiteral("new"), path(QStringLiteral("a.gkml")), QStringLiteral("--unit"),
                       QStringLiteral("安溪县民政局") })
                         .exitCode,
                 0);
        QVERIFY(gkml::test::writeFile(path(QStringLiteral("good.csv")), kHeader + kRow));
        QCOMPARE(cli({ QStringLiteral("import"), path(QStringLiteral("good.csv")), QStringLiteral("-o"),
                       path(QStringLiteral("a.gkml")), QStringLiteral("--domain"),
                       QStringLiteral("社会救助") })
                         .exitCode,
                 0);
        QVERIFY(gkml::test::writeFile(path(QStringLiteral("empty.csv")), QByteArray()));
        QVERIFY(gkml::test::writeFile(path(QStringLiteral("noheader.csv")), "姓名,电话\n张三,123\n"));
        QVERIFY(gkml::test::writeFile(path(QStringLiteral("notable.html")),
                                      "<html><body><p>没有表格</p></body></html>"));
        QVERIFY(gkml::test::writeFile(path(QStringLiteral("random.xlsx")), QByteArray(2000, 'x')));
        QVERIFY(gkml::test::writeFile(path(QStringLiteral("old.xls")),
                                      QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(600, '\0')));
        QVERIFY(gkml::test::writeFile(path(QStringLiteral("bad.json")), "{ \"items\": [ 1, "));
        QVERIFY(gkml::test::writeFile(path(QStringLiteral("notes.doc")), "x"));
        QVERIFY(gkml::test::writeFile(path(QStringLiteral("bad-utf8.csv")),
                                      QByteArray("\xEF\xBB\xBF") + kHeader + "1,\xFF\xFE\n"));
        QVERIFY(gkml::test::writeFile(path(QStringLiteral("wide.csv")),
                                      kHeader + "1,a,b,c,d,e,f,g,h,i,j,k,l,m\n"));
        QVERIFY(gkml::test::writeFile(path(QStringLiteral("notzip.zip")), "not a zip"));
        QDir().mkpath(path(QStringLiteral("folder.csv")));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString a = path(QStringLiteral("a.gkml"));
        const QString out = path(QStringLiteral("out"));
        auto add = [](const char *name, const QStringList &args) { QTest::newRow(name) << args; };
        add("unknown command", { QStringLiteral("frobnicate") });
        add("missing arguments", { QStringLiteral("info") });
        add("missing catalogue", { QStringLiteral("info"), path(QStringLiteral("missing.gkml")) });
        add("new without unit", { QStringLiteral("new"), path(QStringLiteral("b.gkml")) });
        add("export pdf",
            { QStringLiteral("export"), a, QStringLiteral("--format"), QStringLiteral("pdf"),
              QStringLiteral("-o"), out + QStringLiteral(".pdf") });
        for (const char *f : { "empty.csv", "noheader.csv", "notable.html", "random.xlsx", "old.xls",
                               "bad.json", "notes.doc", "folder.csv", "missing.csv", "wide.csv" })
            add(f, { QStringLiteral("import"), path(QString::fromLatin1(f)), QStringLiteral("-o"), a });
        add("bad encoding",
            { QStringLiteral("import"), path(QStringLiteral("good.csv")), QStringLiteral("-o"), a,
              QStringLiteral("--encoding"), QStringLiteral("latin9") });
        // print with one bad option: row name, option, value.
        const char *const badPrints[][3] = { { "print paper", "--paper", "A5" },
                                             { "print date", "--date", "yesterday" },
                                             { "print qr", "--qr", "gov" },
                                             { "print no items", "--domain", "不存在的领域" } };
        for (const auto &[name, option, value] : badPrints)
            add(name,
                { QStringLiteral("print"), a, QStringLiteral("-o"), out + QStringLiteral(".pdf"),
                  QString::fromUtf8(option), QString::fromUtf8(value) });
        add("validate format",
            { QStringLiteral("validate"), a, QStringLiteral("--format"), QStringLiteral("xml") });
        add("diff edition", { QStringLiteral("diff"), a, QStringLiteral("--from"), QStringLiteral("abc") });
        add("verify not a zip", { QStringLiteral("verify-package"), path(QStringLiteral("notzip.zip")) });
        add("verify missing", { QStringLiteral("verify-package"), path(QStringLiteral("missing.zip")) });
    }

    void errors()
    {
        QFETCH(QStringList, args);
        const QString a = path(QStringLiteral("a.gkml"));
        const QByteArray before = sha256(a);
        const Run r = cli(args);
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QString why;
        QVERIFY2(gkml::test::isChineseMessage(r.err, &why), qPrintable(why));
        QCOMPARE(sha256(a), before);
    }

    void importWarnings()
    {
        // A page with the catalogue and a contact table: the second table is skipped with a warning.
        const QString html = path(QStringLiteral("two-tables.html"));
        QVERIFY(gkml::test::writeFile(
                html,
                "<html><body><table><tr><td>序号</td><td>一级事项</td><td>二级事项</td><td>公开内容</td>"
                "<td>公开依据</td><td>联系电话</td></tr><tr><td>1</td><td>最低生活保障</td><td>办事指南</td>"
                "<td>申请条件</td><td>办法</td><td>123</td></tr></table>"
                "<table><tr><td>联系人</td><td>电话</td></tr><tr><td>张三</td><td>123</td></tr></table>"
                "</body></html>"));
        const QString b = path(QStringLiteral("w.gkml"));
        QCOMPARE(cli({ QStringLiteral("new"), b, QStringLiteral("--unit"), QStringLiteral("安溪县民政局") })
                         .exitCode,
                 0);
        const Run r = cli({ QStringLiteral("import"), html, QStringLiteral("-o"), b,
                            QStringLiteral("--domain"), QStringLiteral("社会救助") });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(r.err)); // the extra column and the skipped table
        for (const QString &line : lines) {
            QString why;
            QVERIFY2(gkml::test::isChineseMessage(line, &why), qPrintable(why));
        }
        QString why;
        QVERIFY2(gkml::test::isChineseMessage(r.out, &why), qPrintable(why));
    }

    void qtDialogTexts()
    {
        // Issue 11: the file dialog's type column said "Folder" in the Chinese UI.
        gkml::Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        const QStringList texts = gkml::QtTranslationGaps::translated();
        QVERIFY(!texts.isEmpty());
        for (const QString &t : texts) {
            QString why;
            QVERIFY2(gkml::test::isChineseMessage(t, &why), qPrintable(why));
        }
        QCOMPARE(QCoreApplication::translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
                 QStringLiteral("文件夹"));
    }

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

QTEST_GUILESS_MAIN(TstCliMessages)
#include "tst_cli_messages.moc"
