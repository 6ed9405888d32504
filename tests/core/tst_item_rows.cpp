// ItemRows (issue 17): the two readers of many items - SQLite's C API on the Qt driver's
// connection, and Qt Sql with the columns joined - give the same items, byte for byte, on values a
// hostile file can hold (NUL, U+001F, bytes that are not UTF-8, a lone surrogate), share equal
// values, see the connection's own uncommitted changes, and report a read error.
#include "TestItems.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/ItemRows.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace gkml;

namespace {

Item plainItem(int n)
{
    Item it = test::makeItem(QStringLiteral("社会救助"), QStringLiteral("最低生活保障"),
                             QStringLiteral("审批信息（第%1项）").arg(n));
    it.seq = n;
    it.content = QStringLiteral("低保对象名单"); // the same for every row: shared when read
    it.owner = QStringLiteral("县级人民政府民政部门");
    return it;
}

QList<Item> readAll(const QSqlDatabase &db, ItemRows::Reader reader,
                    const QString &tail = QStringLiteral("ORDER BY id"), const QVariantList &bindings = {})
{
    ItemRows rows(db, reader);
    QList<Item> items;
    if (!rows.exec(tail, bindings))
        return items;
    Item it;
    while (rows.next(&it))
        items.append(it);
    return items;
}

} // namespace

