// Checker benchmark: N generated items, timed in one process: write them to a .gkml, load them
// back, check them (Checker), render the findings as JSON, and export the items as JSON
// (Exporter) - so the check is measured beside the load and export of the same file.
// Usage: bench_check [N] [--keep FILE.gkml] [--repeat R]   (not a test: it never fails on timing)
#include "catalogue/CatalogueFile.h"
#include "catalogue/ItemRows.h"
#include "check/Checker.h"
#include "check/FindingReport.h"
#include "exchange/Exporter.h"
#include "standard/StandardLibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

using namespace gkml;

namespace {

// Deterministic catalogue: every standard item once, then numbered local variants of them, with
// a sprinkle of the mistakes the checker looks for (so the run produces real findings).
QList<Item> generate(int n, const Standard &standard)
{
    QList<Item> items;
    items.reserve(n);
    const QList<StandardItem> &base = standard.items();
    for (int i = 0; i < n; ++i) {
        const StandardItem &s = base.at(i % base.size());
        Item it = s.toItem();
        it.seq = i + 1;
        it.level2 = i < base.size() ? s.level2 : QStringLiteral("%1（第%2项）").arg(s.level2).arg(i + 1);
        it.department = s.domain == QStringLiteral("社会救助") ? QStringLiteral("社会救助股")
                                                               : QStringLiteral("养老服务股");
        if (i % 97 == 50)
            it.deadline = QStringLiteral("信息形成之日起%1个工作日内").arg(21 + i % 20);
        if (i % 89 == 40)
            it.channels.append(QStringLiteral("政府服务中心"));
        if (i % 83 == 30)
            it.deadline = QStringLiteral("同上");
        if (i % 101 == 70)
            it.basis.clear();
        items.append(it);
    }
    return items;
}

double ms(QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const int n = args.size() > 1 ? args.at(1).toInt() : 100000;
    const qsizetype keepAt = args.indexOf(QStringLiteral("--keep"));
    QTemporaryDir tmp;
    const QString path = keepAt > 0 && keepAt + 1 < args.size() ? args.at(keepAt + 1)
                                                                : tmp.filePath(QStringLiteral("bench.gkml"));
    QFile::remove(path);

    StandardLibrary library { QStringList() };
    const Standard *standard = library.find(QStringLiteral("mca-2019"), nullptr);
    if (!standard)
        qFatal("built-in standard missing");

    QString error;
    QElapsedTimer t;
    {
        QList<Item> items = generate(n, *standard);
        CatalogueInfo info;
        info.unit = QStringLiteral("基准测试");
        auto file = CatalogueFile::create(path, info, &error);
        if (!file)
            qFatal("%s", qPrintable(error));
        t.start();
        if (!file->insertItems(items, QStringLiteral("benchmark")))
            qFatal("%s", qPrintable(file->errorString()));
    }
    const double tWrite = ms(t);

    t.start();
    auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error);
    if (!file)
        qFatal("%s", qPrintable(error));
    const QList<Item> items = file->items();
    const CatalogueInfo info = file->info();
    const double tLoad = ms(t);

    // The same rows through each reader (ItemRows): SQLite's C API, where this build has it, and
    // Qt Sql with the columns joined (the reader of Windows builds).
    auto readAll = [&](ItemRows::Reader reader) {
        t.start();
        ItemRows rows(file->database(), reader);
        qsizetype count = 0;
        Item it;
        if (rows.exec(QStringLiteral("ORDER BY id")))
            while (rows.next(&it))
                ++count;
        if (count != items.size())
            qFatal("read %lld of %lld items", qlonglong(count), qlonglong(items.size()));
        return ms(t);
    };
    const double tReadQtSql = readAll(ItemRows::Reader::QtSql);
    const double tReadBest = readAll(ItemRows::Reader::Best);

    // The standard is chosen as validate does, from the catalogue's domains.
    const Standard *chosen = library.forDomains(file->domains());
    t.start();
    QList<Finding> findings = Checker(chosen).check(items);
    const double tFirstCheck = ms(t);
    double tCheck = tFirstCheck;
    const qsizetype repeatAt = args.indexOf(QStringLiteral("--repeat")); // for profiling
    const int repeat = repeatAt > 0 && repeatAt + 1 < args.size() ? args.at(repeatAt + 1).toInt() : 4;
    for (int run = 0; run < repeat; ++run) { // best of 5: the figure without a cold cache
        t.start();
        findings = Checker(chosen).check(items);
        tCheck = qMin(tCheck, ms(t));
    }

    t.start();
    const QByteArray report = FindingReport::toJsonBytes(findings, chosen);
    const double tReport = ms(t);

    t.start();
    if (!Exporter::write(items, info, ExportFormat::Json, tmp.filePath(QStringLiteral("out.json")),
                         ExportOptions(), &error))
        qFatal("%s", qPrintable(error));
    const double tExport = ms(t);

    const FindingReport::Summary s = FindingReport::summarize(findings);
    std::printf("| %d | %.0f ms | %.0f ms | %.0f ms / %.0f ms | **%.0f ms** (first run %.0f ms) | %.0f ms | "
                "%.0f ms | "
                "%d / %d / %d |\n",
                n, tWrite, tLoad, tReadBest, tReadQtSql, tCheck, tFirstCheck, tReport, tExport, s.errors,
                s.warnings, s.infos);
    Q_UNUSED(report)
    return 0;
}
