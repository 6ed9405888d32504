// Opens a catalogue in the real main window and reports, on one line:
//   first paint of the item table after the window is shown (ms), resident memory then and
//   peak, the time to paint after jumping to the end and the middle, and the live check.
// Usage: bench_ui_open FILE.gkml   (QT_QPA_PLATFORM=offscreen is fine)
#include "MainWindow.h"
#include "catalogue/CatalogueFile.h"
#include "models/ItemTableModel.h"
#include "models/LiveChecker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>

namespace {

// Resident set size in MiB (Linux /proc; 0 elsewhere).
double procStatusMiB(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

class PaintWatcher : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

qint64 timeToPaint(QWidget *viewport, PaintWatcher &watcher, const std::function<void()> &action)
{
    QElapsedTimer t;
    t.start();
    watcher.painted = false;
    action();
    while (!watcher.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return t.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // do not touch the user's settings
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_ui_open FILE.gkml\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const double rssBefore = procStatusMiB("VmRSS:");

    gkml::MainWindow window;
    window.resize(1400, 860);
    window.show();
    QCoreApplication::processEvents();
    PaintWatcher watcher;
    QWidget *viewport = window.table()->viewport();
    viewport->installEventFilter(&watcher);

    // Open (read items once, build the model, the tree, schedule the check) until the table paints.
    const qint64 openMs = timeToPaint(viewport, watcher, [&] {
        if (!window.openFile(path))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(window.lastError()));
        viewport->update();
    });
    const double rssOpen = procStatusMiB("VmRSS:");
    // A large catalogue is read in two steps: the first screen, then the rest on a worker
    // thread. Wait for every row (the time from openFile() until the whole catalogue is in).
    QElapsedTimer untilLoaded;
    untilLoaded.start();
    while (window.model()->isLoading())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 loadedMs = openMs + untilLoaded.elapsed();
    const int rows = window.model()->rowCount();

    QScrollBar *bar = window.table()->verticalScrollBar();
    const qint64 endMs = timeToPaint(viewport, watcher, [&] { bar->setValue(bar->maximum()); });
    const qint64 midMs = timeToPaint(viewport, watcher, [&] { bar->setValue(bar->maximum() / 2); });
    // Page-down through 200 screens: the steady cost of scrolling.
    QElapsedTimer scroll;
    scroll.start();
    for (int i = 0; i < 200; ++i)
        timeToPaint(viewport, watcher, [&] { bar->setValue(bar->value() + bar->pageStep()); });
    const double perPageMs = double(scroll.elapsed()) / 200.0;

    // The live check runs on its own thread; wait for it to report.
    QElapsedTimer check;
    check.start();
    while (!window.liveChecker()->isIdle())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const double rssPeak = procStatusMiB("VmHWM:");

    // The core's part alone, after the window (so that it does not raise the peak above): open
    // the file and read every item (what the model's worker does).
    qint64 coreMs = 0;
    {
        QElapsedTimer t;
        t.start();
        QString error;
        auto file = gkml::CatalogueFile::open(path, gkml::CatalogueFile::OpenMode::ReadOnly, &error);
        if (!file)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
        const QList<gkml::Item> items = file->items();
        coreMs = t.elapsed();
    }

    out << "items=" << rows << " core_items_ms=" << coreMs << " first_paint_ms=" << openMs
        << " rss_start_mib=" << qRound(rssBefore) << " rss_open_mib=" << qRound(rssOpen)
        << " rss_peak_mib=" << qRound(rssPeak) << " all_rows_ms=" << loadedMs << " end_paint_ms=" << endMs
        << " middle_paint_ms=" << midMs << " page_down_ms=" << QString::number(perPageMs, 'f', 2)
        << " check_ms=" << window.liveChecker()->lastDurationMs() << "\n";
    return 0;
}
