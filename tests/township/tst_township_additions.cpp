// A township's own items (乡镇自有事项): replaced in one transaction from the file the township
// office sends, never written when the file cannot be read or the catalogue is read-only, kept
// apart from the county items, withheld ones never in the township's view; and the dialog driven
// with clicks, the file dialog and the questions as a clerk meets them.
#include "TestFiles.h"
#include "TestItems.h"
#include "UiTestSupport.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/TownshipStore.h"
#include "township/TownshipActions.h"
#include "township/TownshipAdditionsDialog.h"
#include "township/TownshipCatalogue.h"
#include "township/TownshipSelector.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gkml;
using namespace gkml::test;

class TestTownshipAdditions : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

    // A catalogue with one county item that reaches the townships, and two townships.
    std::unique_ptr<CatalogueFile> makeCatalogue(const QString &name)
    {
        QString error;
        m_path = m_dir.filePath(name);
        auto file = CatalogueFile::create(m_path, CatalogueInfo::withUnit(QStringLiteral("安溪县民政局")),
                                          &error);
        if (!file)
            return nullptr;
        Item county = makeItem(QStringLiteral("社会救助"), QStringLiteral("最低生活保障"),
                               QStringLiteral("低保对象名单"));
        county.level = { QStringLiteral("县级"), QStringLiteral("乡级") };
        file->insertItem(county);
        TownshipStore(*file).add(
                { Township { 0, QStringLiteral("城厢镇"), QStringLiteral("城厢镇民政办"), {} },
                  Township { 0, QStringLiteral("湖头镇"), {}, {} } });
        return file;
    }

