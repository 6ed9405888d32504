// CatalogueSession: open/create/close with their signals, the recent-files list, reopening the
// last file, read-only when another session holds the lock, and errors that keep the open file.
#include "TestFiles.h"
#include "UiTestSupport.h"
#include "commands/CatalogueEditor.h"
#include "session/CatalogueSession.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QUndoStack>

using namespace gkml;
using namespace gkml::test;

class TestCatalogueSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { useTestSettings(QStringLiteral("gkml-test-session")); }
    void init() { QSettings().clear(); }

    void openCloseSignalsInOrder()
    {
        QTemporaryDir dir;
        const QString path = makeCatalogue(dir);
        CatalogueSession session;
        QStringList order;
        connect(&session, &CatalogueSession::opened, this, [&] { order << QStringLiteral("opened"); });
        connect(&session, &CatalogueSession::aboutToClose, this, [&] {
            QVERIFY(session.editor()); // still there for the views to let go of
            order << QStringLiteral("aboutToClose");
        });
        connect(&session, &CatalogueSession::closed, this, [&] {
            QVERIFY(!session.file());
            order << QStringLiteral("closed");
        });
        QVERIFY(session.open(path));
        QVERIFY(session.isWritable());
        QVERIFY(session.editor()->setField(session.file()->items().first().id, Field::Deadline,
                                           QStringLiteral("5个工作日")));
        QCOMPARE(session.undoStack()->count(), 1);
        session.close();
        QCOMPARE(session.undoStack()->count(), 0); // undo does not outlive its file
        QCOMPARE(order,
                 (QStringList { QStringLiteral("opened"), QStringLiteral("aboutToClose"),
                                QStringLiteral("closed") }));
        session.close(); // twice: nothing
        QCOMPARE(order.size(), 3);
    }

    void createPutsStartItemsWithoutUndo()
    {
        QTemporaryDir dir;
        CatalogueSession session;
        CatalogueInfo info;
        info.unit = QStringLiteral("安溪县民政局");
        const QString path = dir.filePath(QStringLiteral("新建.gkml"));
        QVERIFY(session.create(path, info,
                               { makeItem(QStringLiteral("社会救助"), QStringLiteral("临时救助"),
                                          QStringLiteral("审批信息")) }));
        QCOMPARE(session.file()->itemCount(), 1);
        QCOMPARE(session.undoStack()->count(), 0);
        QCOMPARE(session.recentFiles().value(0), session.file()->path());
    }

    void errorKeepsTheOpenFile()
    {
        QTemporaryDir dir;
        const QString path = makeCatalogue(dir);
        const QString bogus = dir.filePath(QStringLiteral("坏.gkml"));
        QVERIFY(writeFile(bogus, "not a database"));
        CatalogueSession session;
        QVERIFY(session.open(path));
        QSignalSpy errors(&session, &CatalogueSession::errorOccurred);
        QVERIFY(!session.open(bogus));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().at(0).toString().contains(QStringLiteral("坏.gkml")));
        QVERIFY(session.file());
        QCOMPARE(session.file()->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!session.lastError().isEmpty());
    }

    void recentFilesMostRecentFirstAndBounded()
    {
        QTemporaryDir dir;
        CatalogueSession session;
        QSignalSpy changed(&session, &CatalogueSession::recentFilesChanged);
        QStringList paths;
        for (int i = 0; i < CatalogueSession::kMaxRecent + 2; ++i)
            paths << makeCatalogue(dir, QStringLiteral("目录%1.gkml").arg(i));
        for (const QString &p : paths)
            QVERIFY(session.open(p));
        QVERIFY(session.open(paths.at(3))); // again: moves to the top, not twice in the list
        const QStringList recent = session.recentFiles();
        QCOMPARE(recent.size(), CatalogueSession::kMaxRecent);
        QCOMPARE(QFileInfo(recent.first()).fileName(), QStringLiteral("目录3.gkml"));
        QCOMPARE(recent.count(recent.first()), 1);
        QCOMPARE(changed.count(), paths.size() + 1);
    }

    void reopenLastOpensTheMostRecentFile()
    {
        QTemporaryDir dir;
        const QString path = makeCatalogue(dir);
        {
            CatalogueSession first;
            QVERIFY(first.open(path));
        }
        CatalogueSession next;
        QVERIFY(next.reopenLast());
        QCOMPARE(next.file()->path(), QFileInfo(path).absoluteFilePath());
        next.close();
        QVERIFY(QFile::remove(path));
        CatalogueSession gone;
        QVERIFY(!gone.reopenLast()); // a vanished file is not an error dialog at start-up
        QVERIFY(!gone.file());
    }

    void secondSessionIsReadOnly()
    {
        QTemporaryDir dir;
        const QString path = makeCatalogue(dir);
        CatalogueSession first, second;
        QVERIFY(first.open(path));
        QVERIFY(second.open(path));
        QVERIFY(first.isWritable());
        QVERIFY(!second.isWritable());
        QVERIFY(second.editor()->isReadOnly());
    }
};

QTEST_MAIN(TestCatalogueSession)
#include "tst_cataloguesession.moc"
