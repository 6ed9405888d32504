#pragma once

#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"

#include <QHash>
#include <QMainWindow>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QPrintPreviewDialog;
class QPrinter;
class QTableView;
class QTimer;
class QTreeWidget;
class QUndoStack;

namespace gkml {

class CatalogueEditor;
class CatalogueFile;
class FilterHeader;
class FindingsModel;
class FindingsPanel;
class ItemDelegate;
class ItemFilterProxy;
class ItemForm;
class ItemTableModel;
class LiveChecker;
struct Finding;
class Standard;
struct SheetOptions;

// The editor's main window: domain tree, item table with filters, item form, findings dock.
// There is no "save": every edit is committed to the .gkml file the moment it is made.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a catalogue (read-only when another editor holds it). Errors are shown in a dialog.
    bool openFile(const QString &path);
    // Creates a catalogue; `startItems` (the standard's items) are put in as its first content.
    bool createCatalogue(const QString &path, const CatalogueInfo &info, const QList<Item> &startItems = {});
    const Standard *standard() const { return m_standard; }
    void closeCatalogue();

    CatalogueFile *catalogue() const { return m_file.get(); }
    ItemTableModel *model() const { return m_model; }
    ItemFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    FilterHeader *filterHeader() const { return m_header; }
    QLineEdit *searchBox() const { return m_search; }
    QUndoStack *undoStack() const { return m_undo; }
    FindingsModel *findingsModel() const { return m_findings; }
    FindingsPanel *findingsPanel() const { return m_findingsPanel; }
    LiveChecker *liveChecker() const { return m_checker; }
    ItemForm *itemForm() const { return m_form; }
    QTreeWidget *domainTree() const { return m_tree; }
    QString lastError() const { return m_lastError; }
    QAction *action(const QString &name) const;

    // Clipboard, as the Copy/Paste actions use it.
    void copySelection();
    void paste();
    // Pastes rows of cells: with a header row or full rows they become new items, otherwise the
    // cells overwrite the table from the current cell on. One undo step either way.
    bool pasteRows(const QList<QStringList> &rows);
    // Selects the cell a finding points at (clearing filters that hide it).
    bool jumpToFinding(int row);
    void clearFilters();
    // Adds imported items to the open catalogue as one undo step.
    bool importItems(const QList<Item> &items, const QString &source);
    // The print preview over the core sheet engine, on `printer` (the caller keeps it alive).
    QPrintPreviewDialog *createPrintPreview(const SheetOptions &options, QPrinter *printer);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void updateActions();
    void updateTitle();
    void updateStatus();
    void rebuildTree();
    void showError(const QString &what, const QString &why);
    void attach(std::unique_ptr<CatalogueFile> file);
    void scheduleCheck();
    void chooseStandard();
    void applyFindings(const QList<Finding> &findings);
    void currentRowChanged();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    void selectCell(const QModelIndex &index);
    void commitOpenEditor();
    Item newItemTemplate() const;

    void newCatalogue();
    void openDialog();
    void saveCopy();
    void importFile();
    void exportFile();
    void printPreview();
    void makePackage();
    void showChanges();
    void insertItem();
    void duplicateItems();
    void deleteItems();
    void clearCells();
    void moveItem(int direction);
    void setLanguage(const QString &language);
    void about();

    std::unique_ptr<CatalogueFile> m_file;
    QUndoStack *m_undo;
    CatalogueEditor *m_editor = nullptr;
    ItemTableModel *m_model;
    ItemFilterProxy *m_proxy;
    QTableView *m_table;
    FilterHeader *m_header;
    ItemDelegate *m_delegate;
    QLineEdit *m_search;
    QLabel *m_readOnlyBanner;
    QTreeWidget *m_tree;
    ItemForm *m_form;
    FindingsModel *m_findings;
    FindingsPanel *m_findingsPanel;
    LiveChecker *m_checker;
    QTimer *m_lockTimer;
    QTimer *m_treeTimer;
    QLabel *m_countLabel;
    QLabel *m_findingsLabel;
    QLabel *m_modeLabel;
    QLabel *m_standardLabel;
    const Standard *m_standard = nullptr;
    QMenu *m_recentMenu = nullptr;
    QString m_lastError;
    QHash<QString, QAction *> m_actions;
};

} // namespace gkml
