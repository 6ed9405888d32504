#pragma once

#include "documents/LedgerSheet.h"
#include "documents/TransferPlanner.h"

#include <QDate>
#include <QMainWindow>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class QUndoStack;

namespace gkml {

class CatalogueFile;
class DocumentFilterProxy;
class DocumentStore;
class DocumentTableModel;

// The 公文登记 view: the unit's documents in a table with the editing, undo, filters and live
// findings of the item table, the 索引号 assigned on request, the documents to return per office
// (printable), and the next 两馆 transfer day with what it will hold (its 移交清单 printable).
// Self-contained: MainWindow opens it over the catalogue file it has open.
class DocumentLedgerWindow : public QMainWindow
{
    Q_OBJECT
public:
    DocumentLedgerWindow(CatalogueFile *file, TransferPlanner planner, QWidget *parent = nullptr);
    ~DocumentLedgerWindow() override;

    // "Today" for the next transfer day (tests and screenshots fix it).
    void setToday(const QDate &today);

    QTableView *table() const { return m_table; }
    QUndoStack *undoStack() const { return m_undo; }
    DocumentTableModel *model() const { return m_model; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *departmentFilter() const { return m_department; }
    QComboBox *attributeFilter() const { return m_attribute; }
    QCheckBox *onlyToReturn() const { return m_onlyReturn; }
    QListWidget *findingsList() const { return m_findings; }
    QLabel *nextTransferLabel() const { return m_next; }
    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }
    QAction *assignAction() const { return m_assign; }
    QAction *importAction() const { return m_import; }
    QAction *recordAction() const { return m_record; }
    // The transfer day whose batch is to be handed over next: the first from "today" on that has
    // not been recorded yet.
    TransferPlanner::Day nextTransferDay() const;

public slots:
    void addDocument();
    void removeSelected();
    void assignIndexNumbers();
    // Asks for a ledger kept in Excel/WPS or CSV (发文登记簿), shows what was understood and adds
    // its documents as one undoable step; a file it cannot read changes nothing.
    void importLedger();
    void importLedgerFile(const QString &path);
    void editIndexTemplate();
    void printToReturn();
    void printTransferList();
    // Marks the batch of the next transfer day not yet recorded as handed over to the 两馆 (after
    // a question naming the day and the count); the day after it becomes the next one.
    void recordHandover();
    // Prints again the 移交清单 of a recorded batch, chosen from the recorded days.
    void reprintTransferList();

private:
    void refresh();
    void showError(const QString &message);
    // Asks where (`caption`, `suggestion`), then writes the sheets there as a PDF.
    void savePdf(const QString &caption, const QString &suggestion, const QList<LedgerSheet> &sheets,
                 const QString &title);
    // Asks where, then writes the 移交清单 of `batch` for `day` there (two copies).
    void saveTransferList(const TransferPlanner::Day &day, const QList<Document> &batch);
    QList<int> selectedRows() const;

    CatalogueFile *m_file;
    std::unique_ptr<DocumentStore> m_store;
    TransferPlanner m_planner;
    QDate m_today;
    QUndoStack *m_undo;
    DocumentTableModel *m_model;
    DocumentFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_department;
    QComboBox *m_attribute;
    QCheckBox *m_onlyReturn;
    QListWidget *m_findings;
    QLabel *m_next;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_assign;
    QAction *m_import;
    QAction *m_record;
};

} // namespace gkml
