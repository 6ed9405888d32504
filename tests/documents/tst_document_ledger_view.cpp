// The 公文登记 view driven as a clerk drives it: typing in the search box, ticking "only documents
// to return", editing a cell with the keyboard, undo/redo, assigning 索引号 (and undoing it), and
// the next transfer day; every change is checked in the file afterwards.
#include "MainWindow.h"
#include "TestFiles.h"
#include "UiTestSupport.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/DocumentStore.h"
#include "documents/DocumentFilterProxy.h"
#include "documents/DocumentLedgerWindow.h"
#include "documents/DocumentTableModel.h"
#include "documents/LedgerForms.h"
#include "documents/LedgerPdf.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QUndoStack>

using namespace gkml;
using gkml::test::chooseFile;
using gkml::test::whenModal;

namespace {
Document doc(const QString &no, const QDate &written, const QString &office, const QString &attribute,
             bool reviewed)
{
    Document d;
    d.docNo = no;
    d.title = QStringLiteral("关于%1的通知").arg(no);
    d.writtenOn = written;
    d.department = office;
    d.attribute = attribute;
    if (reviewed) {
        d.reviewer = QStringLiteral("张明");
        d.reviewedOn = written;
    }
    return d;
}

// QTest::keyClicks takes Latin-1 only: Chinese arrives as key events carrying the text, as an
// input method delivers it.
void typeChinese(QWidget *widget, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, text);
    QApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, text);
    QApplication::sendEvent(widget, &release);
}

TransferPlanner weekdays()
{
    return TransferPlanner([](const QDate &day, bool *outside) {
        if (outside)
            *outside = false;
        QDate d = day;
        while (d.dayOfWeek() > 5)
            d = d.addDays(1);
        return d;
    });
}
} // namespace

class TestDocumentLedgerView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogueFile> m_file;
    std::unique_ptr<DocumentStore> m_store;

