// The editor window driven like a clerk would: keys and mouse on the real widgets, offscreen.
// Every check reads the .gkml back through CatalogueFile, so "saved at once" is what is tested.
#include "MainWindow.h"
#include "TestFiles.h"
#include "UiTestSupport.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/EditLock.h"
#include "catalogue/EditionStore.h"
#include "dialogs/ChangesDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/NewCatalogueDialog.h"
#include "docks/FindingsPanel.h"
#include "docks/ItemForm.h"
#include "models/FindingsModel.h"
#include "models/ItemFilterProxy.h"
#include "models/ItemTableModel.h"
#include "models/LiveChecker.h"
#include "print/SheetOptions.h"
#include "standard/Standard.h"
#include "standard/StandardItem.h"
#include "standard/StandardLibrary.h"
#include "views/ItemTableView.h"
#include "widgets/FilterHeader.h"
#include <QPushButton>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gkml;
using namespace gkml::test;

namespace {

int proxyColumn(Field f)
{
    return static_cast<int>(f);
}

// The table's cell of `field` in `row`, as the window shows it (sorted and filtered).
QModelIndex cellAt(const MainWindow &w, int row, Field field)
{
    return w.proxy()->index(row, proxyColumn(field));
}

// A shortcut on a cell: the table focused, the cell selected as a click would, then the key.
void pressOnCell(QTableView *table, const QModelIndex &index, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    table->setFocus();
    select(table, index);
    QTest::keyClick(table, key, modifiers);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { useTestSettings(); }

    void createCatalogueThroughDialog()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(&w));
        const QString path = dir.filePath(QStringLiteral("新目录.gkml"));
        bool filled = false;
        // The dialog is modal: fill it from inside its event loop, typing like a user.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<NewCatalogueDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *unit = dialog->findChild<QLineEdit *>(QStringLiteral("unit"));
            auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("path"));
            typeText(unit, QStringLiteral("安溪县民政局"));
            file->clear();
            typeText(file, path);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
            filled = true;
        });
        w.fileCommands()->actions().newCatalogue->trigger();
        QVERIFY(filled);
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.catalogue());
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(w.catalogue()->info().unit, QStringLiteral("安溪县民政局"));
        QVERIFY(w.windowTitle().contains(QStringLiteral("安溪县民政局")));
        // Pre-filled with the standard's items of every domain (the dialog's defaults).
        const QList<const Standard *> standards = StandardLibrary::instance().latest();
        QVERIFY(!standards.isEmpty());
        const Standard *st = standards.first();
        QCOMPARE(w.catalogue()->info().standardId, st->id());
        QCOMPARE(w.standard(), st);
        const int expected = int(st->items().size());
        QVERIFY(expected > 0);
        QCOMPARE(w.catalogue()->itemCount(), expected);
        QCOMPARE(w.model()->rowCount(), expected);
        QCOMPARE(w.undoStack()->count(), 0); // creating is not an edit to undo

        // One more item, inserted with the keyboard shortcut below the current one.
        pressOnCell(w.table(), cellAt(w, 0, Field::Level2), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(w.catalogue()->itemCount(), expected + 1);
        QCOMPARE(w.model()->rowCount(), expected + 1);
        QCOMPARE(w.model()->itemAt(1).level2, QString()); // right below the first
        QCOMPARE(w.model()->itemAt(1).level1, w.model()->itemAt(0).level1);
        // The live check reports the new item's empty required fields.
        QTRY_VERIFY(w.findingsModel()->count(Finding::Severity::Error) > 0);
    }

    void editCellUndoRedo()
    {
        QTemporaryDir dir;
        const QString path = makeCatalogue(dir);
        MainWindow w;
        QVERIFY(showActive(&w));
        QVERIFY(w.openFile(path));
        QVERIFY(!w.catalogue()->isReadOnly());
        const QModelIndex cell = cellAt(w, 1, Field::Level2);
        const qint64 id = cell.data(ItemTableModel::ItemIdRole).toLongLong();
        QCOMPARE(cell.data().toString(), QStringLiteral("办事指南"));

        typeIntoCell(w.table(), cell, QStringLiteral("办事指南（修订）"));
        // Committed to the file at once: read back through a second connection.
        QString error;
        auto reader = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->item(id)->level2, QStringLiteral("办事指南（修订）"));
        QCOMPARE(cellAt(w, 1, Field::Level2).data().toString(), QStringLiteral("办事指南（修订）"));
        QCOMPARE(w.undoStack()->count(), 1);

        // Set column typed as text: split on 、
        typeIntoCell(w.table(), cellAt(w, 1, Field::Method), QStringLiteral("主动、依申请"));
        QCOMPARE(reader->item(id)->method,
                 (QStringList { QStringLiteral("主动"), QStringLiteral("依申请") }));

        w.table()->setFocus();
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(reader->item(id)->method, QStringList { QStringLiteral("主动") });
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(reader->item(id)->level2, QStringLiteral("办事指南"));
        QCOMPARE(cellAt(w, 1, Field::Level2).data().toString(), QStringLiteral("办事指南"));

        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo
        QCOMPARE(reader->item(id)->level2, QStringLiteral("办事指南（修订）"));
        QVERIFY(w.lastError().isEmpty());
    }

    void formTypingMergesIntoOneStep()
    {
        QTemporaryDir dir;
        const QString path = makeCatalogue(dir);
        MainWindow w;
        QVERIFY(showActive(&w));
        QVERIFY(w.openFile(path));
        select(w.table(), cellAt(w, 0, Field::Level2));
        const qint64 id = w.table()->currentIndex().data(ItemTableModel::ItemIdRole).toLongLong();
        auto *content = w.findChild<QWidget *>(QStringLiteral("form_content"));
        QVERIFY(content);
        content->setFocus();
        QTest::keyClick(content, Qt::Key_End, Qt::ControlModifier);
        typeText(content, QStringLiteral("一"));
        QTRY_COMPARE(w.catalogue()->item(id)->content, QStringLiteral("内容 政策文件一")); // after the pause
        typeText(content, QStringLiteral("二三"));
        QTRY_COMPARE(w.catalogue()->item(id)->content, QStringLiteral("内容 政策文件一二三"));
        QCOMPARE(w.undoStack()->count(), 1); // one field, one step
        w.windowActions().undo->trigger();
        QCOMPARE(w.catalogue()->item(id)->content, QStringLiteral("内容 政策文件"));

        // Ctrl+Z right after typing (before the pause) first saves the typing, then undoes it:
        // nothing typed is lost silently and the file ends where it started.
        content->setFocus();
        QTest::keyClick(content, Qt::Key_End, Qt::ControlModifier);
        typeText(content, QStringLiteral("四"));
        w.table()->setFocus();
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.catalogue()->item(id)->content, QStringLiteral("内容 政策文件"));
        QVERIFY(w.undoStack()->canRedo());
        w.windowActions().redo->trigger();
        QCOMPARE(w.catalogue()->item(id)->content, QStringLiteral("内容 政策文件四"));
        w.windowActions().undo->trigger();

        // Check lists commit each click.
        auto *channels = w.findChild<QWidget *>(QStringLiteral("form_channels"));
        QVERIFY(channels);
        QCheckBox *box = nullptr;
        for (QCheckBox *b : channels->findChildren<QCheckBox *>()) {
            if (b->text() == QStringLiteral("两微一端"))
                box = b;
        }
        QVERIFY(box);
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
        QVERIFY(w.catalogue()->item(id)->channels.contains(QStringLiteral("两微一端")));
    }

    void filterChineseSubstrings()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(&w));
        QVERIFY(w.openFile(makeCatalogue(dir)));
        QCOMPARE(w.proxy()->rowCount(), 5);
        typeText(w.searchBox(), QStringLiteral("养老"));
        QTRY_COMPARE(w.proxy()->rowCount(), 2); // after the typing pause
        w.searchBox()->clear();
        QTRY_COMPARE(w.proxy()->rowCount(), 5);
        QLineEdit *level1 = w.filterHeader()->filterBox(proxyColumn(Field::Level1));
        QVERIFY(level1 && level1->isVisible());
        typeText(level1, QStringLiteral("生活"));
        QCOMPARE(w.proxy()->rowCount(), 2);
        typeText(w.searchBox(), QStringLiteral("指南"));
        QTRY_COMPARE(w.proxy()->rowCount(), 1);
        QCOMPARE(cellAt(w, 0, Field::Level2).data().toString(), QStringLiteral("办事指南"));
        w.windowActions().clearFilters->trigger();
        QCOMPARE(w.proxy()->rowCount(), 5);
    }

    void pasteTwoRowsFromTsv()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(&w));
        QVERIFY(w.openFile(makeCatalogue(dir)));
        // As Excel puts it on the clipboard: a header row, CRLF, a quoted cell with a line break.
        const QString tsv = QStringLiteral(
                "领域\t一级事项\t二级事项\t公开内容（要素）\t公开渠道和载体\t公开方式\r\n"
                "社会救助\t特困人员救助供养\t审核信息\t\"初审对象名单\r\n及相关信息\"\t政府网站、便民服务站\t"
                "主动\r\n"
                "社会救助\t特困人员救助供养\t审批信息\t特困人员名单\t政府网站\t主动、依申请\r\n");
        auto *mime = new QMimeData;
        mime->setText(tsv);
        QApplication::clipboard()->setMimeData(mime);
        pressOnCell(w.table(), w.proxy()->index(0, 0), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(w.catalogue()->itemCount(), 7);
        QCOMPARE(w.model()->rowCount(), 7);
        QCOMPARE(w.undoStack()->count(), 1); // one paste, one step
        bool found = false;
        for (const Item &it : w.catalogue()->items()) {
            if (it.level2 == QStringLiteral("审核信息")) {
                found = true;
                QCOMPARE(it.content, QStringLiteral("初审对象名单\n及相关信息"));
                QCOMPARE(it.channels,
                         (QStringList { QStringLiteral("政府网站"), QStringLiteral("便民服务站") }));
            }
        }
        QVERIFY(found);
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.catalogue()->itemCount(), 5);
        QCOMPARE(w.model()->rowCount(), 5);
    }

    void deleteDuplicateMoveAndUndo()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(&w));
        QVERIFY(w.openFile(makeCatalogue(dir)));
        const QList<Item> before = w.catalogue()->items();
        pressOnCell(w.table(), cellAt(w, 2, Field::Level2), Qt::Key_Minus, Qt::ControlModifier); // delete
        QCOMPARE(w.catalogue()->itemCount(), 4);
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.catalogue()->items(), before); // same ids, same content
        QCOMPARE(w.model()->items(), before);

        pressOnCell(w.table(), cellAt(w, 0, Field::Level2), Qt::Key_D, Qt::ControlModifier); // duplicate
        QCOMPARE(w.catalogue()->itemCount(), 6);
        QCOMPARE(w.model()->itemAt(1).level2, QStringLiteral("政策文件")); // right below the original
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.catalogue()->itemCount(), 5);

        pressOnCell(w.table(), cellAt(w, 1, Field::Level2), Qt::Key_Up, Qt::AltModifier); // move up
        QCOMPARE(w.catalogue()->items().first().level2, QStringLiteral("办事指南"));
        QCOMPARE(w.model()->itemAt(0).level2, QStringLiteral("办事指南"));
        QCOMPARE(w.table()->currentIndex().data().toString(), QStringLiteral("办事指南")); // follows the item
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.catalogue()->items(), before);
    }

    void findingJumpsToCell()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(&w));
        QVERIFY(w.openFile(makeCatalogue(dir)));
        QTRY_VERIFY(w.liveChecker()->isIdle()); // the first live check would replace our finding
        const Item target = w.model()->itemAt(3);
        Finding f;
        f.severity = Finding::Severity::Error;
        f.code = QStringLiteral("required-missing");
        f.item = target.id;
        f.domain = target.domain;
        f.level1 = target.level1;
        f.level2 = target.level2;
        f.field = QStringLiteral("basis");
        f.message = QStringLiteral("公开依据 is empty.");
        w.findingsModel()->setFindings({ f });
        // Hide the target behind a filter: the jump must still reach it.
        typeText(w.searchBox(), QStringLiteral("最低生活"));
        QTRY_VERIFY(!w.proxy()->mapFromSource(w.model()->index(3, 0)).isValid());
        QTableView *view = w.findingsPanel()->view();
        const QRect rect = view->visualRect(view->model()->index(0, FindingsModel::MessageColumn));
        // A real double-click: QTest::mouseDClick alone lacks the first press an item view expects.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        const QModelIndex cur = w.table()->currentIndex();
        QVERIFY(cur.isValid());
        QCOMPARE(cur.data(ItemTableModel::ItemIdRole).toLongLong(), target.id);
        QCOMPARE(cur.column(), proxyColumn(Field::Basis));
        // F8 steps through the findings (one here: stays on it).
        select(w.table(), w.proxy()->index(0, 0));
        QTest::keyClick(w.table(), Qt::Key_F8);
        QCOMPARE(w.table()->currentIndex().data(ItemTableModel::ItemIdRole).toLongLong(), target.id);
    }

    void liveCheckMarksCellAndF8Jumps()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(&w));
        QVERIFY(w.openFile(makeCatalogue(dir)));
        QTRY_VERIFY(w.liveChecker()->isIdle());
        const int errorsBefore = w.findingsModel()->count(Finding::Severity::Error);
        // Clear 公开依据 of the third item with the Delete key, as a clerk would.
        const QModelIndex cell = cellAt(w, 2, Field::Basis);
        const qint64 id = cell.data(ItemTableModel::ItemIdRole).toLongLong();
        w.table()->setFocus();
        select(w.table(), cell);
        QTest::keyClick(w.table(), Qt::Key_Delete);
        QCOMPARE(w.catalogue()->item(id)->basis, QString());
        // The checker (on its thread, after the pause) reports it and the cell shows it.
        QTRY_VERIFY(w.findingsModel()->count(Finding::Severity::Error) > errorsBefore);
        int row = -1;
        for (int i = 0; i < w.findingsModel()->rowCount(); ++i) {
            const Finding &f = w.findingsModel()->findingAt(i);
            if (f.item == id && f.field == QStringLiteral("basis") && f.severity == Finding::Severity::Error)
                row = i;
        }
        QVERIFY(row >= 0);
        QCOMPARE(cell.data(ItemTableModel::SeverityRole).toInt(), 0);
        QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull()); // an icon, not only a colour
        auto *label = w.findChild<QLabel *>(QStringLiteral("findingsLabel"));
        QVERIFY(label->text().contains(QString::number(w.findingsModel()->count(Finding::Severity::Error))));

        // F8 walks the findings until it reaches ours; Shift+F8 walks back.
        select(w.table(), w.proxy()->index(0, 0));
        for (int i = 0; i <= row; ++i)
            QTest::keyClick(w.table(), Qt::Key_F8);
        QCOMPARE(w.findingsPanel()->view()->currentIndex().row(), row);
        QCOMPARE(w.table()->currentIndex().data(ItemTableModel::ItemIdRole).toLongLong(), id);
        QCOMPARE(w.table()->currentIndex().column(), proxyColumn(Field::Basis));

        // Undo brings the text back and the finding disappears.
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.catalogue()->item(id)->basis, QStringLiteral("《政府信息公开条例》"));
        QTRY_COMPARE(w.findingsModel()->count(Finding::Severity::Error), errorsBefore);
        QCOMPARE(w.model()->indexOf(id, Field::Basis).data(ItemTableModel::SeverityRole).toInt(), -1);
    }

    void printPreviewShowsSheets()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(makeCatalogue(dir)));
        QPrinter printer(QPrinter::HighResolution);
        SheetOptions options;
        options.orientation = SheetOptions::Orientation::Portrait;
        std::unique_ptr<QPrintPreviewDialog> preview(w.createPrintPreview(options, &printer));
        preview->show();
        auto *widget = preview->findChild<QPrintPreviewWidget *>();
        QVERIFY(widget);
        QTRY_VERIFY(widget->pageCount() > 0);
        QCOMPARE(printer.pageLayout().orientation(), QPageLayout::Portrait); // the options reach the printer
        QVERIFY(w.lastError().isEmpty());
    }

    void importPreviewThenAdd()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(makeCatalogue(dir)));
        const QString csv = QStringLiteral(GKML_FIXTURES "/samples/anxi-catalogue-gb18030.csv");
        ImportDialog dialog(csv);
        QVERIFY2(dialog.result().ok(), qPrintable(dialog.result().error));
        QCOMPARE(dialog.result().items.size(), 20);
        QCOMPARE(dialog.result().encoding.toLower(), QStringLiteral("gb18030"));
        auto *preview = dialog.findChild<QTableWidget *>();
        QCOMPARE(preview->rowCount(), 20);
        QCOMPARE(preview->item(0, proxyColumn(Field::Domain))->text(), QStringLiteral("社会救助")); // decoded
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(w.importItems(dialog.result().items, QStringLiteral("anxi.csv")));
        QCOMPARE(w.catalogue()->itemCount(), 25);
        QCOMPARE(w.undoStack()->count(), 1);
        w.windowActions().undo->trigger();
        QCOMPARE(w.catalogue()->itemCount(), 5);
    }

    void secondEditorIsReadOnly()
    {
        QTemporaryDir dir;
        const QString path = makeCatalogue(dir);
        MainWindow first;
        QVERIFY(first.openFile(path));
        QVERIFY(!first.catalogue()->isReadOnly());
        MainWindow second;
        QVERIFY(showActive(&second));
        QVERIFY(second.openFile(path));
        QVERIFY(second.catalogue()->isReadOnly());
        auto *banner = second.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(first.catalogue()->userName()));
        // and the computer, as the lock names it (COMPUTERNAME on Windows, the host name elsewhere)
        QVERIFY2(banner->text().contains(EditLock::currentHost()), qPrintable(banner->text()));
        QVERIFY(first.catalogue()->userName() != QStringLiteral("unknown"));
        QVERIFY(second.windowTitle().contains(QStringLiteral("安溪县民政局")));
        QVERIFY(!(second.model()->flags(second.model()->index(0, 2)) & Qt::ItemIsEditable));
        QVERIFY(!second.table()->editActions().insert->isEnabled());
        QVERIFY(!second.table()->editActions().paste->isEnabled());
    }

    void openErrorShowsDialog()
    {
        QTemporaryDir dir;
        const QString bogus = dir.filePath(QStringLiteral("不是目录.gkml"));
        QVERIFY(writeFile(bogus, "not a database"));
        MainWindow w;
        w.show();
        QVERIFY(!w.openFile(bogus));
        QVERIFY(!w.catalogue());
        QVERIFY(!w.lastError().isEmpty());
        auto *box = w.findChild<QMessageBox *>(QStringLiteral("errorBox"));
        QVERIFY(box && box->isVisible());
        box->close();
    }

    // Issue 12, point 10: the standard's abbreviations find the full names.
    void searchFindsStandardAbbreviations()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(&w));
        QVERIFY(w.openFile(makeCatalogue(dir)));
        QVERIFY(w.standard());
        QVERIFY(w.standard()
                        ->abbreviations()
                        .value(QStringLiteral("低保"))
                        .contains(QStringLiteral("最低生活保障")));
        typeText(w.searchBox(), QStringLiteral("低保"));
        QTRY_COMPARE(w.proxy()->rowCount(), 2); // the two 最低生活保障 items
        for (int r = 0; r < 2; ++r)
            QCOMPARE(cellAt(w, r, Field::Level1).data().toString(), QStringLiteral("最低生活保障"));
        w.searchBox()->clear();
        typeText(w.searchBox(), QStringLiteral("临救"));
        QTRY_COMPARE(w.proxy()->rowCount(), 1);
    }

    // Issue 12, point 10: the count is right right after undoing an import or a paste.
    void countRightAfterUndoingImport()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(&w));
        QVERIFY(w.openFile(makeCatalogue(dir)));
        auto *count = w.findChild<QLabel *>(QStringLiteral("countLabel"));
        QCOMPARE(count->text(), MainWindow::tr("%n item(s)", nullptr, 5));
        ImportDialog dialog(QStringLiteral(GKML_FIXTURES "/samples/anxi-catalogue-gb18030.csv"));
        QVERIFY(w.importItems(dialog.result().items, QStringLiteral("anxi.csv")));
        QCOMPARE(count->text(), MainWindow::tr("%n item(s)", nullptr, 25));
        w.table()->setFocus();
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.catalogue()->itemCount(), 5);
        QCOMPARE(count->text(), MainWindow::tr("%n item(s)", nullptr, 5));
        QTest::keyClick(w.table(), Qt::Key_Y, Qt::ControlModifier); // Ctrl+Y redoes on every platform
        QCOMPARE(w.catalogue()->itemCount(), 25);
        QCOMPARE(count->text(), MainWindow::tr("%n item(s)", nullptr, 25));
        // With a filter on: "shown of total" follows the undo too.
        typeText(w.searchBox(), QStringLiteral("养老"));
        QTRY_VERIFY(w.proxy()->rowCount() < w.model()->rowCount());
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(count->text(),
                 MainWindow::tr("%1 of %n item(s) shown", nullptr, 5).arg(w.proxy()->rowCount()));
    }

    // The publication records share the bottom area with the findings: the findings are in front
    // when the window opens (they were hidden behind the newer tab).
    void findingsInFrontOfPublications()
    {
        QSettings().remove(QStringLiteral("window")); // the layout of a first start
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *publications = w.findChild<QWidget *>(QStringLiteral("publications"));
        QVERIFY(publications);
        // The dock area's tab bar shows the findings' tab as the current one.
        QTabBar *bottomTabs = nullptr;
        for (QTabBar *bar : w.findChildren<QTabBar *>()) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->tabText(i) == MainWindow::tr("Publications"))
                    bottomTabs = bar;
            }
        }
        QVERIFY(bottomTabs);
        QCOMPARE(bottomTabs->tabText(bottomTabs->currentIndex()), MainWindow::tr("Findings"));
    }

    void tooltipsShowShortcuts()
    {
        MainWindow w;
        QVERIFY(w.windowActions().redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        QVERIFY(w.windowActions().nextFinding->toolTip().contains(QStringLiteral("F8")));
        QVERIFY(w.fileCommands()->actions().open->toolTip().contains(QStringLiteral("Ctrl+O")));
        QVERIFY(w.table()->editActions().insert->toolTip().contains(QStringLiteral("Ctrl")));
    }

    // Issue 12, point 7: the first window fits the screen; a remembered one is clamped to it.
    void windowFitsTheScreen()
    {
        QSettings().remove(QStringLiteral("window"));
        const QRect avail = QGuiApplication::primaryScreen()->availableGeometry();
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.width() <= avail.width() && w.height() <= avail.height());
            if (avail.width() < 1500 || avail.height() < 900)
                QVERIFY(w.isMaximized());
            w.showNormal();
            w.setGeometry(avail.x() + 50, avail.y() + 50, avail.width() * 2,
                          avail.height() * 2); // a big old monitor
            w.close(); // remembers the layout
        }
        MainWindow again;
        QVERIFY(again.geometry().width() <= avail.width());
        // At 1366×768 the findings list shows more than three rows and the form stays usable.
        again.setWindowState(Qt::WindowNoState);
        again.resize(1366, 728);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTableView *findings = again.findingsPanel()->view();
        QVERIFY(findings->viewport()->height() / findings->verticalHeader()->defaultSectionSize() > 3);
        QVERIFY(again.itemForm()->width() >= 250);
        QVERIFY(again.table()->viewport()->width() >= 600);
        QVERIFY(again.geometry().height() <= avail.height());
        QVERIFY(avail.contains(again.geometry().topLeft()));
        QSettings().remove(QStringLiteral("window"));
    }

    // Issue 12, point 3: 从标准补入 by Enter in the findings list, by the button, and a whole domain.
    void addFromStandard()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(showActive(&w));
        QVERIFY(w.openFile(makeCatalogue(dir)));
        QVERIFY(w.standard());
        QTRY_VERIFY(w.liveChecker()->isIdle());
        auto missingRows = [&w] {
            QList<int> rows;
            for (int i = 0; i < w.findingsModel()->rowCount(); ++i) {
                if (w.findingsModel()->findingAt(i).code == QStringLiteral("standard-item-missing")
                    && w.findingsModel()->findingAt(i).domain == QStringLiteral("社会救助"))
                    rows << i;
            }
            return rows;
        };
        QTRY_VERIFY(missingRows().size() >= 2);
        const int before = w.catalogue()->itemCount();
        QTableView *view = w.findingsPanel()->view();
        const int row = missingRows().first();
        const Finding wanted = w.findingsModel()->findingAt(row);
        view->scrollTo(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(row, FindingsModel::MessageColumn)).center());
        QVERIFY(w.findingsPanel()->addFromStandardButton()->isEnabled());
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(w.catalogue()->itemCount(), before + 1);
        const StandardItem *s = w.standard()->findItem(wanted.domain, wanted.level1, wanted.level2);
        QVERIFY(s);
        bool found = false;
        for (const Item &it : w.catalogue()->items()) {
            if (it.level1 == s->level1 && it.level2 == s->level2 && it.domain == s->domain) {
                found = true;
                QCOMPARE(it.content, s->content.join(QLatin1Char('\n'))); // every field of the standard
                QCOMPARE(it.basis, s->basis);
                QCOMPARE(it.channels, s->channels);
            }
        }
        QVERIFY(found);
        QCOMPARE(w.undoStack()->count(), 1);
        // The form shows the standard's value under the item's own where they differ.
        auto *hint = w.findChild<QLabel *>(QStringLiteral("standard_basis"));
        QVERIFY(hint);
        QVERIFY(!hint->isVisible()); // just added from the standard: the same
        typeIntoCell(w.table(), w.table()->currentIndex().siblingAtColumn(proxyColumn(Field::Basis)),
                     QStringLiteral("本单位自定依据"));
        QTRY_VERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(s->basis));
        w.windowActions().undo->trigger();
        QCOMPARE(w.undoStack()->index(), 1);

        // The button, after the live check caught up.
        QTRY_VERIFY(w.liveChecker()->isIdle());
        QTRY_VERIFY(!missingRows().isEmpty());
        const int next = missingRows().first();
        view->setCurrentIndex(view->model()->index(next, 0));
        QTest::mouseClick(w.findingsPanel()->addFromStandardButton(), Qt::LeftButton);
        QCOMPARE(w.catalogue()->itemCount(), before + 2);

        // The rest of the domain in one step.
        select(w.table(), cellAt(w, 0, Field::Level2));
        const int added = w.addMissingOfDomain();
        QVERIFY(added > 0);
        QCOMPARE(w.catalogue()->itemCount(), before + 2 + added);
        QTRY_VERIFY(w.liveChecker()->isIdle());
        QTRY_VERIFY(missingRows().isEmpty());
        w.windowActions().undo->trigger();
        QCOMPARE(w.catalogue()->itemCount(), before + 2);
    }

    // The edition view of issue 7: what changed since the last submitted package.
    void changesSinceLastEdition()
    {
        QTemporaryDir dir;
        const QString path = makeCatalogue(dir);
        QString error;
        auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        {
            ChangesDialog none(*file);
            QCOMPARE(none.editionCount(), 0);
            QCOMPARE(none.tree()->topLevelItemCount(), 0);
        }
        Edition edition;
        edition.created = QDateTime::currentDateTimeUtc();
        edition.user = QStringLiteral("张三");
        edition.items = file->items();
        edition.itemCount = static_cast<int>(edition.items.size());
        edition.sha256 = QString(64, QLatin1Char('0'));
        edition.fileName = QStringLiteral("安溪县民政局-政务公开事项标准目录-20261127.zip");
        EditionStore store(*file);
        QVERIFY2(store.record(edition, [](QString *) { return true; }) > 0, qPrintable(store.errorString()));
        const QList<Item> items = file->items();
        QVERIFY(file->setField(items.at(0).id, Field::Deadline, QStringLiteral("信息形成之日起5个工作日内")));
        QVERIFY(file->removeItems({ items.at(4).id }));
        ChangesDialog dialog(*file);
        QCOMPARE(dialog.editionCount(), 1);
        QTreeWidget *tree = dialog.tree();
        QCOMPARE(tree->topLevelItemCount(), 2); // removed, changed
        QTreeWidgetItem *removed = tree->topLevelItem(0);
        QCOMPARE(removed->childCount(), 1);
        QVERIFY(removed->child(0)->text(0).contains(QStringLiteral("老年人补贴")));
        QTreeWidgetItem *changed = tree->topLevelItem(1);
        QCOMPARE(changed->childCount(), 1);
        QTreeWidgetItem *field = changed->child(0)->child(0);
        QCOMPARE(field->text(0), ItemFields::label(Field::Deadline));
        QCOMPARE(field->text(1), items.at(0).deadline);
        QCOMPARE(field->text(2), QStringLiteral("信息形成之日起5个工作日内"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
