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

namespace {

// The catalogue opened for writing with an editor, and a table model set to read it in two steps
// (the first screen at once, the rest on a worker thread) as soon as it gets the editor.
struct TwoStepLoad
{
    explicit TwoStepLoad(const QString &path)
        : file(CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error))
    {
        if (file)
            editor = std::make_unique<CatalogueEditor>(file.get(), &stack);
        model.setBackgroundLoadFrom(100);
    }
    QString error; // why the file could not be opened
    std::unique_ptr<CatalogueFile> file;
    QUndoStack stack;
    std::unique_ptr<CatalogueEditor> editor;
    ItemTableModel model;
};

} // namespace

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
        TwoStepLoad load(m_path);
        QVERIFY2(load.file, qPrintable(load.error));
        const QList<Item> all = load.file->items();
        ItemTableModel &model = load.model;
        QSignalSpy finished(&model, &ItemTableModel::loadingFinished);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEditor(load.editor.get());
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
        TwoStepLoad load(m_path);
        QVERIFY2(load.file, qPrintable(load.error));
        load.model.setEditor(load.editor.get());
        QVERIFY(load.model.isLoading());
        QCOMPARE(load.model.items(), load.file->items()); // waits, never a part of the catalogue
        QVERIFY(!load.model.isLoading());
        QCOMPARE(load.model.rowCount(), 600);
    }

    void editWhileLoadingReadsEverything()
    {
        TwoStepLoad load(m_path);
        QVERIFY2(load.file, qPrintable(load.error));
        load.model.setEditor(load.editor.get());
        QVERIFY(load.model.isLoading());
        const QModelIndex cell = load.model.index(3, ItemTableModel::columnOf(Field::Level2));
        const qint64 id = load.model.data(cell, ItemTableModel::ItemIdRole).toLongLong();
        QVERIFY(load.model.setData(cell, QStringLiteral("改过的事项")));
        QVERIFY(!load.model.isLoading()); // the change ended the two-step load: everything read again
        QCOMPARE(load.model.rowCount(), 600);
        QCOMPARE(load.model.itemAt(load.model.rowOfId(id)).level2, QStringLiteral("改过的事项"));
        QCOMPARE(load.model.items(), load.file->items());
        load.stack.undo();
        QCOMPARE(load.model.itemAt(load.model.rowOfId(id)).level2, load.file->item(id)->level2);
        QVERIFY(load.model.itemAt(load.model.rowOfId(id)).level2 != QStringLiteral("改过的事项"));
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
