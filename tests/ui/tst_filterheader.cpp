// FilterHeader: the column titles with a filter box under each. Regression (round-3
// walk-through): a header whose size hint was first asked while the model had no columns put the
// boxes over the titles, which then did not show at all.
#include "widgets/FilterHeader.h"

#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

using namespace gkml;

class TestFilterHeader : public QObject
{
    Q_OBJECT
private slots:
    void boxesUnderTheTitles_data()
    {
        QTest::addColumn<bool>("columnsFirst");
        QTest::newRow("columns before the boxes") << true;
        QTest::newRow("boxes before the columns (a window opened before its file)") << false;
    }
    void boxesUnderTheTitles()
    {
        QFETCH(bool, columnsFirst);
        QStandardItemModel model(0, 0);
        QTableView view;
        auto *header = new FilterHeader(&view);
        view.setHorizontalHeader(header);
        view.setModel(&model);
        const QStringList titles { QStringLiteral("领域"), QStringLiteral("序号"),
                                   QStringLiteral("一级事项") };
        if (columnsFirst) {
            model.setColumnCount(3);
            model.setHorizontalHeaderLabels(titles);
            header->setFilterBoxes(3);
        } else {
            header->setFilterBoxes(3);
            header->sizeHint(); // asked while there is no column yet (a layout pass would)
            model.setColumnCount(3);
            model.setHorizontalHeaderLabels(titles);
        }
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int titleHeight = header->fontMetrics().height();
        for (int i = 0; i < 3; ++i) {
            QLineEdit *box = header->filterBox(i);
            QVERIFY(box && box->isVisible());
            QVERIFY2(box->geometry().top() >= titleHeight,
                     qPrintable(QStringLiteral("box %1 top %2, header height %3")
                                        .arg(i)
                                        .arg(box->geometry().top())
                                        .arg(header->height())));
            QVERIFY(box->geometry().bottom() < header->height());
            QCOMPARE(box->geometry().left(), header->sectionViewportPosition(i));
        }
        QVERIFY(header->viewport()->height() >= titleHeight); // room for the titles
    }
};

QTEST_MAIN(TestFilterHeader)
#include "tst_filterheader.moc"
