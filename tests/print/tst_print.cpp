// The print engine (core/print) and gkml-cli print: pagination, the header on every page, no item
// lost, an exact PDF text layer, ISO paper sizes, withheld items absent, the QPrinter path, and
// the CLI's exit codes with "nothing written on failure" checked by checksum.
// PDF contents are read back with poppler-utils (pdftotext, pdfinfo, pdffonts); the checks that
// need them are skipped when they are not installed.
#include "TestData.h"
#include "TestFiles.h"
#include "TestItems.h"
#include "catalogue/CatalogueFile.h"
#include "exchange/Importer.h"
#include "print/PdfMediaBox.h"
#include "print/QrCode.h"
#include "print/SheetFonts.h"
#include "print/SheetLayout.h"
#include "print/SheetOptions.h"
#include "print/SheetRenderer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFontDatabase>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace gkml;

namespace {

const QString kSample = QStringLiteral(GKML_FIXTURES "/samples/anxi-catalogue-gb18030.csv");

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Text of page `page` (0: all) in content-stream order, whitespace removed: a cell's text wraps
// over several lines, so the test compares it without the line breaks.
QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args { QStringLiteral("-raw") };
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    QString text = run(QStringLiteral("pdftotext"), args);
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

int pdfPages(const QString &pdf)
{
    const QRegularExpression re(QStringLiteral("Pages:\\s+(\\d+)"));
    return re.match(run(QStringLiteral("pdfinfo"), { pdf })).captured(1).toInt();
}

QString pdfPageSize(const QString &pdf)
{
    const QRegularExpression re(QStringLiteral("Page size:\\s+([\\d.]+ x [\\d.]+)"));
    return re.match(run(QStringLiteral("pdfinfo"), { pdf })).captured(1);
}

QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

using gkml::test::sha256;

CatalogueInfo anxi()
{
    CatalogueInfo info;
    info.unit = QStringLiteral("安溪县民政局");
    info.portalUrl = QStringLiteral("https://www.anxi.gov.cn/zwgk/jczwgk/bzml/");
    return info;
}

// A guide item of 县级人民政府民政部门 with two channels and a 责任股室.
Item makeItem(const QString &domain, int seq, const QString &level1, const QString &level2)
{
    Item i = gkml::test::guideItem(seq, domain, level1, level2,
                                   QStringLiteral("办理事项、办理条件、申请材料"));
    i.owner = QStringLiteral("县级人民政府民政部门");
    i.channels = { QStringLiteral("政府网站"), QStringLiteral("公开查阅点") };
    i.department = QStringLiteral("社会救助股");
    return i;
}

// `n` items over two domains, each with a unique 二级事项 that pdftotext must return.
QList<Item> manyItems(int n)
{
    QList<Item> items;
    for (int k = 1; k <= n; ++k) {
        const bool first = k % 3 != 0;
        items.append(makeItem(first ? QStringLiteral("社会救助") : QStringLiteral("养老服务"), k,
                              QStringLiteral("一级事项%1").arg(k / 4),
                              QStringLiteral("民政目录事项第%1号").arg(k, 4, 10, QLatin1Char('0'))));
    }
    return items;
}

QList<Item> sampleItems()
{
    ImportResult r = Importer::read(kSample, ImportOptions());
    return r.items;
}

} // namespace

