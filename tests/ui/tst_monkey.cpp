// The GUI monkey of issue 12: thousands of random but valid input events on the real window
// (clicks on every widget of the form and the table, typing Chinese and Latin text, undo/redo,
// filters, the domain tree, F8, docks, dialogs opened and cancelled) from a fixed seed. After
// every edit the file must hold what the window shows (every acknowledged edit is on disk), and
// at checkpoints the whole catalogue must equal the window's copy and pass integrity_check.
//
//   GKML_MONKEY_EVENTS  events to play (default 400: the CI run, well under 3 minutes with
//                       ASan+UBSan); GKML_MONKEY_SEED the seed (default 20261130).
// A failure prints the seed and the event number, so the run can be replayed exactly.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "docks/FindingsPanel.h"
#include "docks/ItemForm.h"
#include "models/DomainTreeModel.h"
#include "models/ItemFilterProxy.h"
#include "models/ItemTableModel.h"
#include "views/ItemTableView.h"
#include "widgets/FilterHeader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace gkml;
using namespace gkml::test;

namespace {

const QStringList kWords = {
    QStringLiteral("低保"),
    QStringLiteral("特困"),
    QStringLiteral("政府网站"),
    QStringLiteral("主动、依申请"),
    QStringLiteral("县级"),
    QStringLiteral("全社会"),
    QStringLiteral("20个工作日内"),
    QStringLiteral("√"),
    QStringLiteral("是"),
    QStringLiteral("《社会救助暂行办法》"),
    QStringLiteral("社会救助股"),
    QStringLiteral("abc"),
    QStringLiteral("2026"),
    QStringLiteral("政务服务中心，便民服务站"),
    QStringLiteral("临时救助"),
    QStringLiteral("（修订）"),
    QStringLiteral("x"),
    QStringLiteral("审批信息"),
};

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

} // namespace

