// Issue 12 in the editor, driven like a clerk: import into a catalogue pre-filled from the
// standard (preview counts and changes, default update + add, one Ctrl+Z), New Catalogue into a
// folder that does not exist and with a bad path (the dialog keeps what was typed), the package
// refused before the save dialog and the 打开所在文件夹 button after, and the changes view on a
// withheld item. Every check reads the .gkml back.
#include "MainWindow.h"
#include "TestCatalogue.h"
#include "UiTestSupport.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/EditionStore.h"
#include "dialogs/ChangesDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/NewCatalogueDialog.h"
#include "dialogs/PackageDoneDialog.h"
#include "exchange/Importer.h"
#include "flows/FileCommands.h"
#include "models/ItemTableModel.h"
#include "package/PackageJob.h"
#include "standard/StandardLibrary.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <functional>

using namespace gkml;
using namespace gkml::test;

namespace {

// On the round button itself, where a clerk clicks (the widget is as wide as the dialog).
void clickRadio(QRadioButton *b)
{
    QTest::mouseClick(b, Qt::LeftButton, Qt::NoModifier, QPoint(8, b->height() / 2));
}

void clickOk(QDialog *d)
{
    auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

const Standard *socialAssistance()
{
    QString error;
    const Standard *st = StandardLibrary::instance().find(QStringLiteral("mca-2019"), &error);
    if (!st)
        qFatal("no standard: %s", qPrintable(error));
    return st;
}

QString makeCatalogue(const QTemporaryDir &dir, const QList<Item> &items, const QString &name)
{
    const QString path = dir.filePath(name);
    CatalogueInfo info;
    info.unit = QStringLiteral("安溪县民政局");
    info.standardId = QStringLiteral("mca-2019");
    info.standardVersion = socialAssistance()->version();
    gkml::test::createCatalogue(path, info, items);
    return path;
}

// The Anxi sample as imported: a catalogue the checker accepts (a local item only).
QList<Item> anxiItems()
{
    const ImportResult r = Importer::read(QStringLiteral(GKML_FIXTURES "/samples/anxi-catalogue-gb18030.csv"),
                                          ImportOptions());
    if (!r.ok())
        qFatal("fixture: %s", qPrintable(r.error));
    return r.items;
}

} // namespace

class TestImportMergeGui : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> openedUrls;

public slots:
    void openUrl(const QUrl &url) { openedUrls << url; } // stands in for the file manager

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("GKML-test"));
        QApplication::setApplicationName(QStringLiteral("gkml-test-importmerge"));
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openUrl");
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }

    void importIntoPrefilledCatalogueMerges()
    {
        QTemporaryDir dir;
        const QList<Item> standardItems
                = NewCatalogueDialog::itemsFromStandard(*socialAssistance(), { QStringLiteral("社会救助") });
        QVERIFY(standardItems.size() >= 10);
        const QString path = makeCatalogue(dir, standardItems, QStringLiteral("预填.gkml"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        const QList<Item> before = w.catalogue()->items();
        const QString xlsx = QStringLiteral(GKML_FIXTURES "/samples/anxi-shehui-jiuzhu.xlsx");
        const ImportResult incoming = Importer::read(xlsx, ImportOptions());
        QVERIFY(incoming.ok());
        const ImportMatcher::Plan expected = ImportMatcher::match(before, incoming.items);
        QVERIFY2(expected.updates.size() + expected.identical.size() >= 8, qPrintable(expected.summary()));

        bool seen = false;
        chooseFile(xlsx);
        whenModal<ImportDialog>([&](ImportDialog *d) {
            seen = true;
            auto *summary = d->findChild<QLabel *>(QStringLiteral("matchSummary"));
            QVERIFY(summary && summary->isVisible());
            QVERIFY2(summary->text().contains(expected.summary()), qPrintable(summary->text()));
            QVERIFY(d->findChild<QRadioButton *>(QStringLiteral("onMatchUpdate"))
                            ->isChecked()); // the default
            auto *changes = d->findChild<QTreeWidget *>(QStringLiteral("importChanges"));
            QCOMPARE(changes->topLevelItemCount(), int(expected.updates.size()));
            if (!expected.updates.isEmpty())
                QCOMPARE(changes->topLevelItem(0)->childCount(),
                         int(expected.updates.first().changes.size()));
            // The clerk looks at "add everything" and comes back to the default.
            clickRadio(d->findChild<QRadioButton *>(QStringLiteral("onMatchAdd")));
            QCOMPARE(d->onMatch(), ImportMatcher::OnMatch::Add);
            clickRadio(d->findChild<QRadioButton *>(QStringLiteral("onMatchUpdate")));
            QCOMPARE(d->onMatch(), ImportMatcher::OnMatch::Update);
            clickOk(d);
        });
        w.fileCommands()->actions().import->trigger();
        QVERIFY(seen);

        // Not doubled: the matched standard items were updated, only the new rows added.
        QCOMPARE(w.catalogue()->itemCount(), int(before.size() + expected.added.size()));
        if (!expected.updates.isEmpty()) {
            const ImportMatcher::Match &m = expected.updates.first();
            const Item now = *w.catalogue()->item(m.existing.id);
            QCOMPARE(now.value(m.changes.first().field), m.changes.first().newValue);
        }
        QCOMPARE(w.undoStack()->count(), 1); // one undo step

        // One Ctrl+Z restores the catalogue as it was.
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.table()->setFocus();
        QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.catalogue()->items(), before);
        QVERIFY(w.lastError().isEmpty());
    }

    void newCatalogueMakesFolderAndKeepsValuesOnError()
    {
        QTemporaryDir dir;
        const QString taken = makeCatalogue(dir, {}, QStringLiteral("已有.gkml"));
        const QString deep = dir.filePath(QStringLiteral("公开目录/2026/民政局.gkml"));
        MainWindow w;
        w.show();
        bool sawError = false;
        whenModal<NewCatalogueDialog>([&](NewCatalogueDialog *d) {
            auto *unit = d->findChild<QLineEdit *>(QStringLiteral("unit"));
            auto *file = d->findChild<QLineEdit *>(QStringLiteral("path"));
            typeText(unit, QStringLiteral("安溪县民政局"));
            file->selectAll();
            QTest::keyClick(file, Qt::Key_Delete);
            typeText(file, taken);
            clickOk(d);
            // Still open, with what was typed, and a message naming no temporary file.
            QVERIFY(d->isVisible());
            auto *error = d->findChild<QLabel *>(QStringLiteral("createError"));
            QVERIFY(error->isVisible());
            QVERIFY(!error->text().contains(QStringLiteral(".creating")));
            QCOMPARE(unit->text(), QStringLiteral("安溪县民政局"));
            sawError = true;
            // Corrected to a folder that does not exist yet: it is made.
            file->selectAll();
            QTest::keyClick(file, Qt::Key_Delete);
            QVERIFY(!error->isVisible());
            typeText(file, deep);
            clickOk(d);
        });
        w.fileCommands()->actions().newCatalogue->trigger();
        QVERIFY(sawError);
        QVERIFY(w.catalogue());
        QVERIFY(QFileInfo::exists(deep));
        QCOMPARE(QFileInfo(w.catalogue()->path()).canonicalFilePath(), QFileInfo(deep).canonicalFilePath());
        QCOMPARE(w.catalogue()->info().unit, QStringLiteral("安溪县民政局"));
        QVERIFY(w.catalogue()->itemCount() > 0); // pre-filled from the standard
        QVERIFY(!QFileInfo::exists(deep + QStringLiteral(".creating")));
    }

    void packageRefusedBeforeAskingWhere()
    {
        QTemporaryDir dir;
        QList<Item> items = anxiItems();
        items[0].deadline.clear(); // required-missing: an error
        const QString path = makeCatalogue(dir, items, QStringLiteral("有错.gkml"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        bool asked = false;
        whenModal<QFileDialog>(
                [&](QFileDialog *d) {
                    asked = true;
                    d->reject();
                },
                10);
        w.fileCommands()->actions().package->trigger();
        QTest::qWait(700); // long enough for a save dialog to have come up
        QVERIFY(!asked);
        auto *box = w.findChild<QMessageBox *>(QStringLiteral("errorBox"));
        QVERIFY(box && box->isVisible());
        QVERIFY(w.lastError().contains(QStringLiteral("error")));
        box->close();
        QVERIFY(EditionStore(*w.catalogue()).list().isEmpty());
    }

    void packageDoneOffersTheFolder()
    {
        QTemporaryDir dir;
        const QString path = makeCatalogue(dir, anxiItems(), QStringLiteral("安溪.gkml"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QCOMPARE(PackageJob::check(*w.catalogue()).status, PackageJob::Status::Done);
        const QString zip = dir.filePath(QStringLiteral("报送包.zip"));
        openedUrls.clear();
        bool done = false;
        chooseFile(zip);
        whenModal<PackageDoneDialog>([&](PackageDoneDialog *d) {
            auto *label = d->findChild<QLabel *>(QStringLiteral("packagePath"));
            QCOMPARE(label->text(), QDir::toNativeSeparators(zip));
            QTest::mouseClick(d->openFolderButton(), Qt::LeftButton);
            done = true;
            d->reject();
        });
        w.fileCommands()->actions().package->trigger();
        QVERIFY(done);
        QVERIFY(QFileInfo::exists(zip));
        QCOMPARE(openedUrls.size(), 1);
        QCOMPARE(QFileInfo(openedUrls.first().toLocalFile()).canonicalFilePath(),
                 QFileInfo(dir.path()).canonicalFilePath());
        QCOMPARE(EditionStore(*w.catalogue()).list().size(), 1);
    }

    void changesShowWithheldAsChange()
    {
        QTemporaryDir dir;
        const QList<Item> items = anxiItems();
        const QString path = makeCatalogue(dir, items, QStringLiteral("变更.gkml"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        {
            Edition e;
            e.created = QDateTime::currentDateTimeUtc();
            e.items = w.catalogue()->items();
            e.itemCount = int(e.items.size());
            e.sha256 = QStringLiteral("0");
            e.fileName = QStringLiteral("p.zip");
            QVERIFY(EditionStore(*w.catalogue()).record(e, [](QString *) { return true; }) != 0);
        }
        const qint64 id = w.catalogue()->items().at(2).id;
        QVERIFY(w.catalogue()->setField(id, Field::Withheld, true));
        bool seen = false;
        whenModal<ChangesDialog>([&](ChangesDialog *d) {
            seen = true;
            QTreeWidget *tree = d->tree();
            QCOMPARE(tree->topLevelItemCount(), 1); // only "Changed": nothing removed
            QTreeWidgetItem *changed = tree->topLevelItem(0);
            QCOMPARE(changed->childCount(), 1);
            QVERIFY(!changed->child(0)->text(2).isEmpty()); // "now withheld (不予公开)"
            QVERIFY(changed->child(0)->text(2).contains(QStringLiteral("不予公开")));
            d->reject();
        });
        w.fileCommands()->actions().changes->trigger();
        QVERIFY(seen);
    }
};

QTEST_MAIN(TestImportMergeGui)
#include "tst_importmerge_gui.moc"
