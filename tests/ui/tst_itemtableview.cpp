// ItemTableView on its own (session + model + view, no main window): Delete on whole rows
// deletes the items, on cells clears them; the context menu offers the row actions; Enter
// commits in every column and Alt+Enter breaks the line; a block of cells pastes in place.
#include "UiTestSupport.h"
#include "commands/CatalogueEditor.h"
#include "models/ItemFilterProxy.h"
#include "models/ItemTableModel.h"
#include "models/TableClipboard.h"
#include "session/CatalogueSession.h"
#include "views/ItemTableView.h"

#include <QAction>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

using namespace gkml;
using namespace gkml::test;

namespace {
struct Fixture
{
    QTemporaryDir dir;
    CatalogueSession session;
    ItemTableModel model;
    ItemFilterProxy proxy;
    std::unique_ptr<ItemTableView> view;

    bool open()
    {
        if (!session.open(makeCatalogue(dir)))
            return false;
        proxy.setSourceModel(&model);
        view = std::make_unique<ItemTableView>(&model, &proxy);
        model.setEditor(session.editor());
        view->setEditor(session.editor());
        session.editor()->setItemsSource([this] { return model.items(); });
        view->resize(1200, 500);
        return showActive(view.get());
    }
    QModelIndex cell(int row, Field f) const { return proxy.index(row, ItemTableModel::columnOf(f)); }
    CatalogueFile *file() const { return session.file(); }
};

// Opens the cell editor with F2 on `index` and returns it.
QWidget *openEditor(ItemTableView *view, const QModelIndex &index)
{
    view->setFocus();
    view->selectCell(index);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    return editor != view ? editor : nullptr;
}
} // namespace