class TestMonkey : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("gkml-test-monkey"));
        QSettings().clear();
    }

    void randomValidEvents()
    {
        const int events = envInt("GKML_MONKEY_EVENTS", 400);
        const quint32 seed = quint32(envInt("GKML_MONKEY_SEED", 20261130));
        m_rng.seed(seed);
        QTemporaryDir dir;
        QList<Item> items;
        const QStringList l1 = { QStringLiteral("最低生活保障"), QStringLiteral("特困人员救助供养"),
                                 QStringLiteral("临时救助") };
        for (int i = 0; i < 24; ++i) {
            Item it = makeItem(i < 16 ? QStringLiteral("社会救助") : QStringLiteral("养老服务"), l1.at(i % 3),
                               QStringLiteral("事项%1").arg(i));
            if (i % 5 == 0)
                it.channels << QStringLiteral("政府服务中心"); // the misspelt extra box of the crash
            items << it;
        }
        m_path = makeCatalogue(dir, QStringLiteral("monkey.gkml"), items);
        MainWindow w;
        m_w = &w;
        w.resize(1366, 740);
        QVERIFY(w.openFile(m_path));
        QVERIFY(showActive(&w));
        QString error;
        m_reader = CatalogueFile::open(m_path, CatalogueFile::OpenMode::ReadOnly, &error);
        QVERIFY2(m_reader, qPrintable(error));

        QElapsedTimer clock;
        clock.start();
        QHash<QString, int> played;
        for (m_event = 0; m_event < events; ++m_event) {
            if (QApplication::activeWindow() != &w) // a cancelled dialog may leave no active window
                QApplication::setActiveWindow(&w);
            const QString kind = play();
            ++played[kind];
            QCoreApplication::processEvents();
            closeStrayBoxes();
            if (QTest::currentTestFailed()) {
                qWarning("monkey: failed at event %d (%s), seed %u", m_event, qPrintable(kind), seed);
                return;
            }
            if (m_event % 25 == 24) {
                verifyOnDisk("checkpoint");
                if (QTest::currentTestFailed()) {
                    qWarning("monkey: failed at event %d, seed %u", m_event, seed);
                    return;
                }
            }
        }
        verifyOnDisk("end");
        QSqlQuery q(m_reader->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QStringList summary;
        for (auto it = played.cbegin(); it != played.cend(); ++it)
            summary << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        summary.sort();
        qInfo("monkey: seed %u, %d events in %lld ms, %d typed edits verified on disk, %d dialogs cancelled, "
              "%d undo steps on the stack, %d items, %d cell editors that did not open; %s",
              seed, events, clock.elapsed(), m_typedEdits, m_dialogs, w.undoStack()->count(),
              int(m_reader->itemCount()), m_editorMissed, qPrintable(summary.join(QStringLiteral(", "))));
        m_reader.reset();
        m_w = nullptr;
    }

private:
    // One random event, drawn by its share of 100; returns a short name for the log.
    QString play()
    {
        struct Event
        {
            int percent;
            const char *name;
            void (TestMonkey::*act)();
        };
        static const Event events[] = {
            { 18, "click", &TestMonkey::clickCell },
            { 18, "type-cell", &TestMonkey::typeIntoCell },
            { 18, "form", &TestMonkey::formWidget },
            { 8, "undo-redo", &TestMonkey::undoOrRedo },
            { 10, "filter", &TestMonkey::filters },
            { 10, "row", &TestMonkey::rowAction },
            { 5, "F8", &TestMonkey::nextFinding },
            { 3, "dock", &TestMonkey::toggleDock },
            { 4, "dialog", &TestMonkey::openAndCancelDialog },
            { 6, "navigate", &TestMonkey::navigate },
        };
        int r = int(m_rng.bounded(100));
        for (const Event &e : events) {
            if (r < e.percent) {
                (this->*e.act)();
                return QString::fromLatin1(e.name);
            }
            r -= e.percent;
        }
        qFatal("the shares of the monkey's events do not add up to 100");
    }

    void undoOrRedo()
    {
        ItemTableView *table = m_w->table();
        table->setFocus();
        if (m_rng.bounded(3) == 0)
            QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
        else
            QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    }

    void nextFinding()
    {
        ItemTableView *table = m_w->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F8, m_rng.bounded(2) ? Qt::ShiftModifier : Qt::NoModifier);
    }

    // Keyboard navigation in the table.
    void navigate()
    {
        ItemTableView *table = m_w->table();
        table->setFocus();
        const Qt::Key keys[]
                = { Qt::Key_Down, Qt::Key_Up, Qt::Key_Left, Qt::Key_Right, Qt::Key_PageDown, Qt::Key_Home };
        QTest::keyClick(table, keys[m_rng.bounded(6)]);
    }

    void clickCell()
    {
        ItemTableView *table = m_w->table();
        const int rows = m_w->proxy()->rowCount();
        if (rows == 0)
            return;
        const QModelIndex cell = m_w->proxy()->index(int(m_rng.bounded(rows)),
                                                     int(m_rng.bounded(m_w->proxy()->columnCount())));
        table->scrollTo(cell);
        const QRect rect = table->visualRect(cell);
        if (!rect.isValid())
            return;
        const Qt::KeyboardModifiers mods = m_rng.bounded(5) == 0 ? Qt::ShiftModifier : Qt::NoModifier;
        QTest::mouseClick(table->viewport(), Qt::LeftButton, mods, rect.center());
    }

    void typeIntoCell()
    {
        ItemTableView *table = m_w->table();
        // Focus first: leaving a form box commits its text, which can re-sort or re-filter the
        // table; an index taken before that would be stale (this crashed the monkey, seed 7).
        table->setFocus();
        QCoreApplication::processEvents();
        if (m_w->proxy()->rowCount() == 0)
            return;
        const QModelIndex cell = m_w->proxy()->index(int(m_rng.bounded(m_w->proxy()->rowCount())),
                                                     int(m_rng.bounded(m_w->proxy()->columnCount())));
        const Field field = ItemTableModel::fieldAt(cell.column());
        if (field == Field::Seq || field == Field::Withheld)
            return; // numbers and the yes/no box have their own tests; here: text
        const qint64 id = cell.data(ItemTableModel::ItemIdRole).toLongLong();
        table->selectCell(cell);
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        if (!editor || editor == table) {
            ++m_editorMissed;
            return;
        }
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QString text = kWords.at(int(m_rng.bounded(kWords.size())));
        if (m_rng.bounded(4) == 0)
            QTest::keyClicks(editor, QStringLiteral("ok")); // Latin-1 through keyClicks
        typeText(editor, text);
        if (field == Field::Content && m_rng.bounded(2) == 0) {
            QTest::keyClick(editor, Qt::Key_Return, Qt::AltModifier);
            typeText(editor, QStringLiteral("第二行"));
        }
        commitEditor(editor);
        // Acknowledged: the table shows it. Then the file must hold the same.
        const int row = m_w->model()->rowOfId(id);
        QVERIFY(row >= 0);
        const QString shown = ItemTableModel::displayText(m_w->model()->itemAt(row), field);
        const std::optional<Item> onDisk = m_reader->item(id);
        QVERIFY(onDisk);
        QCOMPARE(ItemTableModel::displayText(*onDisk, field), shown);
        ++m_typedEdits;
    }

    void formWidget()
    {
        ItemForm *form = m_w->itemForm();
        if (!form->isVisible())
            return;
        QList<QWidget *> widgets;
        for (QWidget *child : form->findChildren<QWidget *>()) {
            if (!child->isVisible() || !child->isEnabled())
                continue;
            if (qobject_cast<QCheckBox *>(child) || qobject_cast<QLineEdit *>(child)
                || qobject_cast<QPlainTextEdit *>(child))
                widgets << child;
        }
        if (widgets.isEmpty())
            return;
        QWidget *target = widgets.at(int(m_rng.bounded(widgets.size())));
        if (auto *box = qobject_cast<QCheckBox *>(target)) {
            const qint64 id = form->itemId();
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
            if (id != 0 && !m_w->catalogue()->isReadOnly()) {
                const int row = m_w->model()->rowOfId(id);
                QVERIFY(row >= 0);
                QCOMPARE(m_reader->item(id).value(), m_w->model()->itemAt(row));
            }
            return;
        }
        auto *plain = qobject_cast<QPlainTextEdit *>(target);
        if (plain && plain->isReadOnly())
            return;
        if (auto *line = qobject_cast<QLineEdit *>(target); line && line->isReadOnly())
            return;
        QTest::mouseClick(plain ? plain->viewport() : target, Qt::LeftButton, {}, QPoint(8, 8));
        QTest::keyClick(target, Qt::Key_End, Qt::ControlModifier);
        typeText(target, kWords.at(int(m_rng.bounded(kWords.size()))));
        if (m_rng.bounded(3) != 0)
            QTest::keyClick(target,
                            Qt::Key_Return); // commits; otherwise the typing pause or the next click does
    }

    void filters()
    {
        const int r = int(m_rng.bounded(5));
        if (r == 0) {
            QLineEdit *search = m_w->searchBox();
            search->setFocus();
            search->clear();
            if (m_rng.bounded(3) != 0)
                typeText(search, kWords.at(int(m_rng.bounded(kWords.size()))).left(2));
        } else if (r == 1) {
            QLineEdit *box = m_w->filterHeader()->filterBox(int(m_rng.bounded(m_w->model()->columnCount())));
            if (box && box->isVisible()) {
                box->clear();
                if (m_rng.bounded(2) == 0)
                    typeText(box, kWords.at(int(m_rng.bounded(kWords.size()))).left(1));
            }
        } else if (r == 2) {
            QTreeView *tree = m_w->domainTree();
            QModelIndex all = m_w->domainModel()->index(0, 0);
            if (!all.isValid() || !tree->isVisible())
                return;
            QModelIndex pick = all;
            const int domains = m_w->domainModel()->rowCount(all);
            if (domains > 0 && m_rng.bounded(3) != 0) {
                pick = m_w->domainModel()->index(int(m_rng.bounded(domains)), 0, all);
                const int l1 = m_w->domainModel()->rowCount(pick);
                if (l1 > 0 && m_rng.bounded(2) == 0) {
                    tree->expand(pick);
                    pick = m_w->domainModel()->index(int(m_rng.bounded(l1)), 0, pick);
                }
            }
            tree->scrollTo(pick);
            const QRect rect = tree->visualRect(pick);
            if (rect.isValid())
                QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        } else if (r == 3) {
            m_w->windowActions().onlyErrors->trigger();
        } else {
            m_w->windowActions().clearFilters->trigger();
        }
    }

    void rowAction()
    {
        ItemTableView *table = m_w->table();
        table->setFocus();
        const int r = int(m_rng.bounded(8));
        const int rows = m_w->proxy()->rowCount();
        if (rows > 0 && r < 2) {
            // Whole rows by their numbers, then Delete (kept rare against the inserts).
            QHeaderView *header = table->verticalHeader();
            const int row = int(m_rng.bounded(rows));
            table->scrollTo(m_w->proxy()->index(row, 0));
            const int y = header->sectionViewportPosition(row) + 3;
            if (y > 0 && y < header->viewport()->height()) {
                QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(header->width() / 2, y));
                if (r == 0)
                    QTest::keyClick(table, Qt::Key_Delete);
                else
                    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
            }
            return;
        }
        switch (r) {
        case 2: QTest::keyClick(table, Qt::Key_Plus, Qt::ControlModifier); break;
        case 3: QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier); break;
        case 4: QTest::keyClick(table, m_rng.bounded(2) ? Qt::Key_Up : Qt::Key_Down, Qt::AltModifier); break;
        case 5: QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier); break;
        case 6: QTest::keyClick(table, Qt::Key_Delete); break;
        default: QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier); break;
        }
    }

    void openAndCancelDialog()
    {
        const FileCommands::Actions &f = m_w->fileCommands()->actions();
        QAction *actions[]
                = { f.newCatalogue, f.open, f.import, f.exportFile, f.print, f.changes, f.saveCopy };
        QAction *action = actions[m_rng.bounded(7)];
        if (!action->isEnabled())
            return;
        // Every modal dialog that opens is cancelled as a clerk would: Escape.
        QTimer closer;
        closer.setInterval(30);
        bool opened = false;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                opened = true;
                QTest::keyClick(modal, Qt::Key_Escape);
                if (auto *d = qobject_cast<QDialog *>(modal); d && d->isVisible())
                    d->reject();
            }
        });
        closer.start();
        action->trigger();
        closer.stop();
        m_dialogs += opened;
        QVERIFY(!QApplication::activeModalWidget());
    }

    void toggleDock()
    {
        const QList<QDockWidget *> docks = m_w->findChildren<QDockWidget *>();
        if (docks.isEmpty())
            return;
        QDockWidget *dock = docks.at(int(m_rng.bounded(docks.size())));
        dock->toggleViewAction()->trigger();
        if (!dock->isVisible() && m_rng.bounded(2) == 0)
            dock->toggleViewAction()->trigger();
    }

    void verifyOnDisk(const char *where)
    {
        m_w->itemForm()->flush(); // typing still in the form's pause is not yet acknowledged
        QHash<qint64, Item> shown, disk;
        for (const Item &it : m_w->model()->items())
            shown.insert(it.id, it);
        for (const Item &it : m_reader->items())
            disk.insert(it.id, it);
        QVERIFY2(shown.size() == disk.size(), where);
        for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
            QVERIFY2(disk.contains(it.key()), where);
            if (!(disk.value(it.key()) == it.value()))
                QFAIL(qPrintable(QStringLiteral("%1: item %2 differs from the file")
                                         .arg(QLatin1String(where))
                                         .arg(it.key())));
        }
    }

    void closeStrayBoxes()
    {
        // An error box would stay open (window-modal, non-blocking); the monkey fails on one.
        for (QMessageBox *box : m_w->findChildren<QMessageBox *>()) {
            if (box->isVisible()) {
                QFAIL(qPrintable(
                        QStringLiteral("error shown: %1 %2").arg(box->text(), box->informativeText())));
            }
        }
    }

    QRandomGenerator m_rng;
    MainWindow *m_w = nullptr;
    std::unique_ptr<CatalogueFile> m_reader;
    int m_event = 0;
    int m_typedEdits = 0;
    int m_dialogs = 0;
    int m_editorMissed = 0;
    QString m_path;
};

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
