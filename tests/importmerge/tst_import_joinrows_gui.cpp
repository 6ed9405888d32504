// The import preview offers to join the content rows that share an item name (issue 19, point 2),
// driven like a clerk: the check box appears only for such a file, ticking it shows the joined
// rows, and the catalogue file then holds one item per name; left unticked, one item per row.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "catalogue/CatalogueFile.h"
#include "dialogs/ImportDialog.h"
#include "flows/FileCommands.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace gkml;
using namespace gkml::test;

namespace {

const QString kFile = QStringLiteral(GKML_FIXTURES "/joinrows/shared-names.csv");

QString emptyCatalogue(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("目录.gkml"));
    createCatalogue(path, CatalogueInfo::withUnit(QStringLiteral("某县民政局")), {});
    return path;
}

// The items in the file on disk, in 序号 order.
QList<Item> itemsOnDisk(const QString &path)
{
    QString error;
    const auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error);
    if (!file)
        return {};
    QList<Item> items = file->items();
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.seq < b.seq; });
    return items;
}

// Opens the catalogue at `path` in `w` and imports shared-names.csv into it through the menu
// action; `join`: the clerk ticks the check box.
void importThroughPreview(MainWindow &w, const QString &path, bool join)
{
    w.show();
    QVERIFY(w.openFile(path));
    bool seen = false;
    chooseFile(kFile);
    whenModal<ImportDialog>([&](ImportDialog *d) {
        seen = true;
        auto *box = d->findChild<QCheckBox *>(QStringLiteral("joinRows"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(!box->isChecked()); // by default each row is an item
        QVERIFY2(box->text().contains(QLatin1Char('1')), qPrintable(box->text()));
        auto *rows = d->findChild<QTableWidget *>();
        QCOMPARE(rows->rowCount(), 6);
        if (join) {
            QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier, QPoint(8, box->height() / 2));
            QVERIFY(box->isChecked());
            QCOMPARE(rows->rowCount(), 3);
            QCOMPARE(d->result().items.size(), 3);
            QVERIFY2(rows->item(0, 5)->text().contains(QStringLiteral("保障人数")),
                     qPrintable(rows->item(0, 5)->text()));
        }
        auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    w.fileCommands()->actions().import->trigger();
    QVERIFY(seen);
}

} // namespace

class TestJoinRowsGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("GKML-test"));
        QApplication::setApplicationName(QStringLiteral("gkml-test-joinrows"));
    }

    void joinedWhenTicked()
    {
        QTemporaryDir dir;
        const QString path = emptyCatalogue(dir);
        MainWindow w;
        importThroughPreview(w, path, true);
        QVERIFY(w.catalogue());
        QCOMPARE(w.catalogue()->itemCount(), 3);
        const QList<Item> items = itemsOnDisk(path);
        QCOMPARE(items.size(), 3);
        const Item &a = items.at(0);
        QCOMPARE(a.level1, QStringLiteral("最低生活保障"));
        QCOMPARE(a.level2, QStringLiteral("审核信息"));
        QCOMPARE(a.content, QStringLiteral("申请家庭名单\n保障人数\n保障金额"));
        QCOMPARE(a.deadline, QStringLiteral("20个工作日内\n每季度"));
        QCOMPARE(a.owner, QStringLiteral("县民政局\n乡镇人民政府"));
        QCOMPARE(a.audience, (QStringList { QStringLiteral("全社会"), QStringLiteral("特定群体") }));
        QCOMPARE(a.level, (QStringList { QStringLiteral("县级"), QStringLiteral("乡级") }));
        QVERIFY(!a.withheld);
        QCOMPARE(items.at(1).level1, QStringLiteral("临时救助"));
        QCOMPARE(items.at(2).content, QStringLiteral("个人隐私信息"));
        QVERIFY(items.at(2).withheld); // never joined into the public item
    }

    void separateWhenLeftUnticked()
    {
        QTemporaryDir dir;
        const QString path = emptyCatalogue(dir);
        MainWindow w;
        importThroughPreview(w, path, false);
        const QList<Item> items = itemsOnDisk(path);
        QCOMPARE(items.size(), 6);
        QCOMPARE(items.at(0).content, QStringLiteral("申请家庭名单"));
        QCOMPARE(items.at(1).content, QStringLiteral("保障人数"));
        QCOMPARE(items.at(2).content, QStringLiteral("保障金额"));
    }
};

QTEST_MAIN(TestJoinRowsGui)
#include "tst_import_joinrows_gui.moc"