private slots:
    void replacedInOneStepAndKeptApart()
    {
        auto file = makeCatalogue(QStringLiteral("store.gkml"));
        QVERIFY(file);
        TownshipStore store(*file);
        const Township cx = *store.find(QStringLiteral("城厢镇"));
        const Township ht = *store.find(QStringLiteral("湖头镇"));
        Item a = makeItem(QStringLiteral("社会救助"), QStringLiteral("临时救助"),
                          QStringLiteral("备用金使用情况"));
        Item b = makeItem(QStringLiteral("养老服务"), QStringLiteral("农村幸福院"),
                          QStringLiteral("运营情况"));
        b.withheld = true;
        b.withheldBasis = QStringLiteral("条例第十五条");
        QVERIFY2(store.replaceAdditions(cx.id, { a, b }), qPrintable(store.errorString()));
        QCOMPARE(store.additions(cx.id).size(), 2);
        QCOMPARE(store.additions(cx.id).at(0).level2, a.level2);
        QVERIFY(store.additions(ht.id).isEmpty());
        QCOMPARE(file->items().size(), 1); // the county items are untouched
        // The township's view: the county item, then its own public one; the withheld one never.
        const auto view = TownshipCatalogue(cx, TownshipCatalogue::levelVocabularyFor(*file))
                                  .derive(file->items(), store.additions(cx.id));
        QCOMPARE(view.items.size(), 2);
        QCOMPARE(view.additionCount(), 1);
        QCOMPARE(view.items.at(1).level2, a.level2);
        // Replacing again leaves only the new list.
        QVERIFY(store.replaceAdditions(cx.id, { b }));
        QCOMPARE(store.additions(cx.id).size(), 1);
        QVERIFY(store.additions(cx.id).at(0).withheld);
        QVERIFY(!store.replaceAdditions(9999, { a }));
        QVERIFY(!store.errorString().isEmpty());
    }

    void readOnlyCatalogueIsNotChanged()
    {
        QString path;
        {
            auto file = makeCatalogue(QStringLiteral("readonly.gkml"));
            QVERIFY(file);
            path = m_path;
        }
        const QByteArray before = sha256(path);
        QString error;
        auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error);
        QVERIFY2(file, qPrintable(error));
        TownshipStore store(*file);
        QVERIFY(!store.replaceAdditions(store.find(QStringLiteral("城厢镇"))->id,
                                        { makeItem("社会救助", "x", "y") }));
        QVERIFY(!store.errorString().isEmpty());
        TownshipAdditionsDialog dialog(*file, QStringLiteral("城厢镇"));
        QVERIFY(!dialog.importButton()->isEnabled());
        file.reset();
        QCOMPARE(sha256(path), before);
    }

    void dialogImportAndRemoveByClicks()
    {
        auto file = makeCatalogue(QStringLiteral("dialog.gkml"));
        QVERIFY(file);
        TownshipAdditionsDialog dialog(*file, QStringLiteral("城厢镇"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.townshipBox()->currentText(), QStringLiteral("城厢镇"));
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(!dialog.clearButton()->isEnabled());

        QString asked;
        chooseFile(fixture(QStringLiteral("township/chengxiang-own-items.csv")));
        whenModal<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->text();
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog.table()->rowCount(), 2);
        QVERIFY2(asked.contains(QStringLiteral("chengxiang-own-items.csv"))
                         && asked.contains(QStringLiteral("城厢镇")),
                 qPrintable(asked));
        TownshipStore store(*file);
        const Township cx = *store.find(QStringLiteral("城厢镇"));
        QCOMPARE(store.additions(cx.id).size(), 2);
        QCOMPARE(store.additions(cx.id).at(0).level2, QStringLiteral("镇级临时救助备用金使用情况"));
        QCOMPARE(dialog.table()->item(1, 1)->text(), QStringLiteral("幸福院运营情况"));

        // A file that is not a catalogue: a warning naming it, the township's items unchanged.
        const QList<Item> kept = store.additions(cx.id);
        const QString notCatalogue = m_dir.filePath(QStringLiteral("名单.csv"));
        QVERIFY(writeFile(notCatalogue, "姓名,电话\n张三,123\n"));
        QString warned;
        whenModal<QMessageBox>([&warned](QMessageBox *box) {
            warned = box->text();
            box->accept();
        });
        QVERIFY(!dialog.importFile(notCatalogue));
        QVERIFY2(warned.startsWith(QStringLiteral("名单.csv")), qPrintable(warned));
        QCOMPARE(store.additions(cx.id), kept);

        // The other township has none; switching by keyboard shows its (empty) list.
        dialog.townshipBox()->setFocus();
        QTest::keyClick(dialog.townshipBox(), Qt::Key_Down);
        QCOMPARE(dialog.townshipBox()->currentText(), QStringLiteral("湖头镇"));
        QCOMPARE(dialog.table()->rowCount(), 0);
        QTest::keyClick(dialog.townshipBox(), Qt::Key_Up);
        QCOMPARE(dialog.table()->rowCount(), 2);

        // Remove All, after answering No once.
        whenModal<QMessageBox>(
                [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton); });
        QTest::mouseClick(dialog.clearButton(), Qt::LeftButton);
        QCOMPARE(store.additions(cx.id).size(), 2);
        whenModal<QMessageBox>(
                [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
        QTest::mouseClick(dialog.clearButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(store.additions(cx.id).isEmpty());
    }

    // gkml-cli townships FILE --township NAME --own-items SRC: the same replacement from the
    // command line; every refusal is one Chinese line, exit 2, and the file's bytes unchanged.
    void cliReplacesOwnItems()
    {
        QString path;
        {
            auto file = makeCatalogue(QStringLiteral("cli.gkml"));
            QVERIFY(file);
            path = m_path;
        }
        const QString own = fixture(QStringLiteral("township/chengxiang-own-items.csv"));
        const CliRun ok = runCli({ QStringLiteral("townships"), path, QStringLiteral("--township"),
                                   QStringLiteral("城厢镇"), QStringLiteral("--own-items"), own });
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QVERIFY2(ok.outText().contains(QStringLiteral("城厢镇")), ok.out.constData());
        {
            QString error;
            auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error);
            QVERIFY2(file, qPrintable(error));
            TownshipStore store(*file);
            QCOMPARE(store.additions(store.find(QStringLiteral("城厢镇"))->id).size(), 2);
            QVERIFY(store.additions(store.find(QStringLiteral("湖头镇"))->id).isEmpty());
        }
        const QString noSuffix = m_dir.filePath(QStringLiteral("名单"));
        QVERIFY(writeFile(noSuffix, "姓名,电话\n"));
        const QByteArray before = sha256(path);
        const QList<QStringList> refused {
            { QStringLiteral("townships"), path, QStringLiteral("--own-items"), own },
            { QStringLiteral("townships"), path, QStringLiteral("--township"), QStringLiteral("无此镇"),
              QStringLiteral("--own-items"), own },
            { QStringLiteral("townships"), path, QStringLiteral("--township"), QStringLiteral("城厢镇"),
              QStringLiteral("--own-items"), noSuffix },
        };
        for (const QStringList &args : refused) {
            const CliRun r = runCli(args);
            QCOMPARE(r.exitCode, 2);
            const QString message = r.errText().trimmed();
            QVERIFY2(message.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]{4}"))),
                     qPrintable(message));
            QVERIFY2(!message.contains(QStringLiteral("“”")), qPrintable(message)); // names the file
            QCOMPARE(sha256(path), before);
        }
        QVERIFY(runCli(refused.last()).errText().contains(QStringLiteral("名单")));
    }

    // The dock's township box names a township's own items apart from its county items.
    void selectorNamesOwnItems()
    {
        auto file = makeCatalogue(QStringLiteral("selector.gkml"));
        QVERIFY(file);
        TownshipStore store(*file);
        QVERIFY(store.replaceAdditions(store.find(QStringLiteral("城厢镇"))->id,
                                       { makeItem(QStringLiteral("社会救助"), QStringLiteral("临时救助"),
                                                  QStringLiteral("备用金使用情况")) }));
        TownshipSelector selector;
        selector.setCatalogue(file.get());
        auto *box = selector.findChild<QComboBox *>(QStringLiteral("townshipCombo"));
        QVERIFY(box);
        QCOMPARE(box->count(), 3); // 全县, 城厢镇, 湖头镇
        QVERIFY2(box->itemText(1).contains(QStringLiteral("城厢镇"))
                         && box->itemText(1).contains(QLatin1Char('2'))
                         && box->itemText(1).contains(QLatin1Char('1')),
                 qPrintable(box->itemText(1)));
        QVERIFY2(box->itemText(1)
                         != box->itemText(2).replace(QStringLiteral("湖头镇"), QStringLiteral("城厢镇")),
                 qPrintable(box->itemText(1)));
    }

    void actionOpensOnTheSelectedTownship()
    {
        auto file = makeCatalogue(QStringLiteral("action.gkml"));
        QVERIFY(file);
        QWidget window;
        TownshipActions actions(&window, [&file] { return file.get(); });
        QVERIFY(actions.additionsAction()->isEnabled());
        actions.setCurrentTownship(QStringLiteral("湖头镇"));
        QString shown;
        whenModal<TownshipAdditionsDialog>([&shown](TownshipAdditionsDialog *d) {
            shown = d->townshipBox()->currentText();
            d->accept();
        });
        QSignalSpy changed(&actions, &TownshipActions::changed);
        actions.additionsAction()->trigger();
        QCOMPARE(shown, QStringLiteral("湖头镇"));
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_MAIN(TestTownshipAdditions)
#include "tst_township_additions.moc"
