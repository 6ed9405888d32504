// The item form driven with real clicks and keys: the check-list crash of issue 12 (unticking
// an extra channel box destroyed it inside its own toggled handler), Enter / Alt+Enter in the
// multi-line texts, and a finding's field scrolled into view.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "docks/ItemForm.h"
#include "models/FindingsModel.h"
#include "models/ItemFilterProxy.h"
#include "models/ItemTableModel.h"
#include "models/LiveChecker.h"
#include "views/ItemTableView.h"
#include "widgets/CheckList.h"

#include <QCheckBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>

using namespace gkml;
using namespace gkml::test;

namespace {
QCheckBox *box(QWidget *list, const QString &text)
{
    for (QCheckBox *b : list->findChildren<QCheckBox *>()) {
        if (b->text() == text && b->isVisible())
            return b;
    }
    return nullptr;
}
void click(QCheckBox *b)
{
    QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(5, b->height() / 2));
}
} // namespace

class TestItemForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Issue 12, point 1: tick 政务服务中心, then untick the misspelt extra box 政府服务中心.
    void untickingExtraChannelDoesNotCrash()
    {
        QTemporaryDir dir;
        Item odd = makeItem(QStringLiteral("社会救助"), QStringLiteral("临时救助"),
                            QStringLiteral("审批信息"));
        odd.channels = { QStringLiteral("政府网站"), QStringLiteral("政府服务中心") };
        MainWindow w;
        QVERIFY(w.openFile(makeCatalogue(dir, QStringLiteral("x.gkml"), { odd })));
        QVERIFY(showActive(&w));
        w.table()->selectCell(w.proxy()->index(0, ItemTableModel::columnOf(Field::Level2)));
        const qint64 id = w.table()->currentId();
        auto *channels = w.findChild<CheckList *>(QStringLiteral("form_channels"));
        QVERIFY(channels);
        for (int round = 0; round < 3; ++round) { // it crashed 2 of 3 tries
            // New boxes are shown from the event loop (QLayout shows added widgets queued).
            QTRY_VERIFY(box(channels, QStringLiteral("政府服务中心")));
            QCheckBox *extra = box(channels, QStringLiteral("政府服务中心"));
            QCheckBox *right = box(channels, QStringLiteral("政务服务中心"));
            QVERIFY(extra && right);
            QVERIFY(extra->isChecked());
            click(right);
            QVERIFY(w.catalogue()->item(id)->channels.contains(QStringLiteral("政务服务中心")));
            QTRY_VERIFY(box(channels, QStringLiteral("政府服务中心")));
            click(box(channels, QStringLiteral("政府服务中心")));
            QVERIFY(!w.catalogue()->item(id)->channels.contains(QStringLiteral("政府服务中心")));
            QTest::qWait(1); // let deferred deletions run
            QVERIFY(!box(channels, QStringLiteral("政府服务中心"))); // the extra box is gone
            QVERIFY(channels->values().contains(QStringLiteral("政务服务中心")));
            // Undo twice: the misspelling comes back, the box with it.
            w.windowActions().undo->trigger();
            w.windowActions().undo->trigger();
            QCOMPARE(w.catalogue()->item(id)->channels,
                     (QStringList { QStringLiteral("政府网站"), QStringLiteral("政府服务中心") }));
        }
    }

    void enterCommitsAltEnterBreaksLineInForm()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(w.openFile(makeCatalogue(dir)));
        QVERIFY(showActive(&w));
        w.table()->selectCell(w.proxy()->index(0, ItemTableModel::columnOf(Field::Level2)));
        const qint64 id = w.table()->currentId();
        auto *owner = w.findChild<QPlainTextEdit *>(QStringLiteral("form_owner"));
        QVERIFY(owner); // 公开主体 is multi-line
        QVERIFY(w.findChild<QPlainTextEdit *>(QStringLiteral("form_withheldBasis")));
        owner->setFocus();
        QTest::keyClick(owner, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(owner, Qt::Key_Return, Qt::AltModifier);
        typeText(owner, QStringLiteral("社会救助股"));
        QTest::keyClick(owner, Qt::Key_Return); // commits at once, no pause
        QCOMPARE(w.catalogue()->item(id)->owner, QStringLiteral("安溪县民政局\n社会救助股"));
        QCOMPARE(owner->toPlainText(), QStringLiteral("安溪县民政局\n社会救助股")); // Enter added no line
    }

    void findingScrollsFormToField()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(w.openFile(makeCatalogue(dir)));
        w.resize(1366, 700);
        QVERIFY(showActive(&w));
        QTRY_VERIFY(w.liveChecker()->isIdle());
        auto *scroll = w.itemForm()->findChild<QScrollArea *>();
        QVERIFY(scroll);
        const Item target = w.model()->itemAt(1);
        Finding f;
        f.severity = Finding::Severity::Error;
        f.code = QStringLiteral("required-missing");
        f.item = target.id;
        f.field = QStringLiteral("note");
        f.message = QStringLiteral("备注");
        w.findingsModel()->setFindings({ f });
        scroll->verticalScrollBar()->setValue(0);
        QVERIFY(w.jumpToFinding(0));
        QWidget *note = w.findChild<QWidget *>(QStringLiteral("form_note"));
        QVERIFY(note);
        const QPoint top = note->mapTo(scroll->viewport(), QPoint(0, 0));
        QVERIFY2(top.y() >= 0 && top.y() < scroll->viewport()->height(), "the field is in view");
    }
};

QTEST_MAIN(TestItemForm)
#include "tst_itemform.moc"