class TestPrint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!sampleItems().isEmpty(), "the fixture CSV must import");
    }

    void optionsParse()
    {
        QCOMPARE(SheetOptions::paperFromString(QStringLiteral("a3")), SheetOptions::Paper::A3);
        QCOMPARE(SheetOptions::paperFromString(QStringLiteral("A4")), SheetOptions::Paper::A4);
        QVERIFY(!SheetOptions::paperFromString(QStringLiteral("Letter")));
        QCOMPARE(SheetOptions::orientationFromString(QStringLiteral("Portrait")),
                 SheetOptions::Orientation::Portrait);
        QVERIFY(!SheetOptions::orientationFromString(QStringLiteral("sideways")));
        QCOMPARE(SheetOptions::groupingFromString(QStringLiteral("department")),
                 SheetOptions::Grouping::Department);
        QCOMPARE(SheetOptions::chineseDate(QDate(2020, 9, 2)), QStringLiteral("2020年9月2日"));
        QCOMPARE(SheetOptions::chineseDate(QDate(2026, 11, 27)), QStringLiteral("2026年11月27日"));
    }

    void chosenFontsKeepTextLayerExact()
    {
        const SheetFonts &fonts = SheetFonts::instance();
        QVERIFY2(SheetFonts::isTextLayerSafe(fonts.body()), qPrintable(fonts.body()));
        QVERIFY2(SheetFonts::isTextLayerSafe(fonts.title()), qPrintable(fonts.title()));
        QVERIFY2(SheetFonts::isTextLayerSafe(fonts.header()), qPrintable(fonts.header()));
        // The probe must catch the Noto CJK radical problem of toolchain.md §5.
        if (QFontDatabase::families().contains(QStringLiteral("Noto Serif CJK SC")))
            QVERIFY(!SheetFonts::isTextLayerSafe(QStringLiteral("Noto Serif CJK SC")));
        QVERIFY(!SheetFonts::isTextLayerSafe(QStringLiteral("No Such Font GKML")));
    }

    void qrCodeEncodes()
    {
        const QrCode code = QrCode::encode(QStringLiteral("https://www.anxi.gov.cn/zwgk/jczwgk/bzml/"));
        QVERIFY(!code.isNull());
        QVERIFY(code.size() >= 21 && (code.size() - 17) % 4 == 0); // a valid QR version size
        // Finder pattern: the top-left 7x7 ring is dark, its inner ring light.
        QVERIFY(code.module(0, 0) && code.module(6, 6) && code.module(6, 0));
        QVERIFY(!code.module(1, 1) && code.module(2, 2));
        QVERIFY(QrCode::encode(QString()).isNull());
    }

    void mediaBoxPatchKeepsLength()
    {
        const QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF());
        QByteArray pdf = "1 0 obj\n/MediaBox [0 0 842.000000 595.000000]\nxref\n/MediaBox [0 0 842.000000 "
                         "595.000000]\n";
        const qsizetype before = pdf.size();
        QCOMPARE(PdfMediaBox::makeExact(pdf, a4), 2);
        QCOMPARE(pdf.size(), before);
        QVERIFY(pdf.contains("/MediaBox [0 0 841.889764 595.275591]"));
        QByteArray other = "/MediaBox [0 0 100 100]";
        QCOMPARE(PdfMediaBox::makeExact(other, a4), 0);
    }

    void samplePageCounts()
    {
        const QList<Item> items = sampleItems();
        QCOMPARE(items.size(), 20);
        SheetOptions options;
        SheetRenderer a4(items, anxi(), options);
        // Two domains, two sets of sheets, each numbered on its own.
        QCOMPARE(a4.layout().sets().size(), 2);
        const int pages = a4.pageCount();
        int sum = 0;
        for (const auto &set : a4.layout().sets())
            sum += set.pageCount;
        QCOMPARE(sum, pages);
        options.paper = SheetOptions::Paper::A3;
        SheetRenderer a3(items, anxi(), options);
        QVERIFY(a3.pageCount() <= pages);
        QVERIFY(a3.pageCount() >= 2);
        // Pinned for the fonts of this image (WenQuanYi Micro Hei), checked by looking at the pages.
        if (SheetFonts::instance().body() == QStringLiteral("WenQuanYi Micro Hei")) {
            QCOMPARE(pages, 5); // 社会救助 3 + 养老服务 2
            QCOMPARE(a4.layout().sets().at(0).pageCount, 3);
        }
        // One short item is one page.
        SheetRenderer one({ makeItem(QStringLiteral("社会救助"), 1, QStringLiteral("综合业务"),
                                     QStringLiteral("监督检查")) },
                          anxi(), SheetOptions());
        QCOMPARE(one.pageCount(), 1);
        // Identical short rows: page counts grow linearly with the rows (no QTextDocument drift).
        QList<Item> same;
        for (int k = 1; k <= 240; ++k)
            same.append(makeItem(QStringLiteral("社会救助"), k, QStringLiteral("综合业务"),
                                 QStringLiteral("监督检查")));
        SheetRenderer big(same, anxi(), SheetOptions());
        const int bigPages = big.pageCount();
        const auto &pagesList = big.layout().pages();
        const int perPage = static_cast<int>(pagesList.at(1).rows.size());
        QVERIFY(perPage > 3);
        for (int p = 1; p + 1 < pagesList.size(); ++p)
            QCOMPARE(pagesList.at(p).rows.size(), perPage);
        QCOMPARE(bigPages, 1 + (240 - static_cast<int>(pagesList.at(0).rows.size()) + perPage - 1) / perPage);
    }

    void headerOnEveryPageAndFooter()
    {
        if (!havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfinfo) not installed");
        const QString pdf = path(QStringLiteral("header.pdf"));
        SheetOptions options;
        options.date = QDate(2020, 9, 2);
        QString error;
        SheetRenderer renderer(manyItems(120), anxi(), options);
        QVERIFY2(renderer.writePdf(pdf, &error), qPrintable(error));
        const int pages = pdfPages(pdf);
        QCOMPARE(pages, renderer.pageCount());
        QVERIFY(pages >= 4);
        for (int p = 1; p <= pages; ++p) {
            const QString text = pdfText(pdf, p);
            for (const char *label : { "序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据",
                                       "公开时限", "公开主体", "公开渠道和载体", "全社会", "依申请", "乡级" })
                QVERIFY2(text.contains(QString::fromUtf8(label)),
                         qPrintable(QStringLiteral("page %1 lacks %2").arg(p).arg(QString::fromUtf8(label))));
            QVERIFY2(text.contains(QStringLiteral("2020年9月2日")), qPrintable(QString::number(p)));
            QVERIFY(text.contains(QStringLiteral("安溪县民政局")));
        }
        // 第 N 页 共 M 页 per set of sheets.
        const QString all = pdfText(pdf);
        for (const auto &set : renderer.layout().sets()) {
            for (int n = 1; n <= set.pageCount; ++n)
                QVERIFY(all.contains(QStringLiteral("第%1页共%2页").arg(n).arg(set.pageCount)));
        }
        QVERIFY(all.contains(QStringLiteral("安溪县民政局社会救助领域基层政务公开标准目录")));
        QVERIFY(all.contains(QStringLiteral("安溪县民政局养老服务领域基层政务公开标准目录")));
    }

    void noItemLostAndTextLayerExact()
    {
        if (!havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfinfo) not installed");
        for (const QList<Item> &items : { sampleItems(), manyItems(300) }) {
            const QString pdf = path(QStringLiteral("all.pdf"));
            QString error;
            QVERIFY2(SheetRenderer::writePdf(items, anxi(), SheetOptions(), pdf, &error), qPrintable(error));
            const QString text = pdfText(pdf);
            for (const Item &item : items)
                QVERIFY2(text.contains(squeeze(item.level2)), qPrintable(item.level2));
            // Exact Chinese: 民 and 目 come back as themselves, never as radicals (U+2E80-U+2FDF).
            QVERIFY(text.contains(QStringLiteral("民政局")));
            QVERIFY(text.contains(QStringLiteral("标准目录")));
            for (QChar c : text)
                QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                         qPrintable(QStringLiteral("radical U+%1").arg(c.unicode(), 4, 16)));
        }
        // Every font embedded.
        const QString fonts = run(QStringLiteral("pdffonts"), { path(QStringLiteral("all.pdf")) });
        const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows)
            QVERIFY2(row.contains(QStringLiteral(" yes ")), qPrintable(row));
    }

    void paperSizes_data()
    {
        gkml::test::addColumns<QString, QString, QString>({ "paper", "orientation", "size" });
        gkml::test::addRow("A4 landscape", "A4", "landscape", "841.89 x 595.276");
        gkml::test::addRow("A4 portrait", "A4", "portrait", "595.276 x 841.89");
        gkml::test::addRow("A3 landscape", "A3", "landscape", "1190.55 x 841.89");
        gkml::test::addRow("A3 portrait", "A3", "portrait", "841.89 x 1190.55");
    }

    void paperSizes()
    {
        if (!havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfinfo) not installed");
        QFETCH(QString, paper);
        QFETCH(QString, orientation);
        QFETCH(QString, size);
        SheetOptions options;
        options.paper = *SheetOptions::paperFromString(paper);
        options.orientation = *SheetOptions::orientationFromString(orientation);
        const QString pdf = path(QStringLiteral("size.pdf"));
        QString error;
        SheetRenderer renderer(manyItems(40), anxi(), options);
        QVERIFY2(renderer.writePdf(pdf, &error), qPrintable(error));
        QCOMPARE(pdfPageSize(pdf), size);
        QCOMPARE(pdfPages(pdf), renderer.pageCount());
    }

    void withheldNeverPrinted()
    {
        QList<Item> items = sampleItems();
        Item secret = makeItem(QStringLiteral("社会救助"), 99, QStringLiteral("内部管理"),
                               QStringLiteral("不予公开的内部审批记录"));
        secret.withheld = true;
        secret.withheldBasis = QStringLiteral("《条例》第十六条");
        items.insert(3, secret);
        SheetRenderer renderer(items, anxi(), SheetOptions());
        QCOMPARE(renderer.itemCount(), 20);
        // A set holding only withheld items does not exist at all.
        Item onlySecret = secret;
        onlySecret.domain = QStringLiteral("内部领域");
        items.append(onlySecret);
        SheetRenderer again(items, anxi(), SheetOptions());
        QCOMPARE(again.layout().sets().size(), 2);
        if (!havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfinfo) not installed");
        const QString pdf = path(QStringLiteral("withheld.pdf"));
        QString error;
        QVERIFY2(again.writePdf(pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY(!text.contains(QStringLiteral("不予公开的内部审批记录")));
        QVERIFY(!text.contains(QStringLiteral("内部领域")));
        QVERIFY(!text.contains(QStringLiteral("第十六条")));
        QVERIFY(text.contains(squeeze(items.at(0).level2)));
    }

    void tallRowSplitAndMarked()
    {
        Item tall = makeItem(QStringLiteral("社会救助"), 2, QStringLiteral("最低生活保障"),
                             QStringLiteral("政策法规文件"));
        QStringList content;
        for (int k = 1; k <= 160; ++k)
            content.append(QStringLiteral("第%1项配套政策文件（民发〔2012〕220号）").arg(k));
        tall.content = content.join(QLatin1Char('\n'));
        const QList<Item> items {
            makeItem(QStringLiteral("社会救助"), 1, QStringLiteral("综合业务"), QStringLiteral("监督检查")),
            tall,
            makeItem(QStringLiteral("社会救助"), 3, QStringLiteral("临时救助"), QStringLiteral("办事指南"))
        };
        SheetRenderer renderer(items, anxi(), SheetOptions());
        const int pages = renderer.pageCount();
        QVERIFY(pages >= 3);
        int pieces = 0, continued = 0;
        for (const auto &page : renderer.layout().pages()) {
            for (const auto &piece : page.rows) {
                if (piece.row == 1) {
                    ++pieces;
                    continued += piece.continued ? 1 : 0;
                }
            }
        }
        QVERIFY(pieces >= 2);
        QCOMPARE(continued, pieces - 1);
        // Short rows are never split.
        SheetRenderer shortRows(manyItems(200), anxi(), SheetOptions());
        shortRows.pageCount();
        for (const auto &page : shortRows.layout().pages()) {
            for (const auto &piece : page.rows)
                QVERIFY(piece.firstLine.isEmpty() && !piece.continued);
        }
        if (!havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfinfo) not installed");
        const QString pdf = path(QStringLiteral("tall.pdf"));
        QString error;
        QVERIFY2(renderer.writePdf(pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        for (int k = 1; k <= 160; ++k) // every line of the split cell printed exactly once
            QCOMPARE(text.count(QStringLiteral("第%1项配套政策文件").arg(k)), 1);
        QVERIFY(pdfText(pdf, 2).contains(QStringLiteral("续")));
        QVERIFY(text.contains(QStringLiteral("办事指南")));
    }

    void groupingAndFilters()
    {
        const QList<Item> items = sampleItems();
        SheetOptions options;
        options.grouping = SheetOptions::Grouping::Department;
        SheetRenderer byDept(items, anxi(), options);
        QStringList departments;
        for (const Item &i : items) {
            if (!departments.contains(i.department.trimmed()))
                departments.append(i.department.trimmed());
        }
        QCOMPARE(byDept.layout().sets().size(), departments.size());
        for (const auto &set : byDept.layout().sets())
            QVERIFY(set.subtitle.startsWith(QStringLiteral("责任股室：")));
        // One 股室 chosen, grouped by domain: each sheet's title line names that 股室 (issue 12).
        options = SheetOptions();
        options.department = departments.first();
        SheetRenderer oneDept(items, anxi(), options);
        QVERIFY(!oneDept.layout().sets().isEmpty());
        for (const auto &set : oneDept.layout().sets()) {
            QCOMPARE(set.subtitle, QStringLiteral("责任股室：%1").arg(departments.first()));
        }
        options = SheetOptions();
        options.domain = QStringLiteral("养老服务");
        SheetRenderer yanglao(items, anxi(), options);
        QCOMPARE(yanglao.itemCount(), 6);
        QCOMPARE(yanglao.layout().sets().size(), 1);
        QCOMPARE(yanglao.layout().sets().at(0).title,
                 QStringLiteral("安溪县民政局养老服务领域基层政务公开标准目录"));
        options.domain = QStringLiteral("不存在的领域");
        SheetRenderer none(items, anxi(), options);
        QCOMPARE(none.itemCount(), 0);
        QString error;
        QVERIFY(!none.writePdf(path(QStringLiteral("none.pdf")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("none.pdf"))));
        options = SheetOptions();
        options.department = departments.first();
        SheetRenderer dept(items, anxi(), options);
        int expected = 0;
        for (const Item &i : items)
            expected += i.department.trimmed() == departments.first() ? 1 : 0;
        QCOMPARE(dept.itemCount(), expected);
    }

    void boardVariant()
    {
        SheetOptions options;
        options.board = true;
        options.orientation = SheetOptions::Orientation::Portrait;
        SheetRenderer board(sampleItems(), anxi(), options);
        QVERIFY(board.pageCount() >= 2);
        const SheetLayout &layout = board.layout();
        QVERIFY(layout.bodyFont.pointSizeF() >= 14);
        QStringList labels;
        for (const auto &c : layout.columns())
            labels.append(c.label);
        QCOMPARE(labels,
                 QStringList({ QStringLiteral("序号"), QStringLiteral("公开事项"), QStringLiteral("公开内容"),
                               QStringLiteral("公开时限"), QStringLiteral("公开渠道") }));
        SheetRenderer normal(sampleItems(), anxi(), SheetOptions());
        normal.pageCount();
        QVERIFY(normal.layout().bodyFont.pointSizeF() < layout.bodyFont.pointSizeF());
    }

    void qrCodeAndUrlPrinted()
    {
        if (!havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfinfo) not installed");
        SheetOptions options;
        options.qrUrl = anxi().portalUrl;
        const QString pdf = path(QStringLiteral("qr.pdf"));
        QString error;
        QVERIFY2(SheetRenderer::writePdf(sampleItems(), anxi(), options, pdf, &error), qPrintable(error));
        QVERIFY(pdfText(pdf, 1).contains(squeeze(anxi().portalUrl)));
        const QString withoutQr = path(QStringLiteral("noqr.pdf"));
        QVERIFY(SheetRenderer::writePdf(sampleItems(), anxi(), SheetOptions(), withoutQr, &error));
        QVERIFY(!pdfText(withoutQr).contains(QStringLiteral("anxi.gov.cn")));
    }

    void printerUsesSameLayout()
    {
        // QPrinter is the device of the GUI's print preview: same engine, same pages.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = path(QStringLiteral("printer.pdf"));
        printer.setOutputFileName(pdf);
        SheetOptions options;
        options.paper = SheetOptions::Paper::A3;
        SheetRenderer viaPrinter(sampleItems(), anxi(), options);
        QString error;
        QVERIFY2(viaPrinter.render(&printer, &error), qPrintable(error));
        SheetRenderer viaPdf(sampleItems(), anxi(), options);
        QCOMPARE(viaPrinter.pageCount(), viaPdf.pageCount());
        QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A3);
        QCOMPARE(printer.pageLayout().orientation(), QPageLayout::Landscape);
        if (!havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfinfo) not installed");
        QCOMPARE(pdfPages(pdf), viaPdf.pageCount());
        QVERIFY(pdfText(pdf).contains(QStringLiteral("安溪县民政局社会救助领域")));
    }

    void cliPrintsAndExitCodes()
    {
        const QString file = path(QStringLiteral("cli.gkml"));
        QString error;
        CatalogueInfo info = anxi();
        auto catalogue = CatalogueFile::create(file, info, &error);
        QVERIFY2(catalogue, qPrintable(error));
        QList<Item> items = sampleItems();
        Item secret = makeItem(QStringLiteral("社会救助"), 50, QStringLiteral("内部"),
                               QStringLiteral("绝不公开的事项"));
        secret.withheld = true;
        items.append(secret);
        QVERIFY(catalogue->insertItems(items, QStringLiteral("test")));
        catalogue.reset();

        // English, and no display: gkml-cli must choose offscreen itself.
        const auto cli = [](const QStringList &args) {
            gkml::test::CliOptions options;
            options.language = QStringLiteral("en");
            options.unset = { QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY") };
            return gkml::test::runCli(args, options).exitCode;
        };
        const QString out = path(QStringLiteral("cli-out.pdf"));
        QCOMPARE(cli({ QStringLiteral("print"), file, QStringLiteral("-o"), out, QStringLiteral("--paper"),
                       QStringLiteral("A3"), QStringLiteral("--orientation"), QStringLiteral("portrait"),
                       QStringLiteral("--date"), QStringLiteral("2020-09-02") }),
                 0);
        QVERIFY(QFile::exists(out));
        QCOMPARE(cli({ QStringLiteral("print"), file, QStringLiteral("-o"), path(QStringLiteral("board.pdf")),
                       QStringLiteral("--board"), QStringLiteral("--domain"), QStringLiteral("养老服务"),
                       QStringLiteral("--qr-portal") }),
                 0);
        QCOMPARE(cli({ QStringLiteral("print"), file, QStringLiteral("-o"), path(QStringLiteral("dept.pdf")),
                       QStringLiteral("--group"), QStringLiteral("department"), QStringLiteral("--channels"),
                       QStringLiteral("checklist") }),
                 0);
        if (havePoppler()) {
            QCOMPARE(pdfPageSize(out), QStringLiteral("841.89 x 1190.55"));
            const QString text = pdfText(out);
            QVERIFY(text.contains(QStringLiteral("安溪县民政局")));
            QVERIFY(text.contains(QStringLiteral("2020年9月2日")));
            QVERIFY(!text.contains(QStringLiteral("绝不公开的事项")));
            const QString board = pdfText(path(QStringLiteral("board.pdf")));
            QVERIFY(board.contains(QStringLiteral("养老机构备案")));
            QVERIFY(!board.contains(QStringLiteral("最低生活保障")));
            QVERIFY(board.contains(QStringLiteral("anxi.gov.cn")));
            QVERIFY(pdfText(path(QStringLiteral("dept.pdf"))).contains(QStringLiteral("□政府公报")));
        }
    }

    void cliFailuresWriteNothing()
    {
        const QString file = path(QStringLiteral("fail.gkml"));
        QString error;
        auto catalogue = CatalogueFile::create(file, anxi(), &error);
        QVERIFY2(catalogue, qPrintable(error));
        QList<Item> items = { makeItem(QStringLiteral("社会救助"), 1, QStringLiteral("综合业务"),
                                       QStringLiteral("监督检查")) };
        QVERIFY(catalogue->insertItems(items, QStringLiteral("test")));
        catalogue.reset();
        const QByteArray catalogueSum = sha256(file);

        // An existing PDF must survive every failed run unchanged.
        const QString out = path(QStringLiteral("existing.pdf"));
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4 previous sheets\n");
        }
        const QByteArray outSum = sha256(out);
        // Every one refused with exit 2: bad arguments, a missing or foreign file, no folder.
        const QStringList print = { QStringLiteral("print"), file, QStringLiteral("-o"), out };
        QList<QStringList> refused = {
            { QStringLiteral("print"), file }, // no -o
            { QStringLiteral("print"), path(QStringLiteral("missing.gkml")), QStringLiteral("-o"), out },
            { QStringLiteral("print"), kSample, QStringLiteral("-o"), out }, // not a catalogue
            { QStringLiteral("print"), file, QStringLiteral("-o"),
              path(QStringLiteral("no/such/dir/x.pdf")) },
        };
        for (const auto &[option, value] : { std::pair { "--paper", "Letter" },
                                             { "--orientation", "up" },
                                             { "--group", "x" },
                                             { "--date", "9/2/2020" },
                                             { "--qr", "not a url" },
                                             { "--domain", "无此领域" } })
            refused << print + QStringList { QString::fromUtf8(option), QString::fromUtf8(value) };
        for (const QStringList &args : refused) {
            gkml::test::CliOptions english;
            english.language = QStringLiteral("en");
            english.unset
                    = { QStringLiteral("XDG_RUNTIME_DIR") }; // headless CI: Qt's warning must not add a line
            const gkml::test::CliRun run = gkml::test::runCli(args, english);
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
            const QByteArray err = run.err;
            QVERIFY2(err.trimmed().startsWith("gkml-cli"), err.constData());
            QVERIFY2(!err.trimmed().contains('\n'), err.constData()); // one line
            QCOMPARE(sha256(out), outSum);
            QCOMPARE(sha256(file), catalogueSum);
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("no/such/dir/x.pdf"))));

        // A catalogue whose items are all withheld has nothing to print: exit 1, nothing written.
        const QString secretFile = path(QStringLiteral("secret.gkml"));
        auto secret = CatalogueFile::create(secretFile, anxi(), &error);
        QVERIFY(secret);
        QList<Item> hidden = { makeItem(QStringLiteral("社会救助"), 1, QStringLiteral("内部"),
                                        QStringLiteral("内部事项")) };
        hidden[0].withheld = true;
        QVERIFY(secret->insertItems(hidden, QStringLiteral("test")));
        secret.reset();
        QCOMPARE(gkml::test::runCli({ QStringLiteral("print"), secretFile, QStringLiteral("-o"), out })
                         .exitCode,
                 1);
        QCOMPARE(sha256(out), outSum);

        // --qr-portal without a portal address is a usage error.
        CatalogueInfo bare = anxi();
        bare.portalUrl.clear();
        const QString bareFile = path(QStringLiteral("bare.gkml"));
        auto bareCat = CatalogueFile::create(bareFile, bare, &error);
        QVERIFY(bareCat);
        QVERIFY(bareCat->insertItems(items, QStringLiteral("test")));
        bareCat.reset();
        QCOMPARE(gkml::test::runCli({ QStringLiteral("print"), bareFile, QStringLiteral("-o"), out,
                                      QStringLiteral("--qr-portal") })
                         .exitCode,
                 2);
        QCOMPARE(sha256(out), outSum);

        // Success replaces the old PDF in one step (with the portal's QR code: anxi() has its address).
        QCOMPARE(gkml::test::runCli(print + QStringList { QStringLiteral("--qr-portal") }).exitCode, 0);
        QVERIFY(sha256(out) != outSum);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
    }

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
