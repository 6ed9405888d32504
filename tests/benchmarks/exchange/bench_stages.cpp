// Times the stages of xlsx import and export in-process (no SQLite), to see where time goes.
// Build: see tests/benchmarks/exchange/README.md. Usage: bench_stages FILE.xlsx
#include "exchange/Exporter.h"
#include "exchange/TemplateMapper.h"
#include "exchange/XlsxReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace gkml;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_stages FILE.xlsx\n";
        return 2;
    }
    QElapsedTimer t;
    t.start();
    const XlsxReader::Result grids = XlsxReader::readFile(QString::fromLocal8Bit(argv[1]));
    const qint64 read = t.restart();
    const ImportResult items = TemplateMapper::map(grids.grids, {});
    const qint64 map = t.restart();
    QString error;
    const QByteArray xlsx
            = Exporter::bytes(items.items, CatalogueInfo::withUnit(QStringLiteral("基准县民政局")),
                              ExportFormat::Xlsx, {}, &error);
    const qint64 write = t.restart();
    out << "items " << items.items.size() << "  read " << read << " ms  map " << map << " ms  write xlsx "
        << write << " ms (" << xlsx.size() / 1024 << " KB)"
        << (error.isEmpty() ? QString() : QStringLiteral("  ") + error) << '\n';
    return items.ok() ? 0 : 1;
}
