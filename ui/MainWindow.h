#pragma once

#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"

#include "flows/FileCommands.h"
#include "session/CatalogueSession.h"
#include "session/CheckController.h"
#include "views/DomainTreeView.h"
#include "views/ItemBrowser.h"
#include "views/ItemTableView.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QPrintPreviewDialog;
class QPrinter;
class QTimer;
class QUndoStack;

namespace gkml {

class CatalogueFile;
class CatalogueSession;
class CheckController;
class DomainTreeModel;
class FileCommands;
class FilterHeader;
class FindingsModel;
class FindingsPanel;
class ItemBrowser;
class ItemFilterProxy;
class ItemForm;
class ItemTableModel;
class ItemTableView;
class LiveChecker;
struct Finding;
class Standard;
class TownshipPanel;
struct SheetOptions;

// The editor's main window. It only wires: the session (file, undo, lock, recent files), the
// item table view (row and cell actions), the domain tree, the item form and the findings
// dock. There is no "save": every edit is committed to the .gkml file the moment it is made.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The window's own actions; the File menu's are fileCommands()->actions(), the table's
    // ItemTableView::editActions().
    struct WindowActions
    {
        QAction *quit;
        QAction *undo, *redo, *find, *nextFinding, *previousFinding, *onlyErrors, *clearFilters, *addMissing,
                *about;
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path) { return m_session->open(path); }
    bool createCatalogue(const QString &path, const CatalogueInfo &info, const QList<Item> &startItems = {})
    {
        return m_session->create(path, info, startItems);
    }
    void closeCatalogue() { m_session->close(); }
    // Adds a dock (its toggle goes to the View menu); what the other panels use.
    QDockWidget *addPanel(QWidget *content, const QString &title, Qt::DockWidgetArea area);

    const WindowActions &windowActions() const { return m_actions; }
    CatalogueSession *session() const { return m_session; }
    FileCommands *fileCommands() const { return m_files; }
    CatalogueFile *catalogue() const { return m_session->file(); }
    const Standard *standard() const { return m_checks->standard(); }
    ItemTableModel *model() const { return m_model; }
    ItemFilterProxy *proxy() const { return m_proxy; }
    ItemTableView *table() const { return m_table; }
    FilterHeader *filterHeader() const { return m_table->filterHeader(); }
    QLineEdit *searchBox() const { return m_browser->searchBox(); }
    QUndoStack *undoStack() const { return m_session->undoStack(); }
    FindingsModel *findingsModel() const { return m_findings; }
    FindingsPanel *findingsPanel() const { return m_findingsPanel; }
    LiveChecker *liveChecker() const { return m_checks->checker(); }
    ItemForm *itemForm() const { return m_form; }
    DomainTreeView *domainTree() const { return m_tree; }
    DomainTreeModel *domainModel() const { return m_tree->domainModel(); }
    QString lastError() const { return m_lastError; }
    TownshipPanel *townshipPanel() const { return m_townships; }

    // Selects the cell a finding points at (clearing filters that hide it).
    bool jumpToFinding(int row);
    void clearFilters();
    // 从标准补入: the standard's row named by a standard-item-missing finding.
    bool addFromStandard(int findingRow);
    // Every standard item of the chosen domain (tree, else current item) the catalogue lacks.
    int addMissingOfDomain();
    bool importItems(const QList<Item> &items, const QString &source)
    {
        return m_files->importItems(items, source);
    }
    // The print preview over the core sheet engine, on `printer` (the caller keeps it alive).
    QPrintPreviewDialog *createPrintPreview(const SheetOptions &options, QPrinter *printer)
    {
        return m_files->createPrintPreview(options, printer);
    }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPublicationParts();
    void createActions();
    void createMenus();
    void createDocks();
    void onOpened();
    void onClosed();
    void updateActions();
    void updateTitle();
    void updateStatus();
    void refreshTree();
    void showError(const QString &what, const QString &why);
    void currentRowChanged();
    void flushEdits();
    void about();

    CatalogueSession *m_session;
    ItemTableModel *m_model;
    ItemFilterProxy *m_proxy;
    ItemTableView *m_table;
    ItemBrowser *m_browser;
    DomainTreeView *m_tree;
    ItemForm *m_form;
    FindingsModel *m_findings;
    FindingsPanel *m_findingsPanel;
    CheckController *m_checks;
    FileCommands *m_files;
    QTimer *m_treeTimer;
    QLabel *m_countLabel;
    QLabel *m_modeLabel;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    class PublicationPanel *m_publications = nullptr; // the selected item's publication records
    QString m_lastError;
    TownshipPanel *m_townships = nullptr;
    WindowActions m_actions {};
};

} // namespace gkml
