// Checking while typing (issue 17): opens a catalogue in the real main window and edits cells of
// the item table with key events (F2, typed text, Enter: the same path a clerk's keystrokes
// take: editor, undo stack, SQLite, model, live check on its thread, findings panel and cell
// marks). Reports, over R edits, the median and worst time from the Enter that commits an edit
// to the updated findings shown, the commit alone (Enter until the model has the new value)
// and the check itself on its thread (the memo re-examines only the edited item), and, beside
// them, a full check of the same items in the same run (what every edit cost before the memo).
// Usage: bench_typing FILE.gkml [R]   (QT_QPA_PLATFORM=offscreen is fine; never fails on timing)
#include "MainWindow.h"
#include "check/Checker.h"
#include "models/ItemFilterProxy.h"
#include "models/ItemTableModel.h"
#include "models/LiveChecker.h"
#include "views/ItemTableView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace gkml;

namespace {

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // do not touch the user's settings
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_typing FILE.gkml [EDITS]\n";
        return 2;
    }
    // Edits are saved: work on a copy, so that every run starts from the same catalogue.
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("typing.gkml"));
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), path))
        qFatal("cannot copy %s", argv[1]);
    const int edits = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 20;

    MainWindow window;
    window.resize(1400, 860);
    window.show();
    QApplication::setActiveWindow(&window);
    if (!window.openFile(path))
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(window.lastError()));
    while (window.model()->isLoading() || !window.liveChecker()->isIdle())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);

    // Connected after the CheckController: runs once the findings are in the panel and the cells.
    bool checked = false;
    QObject::connect(window.liveChecker(), &LiveChecker::findingsReady, &window, [&] {
        if (qEnvironmentVariableIsSet("BENCH_DEBUG"))
            qWarning("findings ready");
        checked = true;
    });

    ItemTableView *table = window.table();
    const int level2 = ItemTableModel::columnOf(Field::Level2);
    QList<double> total, commit, afterCommit, onThread;
    for (int i = 0; i < edits; ++i) {
        const QModelIndex cell = window.proxy()->index((i * 7919) % window.proxy()->rowCount(), level2);
        table->setFocus();
        table->selectCell(cell);
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        if (!editor || editor == table)
            qFatal("no cell editor opened");
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        const QString text = QStringLiteral("改过的事项%1").arg(i); // differs from every generated name
        typeText(editor, text);
        const qint64 id = cell.data(ItemTableModel::ItemIdRole).toLongLong();
        checked = false;
        QElapsedTimer t;
        t.start();
        QTest::keyClick(editor, Qt::Key_Return); // commits: the findings follow
        while (window.model()->itemAt(window.model()->rowOfId(id)).level2 != text)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        commit << double(t.nsecsElapsed()) / 1e6;
        if (qEnvironmentVariableIsSet("BENCH_DEBUG"))
            qWarning("edit %d committed", i);
        while (!checked) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            if (qEnvironmentVariableIsSet("BENCH_DEBUG") && t.elapsed() > 3000) {
                qWarning("waiting: busy %d idle %d", window.liveChecker()->isBusy(),
                         window.liveChecker()->isIdle());
                t.restart();
            }
        }
        total << double(t.nsecsElapsed()) / 1e6;
        afterCommit << total.last() - commit.last();
        onThread << double(window.liveChecker()->lastDurationMs());
    }
    // The same items checked whole, in this run: what each edit cost without the memo.
    QElapsedTimer full;
    full.start();
    const QList<Finding> findings = Checker(window.standard()).check(window.model()->items());
    const double fullMs = double(full.nsecsElapsed()) / 1e6;

    out << "items=" << window.model()->rowCount() << " edits=" << edits
        << " keystroke_to_findings_median_ms=" << QString::number(median(total), 'f', 1)
        << " keystroke_to_findings_max_ms="
        << QString::number(*std::max_element(total.cbegin(), total.cend()), 'f', 1)
        << " commit_median_ms=" << QString::number(median(commit), 'f', 1)
        << " commit_to_findings_median_ms=" << QString::number(median(afterCommit), 'f', 1)
        << " check_on_thread_median_ms=" << QString::number(median(onThread), 'f', 0)
        << " debounce_ms=" << LiveChecker::kDefaultDebounceMs
        << " full_check_ms=" << QString::number(fullMs, 'f', 1) << " findings=" << findings.size() << "\n";
    return 0;
}
