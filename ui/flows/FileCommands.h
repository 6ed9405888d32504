#pragma once

#include "catalogue/Item.h"
#include "check/Finding.h"

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace gkml {

class CatalogueSession;
class ItemTableModel;
struct SheetOptions;

// The File menu's work (the Tiled MapDocumentActionHandler role): new, open, recent files,
// save a copy, import, export, print, package and the changes view. Each asks its questions in
// a dialog over `window`, then acts on the session; the window only places the actions.
class FileCommands : public QObject
{
    Q_OBJECT
public:
    struct Actions
    {
        QAction *newCatalogue, *open, *saveCopy, *import, *exportFile, *print, *package, *changes;
    };

    FileCommands(CatalogueSession *session, ItemTableModel *model, QWidget *window);
    const Actions &actions() const { return m_actions; }
    // Called before anything reads the file (commits typing still in an editor).
    void setFlush(std::function<void()> flush) { m_flush = std::move(flush); }
    void updateActions();
    void fillRecentMenu(QMenu *menu);

    void newCatalogue();
    void openDialog();
    void saveCopy();
    void importFile();
    // Adds imported items to the open catalogue as one undo step.
    bool importItems(const QList<Item> &items, const QString &source);
    void exportFile();
    void printPreview();
    QPrintPreviewDialog *createPrintPreview(const SheetOptions &options, QPrinter *printer);
    void makePackage();
    void showChanges();

signals:
    void statusMessage(const QString &text, int timeoutMs);
    void errorOccurred(const QString &what, const QString &why);
    // Findings that blocked an operation (the package), for the findings dock.
    void findingsToShow(const QList<Finding> &findings);

private:
    void flush();
    // Commits the pending edit and returns the open catalogue's path without ".gkml", where the
    // names suggested for a copy or an export start; empty when nothing is open.
    QString flushedBasePath();

    CatalogueSession *m_session;
    ItemTableModel *m_model;
    QWidget *m_window;
    std::function<void()> m_flush;
    Actions m_actions {};
};

} // namespace gkml