private slots:
    void init()
    {
        static int n = 0;
        QString error;
        m_file = CatalogueFile::create(m_dir.filePath(QStringLiteral("v%1.gkml").arg(++n)),
                                       CatalogueInfo::withUnit(QStringLiteral("安溪县民政局")), &error);
        QVERIFY2(m_file, qPrintable(error));
        m_store = std::make_unique<DocumentStore>(m_file.get());
        QVERIFY(m_store->setIndexTemplate(QStringLiteral("003543211"),
                                          QStringLiteral("{org}/{year}-{seq:5}")));
        QList<Document> docs { doc(QStringLiteral("安民〔2026〕1号"), QDate(2026, 11, 2),
                                   QStringLiteral("社会救助股"), Document::proactive(), true),
                               doc(QStringLiteral("安民〔2026〕2号"), QDate(2026, 11, 3),
                                   QStringLiteral("办公室"), QString(), false),
                               doc(QStringLiteral("安民〔2026〕3号"), QDate(2026, 11, 4),
                                   QStringLiteral("办公室"), Document::onRequest(), true) };
        docs[2].reason = QStringLiteral("涉及个人信息");
        QVERIFY(m_store->insertAll(docs, QStringLiteral("test"), {}));
    }
    void cleanup()
    {
        m_store.reset();
        m_file.reset();
    }

    void filtersByTypingAndTicking()
    {
        DocumentLedgerWindow w(m_file.get(), weekdays());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.table()->model()->rowCount(), 3);
        QTest::keyClicks(w.searchBox(), QStringLiteral("11-04")); // 3号's date
        QCOMPARE(w.table()->model()->rowCount(), 1);
        w.searchBox()->clear();
        QTest::mouseClick(w.onlyToReturn(), Qt::LeftButton, {}, QPoint(5, w.onlyToReturn()->height() / 2));
        QVERIFY(w.onlyToReturn()->isChecked());
        QCOMPARE(w.table()->model()->rowCount(), 1);
        QCOMPARE(w.table()->model()->index(0, DocumentTableModel::DocNo).data().toString(),
                 QStringLiteral("安民〔2026〕2号"));
        w.onlyToReturn()->setChecked(false);
        w.departmentFilter()->setCurrentIndex(w.departmentFilter()->findData(QStringLiteral("办公室")));
        QCOMPARE(w.table()->model()->rowCount(), 2);
        // The live findings list names the unmarked, unreviewed document.
        QVERIFY(w.findingsList()->count() >= 2);
    }

    void editUndoRedoByKeyboard()
    {
        DocumentLedgerWindow w(m_file.get(), weekdays());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qint64 id = m_store->documents().at(1).id; // 2号, not marked
        const QModelIndex cell = w.table()->model()->index(1, DocumentTableModel::Attribute);
        w.table()->setCurrentIndex(cell);
        w.table()->setFocus();
        QTest::keyClick(w.table(), Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != w.table());
        typeChinese(editor, QStringLiteral("主动公开"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on Return through a queued call.
        QTRY_COMPARE(m_store->document(id)->attribute, Document::proactive());
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(m_store->document(id)->attribute.isEmpty());
        w.undoStack()->redo();
        QCOMPARE(m_store->document(id)->attribute, Document::proactive());
        // A date that is none is refused; the file keeps the old one.
        w.table()->setCurrentIndex(w.table()->model()->index(1, DocumentTableModel::WrittenOn));
        w.table()->model()->setData(w.table()->currentIndex(), QStringLiteral("2026-02-30"));
        QCOMPARE(m_store->document(id)->writtenOn, QDate(2026, 11, 3));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("2026-02-30")));
    }

    void assignIndexUnderUndo()
    {
        DocumentLedgerWindow w(m_file.get(), weekdays());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qint64 first = m_store->documents().at(0).id;
        const qint64 second = m_store->documents().at(1).id;
        w.table()->selectRow(0);
        w.assignAction()->trigger();
        QCOMPARE(m_store->document(first)->indexNo, QStringLiteral("003543211/2026-00001"));
        w.undoStack()->undo();
        QVERIFY(m_store->document(first)->indexNo.isEmpty());
        // The undone number is not given to the next document.
        w.table()->selectRow(1);
        w.assignAction()->trigger();
        QCOMPARE(m_store->document(second)->indexNo, QStringLiteral("003543211/2026-00002"));
        w.undoStack()->undo();
        w.undoStack()->redo();
        QCOMPARE(m_store->document(second)->indexNo, QStringLiteral("003543211/2026-00002"));
    }

    void addAndDeleteWithUndo()
    {
        DocumentLedgerWindow w(m_file.get(), weekdays());
        w.setToday(QDate(2026, 11, 30));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.addAction()->trigger();
        QCOMPARE(m_store->count(), 4);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        w.undoStack()->undo();
        QCOMPARE(m_store->count(), 3);
        const qint64 id = m_store->documents().at(2).id;
        w.table()->selectRow(w.table()->model()->rowCount() - 1);
        w.removeAction()->trigger();
        QCOMPARE(m_store->count(), 2);
        w.undoStack()->undo();
        QVERIFY(m_store->document(id));
    }

    // Import a ledger kept in a spreadsheet as a clerk does: the toolbar button, the file
    // dialog, the question saying how many documents; one undo step takes them all out again.
    void importLedgerFromToolbar()
    {
        DocumentLedgerWindow w(m_file.get(), weekdays());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QWidget *button
                = w.findChild<QToolBar *>(QStringLiteral("documentTools"))->widgetForAction(w.importAction());
        QVERIFY(button && button->isEnabled());
        QString asked;
        test::chooseFile(test::fixture(QStringLiteral("documents/ledger-simple.csv")));
        test::whenModal<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->text();
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(m_store->count(), 5);
        QVERIFY2(asked.contains(QStringLiteral("ledger-simple.csv")), qPrintable(asked));
        QVERIFY2(asked.contains(QLatin1Char('2')), qPrintable(asked));
        QStringList titles;
        for (const Document &d : m_store->documents())
            titles << d.title;
        QVERIFY(titles.contains(QStringLiteral("关于开展2026年度社会组织年检的通知")));
        QVERIFY(titles.contains(QStringLiteral("关于殡葬改革宣传月的通知")));
        QCOMPARE(w.table()->model()->rowCount(), 5);
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("ledger-simple.csv")));
        const QList<Document> imported = m_store->documents();
        w.undoStack()->undo();
        QCOMPARE(m_store->count(), 3);
        w.undoStack()->redo();
        QCOMPARE(m_store->documents(), imported); // back under the same ids
    }

    // The handover recorded from the window: the question names the day, the batch leaves the
    // pending list, the next day becomes the next one; the recorded list can be printed again.
    void recordHandoverAndReprint()
    {
        DocumentLedgerWindow w(m_file.get(), weekdays());
        w.setToday(QDate(2026, 11, 30));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.nextTransferDay().nominal, QDate(2026, 12, 5));
        QCOMPARE(w.nextTransferDay().due, QDate(2026, 12, 7)); // a Saturday: the Monday after
        QWidget *record
                = w.findChild<QToolBar *>(QStringLiteral("documentTools"))->widgetForAction(w.recordAction());
        QVERIFY(record);
        // No: nothing recorded.
        whenModal<QMessageBox>(
                [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton); });
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY(m_store->batches().isEmpty());
        QString asked;
        whenModal<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->text();
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(record, Qt::LeftButton);
        QTRY_COMPARE(m_store->batches().size(), 1);
        QVERIFY2(asked.contains(QStringLiteral("2026")), qPrintable(asked));
        const TransferBatch batch = m_store->batches().first();
        QCOMPARE(batch.nominal, QDate(2026, 12, 5));
        QCOMPARE(batch.due, QDate(2026, 12, 7));
        QCOMPARE(m_store->documentsIn(batch.id).size(), 1);
        QCOMPARE(m_store->documentsIn(batch.id).first().docNo, QStringLiteral("安民〔2026〕1号"));
        QCOMPARE(w.nextTransferDay().nominal, QDate(2026, 12, 20));
        QVERIFY2(!w.nextTransferLabel()->text().contains(QStringLiteral("1号")),
                 qPrintable(w.nextTransferLabel()->text()));
        // Nothing is due for the next day: no question, no batch.
        QTest::mouseClick(record, Qt::LeftButton);
        QCOMPARE(m_store->batches().size(), 1);
        QVERIFY2(asked.contains(QStringLiteral("Undo")), qPrintable(asked)); // the question says Undo works

        // A handover recorded by mistake: Ctrl+Z takes it back, the document is pending again;
        // redo records it once more. Each step is on disk.
        w.activateWindow(); // the question had the focus
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.table()->setFocus();
        QVERIFY(!w.statusBar()->currentMessage().isEmpty()); // "Nothing is due …" from the click above
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(m_store->batches().isEmpty());
        QVERIFY2(w.statusBar()->currentMessage().isEmpty(), qPrintable(w.statusBar()->currentMessage()));
        QCOMPARE(w.nextTransferDay().nominal, QDate(2026, 12, 5));
        QCOMPARE(TransferPlanner::batch(m_store->documents(), QDate(2026, 12, 5)).size(), 1);
        w.undoStack()->redo();
        QCOMPARE(m_store->batches().size(), 1);
        QCOMPARE(m_store->documentsIn(m_store->batches().first().id).size(), 1);
        QCOMPARE(w.nextTransferDay().nominal, QDate(2026, 12, 20));

        // Reprint: the recorded day chosen, the file named, the list written again.
        const QString pdf = m_dir.filePath(QStringLiteral("补打移交清单.pdf"));
        whenModal<QInputDialog>([](QInputDialog *d) {
            QCOMPARE(d->comboBoxItems().size(), 1);
            QVERIFY(d->comboBoxItems().first().startsWith(QStringLiteral("2026-12-05")));
            d->accept();
        });
        chooseFile(pdf);
        w.reprintTransferList();
        QTRY_VERIFY(QFileInfo(pdf).size() > 1000);
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext not installed: the list's text is not compared");
        QProcess p;
        p.start(pdftotext, { QStringLiteral("-raw"), pdf, QStringLiteral("-") });
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).remove(QLatin1Char('\n'));
        QCOMPARE(text.count(QStringLiteral("关于安民〔2026〕1号的通知")),
                 2); // one per copy (archives, library)
        QVERIFY(!text.contains(QStringLiteral("安民〔2026〕3号")));
    }

    // Answering No, or a file that is not a ledger: the register and the undo stack stay as they were.
    void importLedgerChangesNothingUnlessAccepted()
    {
        DocumentLedgerWindow w(m_file.get(), weekdays());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QList<Document> before = m_store->documents();
        test::whenModal<QMessageBox>(
                [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton); });
        w.importLedgerFile(test::fixture(QStringLiteral("documents/ledger-simple.csv")));
        QCOMPARE(m_store->documents(), before);
        QCOMPARE(w.undoStack()->count(), 0);

        QTemporaryDir dir;
        const QString notLedger = dir.filePath(QStringLiteral("名单.csv"));
        QVERIFY(test::writeFile(notLedger, "姓名,电话\n张三,123\n"));
        w.importLedgerFile(notLedger);
        QCOMPARE(m_store->documents(), before);
        QCOMPARE(w.undoStack()->count(), 0);
        QVERIFY2(w.statusBar()->currentMessage().startsWith(QStringLiteral("名单.csv: ")),
                 qPrintable(w.statusBar()->currentMessage()));
    }

    // With GKML_SCREENSHOT_DIR set (docs/images), saves the view and the 移交清单 of its next batch
    // as a clerk sees them, with the translation in GKML_SCREENSHOT_QM when given.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("GKML_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("GKML_SCREENSHOT_DIR not set");
        QTranslator translator;
        if (translator.load(qEnvironmentVariable("GKML_SCREENSHOT_QM")))
            QCoreApplication::installTranslator(&translator);
        QList<Document> more { doc(QStringLiteral("安民〔2026〕4号"), QDate(2026, 11, 10),
                                   QStringLiteral("养老服务股"), Document::proactive(), true),
                               doc(QStringLiteral("安民〔2026〕5号"), QDate(2026, 11, 12),
                                   QStringLiteral("社会事务股"), Document::withheld(), true),
                               doc(QStringLiteral("安民〔2026〕6号"), QDate(2026, 11, 16),
                                   QStringLiteral("社会救助股"), Document::proactive(), true) };
        more[0].title = QStringLiteral("关于开展2026年冬季养老机构消防安全检查的通知");
        more[1].title = QStringLiteral("关于某某同志任职的通知");
        more[2].title = QStringLiteral("关于提高城乡最低生活保障标准的通知");
        more[2].docType = Document::normative();
        QVERIFY(m_store->insertAll(more, QStringLiteral("test"), {}));
        DocumentLedgerWindow w(m_file.get(), weekdays());
        w.setToday(QDate(2026, 11, 30));
        w.resize(1360, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.table()->selectRow(0);
        w.assignAction()->trigger();
        w.table()->selectRow(3);
        w.assignAction()->trigger();
        QTest::qWait(50);
        QVERIFY(w.grab().save(dir + QStringLiteral("/documents-ledger.png")));
        // The 移交清单 of that batch, to look at as PNG pages (pdftoppm) in the same language.
        if (const QString pdf = qEnvironmentVariable("GKML_SCREENSHOT_PDF"); !pdf.isEmpty()) {
            QString error;
            const TransferPlanner::Day day = weekdays().next(QDate(2026, 11, 30));
            QVERIFY2(LedgerPdf::write(LedgerForms::transferList(
                                              QStringLiteral("安溪县民政局"), day,
                                              TransferPlanner::batch(m_store->documents(), day.nominal)),
                                      QStringLiteral("移交清单"), pdf, &error),
                     qPrintable(error));
        }
        QCoreApplication::removeTranslator(&translator);
    }

    void openedFromTheMainWindow()
    {
        const QString path = m_file->path();
        m_store.reset();
        m_file.reset(); // the main window takes the file (and its lock)
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(path));
        QAction *open = nullptr;
        for (QAction *menu : w.menuBar()->actions()) {
            for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
                if (a->text().contains(QStringLiteral("Document Register")))
                    open = a;
            }
        }
        QVERIFY(open && open->isEnabled());
        open->trigger();
        QPointer<DocumentLedgerWindow> ledger = w.findChild<DocumentLedgerWindow *>();
        QVERIFY(ledger && ledger->isVisible());
        QCOMPARE(ledger->table()->model()->rowCount(), 3);
        // Editing in the register goes to the main window's file.
        ledger->table()->model()->setData(ledger->table()->model()->index(0, DocumentTableModel::Reviewer),
                                          QStringLiteral("李华"));
        DocumentStore check(w.catalogue());
        QCOMPARE(check.documents().at(0).reviewer, QStringLiteral("李华"));
        // Closing the file closes the register (it points at the file).
        w.closeCatalogue();
        QVERIFY(!ledger);
        QVERIFY(!open->isEnabled());
    }

    void nextTransferDay()
    {
        DocumentLedgerWindow w(m_file.get(), weekdays());
        w.setToday(QDate(2026, 11, 21));
        // 2026-12-05 is a Saturday: due Monday 12-07; only 1号 (reviewed 主动公开) goes.
        const QString text = w.nextTransferLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("安民〔2026〕1号")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("安民〔2026〕3号")));
        QVERIFY(text.contains(QStringLiteral("2026")) && text.contains(QStringLiteral("12")));
    }
};

QTEST_MAIN(TestDocumentLedgerView)
#include "tst_document_ledger_view.moc"
