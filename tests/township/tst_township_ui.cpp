// The township widgets driven like a clerk would: keys and clicks on the real widgets, offscreen;
// every check reads the file back (TownshipStore) or the PDFs written.
#include "MainWindow.h"
#include "TestFiles.h"
#include "UiTestSupport.h"
#include "catalogue/TownshipStore.h"
#include "commands/CatalogueEditor.h"
#include "models/ItemFilterProxy.h"
#include "models/ItemTableModel.h"
#include "township/TownshipActions.h"
#include "township/TownshipPanel.h"
#include "township/TownshipSelector.h"
#include "township/TownshipsDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gkml;
using namespace gkml::test;

namespace {

// The table's models over a catalogue file, wired as the editor window wires them.
struct TableModels
{
    explicit TableModels(CatalogueFile *file)
        : editor(file, &stack)
    {
        model.setEditor(&editor);
        proxy.setSourceModel(&model);
    }
    QUndoStack stack;
    CatalogueEditor editor;
    ItemTableModel model;
    ItemFilterProxy proxy;
};

void clickOk(QDialog &dialog)
{
    auto *box = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestTownshipUi : public QObject
{
    Q_OBJECT
private slots:
    void dialogTypePasteAndSave()
    {
        auto file = makeFixtureCatalogue(path(QStringLiteral("dialog.gkml")));
        TownshipsDialog dialog(*file);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 0);

        // Type one: Add, then the name and the office.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("add")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor);
        typeText(editor, QStringLiteral("城厢镇"));
        QTest::keyClick(editor, Qt::Key_Tab);
        typeText(QApplication::focusWidget(), QStringLiteral("城厢镇民政办"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        // Paste a list copied from a spreadsheet: a header, one new, one already there.
        QApplication::clipboard()->setText(
                QStringLiteral("名称\t负责科室\n凤城街道\t凤城街道社会事务办\n城厢镇\t\n"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("paste")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);

        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<Township> saved = TownshipStore(*file).townships();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).name, QStringLiteral("城厢镇"));
        QCOMPARE(saved.at(0).office, QStringLiteral("城厢镇民政办"));
        QCOMPARE(saved.at(1).name, QStringLiteral("凤城街道"));
        QCOMPARE(saved.at(1).office, QStringLiteral("凤城街道社会事务办"));

        // Remove one in a second session.
        TownshipsDialog again(*file);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.table()->setCurrentCell(0, 0);
        QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("remove")), Qt::LeftButton);
        clickOk(again);
        QCOMPARE(TownshipStore(*file).townships().size(), 1);
        QCOMPARE(TownshipStore(*file).townships().first().name, QStringLiteral("凤城街道"));
    }

