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
using gkml::test::typeText;

namespace {

QString makeCatalogueWithoutLevel(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("无层级.gkml"));
    QString error;
    auto file = CatalogueFile::create(path, CatalogueInfo::withUnit(QStringLiteral("某县民政局")), &error);
    if (!file)
        qFatal("%s", qPrintable(error));
    QList<Item> items;
    for (const char *l2 : { "政策法规文件", "办事指南", "审核信息" }) {
        Item it;
        it.domain = QStringLiteral("社会救助");
        it.level1 = QStringLiteral("最低生活保障");
        it.level2 = QString::fromUtf8(l2);
        it.content = QStringLiteral("内容");
        it.basis = QStringLiteral("《条例》");
        it.deadline = QStringLiteral("20个工作日内");
        it.owner = QStringLiteral("县民政局");
        it.channels = { QStringLiteral("政府网站") };
        it.audience = { QStringLiteral("全社会") };
        it.method = { QStringLiteral("主动") };
        items << it; // no 公开层级
    }
    file->insertItems(items, QStringLiteral("test"));
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
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("GKML-test"));
        QApplication::setApplicationName(QStringLiteral("gkml-test"));
    }

    void enterOnTheFindingFillsTheColumn()
    {
        QTemporaryDir dir;
        const QString path = makeCatalogueWithoutLevel(dir);
        MainWindow w;
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
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