class TestItemTableView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Regression (walk-through after the round-3 merges): the filter boxes sat over the column
    // titles and the titles were not shown at all.
    void filterBoxesSitUnderTheTitles()
    {
        Fixture fx;
        QVERIFY(fx.open());
        QHeaderView *header = fx.view->horizontalHeader();
        auto *box = header->findChild<QLineEdit *>(QStringLiteral("filter0"));
        QVERIFY(box);
        QTRY_VERIFY2(box->geometry().top() >= header->fontMetrics().height(),
                     qPrintable(QStringLiteral("box top %1, header height %2")
                                        .arg(box->geometry().top())
                                        .arg(header->height())));
        QVERIFY(box->geometry().bottom() < header->height());
        QVERIFY(header->viewport()->height() >= header->fontMetrics().height());
    }

    void deleteOnWholeRowsDeletesItems()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const QList<Item> before = fx.file()->items();
        // Click the row numbers of rows 2 and 3 (Ctrl for the second), then Delete.
        QHeaderView *rows = fx.view->verticalHeader();
        QTest::mouseClick(rows->viewport(), Qt::LeftButton, {},
                          QPoint(rows->width() / 2, rows->sectionViewportPosition(1) + 5));
        QTest::mouseClick(rows->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          QPoint(rows->width() / 2, rows->sectionViewportPosition(2) + 5));
        QCOMPARE(fx.view->wholeSelectedRowIds().size(), 2);
        fx.view->setFocus();
        QTest::keyClick(fx.view.get(), Qt::Key_Delete);
        QCOMPARE(fx.file()->itemCount(), 3);
        QCOMPARE(fx.session.undoStack()->count(), 1);
        QCOMPARE(fx.file()->items().at(1).level2, QStringLiteral("养老机构备案"));
        fx.session.undoStack()->undo();
        QCOMPARE(fx.file()->items(), before);
    }

    void deleteOnCellsClearsThem()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const qint64 id = fx.cell(0, Field::Basis).data(ItemTableModel::ItemIdRole).toLongLong();
        // Two cells of one row, chosen with the mouse.
        QTest::mouseClick(fx.view->viewport(), Qt::LeftButton, {},
                          fx.view->visualRect(fx.cell(0, Field::Basis)).center());
        QTest::mouseClick(fx.view->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          fx.view->visualRect(fx.cell(0, Field::Deadline)).center());
        QVERIFY(fx.view->wholeSelectedRowIds().isEmpty());
        QTest::keyClick(fx.view.get(), Qt::Key_Delete);
        QCOMPARE(fx.file()->itemCount(), 5);
        QCOMPARE(fx.file()->item(id)->basis, QString());
        QCOMPARE(fx.file()->item(id)->deadline, QString());
        QCOMPARE(fx.file()->item(id)->level2, QStringLiteral("政策文件"));
    }

    void contextMenuOffersRowActions()
    {
        Fixture fx;
        QVERIFY(fx.open());
        QStringList seen;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *a : menu->actions()) {
                if (!a->isSeparator())
                    seen << a->objectName();
            }
            // Choose "Duplicate" from the menu with the keyboard, as a clerk may.
            QAction *dup = fx.view->editActions().duplicate;
            menu->setActiveAction(dup);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        const QRect r = fx.view->visualRect(fx.cell(2, Field::Level2));
        QContextMenuEvent event(QContextMenuEvent::Mouse, r.center(),
                                fx.view->viewport()->mapToGlobal(r.center()));
        QApplication::sendEvent(fx.view->viewport(), &event);
        for (const char *name : { "insertAbove", "insert", "duplicate", "delete", "copy", "paste", "clear",
                                  "moveUp", "moveDown" })
            QVERIFY2(seen.contains(QLatin1String(name)), name);
        QCOMPARE(fx.file()->itemCount(), 6); // the right-clicked row was duplicated
        QCOMPARE(fx.model.itemAt(3).level2, QStringLiteral("审批信息"));
    }

    // Issue 12, point 4: insert above, from the right-click menu, as one undo step - also above the
    // first item of a domain.
    void insertAboveFromTheMenu()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const QList<Item> before = fx.file()->items();
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            QAction *above = fx.view->editActions().insertAbove;
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(above).center());
        });
        const QRect r = fx.view->visualRect(fx.cell(0, Field::Level2));
        QContextMenuEvent event(QContextMenuEvent::Mouse, r.center(),
                                fx.view->viewport()->mapToGlobal(r.center()));
        QApplication::sendEvent(fx.view->viewport(), &event);
        QTRY_COMPARE(fx.file()->itemCount(), before.size() + 1);
        // The new, empty item is now the first row; the old first row follows it.
        QVERIFY(fx.model.itemAt(0).level2.isEmpty());
        QCOMPARE(fx.model.itemAt(1).id, before.first().id);
        QCOMPARE(fx.view->currentId(), fx.model.itemAt(0).id);
        fx.session.undoStack()->undo(); // one step takes it all back
        QCOMPARE(fx.file()->items(), before);
    }

    void enterCommitsEveryColumnAltEnterBreaksLine()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const qint64 id = fx.cell(0, Field::Content).data(ItemTableModel::ItemIdRole).toLongLong();
        QWidget *editor = openEditor(fx.view.get(), fx.cell(0, Field::Content));
        QVERIFY(qobject_cast<QPlainTextEdit *>(editor));
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        typeText(editor, QStringLiteral("第一行"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::AltModifier);
        typeText(editor, QStringLiteral("第二行"));
        commitEditor(editor);
        QCOMPARE(fx.file()->item(id)->content, QStringLiteral("第一行\n第二行"));

        // 公开主体 is multi-line too, and Enter commits there as well.
        editor = openEditor(fx.view.get(), fx.cell(0, Field::Owner));
        QVERIFY(qobject_cast<QPlainTextEdit *>(editor));
        retypeAndCommit(editor, QStringLiteral("安溪县民政局社会救助股"), Qt::Key_Enter);
        QCOMPARE(fx.file()->item(id)->owner, QStringLiteral("安溪县民政局社会救助股"));

        // A one-line column commits on Enter as before.
        editor = openEditor(fx.view.get(), fx.cell(0, Field::Deadline));
        QVERIFY(editor);
        retypeAndCommit(editor, QStringLiteral("5个工作日内"), Qt::Key_Return);
        QCOMPARE(fx.file()->item(id)->deadline, QStringLiteral("5个工作日内"));
        QCOMPARE(fx.session.undoStack()->count(), 3);
    }

    void pasteBlockOverwritesFromCurrentCell()
    {
        Fixture fx;
        QVERIFY(fx.open());
        auto *mime = new QMimeData;
        mime->setText(QStringLiteral("甲\t乙\r\n丙\t丁\r\n"));
        QApplication::clipboard()->setMimeData(mime);
        fx.view->setFocus();
        fx.view->selectCell(fx.cell(1, Field::Deadline));
        QTest::keyClick(fx.view.get(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(fx.session.undoStack()->count(), 1);
        const QList<Item> items = fx.file()->items();
        QCOMPARE(items.at(1).deadline, QStringLiteral("甲"));
        QCOMPARE(items.at(2).deadline, QStringLiteral("丙"));
        QCOMPARE(items.at(1).owner, QStringLiteral("乙")); // 公开主体 follows 公开时限
        QCOMPARE(items.at(2).owner, QStringLiteral("丁"));
        // Copy gives the cells back as they were pasted.
        fx.view->selectionModel()->select(
                QItemSelection(fx.cell(1, Field::Deadline), fx.cell(2, Field::Deadline)),
                QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(fx.view.get(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(TableClipboard::fromMimeData(QApplication::clipboard()->mimeData()),
                 (QList<QStringList> { { QStringLiteral("甲") }, { QStringLiteral("丙") } }));
    }

    void actionsFollowReadOnlyAndShowShortcuts()
    {
        Fixture fx;
        QVERIFY(fx.open());
        QVERIFY(fx.view->editActions().insert->isEnabled());
        QVERIFY(fx.view->editActions().duplicate->toolTip().contains(QStringLiteral("Ctrl+D")));
        fx.view->setEditor(nullptr);
        QVERIFY(!fx.view->editActions().insert->isEnabled());
        QVERIFY(!fx.view->editActions().paste->isEnabled());
    }
};

QTEST_MAIN(TestItemTableView)
#include "tst_itemtableview.moc"
