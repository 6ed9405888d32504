// Opening a large catalogue in two steps (issue 17): the first screen of rows at once, the rest
// read on a worker thread and appended; items() waits for the rest; a change while the rest is
// read reloads everything. The threshold is lowered so that 600 items take the two-step path.
#include "UiTestSupport.h"

#include "catalogue/CatalogueFile.h"
#include "commands/CatalogueEditor.h"
#include "models/ItemTableModel.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace gkml;
using namespace gkml::test;

class TestItemTableModelLoad : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        // Three domains interleaved by id: the display order (domain by first id, then seq) differs
        // from the order of the rows in the file.
        QList<Item> items;
        const QStringList domains { QStringLiteral("社会救助"), QStringLiteral("养老服务"),
                                    QStringLiteral("社会事务") };
        for (int i = 0; i < 600; ++i) {
            Item it = makeItem(domains.at(i % 3), QStringLiteral("一级%1").arg(i % 7),
                               QStringLiteral("事项%1").arg(i));
            items << it;
        }
        m_path = makeCatalogue(m_dir, QStringLiteral("c%1.gkml").arg(QDateTime::currentMSecsSinceEpoch()),
                               items);
    }

    void firstItemsFollowDisplayOrder()
    {
        QString error;
        auto file = CatalogueFile::open(m_path, CatalogueFile::OpenMode::ReadOnly, &error);
        QVERIFY2(file, qPrintable(error));
        const QList<Item> all = file->items();
        QCOMPARE(all.size(), 600);
        for (int n : { 1, 150, 200, 250, 450, 600, 1000 }) {
            const QList<Item> first = file->firstItems(n);
            QCOMPARE(first.size(), qMin(n, 600));
            QCOMPARE(first, all.mid(0, first.size()));
        }
    }

    void firstScreenThenTheRestAppended()
    {
        QString error;
        auto file = CatalogueFile::open(m_path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        const QList<Item> all = file->items();
        QUndoStack stack;
        CatalogueEditor editor(file.get(), &stack);
        ItemTableModel model;
        model.setBackgroundLoadFrom(100);
        QSignalSpy finished(&model, &ItemTableModel::loadingFinished);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEditor(&editor);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), ItemTableModel::kFirstScreenRows);
        QCOMPARE(ids(model.loadedItems()), ids(all.mid(0, ItemTableModel::kFirstScreenRows)));
        QCOMPARE(model.data(model.index(0, ItemTableModel::columnOf(Field::Level2))).toString(),
                 all.first().level2);
        QVERIFY(finished.wait(20000));
        QVERIFY(!model.isLoading());
        QCOMPARE(reset.count(), 1); // only setEditor's: the rest came as appended rows
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), ItemTableModel::kFirstScreenRows);
        QCOMPARE(inserted.first().at(2).toInt(), 599);
        QCOMPARE(model.rowCount(), 600);
        QCOMPARE(model.loadedItems(), all);
        QCOMPARE(model.rowOfId(all.last().id), 599);
    }

    void itemsWaitsForTheRest()
    {
        QString error;
        auto file = CatalogueFile::open(m_path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QUndoStack stack;
        CatalogueEditor editor(file.get(), &stack);
        ItemTableModel model;
        model.setBackgroundLoadFrom(100);
        model.setEditor(&editor);
        QVERIFY(model.isLoading());
        QCOMPARE(model.items(), file->items()); // waits, never a part of the catalogue
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 600);
    }

    void editWhileLoadingReadsEverything()
    {
        QString error;
        auto file = CatalogueFile::open(m_path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QUndoStack stack;
        CatalogueEditor editor(file.get(), &stack);
        ItemTableModel model;
        model.setBackgroundLoadFrom(100);
        model.setEditor(&editor);
        QVERIFY(model.isLoading());
        const QModelIndex cell = model.index(3, ItemTableModel::columnOf(Field::Level2));
        const qint64 id = model.data(cell, ItemTableModel::ItemIdRole).toLongLong();
        QVERIFY(model.setData(cell, QStringLiteral("改过的事项")));
        QVERIFY(!model.isLoading()); // the change ended the two-step load: everything read again
        QCOMPARE(model.rowCount(), 600);
        QCOMPARE(model.itemAt(model.rowOfId(id)).level2, QStringLiteral("改过的事项"));
        QCOMPARE(model.items(), file->items());
        stack.undo();
        QCOMPARE(model.itemAt(model.rowOfId(id)).level2, file->item(id)->level2);
        QVERIFY(model.itemAt(model.rowOfId(id)).level2 != QStringLiteral("改过的事项"));
    }

private:
    QList<qint64> ids(const QList<Item> &items) const
    {
        QList<qint64> out;
        for (const Item &it : items)
            out << it.id;
        return out;
    }
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestItemTableModelLoad)
#include "tst_itemtablemodel_load.moc"
