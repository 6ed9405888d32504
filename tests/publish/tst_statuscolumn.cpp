// The publication status in the main window, driven by real input events: the item table's status
// column as of a date typed in the 发布记录 dock, its filter box, the counts in the domain tree, and
// a calendar year typed into 添加日历年份 changing a status at once.
#include "MainWindow.h"
#include "PublishFixtures.h"
#include "calendar/WorkCalendar.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/PublicationStore.h"
#include "dialogs/CalendarYearDialog.h"
#include "dialogs/InspectionDialog.h"
#include "docks/PublicationPanel.h"
#include "exchange/XlsxReader.h"
#include "models/DomainTreeModel.h"
#include "models/ItemFilterProxy.h"
#include "models/ItemTableModel.h"
#include "widgets/FilterHeader.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace gkml;

namespace {
void typeDate(QDateEdit *edit, const char *iso)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, QString::fromLatin1(iso));
    QTest::keyClick(edit, Qt::Key_Tab);
}

PublicationRecord record(const QDate &published, const QDate &event)
{
    PublicationRecord r;
    r.channel = QStringLiteral("政府网站");
    r.publishedOn = published;
    r.eventOn = event;
    return r;
}
} // namespace

class TestStatusColumn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Calendar years typed in the dialog go here (read before the calendar is first used).
        m_calendarDir = m_dir.filePath(QStringLiteral("日历"));
        qputenv("GKML_CALENDAR_DIR", m_calendarDir.toUtf8());
        QVERIFY(!WorkCalendar::instance().hasData(2027));
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.gkml").arg(QTest::currentTestFunction()));
        QList<Item> items = publishfixtures::numberedItems(4);
        items[2].domain = items[3].domain = QStringLiteral("养老服务");
        publishfixtures::withhold(items[3]);
        publishfixtures::createCatalogue(m_path, items, &m_file);
    }

    void cleanup() { m_file.reset(); }

    void columnFilterAndTree()
    {
        PublicationStore store(*m_file);
        // 事项1: event 2026-09-24, due 2026-10-29, published 10-30 (late); 事项2 published 10-09 (on time);
        // 事项3 never; 事项4 withheld (no status even with a record).
        QVERIFY(!store.add({ 1 }, record(QDate(2026, 10, 30), QDate(2026, 9, 24)), {}).isEmpty());
        QVERIFY(!store.add({ 2 }, record(QDate(2026, 10, 9), QDate(2026, 9, 24)), {}).isEmpty());
        QVERIFY(!store.add({ 4 }, record(QDate(2026, 10, 9), QDate(2026, 9, 24)), {}).isEmpty());
        MainWindow w;
        openInWindow(w);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(w.model()->headerData(ItemTableModel::statusColumn(), Qt::Horizontal).toString(),
                 QStringLiteral("Publication status"));

        // The date typed in the dock drives the column.
        auto *panel = w.findChild<PublicationPanel *>(QStringLiteral("publications"));
        QVERIFY(panel);
        qobject_cast<QDockWidget *>(panel->parentWidget())->raise();
        QTRY_VERIFY(panel->asOfEdit()->isVisible());
        typeDate(panel->asOfEdit(), "2026-11-30");
        QCOMPARE(panel->asOfEdit()->date(), QDate(2026, 11, 30));
        QCOMPARE(statusOf(w, 1), QStringLiteral("Published late"));
        QCOMPARE(statusOf(w, 2), QStringLiteral("On time"));
        QCOMPARE(statusOf(w, 3), QStringLiteral("Never published"));
        QCOMPARE(statusOf(w, 4), QString());
        // Before 事项1 was published, its record did not exist yet.
        typeDate(panel->asOfEdit(), "2026-10-20");
        QCOMPARE(statusOf(w, 1), QStringLiteral("Never published"));
        QCOMPARE(statusOf(w, 2), QStringLiteral("On time"));
        typeDate(panel->asOfEdit(), "2026-11-30");

        // The domain tree counts what is not ok.
        DomainTreeModel *tree = w.domainModel();
        QCOMPARE(tree->indexOf(QStringLiteral("社会救助")).data().toString(),
                 QStringLiteral("社会救助 (2) · Published late 1"));
        QCOMPARE(tree->indexOf(QStringLiteral("养老服务")).data().toString(),
                 QStringLiteral("养老服务 (2) · Never published 1"));
        QVERIFY(tree->indexOf({}).data().toString().endsWith(
                QStringLiteral(" · Never published 1 · Published late 1")));

        // The status column's filter box: typing "late" keeps 事项1 only.
        QLineEdit *box = w.filterHeader()->filterBox(ItemTableModel::statusColumn());
        QVERIFY(box);
        w.table()->scrollTo(w.proxy()->index(0, ItemTableModel::statusColumn()));
        QTRY_VERIFY(box->isVisible());
        QTest::mouseClick(box, Qt::LeftButton);
        QTest::keyClicks(box, QStringLiteral("late"));
        QTRY_COMPARE(w.proxy()->rowCount(), 1);
        QCOMPARE(w.proxy()->index(0, 0).data(ItemTableModel::ItemIdRole).toLongLong(), 1);
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("never"));
        QTRY_COMPARE(w.proxy()->rowCount(), 1);
        QCOMPARE(w.proxy()->index(0, 0).data(ItemTableModel::ItemIdRole).toLongLong(), 3);
        QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(box, Qt::Key_Delete);
        QTRY_COMPARE(w.proxy()->rowCount(), 4);

        // The column is read-only: typing on it changes nothing.
        const QModelIndex cell = w.proxy()->mapFromSource(
                w.model()->index(w.model()->rowOfId(3), ItemTableModel::statusColumn()));
        w.table()->setCurrentIndex(cell);
        w.table()->setFocus();
        QTest::keyClicks(w.table(), QStringLiteral("ok"));
        QTest::keyClick(w.table(), Qt::Key_Return);
        QCOMPARE(statusOf(w, 3), QStringLiteral("Never published"));

        // A shorter 公开时限 typed for 事项2 (1 working day: due 2026-09-25): published late.
        QVERIFY(w.model()->setData(w.model()->indexOf(2, Field::Deadline),
                                   QStringLiteral("信息形成之日起1个工作日内")));
        QTRY_COMPARE(statusOf(w, 2), QStringLiteral("Published late"));
        QVERIFY(w.undoStack()->canUndo());
        w.undoStack()->undo();
        QTRY_COMPARE(statusOf(w, 2), QStringLiteral("On time"));

        // Removing 事项1's record in the dock: the column and the tree follow.
        w.table()->selectItem(1, Field::Level2);
        QTRY_COMPARE(panel->item(), 1);
        QCOMPARE(panel->table()->rowCount(), 1);
        const QRect row = panel->table()->visualItemRect(panel->table()->item(0, 1));
        QTest::mouseClick(panel->table()->viewport(), Qt::LeftButton, {}, row.center());
        QTest::mouseClick(panel->removeButton(), Qt::LeftButton);
        QCOMPARE(statusOf(w, 1), QStringLiteral("Never published"));
        QCOMPARE(tree->indexOf(QStringLiteral("社会救助")).data().toString(),
                 QStringLiteral("社会救助 (2) · Never published 1"));
    }

    void calendarYearFromTheDialog()
    {
        // Event Thu 2026-12-31, 20 working days. Without data for 2027, Friday 2027-01-01 counts as a
        // working day: due 2027-01-28 and a publication on 01-29 is late. With 元旦 a holiday, due 01-29.
        QVERIFY(!PublicationStore(*m_file)
                         .add({ 1 }, record(QDate(2027, 1, 29), QDate(2026, 12, 31)), {})
                         .isEmpty());
        MainWindow w;
        openInWindow(w);
        if (QTest::currentTestFailed())
            return;
        auto *panel = w.findChild<PublicationPanel *>(QStringLiteral("publications"));
        qobject_cast<QDockWidget *>(panel->parentWidget())->raise();
        QTRY_VERIFY(panel->asOfEdit()->isVisible());
        typeDate(panel->asOfEdit(), "2026-03-01");
        // The year section: Home, then one step up (typing a year over another is not taken).
        QTest::keyClick(panel->asOfEdit(), Qt::Key_Home);
        QTest::keyClick(panel->asOfEdit(), Qt::Key_Up);
        QCOMPARE(panel->asOfEdit()->date(), QDate(2027, 3, 1));
        QCOMPARE(statusOf(w, 1), QStringLiteral("Published late *")); // * counted Monday to Friday

        QAction *add = w.findChild<QAction *>(QStringLiteral("addCalendarYear"));
        QVERIFY(add);
        bool typed = false, refused = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<CalendarYearDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QSpinBox *year = dialog->yearBox();
            year->setFocus();
            QTest::keyClick(year, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(year, QStringLiteral("2027"));
            QCOMPARE(dialog->year(), 2027);
            // A date that does not exist is refused with a message; nothing is written.
            dialog->holidaysEdit()->setFocus();
            QTest::keyClicks(dialog->holidaysEdit(), QStringLiteral("2027-13-01"));
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
            refused = dialog->isVisible()
                    && dialog->messageLabel()->text().contains(QStringLiteral("2027-13-01"));
            QVERIFY(!QFile::exists(QDir(m_calendarDir).filePath(QStringLiteral("holidays-2027.json"))));
            QTest::keyClick(dialog->holidaysEdit(), Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(dialog->holidaysEdit(), QStringLiteral("2027-01-01"));
            QVERIFY(dialog->messageLabel()->text().isEmpty()); // the refusal goes once the dates change
            QTest::keyClick(dialog->holidaysEdit(), Qt::Key_Return);
            QTest::keyClicks(dialog->holidaysEdit(), QStringLiteral("2027-02-05~2027-02-11"));
            dialog->workDaysEdit()->setFocus();
            QTest::keyClicks(dialog->workDaysEdit(), QStringLiteral("2027-02-13"));
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
            typed = true;
        });
        add->trigger();
        QVERIFY(typed);
        QVERIFY(refused);
        // Saved where the calendar keeps user years, in holidays-cn.json's shape.
        QFile saved(QDir(m_calendarDir).filePath(QStringLiteral("holidays-2027.json")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject year = QJsonDocument::fromJson(saved.readAll())
                                         .object()
                                         .value(QStringLiteral("years"))
                                         .toObject()
                                         .value(QStringLiteral("2027"))
                                         .toObject();
        QCOMPARE(year.value(QStringLiteral("off")).toArray().size(), 8);
        QCOMPARE(year.value(QStringLiteral("work")).toArray().first().toString(),
                 QStringLiteral("2027-02-13"));
        // The status uses it at once: due 2027-01-29, on time, no warning.
        QTRY_COMPARE(statusOf(w, 1), QStringLiteral("On time"));
        QVERIFY(WorkCalendar::instance().hasData(2027));
        QVERIFY(!WorkCalendar::instance().isWorkingDay(QDate(2027, 1, 1)));
        QVERIFY(WorkCalendar::instance().isWorkingDay(QDate(2027, 2, 13)));
        // And a new calendar (the next start of the program) reads the file.
        QVERIFY(!WorkCalendar(QStringList { m_calendarDir }).isWorkingDay(QDate(2027, 2, 8)));
    }

    void inspectionExport()
    {
        QVERIFY(!PublicationStore(*m_file)
                         .add({ 1 }, record(QDate(2026, 10, 30), QDate(2026, 9, 24)), {})
                         .isEmpty());
        InspectionDialog dialog(m_file.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeDate(dialog.asOfEdit(), "2026-11-30");
        QCOMPARE(dialog.report().total().late, 1);
        QCOMPARE(dialog.report().total().never, 2);
        QStringList asked;
        QString answer = m_dir.filePath(QStringLiteral("自查报告")); // no suffix: the format's is added
        dialog.chooseSavePath = [&](const QString &suggestion, const QString &filter) {
            asked << suggestion + u'|' + filter;
            return answer;
        };
        QTest::mouseClick(dialog.exportXlsxButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().startsWith(QStringLiteral("self-inspection-20261130.xlsx|")));
        const XlsxReader::Result book = XlsxReader::readFile(answer + QStringLiteral(".xlsx"));
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        QCOMPARE(book.grids.size(), 4);
        const TableGrid &problems = book.grids.first();
        QCOMPARE(problems.rows.size(), 2 + 3); // title, header, 事项1 late, 事项2 and 事项3 never
        QVERIFY(problems.cell(2, 1).contains(QStringLiteral("事项1")));
        QCOMPARE(problems.cell(2, 4), QStringLiteral("2026-12-14 (10 working days)"));
        // The PDF of the same report.
        QTest::mouseClick(dialog.exportPdfButton(), Qt::LeftButton);
        QFile pdf(answer + QStringLiteral(".pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF"));
        // Cancelled: nothing written.
        answer.clear();
        const int before = int(QDir(m_dir.path()).entryList(QDir::Files).size());
        QTest::mouseClick(dialog.exportXlsxButton(), Qt::LeftButton);
        QCOMPARE(int(QDir(m_dir.path()).entryList(QDir::Files).size()), before);
    }

private:
    // The fixture catalogue closed here and opened in `w`, shown at 1400x900.
    void openInWindow(MainWindow &w)
    {
        m_file.reset();
        QVERIFY(w.openFile(m_path));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
    }

    QString statusOf(MainWindow &w, qint64 id) const
    {
        const int row = w.model()->rowOfId(id);
        return w.model()->index(row, ItemTableModel::statusColumn()).data().toString();
    }

    QTemporaryDir m_dir;
    QString m_calendarDir;
    QString m_path;
    std::unique_ptr<CatalogueFile> m_file;
};

QTEST_MAIN(TestStatusColumn)
#include "tst_statuscolumn.moc"
