// Times the phases of a csv import in-process, with the memory after each, to see where the
// time and the memory of `gkml-cli import` go: read (file -> text -> cells), map (cells -> items),
// write (a new catalogue, one transaction with history). Built by run.sh against the built
// gkml_core. Usage: bench_import_phases FILE.csv OUT.gkml
#include "catalogue/CatalogueFile.h"
#include "exchange/CsvReader.h"
#include "exchange/TemplateMapper.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <ctime>

using namespace gkml;

namespace {

// VmRSS and VmHWM (peak) of this process in MB, Linux only.
QString memory()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString rss, peak;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2 && parts.at(0) == "VmRSS:")
            rss = QString::number(parts.at(1).toLongLong() / 1024);
        if (parts.size() >= 2 && parts.at(0) == "VmHWM:")
            peak = QString::number(parts.at(1).toLongLong() / 1024);
    }
    return QStringLiteral("%1 MB (peak %2 MB)").arg(rss, peak);
}

// CPU time (user + system) of this process since the last call, in ms.
qint64 cpu()
{
    static std::clock_t last = 0;
    const std::clock_t now = std::clock();
    const qint64 ms = (now - last) * 1000 / CLOCKS_PER_SEC;
    last = now;
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 3) {
        out << "usage: bench_import_phases FILE.csv OUT.gkml\n";
        return 2;
    }
    out << "start: " << memory() << '\n';
    QElapsedTimer t;
    t.start();
    cpu();
    CsvReader::Result csv = CsvReader::readFile(QString::fromLocal8Bit(argv[1]), QStringLiteral("auto"));
    out << "read  " << cpu() << " ms CPU, " << t.restart() << " ms wall, " << memory() << '\n';
    QList<TableGrid> grids;
    grids.append(std::move(csv.grid));
    ImportResult mapped = TemplateMapper::map(std::move(grids), {});
    out << "map   " << cpu() << " ms CPU, " << t.restart() << " ms wall, " << mapped.items.size()
        << " items, " << memory() << '\n';
    QString error;
    std::unique_ptr<CatalogueFile> file = CatalogueFile::create(
            QString::fromLocal8Bit(argv[2]), CatalogueInfo::withUnit(QStringLiteral("基准县民政局")), &error);
    if (!file) {
        out << error << '\n';
        return 1;
    }
    QList<Item> items = std::move(mapped.items);
    const bool ok = file->applyBatch({}, items, {}, QStringLiteral("bench"), false);
    out << "write " << cpu() << " ms CPU, " << t.restart() << " ms wall, " << memory()
        << (ok ? QString() : file->errorString()) << '\n';
    return ok ? 0 : 1;
}
