// Issue 19, point 4: a column the whole file lacks (here 公开层级) is one finding, and the finding
// offers the fix: Enter on it opens the choice, a value typed there fills every item in one undo
// step, Ctrl+Z takes it back - checked in the file.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "catalogue/CatalogueFile.h"
#include "dialogs/ColumnFillDialog.h"
#include "docks/FindingsPanel.h"
#include "models/FindingsModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gkml;
using namespace gkml::test;

namespace {

QString makeCatalogueWithoutLevel(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("无层级.gkml"));
    QList<Item> items;
    for (const char *l2 : { "政策法规文件", "办事指南", "审核信息" })
        items << itemWithoutLevel(QStringLiteral("社会救助"), QStringLiteral("最低生活保障"),
                                  QString::fromUtf8(l2));
    createCatalogue(path, CatalogueInfo::withUnit(QStringLiteral("某县民政局")), items);
    return path;
}

int findingRow(const FindingsModel *model, const QString &code)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->findingAt(r).code == code)
            return r;
    }
    return -1;
}

} // namespace

class TestColumnFillGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { useTestSettings(); }

    void enterOnTheFindingFillsTheColumn()
    {
        QTemporaryDir dir;
        const QString path = makeCatalogueWithoutLevel(dir);
        MainWindow w;
        QVERIFY(showActive(&w));
        QVERIFY(w.openFile(path));
        FindingsPanel *panel = w.findingsPanel();
        const auto *model = qobject_cast<const FindingsModel *>(panel->view()->model());
        QVERIFY(model);
        QTRY_VERIFY(findingRow(model, QStringLiteral("column-missing")) >= 0);
        // One finding for the column, no required-missing per row.
        QCOMPARE(findingRow(model, QStringLiteral("required-missing")), -1);
        const int row = findingRow(model, QStringLiteral("column-missing"));

        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ColumnFillDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QComboBox *value = dialog->valueBox();
            value->setFocus();
            value->lineEdit()->selectAll();
            typeText(value->lineEdit(), QStringLiteral("县级"));
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("fillSummary"))
                            ->text()
                            .contains(QLatin1String("3")));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            answered = true;
        });
        panel->view()->setFocus();
        panel->view()->setCurrentIndex(panel->view()->model()->index(row, 0));
        QTest::keyClick(panel->view(), Qt::Key_Return);
        QTRY_VERIFY(answered);
        for (const Item &it : w.catalogue()->items())
            QCOMPARE(it.level, QStringList { QStringLiteral("县级") });
        QTRY_COMPARE(findingRow(model, QStringLiteral("column-missing")), -1);

        // One undo step takes the whole fill back.
        QApplication::setActiveWindow(&w); // the dialog has closed: shortcuts go to the window again
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.table()->setFocus();
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        for (const Item &it : w.catalogue()->items())
            QVERIFY(it.level.isEmpty());
    }
};

QTEST_MAIN(TestColumnFillGui)
#include "tst_columnfill_gui.moc"