class TestItemRows : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_file = CatalogueFile::create(m_dir.filePath(QStringLiteral("rows%1.gkml").arg(++m_count)),
                                       CatalogueInfo::withUnit(QStringLiteral("县民政局")), &error);
        QVERIFY2(m_file, qPrintable(error));
    }
    void cleanup() { m_file.reset(); }

    void debianBuildReadsThroughSqlite()
    {
        // The fast reader is in every Linux build made from Debian's packages; Windows has Qt Sql.
#ifdef Q_OS_LINUX
        QVERIFY(ItemRows::sqliteApiBuilt());
        QCOMPARE(ItemRows(m_file->database()).reader(), ItemRows::Reader::SqliteApi);
#else
        QCOMPARE(ItemRows(m_file->database()).reader(), ItemRows::Reader::QtSql);
#endif
        QCOMPARE(ItemRows(m_file->database(), ItemRows::Reader::QtSql).reader(), ItemRows::Reader::QtSql);
    }

    void bothReadersGiveTheSameItems()
    {
        QList<Item> items;
        for (int n = 1; n <= 5; ++n)
            items << plainItem(n);
        Item odd = plainItem(6);
        odd.level2 = QStringLiteral("含\x1F分隔符");
        odd.content = QStringLiteral("a\x1Fb\x01c");
        odd.note = QStringLiteral("before") + QChar(0) + QStringLiteral("after"); // a NUL stays
        odd.channels = { QStringLiteral("政府网站"), QStringLiteral("x") + QChar(0) + QStringLiteral("y") };
        odd.basis = QStringLiteral("𠀀 emoji 🙂 and U+3000:\u3000");
        odd.withheld = true;
        odd.withheldBasis = QStringLiteral("条例第十四条");
        items << odd;
        QVERIFY(m_file->insertItems(items, QStringLiteral("t.csv")));
        QSqlQuery q(m_file->database());
        // Bytes another program wrote: not UTF-8 (0xFF), a truncated sequence, an encoded surrogate.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO item(domain, seq, level1, level2, owner, note) VALUES "
                                      "('社会救助', 7, CAST(x'e69c80ff41' AS TEXT), CAST(x'e4b8' AS TEXT), "
                                      "CAST(x'eda080e58ebf' AS TEXT), CAST(x'c0af' AS TEXT))")));
        const QList<Item> fast = readAll(m_file->database(), ItemRows::Reader::Best);
        const QList<Item> joined = readAll(m_file->database(), ItemRows::Reader::QtSql);
        QCOMPARE(fast.size(), 7);
        QCOMPARE(joined.size(), 7);
        for (int i = 0; i < 7; ++i)
            QVERIFY2(fast.at(i) == joined.at(i), qPrintable(QStringLiteral("row %1").arg(i + 1)));
        for (int i = 0; i < 6; ++i) { // what was written comes back exactly, ids aside
            Item expected = items.at(i);
            expected.id = fast.at(i).id;
            QCOMPARE(fast.at(i), expected);
        }
        QCOMPARE(fast.at(5).note.size(), 12);
        QCOMPARE(fast.at(6).level1.left(1), QStringLiteral("最"));
        QVERIFY(fast.at(6).level1.contains(QChar(QChar::ReplacementCharacter)));
        // CatalogueFile reads through the best reader, in display order.
        const QList<Item> loaded = m_file->items();
        QCOMPARE(loaded.size(), 7);
        QCOMPARE(loaded.last(), fast.last());
    }

    void equalValuesShareData()
    {
        QList<Item> items { plainItem(1), plainItem(2), plainItem(3) };
        items[2].owner = QStringLiteral("乡镇人民政府");
        QVERIFY(m_file->insertItems(items, QStringLiteral("t.csv")));
        for (ItemRows::Reader reader : { ItemRows::Reader::Best, ItemRows::Reader::QtSql }) {
            const QList<Item> read = readAll(m_file->database(), reader);
            QCOMPARE(read.size(), 3);
            QCOMPARE(read[1].owner.constData(), read[0].owner.constData());
            QVERIFY(read[2].owner.constData() != read[0].owner.constData());
            QCOMPARE(read[2].basis.constData(), read[0].basis.constData()); // across a change elsewhere
            QCOMPARE(read[2].channels.constData(), read[0].channels.constData());
            QVERIFY(read[1].level2 != read[0].level2);
        }
    }

    void bindingsAndLimits()
    {
        QList<Item> items { plainItem(3), plainItem(1), plainItem(2) };
        items[1].domain = QStringLiteral("养老服务");
        QVERIFY(m_file->insertItems(items, QStringLiteral("t.csv")));
        for (ItemRows::Reader reader : { ItemRows::Reader::Best, ItemRows::Reader::QtSql }) {
            const QList<Item> read = readAll(m_file->database(), reader,
                                             QStringLiteral("WHERE domain = ? ORDER BY seq, id LIMIT ?"),
                                             { QStringLiteral("社会救助"), 5 });
            QCOMPARE(read.size(), 2);
            QCOMPARE(read[0].seq, 2);
            QCOMPARE(read[1].seq, 3);
            QCOMPARE(readAll(m_file->database(), reader, QStringLiteral("LIMIT ?"), { 1 }).size(), 1);
        }
        QCOMPARE(m_file->firstItems(2).size(), 2);
        QCOMPARE(m_file->firstItems(2).first().domain, QStringLiteral("社会救助"));
    }

    void seesTheConnectionsOwnTransaction()
    {
        // The C API reads on the driver's connection: an open transaction's rows are there.
        QList<Item> items { plainItem(1) };
        QVERIFY(m_file->insertItems(items, QStringLiteral("t.csv")));
        QSqlDatabase db = m_file->database();
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE item SET owner = '城厢镇人民政府'")));
        QCOMPARE(readAll(db, ItemRows::Reader::Best).first().owner, QStringLiteral("城厢镇人民政府"));
        QVERIFY(db.rollback());
        QCOMPARE(readAll(db, ItemRows::Reader::Best).first().owner, QStringLiteral("县级人民政府民政部门"));
    }

    void badSqlIsAnError()
    {
        for (ItemRows::Reader reader : { ItemRows::Reader::Best, ItemRows::Reader::QtSql }) {
            ItemRows rows(m_file->database(), reader);
            QVERIFY(!rows.exec(QStringLiteral("WHERE no_such_column = 1")));
            QVERIFY(rows.error().isValid());
            QCOMPARE(rows.error().nativeErrorCode(), QStringLiteral("1")); // SQLITE_ERROR, as Qt reports it
            Item it;
            QVERIFY(!rows.next(&it));
        }
    }

    void aFileDamagedWhileOpenIsAnError()
    {
        // The file passes the check on opening, then another program spoils pages in the middle:
        // reading every item stops with SQLite's "damaged" and says so - for both readers and for
        // items(), which the export, the check and the package rely on not to pass part of the
        // catalogue for the whole.
        QList<Item> items;
        const QString longText = QString(QStringLiteral("低保对象名单及相关信息")).repeated(60);
        for (int n = 1; n <= 4000; ++n) {
            Item it = plainItem(n);
            it.content = longText + QString::number(n); // ~1.3 KB a row: the table spans ~6 MB
            items << it;
        }
        QVERIFY(m_file->insertItems(items, QStringLiteral("t.csv")));
        const QString path = m_file->path();
        m_file.reset();
        QString error;
        m_file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error);
        QVERIFY2(m_file, qPrintable(error));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 pageSize = 4096, pages = f.size() / pageSize;
            QVERIFY(pages > 1000);
            for (qint64 page = pages / 10; page < pages / 3; ++page) {
                QVERIFY(f.seek(page * pageSize));
                f.write(QByteArray(pageSize, '\xff'));
            }
        }
        for (ItemRows::Reader reader : { ItemRows::Reader::Best, ItemRows::Reader::QtSql }) {
            ItemRows rows(m_file->database(), reader);
            Item it;
            int read = 0;
            if (rows.exec(QStringLiteral("ORDER BY id"))) // Qt Sql steps to the first row in exec()
                while (rows.next(&it))
                    ++read;
            QVERIFY2(read < 4000, qPrintable(QString::number(read)));
            QVERIFY(rows.error().isValid());
            QCOMPARE(rows.error().nativeErrorCode().toInt() & 0xff, 11); // SQLITE_CORRUPT
        }
        bool ok = true;
        const QList<Item> partial = m_file->items(&ok);
        QVERIFY(!ok);
        QVERIFY(partial.size() < 4000);
        QVERIFY2(m_file->errorString().contains(QStringLiteral("damaged")),
                 qPrintable(m_file->errorString()));
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<CatalogueFile> m_file;
};

QTEST_GUILESS_MAIN(TestItemRows)
#include "tst_item_rows.moc"