    void dialogBadNameChangesNothing()
    {
        const QString p = path(QStringLiteral("bad.gkml"));
        auto file = makeFixtureCatalogue(p);
        QVERIFY(TownshipStore(*file).add({ { 0, QStringLiteral("湖头镇"), {}, {} } }));
        const QByteArray before = sha256Hex(p);
        TownshipsDialog dialog(*file);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("add")), Qt::LeftButton);
        typeText(QApplication::focusWidget(), QStringLiteral("城厢/镇"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        clickOk(dialog);
        QVERIFY(dialog.isVisible()); // stays open with the reason
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("2")));
        dialog.reject();
        QCOMPARE(sha256Hex(p), before);
    }

    void selectorFiltersTheTable()
    {
        auto file = makeFixtureCatalogue(path(QStringLiteral("selector.gkml")));
        QVERIFY(TownshipStore(*file).add({ { 0, QStringLiteral("城厢镇"), {}, {} } }));
        TableModels table(file.get());
        ItemFilterProxy &proxy = table.proxy;
        TownshipSelector selector;
        selector.setCatalogue(file.get());
        QObject::connect(&selector, &TownshipSelector::townshipChanged, &proxy, [&] {
            const auto t = selector.currentTownship();
            proxy.setTownship(
                    t ? std::optional(TownshipCatalogue(*t, TownshipCatalogue::levelVocabularyFor(*file)))
                      : std::nullopt);
        });
        selector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&selector));
        QCOMPARE(proxy.rowCount(), 22);
        QComboBox *combo = selector.comboBox();
        QCOMPARE(combo->count(), 2);
        QVERIFY(combo->itemText(1).contains(QStringLiteral("城厢镇")));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(selector.currentTownship()->name, QStringLiteral("城厢镇"));
        QCOMPARE(proxy.rowCount(), 16); // 乡级, not withheld
        // A county change shows at once: taking 乡级 off an item takes it out of the township's view.
        const qint64 id = proxy.index(0, 0).data(ItemTableModel::ItemIdRole).toLongLong();
        QVERIFY(file->setField(id, Field::Level, QStringList { QStringLiteral("县级") }));
        QCOMPARE(proxy.rowCount(), 15);
        QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(proxy.rowCount(), 22);
    }

    void printAllTownships()
    {
        auto file = makeFixtureCatalogue(path(QStringLiteral("print.gkml")));
        QVERIFY(TownshipStore(*file).add(
                { { 0, QStringLiteral("城厢镇"), {}, {} }, { 0, QStringLiteral("凤城街道"), {}, {} } }));
        QWidget window;
        TownshipActions actions(&window, [&] { return file.get(); });
        QVERIFY(actions.printAllAction()->isEnabled());
        const QString folder = path(QStringLiteral("boards"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(actions.printAllInto(folder, false));
        QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name),
                 (QStringList { QStringLiteral("凤城街道.pdf"), QStringLiteral("城厢镇.pdf") }));
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                { QDir(folder).filePath(QStringLiteral("城厢镇.pdf")), QStringLiteral("-") });
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("城厢镇人民政府")));
        QVERIFY(!text.contains(QStringLiteral("低保对象家庭财产核查明细")));
    }

    void panelCountsAndFilter()
    {
        auto file = makeFixtureCatalogue(path(QStringLiteral("panel.gkml")));
        QVERIFY(TownshipStore(*file).add(
                { { 0, QStringLiteral("城厢镇"), {}, {} }, { 0, QStringLiteral("湖头镇"), {}, {} } }));
        TableModels table(file.get());
        ItemFilterProxy &proxy = table.proxy;
        QMainWindow window;
        QMenu menu;
        auto *panel = new TownshipPanel(&window);
        panel->attach(&window, &proxy, &menu);
        panel->setCatalogue(file.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(menu.actions().contains(panel->actions()->editAction()));
        QVERIFY(menu.actions().contains(panel->actions()->printAllAction()));

        // Counts per 股室 and per township in the tree, and a line for the status bar.
        QTreeWidget *counts = panel->counts();
        QCOMPARE(counts->topLevelItemCount(), 2);
        QTreeWidgetItem *offices = counts->topLevelItem(0);
        QCOMPARE(offices->childCount(), 2);
        QCOMPARE(offices->child(0)->text(0), QStringLiteral("社会救助股"));
        QCOMPARE(offices->child(0)->text(1), QStringLiteral("15"));
        QCOMPARE(offices->child(1)->text(1), QStringLiteral("7"));
        QTreeWidgetItem *townships = counts->topLevelItem(1);
        QCOMPARE(townships->child(0)->text(0), QStringLiteral("城厢镇"));
        QCOMPARE(townships->child(0)->text(1), QStringLiteral("16"));
        QVERIFY(panel->departmentSummary().contains(QStringLiteral("养老服务股 7")));

        // Choosing a township with the keyboard filters the table.
        QComboBox *combo = panel->selector()->comboBox();
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Down);
        QTRY_COMPARE(panel->selector()->currentTownship().value_or(Township {}).name,
                     QStringLiteral("湖头镇"));
        QCOMPARE(proxy.rowCount(), 16);

        // An edit of a county item recounts (after a short pause).
        const qint64 id = proxy.index(0, 0).data(ItemTableModel::ItemIdRole).toLongLong();
        QVERIFY(file->setField(id, Field::Department, QStringLiteral("办公室")));
        QTRY_COMPARE(counts->topLevelItem(0)->childCount(), 3);
    }

    void mainWindowWiring()
    {
        const QString p = path(QStringLiteral("window.gkml"));
        {
            auto file = makeFixtureCatalogue(p);
            QVERIFY(TownshipStore(*file).add({ { 0, QStringLiteral("城厢镇"), {}, {} } }));
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(p));
        TownshipPanel *panel = w.townshipPanel();
        QVERIFY(panel);
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("townshipsDock"));
        QVERIFY(dock && dock->isVisible());
        QVERIFY(panel->departmentLabel()->isVisible());
        QVERIFY(panel->departmentLabel()->text().contains(QStringLiteral("社会救助股 15")));
        QList<QAction *> fileActions = w.menuBar()->actions().first()->menu()->actions();
        QVERIFY(fileActions.contains(panel->actions()->editAction()));
        QVERIFY(fileActions.contains(panel->actions()->printAllAction()));
        QCOMPARE(w.proxy()->rowCount(), 22);
        QComboBox *combo = panel->selector()->comboBox();
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(w.proxy()->rowCount(), 16);
        w.closeCatalogue();
        QVERIFY(!panel->selector()->isEnabled());
    }

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

QTEST_MAIN(TestTownshipUi)
#include "tst_township_ui.moc"
