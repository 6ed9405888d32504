// The publication GUI driven by real input events: 登记发布 for several items, the refusal of an
// evidence file over the limit, the dock's records (remove), the 考核自查 dialog's filter and counts.
#include "MainWindow.h"
#include "PublishFixtures.h"
#include "TestFiles.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/PublicationStore.h"
#include "dialogs/InspectionDialog.h"
#include "dialogs/PublishDialog.h"
#include "docks/PublicationPanel.h"
#include "models/FindingsModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDockWidget>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace gkml;

namespace {
using gkml::test::sha256;

// Chinese text arrives through the input method (QTest::keyClicks only knows ASCII keys).
void typeChinese(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

void typeDate(QDateEdit *edit, const char *iso)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, QString::fromLatin1(iso));
    QTest::keyClick(edit, Qt::Key_Tab);
}
} // namespace

class TestPublishUi : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.gkml").arg(QTest::currentTestFunction()));
        QList<Item> items = publishfixtures::numberedItems(3);
        items[2].domain = QStringLiteral("养老服务");
        items[2].department = QStringLiteral("养老服务股");
        publishfixtures::createCatalogue(m_path, items, &m_file);
    }

    void cleanup() { m_file.reset(); }

    void publishSeveralItems()
    {
        PublishDialog dialog(m_file.get(), { 1, 2 });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *channel = dialog.channelBox()->lineEdit();
        channel->setFocus();
        QTest::keyClick(channel, Qt::Key_A, Qt::ControlModifier);
        typeChinese(channel, QStringLiteral("村公示栏"));
        typeDate(dialog.publishedEdit(), "2026-10-09");
        QCOMPARE(dialog.publishedEdit()->date(), QDate(2026, 10, 9));
        QTest::mouseClick(dialog.eventCheck(), Qt::LeftButton, {},
                          QPoint(5, dialog.eventCheck()->height() / 2));
        QVERIFY(dialog.eventEdit()->isEnabled());
        typeDate(dialog.eventEdit(), "2026-09-24");
        typeChinese(dialog.whereEdit(), QStringLiteral("城厢镇各村公示栏"));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.recordIds().size(), 2);
        // Read back from the file itself.
        const QString path = m_file->path();
        m_file.reset();
        QString error;
        auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error);
        PublicationStore store(*file);
        for (qint64 item : { 1, 2 }) {
            const auto records = store.records(item);
            QCOMPARE(records.size(), 1);
            QCOMPARE(records[0].channel, QStringLiteral("村公示栏"));
            QCOMPARE(records[0].publishedOn, QDate(2026, 10, 9));
            QCOMPARE(records[0].eventOn, QDate(2026, 9, 24));
            QCOMPARE(records[0].where, QStringLiteral("城厢镇各村公示栏"));
        }
        QVERIFY(store.records(3).isEmpty());
    }

    void evidenceTooLargeIsRefused()
    {
        const QString big = m_dir.filePath(QStringLiteral("大照片.jpg"));
        QVERIFY(gkml::test::writeFileOfSize(big, PublicationStore::kMaxEvidenceBytes + 1));
        const QByteArray before = sha256(m_path);
        PublishDialog dialog(m_file.get(), { 1 });
        dialog.show();
        dialog.addEvidence(big);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("大照片.jpg")));
        QCOMPARE(PublicationStore(*m_file).recordCount(), 0);
        QCOMPARE(sha256(m_path), before);
    }

    void panelListsAndRemoves()
    {
        PublicationStore store(*m_file);
        PublicationRecord r;
        r.channel = QStringLiteral("政府网站");
        r.publishedOn = QDate(2026, 10, 9);
        r.eventOn = QDate(2026, 9, 24);
        QVERIFY(!store.add({ 1 }, r, {}).isEmpty());
        r.publishedOn = QDate(2026, 11, 2);
        QVERIFY(!store.add({ 1 }, r, {}).isEmpty());
        PublicationPanel panel;
        panel.setCatalogue(m_file.get());
        panel.setAsOf(QDate(2026, 11, 30));
        panel.setItem(1);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.table()->rowCount(), 2);
        QCOMPARE(panel.table()->item(0, 0)->text(), QStringLiteral("2026-11-02")); // newest first
        QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("2026-10-29")));
        QSignalSpy changed(&panel, &PublicationPanel::publicationsChanged);
        const QRect cell = panel.table()->visualItemRect(panel.table()->item(0, 1));
        QTest::mouseClick(panel.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(panel.removeButton()->isEnabled());
        QTest::mouseClick(panel.removeButton(), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.table()->rowCount(), 1);
        QCOMPARE(store.records(1).size(), 1);
        QCOMPARE(store.records(1).first().publishedOn, QDate(2026, 10, 9));
        // The update cycle chosen in the dock is in the file.
        panel.cycleBox()->setFocus();
        const int monthly = panel.cycleBox()->findData(QStringLiteral("每月"));
        while (panel.cycleBox()->currentIndex() < monthly)
            QTest::keyClick(panel.cycleBox(), Qt::Key_Down);
        QCOMPARE(store.cycle(1), QStringLiteral("每月"));
        QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("2026-11-09"))); // stale since 11-09
    }

    void inspectionDialog()
    {
        PublicationStore store(*m_file);
        PublicationRecord r;
        r.channel = QStringLiteral("政府网站");
        r.publishedOn = QDate(2026, 10, 30);
        r.eventOn = QDate(2026, 9, 24); // due 2026-10-29: late
        QVERIFY(!store.add({ 1 }, r, {}).isEmpty());
        InspectionDialog dialog(m_file.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeDate(dialog.asOfEdit(), "2026-11-30");
        QCOMPARE(dialog.report().asOf(), QDate(2026, 11, 30));
        QCOMPARE(dialog.itemTable()->rowCount(), 3);
        QCOMPARE(dialog.report().total().late, 1);
        QCOMPARE(dialog.report().total().never, 2);
        // Show only the never-published items.
        QComboBox *filter = dialog.statusFilter();
        filter->setFocus();
        const int never = filter->findData(QStringLiteral("never"));
        while (filter->currentIndex() < never)
            QTest::keyClick(filter, Qt::Key_Down);
        int visible = 0;
        for (int row = 0; row < dialog.itemTable()->rowCount(); ++row)
            visible += dialog.itemTable()->isRowHidden(row) ? 0 : 1;
        QCOMPARE(visible, 2);
        // One office only.
        QComboBox *office = dialog.departmentFilter();
        office->setFocus();
        const int elderly = office->findData(QStringLiteral("养老服务股"));
        while (office->currentIndex() < elderly)
            QTest::keyClick(office, Qt::Key_Down);
        QCOMPARE(dialog.itemTable()->rowCount(), 1);
        QCOMPARE(dialog.problemTable()->rowCount(), 1);
        QTreeWidgetItem *byDomain = dialog.countTree()->topLevelItem(0);
        QCOMPARE(byDomain->text(1), QStringLiteral("1"));
    }

    void liveFindingsInTheMainWindow()
    {
        PublicationRecord r;
        r.channel = QStringLiteral("政府网站");
        r.publishedOn = QDate(2026, 10, 30);
        r.eventOn = QDate(2026, 9, 24); // due 2026-10-29: late
        QVERIFY(!PublicationStore(*m_file).add({ 1 }, r, {}).isEmpty());
        const QString path = m_file->path();
        m_file.reset();
        MainWindow w;
        QVERIFY(w.openFile(path));
        w.show();
        auto codes = [&w] {
            QStringList list;
            for (const Finding &f : w.findingsModel()->findings())
                if (f.code.startsWith(QLatin1String("publication-")))
                    list.append(QStringLiteral("%1:%2").arg(f.item).arg(f.code));
            return list;
        };
        QTRY_COMPARE(
                codes(),
                (QStringList { QStringLiteral("1:publication-late"), QStringLiteral("2:publication-never"),
                               QStringLiteral("3:publication-never") }));
        // The dock shows the current item's record; removing it there updates the findings.
        auto *panel = w.findChild<PublicationPanel *>(QStringLiteral("publications"));
        QVERIFY(panel);
        QCOMPARE(panel->item(), 1);
        QCOMPARE(panel->table()->rowCount(), 1);
        auto *dock = qobject_cast<QDockWidget *>(panel->parentWidget());
        QVERIFY(dock);
        dock->raise(); // tabbed with the findings: bring it to the front
        QTRY_VERIFY(panel->table()->isVisible());
        const QRect cell = panel->table()->visualItemRect(panel->table()->item(0, 1));
        QTest::mouseClick(panel->table()->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(panel->removeButton()->isEnabled());
        QTest::mouseClick(panel->removeButton(), Qt::LeftButton);
        QCOMPARE(panel->table()->rowCount(), 0);
        QTRY_COMPARE(codes(), QStringList {}); // no record left at all: no publication findings
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CatalogueFile> m_file;
};

QTEST_MAIN(TestPublishUi)
#include "tst_publishui.moc"
