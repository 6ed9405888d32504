#include "MainWindow.h"

#include "catalogue/CatalogueFile.h"
#include "commands/CatalogueEditor.h"
#include "delegates/ItemDelegate.h"
#include "docks/FindingsPanel.h"
#include "docks/ItemForm.h"
#include "docks/PublicationPanel.h"
#include "flows/ColumnFillFlow.h"
#include "flows/FileCommands.h"
#include "flows/LedgerFlow.h"
#include "flows/PublicationFlow.h"
#include "flows/StandardAdditions.h"
#include "models/DomainTreeModel.h"
#include "models/FieldChoices.h"
#include "models/FindingsModel.h"
#include "models/ItemFilterProxy.h"
#include "models/ItemTableModel.h"
#include "models/PublicationStatusColumn.h"
#include "session/CatalogueSession.h"
#include "session/CheckController.h"
#include "standard/Standard.h"
#include "township/TownshipPanel.h"
#include "views/DomainTreeView.h"
#include "views/ItemBrowser.h"
#include "views/ItemTableView.h"
#include "widgets/Actions.h"
#include "widgets/FilterHeader.h"
#include "widgets/LanguageMenu.h"
#include "widgets/MainToolBar.h"
#include "widgets/ShortcutToolTip.h"
#include "widgets/WindowPlacement.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace gkml {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new CatalogueSession(this))
    , m_model(new ItemTableModel(this))
    , m_proxy(new ItemFilterProxy(this))
    , m_table(nullptr)
    , m_tree(new DomainTreeView(this))
    , m_form(new ItemForm(this))
    , m_findings(new FindingsModel(this))
    , m_findingsPanel(new FindingsPanel(m_findings, this))
    , m_checks(new CheckController(m_session, m_model, m_findings, m_findingsPanel, this))
    , m_files(new FileCommands(m_session, m_model, this))
    , m_treeTimer(new QTimer(this))
    , m_countLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(themeIcon("gkml"));
    m_proxy->setSourceModel(m_model);

    m_browser = new ItemBrowser(m_model, m_proxy, this);
    m_table = m_browser->table();
    setCentralWidget(m_browser);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::currentRowChanged);
    connect(m_table, &ItemTableView::statusMessage, statusBar(), &QStatusBar::showMessage);
    for (QAbstractItemModel *m :
         { static_cast<QAbstractItemModel *>(m_proxy), static_cast<QAbstractItemModel *>(m_model) }) {
        connect(m, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
        connect(m, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
        connect(m, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    }

    // The model changes only when the file reports a committed edit; the tree, the form and the
    // live check (CheckController) follow it.
    connect(m_model, &QAbstractItemModel::rowsInserted, m_treeTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsRemoved, m_treeTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsMoved, m_treeTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, m_treeTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
                if (!ItemTableModel::isTextChange(roles))
                    return; // only the marks changed
                m_treeTimer->start();
                const int row = m_model->rowOfId(m_form->itemId());
                if (m_form->itemId() != 0 && row >= tl.row() && row <= br.row())
                    m_form->showItem(m_model->itemAt(row));
            });
    m_treeTimer->setSingleShot(true);
    m_treeTimer->setInterval(200);
    connect(m_treeTimer, &QTimer::timeout, this, &MainWindow::refreshTree);
    connect(m_findingsPanel, &FindingsPanel::findingActivated, this, &MainWindow::jumpToFinding);
    connect(m_findingsPanel, &FindingsPanel::addFromStandardRequested, this, &MainWindow::addFromStandard);
    connect(m_findingsPanel, &FindingsPanel::fillColumnRequested, this, [this](int row) {
        ColumnFillFlow::run(this, m_session->editor(), m_findings->findingAt(row), m_model->items(),
                            standard());
    });

    connect(m_checks, &CheckController::standardChanged, this, [this](const Standard *standard) {
        m_proxy->setStandard(standard);
        m_form->setStandard(standard);
        for (Field f : { Field::Channels, Field::Audience, Field::Method, Field::Level, Field::Stages })
            m_form->setVocabulary(f, FieldChoices::values(f, standard));
    });
    connect(m_session, &CatalogueSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &CatalogueSession::aboutToClose, this, [this] {
        flushEdits();
        m_form->setEditor(nullptr); // the editor and models point at the file: let go first
        m_model->setEditor(nullptr);
        m_table->setEditor(nullptr);
    });
    connect(m_session, &CatalogueSession::closed, this, &MainWindow::onClosed);
    connect(m_session, &CatalogueSession::errorOccurred, this, &MainWindow::showError);
    connect(m_model, &ItemTableModel::readFailed, this, [this](const QString &why) {
        showError(tr("Only part of the catalogue could be read; do not export or package it."), why);
    });
    connect(m_session, &CatalogueSession::recentFilesChanged, this,
            [this] { m_files->fillRecentMenu(m_recentMenu); });
    m_files->setFlush([this] { flushEdits(); });
    connect(m_files, &FileCommands::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_files, &FileCommands::errorOccurred, this, &MainWindow::showError);
    connect(m_files, &FileCommands::findingsToShow, m_checks, &CheckController::apply);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_checks->standardLabel());
    statusBar()->addPermanentWidget(m_checks->summaryLabel());
    statusBar()->addPermanentWidget(m_modeLabel);

    m_ledger = new LedgerFlow(m_session, this); // the document register (issue 15)
    m_townships = new TownshipPanel(this); // the townships dock and its menu actions (issue 18)
    m_townships->setItemModel(m_model); // items from memory, not read again from the file
    statusBar()->addWidget(m_townships->departmentLabel()); // items per 责任股室
    createActions();
    createMenus();
    createDocks();
    WindowPlacement::restore(this);
    onClosed();
}

MainWindow::~MainWindow()
{
    m_session->close();
}

void MainWindow::createActions()
{
    auto add = [this](const QString &name, const QString &text, const char *iconName,
                      const QList<QKeySequence> &keys, auto slot) {
        QAction *a = makeAction(this, name, text, iconName, keys);
        connect(a, &QAction::triggered, this, slot);
        addAction(a); // shortcuts work even while the menu bar is hidden (tests, full screen)
        return a;
    };
    auto keys = [](QKeySequence::StandardKey k) { return QKeySequence::keyBindings(k); };
    WindowActions &a = m_actions;
    a.quit = add(QStringLiteral("quit"), tr("&Quit"), nullptr, keys(QKeySequence::Quit), &QWidget::close);
    // Own undo/redo actions (not QUndoStack::createUndoAction) so that typing still pending in
    // the table or the form becomes its undo step BEFORE the stack undoes. Ctrl+Y redoes on
    // every platform, as in Office.
    a.undo = add(QStringLiteral("undo"), tr("&Undo"), "undo", keys(QKeySequence::Undo), [this] {
        flushEdits();
        undoStack()->undo();
    });
    QList<QKeySequence> redoKeys = keys(QKeySequence::Redo);
    for (const QKeySequence &k :
         { QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) })
        if (!redoKeys.contains(k))
            redoKeys << k;
    a.redo = add(QStringLiteral("redo"), tr("&Redo"), "redo", redoKeys, [this] {
        flushEdits();
        undoStack()->redo();
    });
    auto updateUndo = [this] {
        QUndoStack *s = undoStack();
        m_actions.undo->setEnabled(s->canUndo());
        m_actions.redo->setEnabled(s->canRedo());
        m_actions.undo->setText(s->canUndo() ? tr("&Undo %1").arg(s->undoText()) : tr("&Undo"));
        m_actions.redo->setText(s->canRedo() ? tr("&Redo %1").arg(s->redoText()) : tr("&Redo"));
        addShortcutToToolTip(m_actions.undo);
        addShortcutToToolTip(m_actions.redo);
    };
    connect(undoStack(), &QUndoStack::indexChanged, this, updateUndo);
    connect(undoStack(), &QUndoStack::cleanChanged, this, updateUndo);
    a.find = add(QStringLiteral("find"), tr("&Find"), "search", keys(QKeySequence::Find), [this] {
        m_browser->searchBox()->setFocus();
        m_browser->searchBox()->selectAll();
    });
    a.nextFinding = add(QStringLiteral("nextFinding"), tr("&Next Finding"), "next",
                        { QKeySequence(Qt::Key_F8) }, [this] { m_findingsPanel->step(1); });
    a.previousFinding = add(QStringLiteral("previousFinding"), tr("&Previous Finding"), "previous",
                            { QKeySequence(Qt::SHIFT | Qt::Key_F8) }, [this] { m_findingsPanel->step(-1); });
    a.onlyErrors = add(QStringLiteral("onlyErrors"), tr("Show Only Items with &Errors"), "error", {},
                       [this](bool on) { m_proxy->setOnlyMarked(on); });
    a.onlyErrors->setCheckable(true);
    a.clearFilters = add(QStringLiteral("clearFilters"), tr("Clear &Filters"), nullptr, {},
                         &MainWindow::clearFilters);
    a.addMissing = add(QStringLiteral("addMissing"), tr("Add &Missing Standard Items of This Domain"),
                       "insert", {}, [this] { addMissingOfDomain(); });
    a.addMissing->setToolTip(
            tr("Every item the standard lists for the chosen domain and the catalogue lacks, in "
               "one step"));
    a.about = add(QStringLiteral("about"), tr("&About GKML"), "gkml", {}, &MainWindow::about);
    for (QAction *action : QWidget::actions())
        addShortcutToToolTip(action);
    updateUndo();
    // The table's row actions work from anywhere in the window; its clipboard keys stay its own.
    const ItemTableView::EditActions &t = m_table->editActions();
    for (QAction *action : { t.insert, t.duplicate, t.remove, t.moveUp, t.moveDown })
        addAction(action);
}

void MainWindow::createMenus()
{
    const WindowActions &a = m_actions;
    const FileCommands::Actions &f = m_files->actions();
    const ItemTableView::EditActions &t = m_table->editActions();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({ f.newCatalogue, f.open });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_files->fillRecentMenu(m_recentMenu);
    file->addAction(f.saveCopy);
    file->addSeparator();
    file->addActions({ f.import, f.exportFile, f.print, f.package, f.changes });
    m_townships->addActionsTo(file);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({ a.undo, a.redo });
    edit->addSeparator();
    edit->addActions({ t.copy, t.paste, t.clear });
    edit->addSeparator();
    edit->addActions({ t.insert, t.duplicate, t.remove, t.moveUp, t.moveDown });
    edit->addSeparator();
    edit->addAction(a.addMissing);
    edit->addSeparator();
    edit->addAction(a.find);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions({ a.nextFinding, a.previousFinding, a.onlyErrors, a.clearFilters });
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(new LanguageMenu(this));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_ledger->action());
    m_viewMenu->addSeparator(); // the docks' toggles follow (addPanel)

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.about);

    addToolBar(new MainToolBar({ f.newCatalogue, f.open, f.import, f.exportFile, f.print, f.package },
                               { a.undo, a.redo, nullptr, t.insert, t.duplicate, t.remove, t.moveUp,
                                 t.moveDown, nullptr, a.previousFinding, a.nextFinding },
                               this));
}

QDockWidget *MainWindow::addPanel(QWidget *content, const QString &title, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(content->objectName() + QStringLiteral("Dock"));
    dock->setWidget(content);
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::createDocks()
{
    connect(m_tree, &DomainTreeView::scopeChanged, this,
            [this](const QString &domain, const QString &level1) {
                m_proxy->setScope(domain, level1);
                m_table->setInsertScope(domain, level1);
            });
    m_form->setObjectName(QStringLiteral("item"));
    m_findingsPanel->setObjectName(QStringLiteral("findings"));
    QDockWidget *treeDock = addPanel(m_tree, tr("Domains"), Qt::LeftDockWidgetArea);
    m_townships->setProxy(m_proxy);
    addPanel(m_townships, tr("Townships"), Qt::LeftDockWidgetArea);
    QDockWidget *formDock = addPanel(m_form, tr("Item"), Qt::RightDockWidgetArea);
    QDockWidget *findingsDock = addPanel(m_findingsPanel, tr("Findings"), Qt::BottomDockWidgetArea);
    treeDock->setObjectName(QStringLiteral("domainsDock")); // the name saved layouts know
    // Publication records (issue 14): a panel tabbed behind the findings, and a menu of its own.
    m_publicationFlow = new PublicationFlow(this, m_session, m_table, m_checks);
    m_model->setStatusColumn(m_publicationFlow->statusColumn());
    domainModel()->setStatusColumn(m_publicationFlow->statusColumn());
    m_publicationFlow->statusColumn()->setItemSource([this] { return m_model->items(); });
    // The tab added last is in front: the findings.
    tabifyDockWidget(addPanel(m_publicationFlow->panel(), tr("Publications"), Qt::BottomDockWidgetArea),
                     findingsDock);
    menuBar()->insertMenu(menuBar()->actions().constLast(), m_publicationFlow->menu());
    // Sized for a 1366×768 laptop first: the table keeps most of the width, findings ~6 rows.
    const int em = fontMetrics().horizontalAdvance(QStringLiteral("中"));
    resizeDocks({ treeDock, formDock }, { 14 * em, 26 * em }, Qt::Horizontal);
    resizeDocks({ findingsDock }, { 15 * fontMetrics().height() }, Qt::Vertical);
}

void MainWindow::showError(const QString &what, const QString &why)
{
    m_lastError = why.isEmpty() ? what : what + QLatin1Char('\n') + why;
    // Window-modal, non-blocking: never behind the window; the edit that caused it finishes first.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("GKML"), what, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setInformativeText(why);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::flushEdits()
{
    m_table->commitOpenEditor();
    m_form->flush();
}

void MainWindow::onClosed()
{
    m_checks->chooseStandard(); // none: clears the labels, findings and marks
    m_tree->clear();
    m_townships->setCatalogue(nullptr);
    m_proxy->setScope({}, {});
    m_browser->setReadOnlyNotice({});
    updateTitle();
    updateActions();
    updateStatus();
}

void MainWindow::onOpened()
{
    CatalogueFile *file = m_session->file();
    CatalogueEditor *editor = m_session->editor();
    editor->setItemsSource([this] { return m_model->items(); }); // implicitly shared: no copy
    connect(editor, &CatalogueEditor::errorOccurred, this,
            [this](const QString &why) { showError(tr("The change was not saved."), why); });
    connect(file, &CatalogueFile::infoChanged, this, &MainWindow::updateTitle);
    m_model->setEditor(editor);
    m_form->setEditor(editor);
    m_table->setEditor(editor);
    m_table->setDefaultOwner(file->info().unit);
    clearFilters();
    if (file->isReadOnly())
        m_browser->setReadOnlyNotice(tr("Read-only: %1 You can read, search, export and print, but not edit.")
                                             .arg(file->readOnlyReason()));
    m_checks->chooseStandard();
    refreshTree();
    m_townships->setCatalogue(file);
    updateTitle();
    updateActions();
    updateStatus();
    if (m_proxy->rowCount() > 0)
        m_table->selectCell(m_proxy->index(0, ItemTableModel::columnOf(Field::Level2)));
    m_checks->schedule();
}

void MainWindow::updateTitle()
{
    CatalogueFile *file = m_session->file();
    if (!file) {
        setWindowTitle(tr("GKML — Disclosure Catalogue Editor"));
        return;
    }
    const CatalogueInfo info = file->info();
    QString title = info.unit.isEmpty() ? tr("(no unit)") : info.unit;
    title += QStringLiteral(" — ") + QFileInfo(file->path()).fileName();
    if (file->isReadOnly())
        title += QLatin1Char(' ') + tr("[read-only]");
    setWindowTitle(title + QStringLiteral(" — GKML"));
}

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    for (QAction *a : { m_actions.find, m_actions.onlyErrors, m_actions.clearFilters, m_ledger->action() })
        a->setEnabled(open);
    m_actions.addMissing->setEnabled(m_session->isWritable() && standard());
    m_files->updateActions();
    m_table->updateActions();
    m_modeLabel->setText(!open ? QString()
                               : (m_session->isWritable() ? tr("Saved automatically") : tr("Read-only")));
}

void MainWindow::updateStatus()
{
    if (!m_session->isOpen()) {
        m_countLabel->setText(tr("No catalogue open. Create one (Ctrl+N) or open one (Ctrl+O)."));
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(shown == total ? tr("%n item(s)", nullptr, total)
                                         : tr("%1 of %n item(s) shown", nullptr, total).arg(shown));
}

void MainWindow::refreshTree()
{
    m_tree->setItems(m_model->loadedItems()); // all of them once read (the rows appended call again)
    const QStringList departments = FieldChoices::departments(m_model->loadedItems());
    m_table->itemDelegate()->setDepartments(departments);
    m_form->setDepartments(departments);
    if (m_session->file() && m_session->file()->info().standardId.isEmpty())
        m_checks->chooseStandard(); // new domains may call for another standard
}

void MainWindow::clearFilters()
{
    m_browser->clearSearch();
    m_table->filterHeader()->clearFilters();
    m_actions.onlyErrors->setChecked(false);
    m_proxy->setOnlyMarked(false);
    m_tree->selectAll();
    m_proxy->setScope({}, {});
}

bool MainWindow::jumpToFinding(int row)
{
    if (row < 0 || row >= m_findings->rowCount())
        return false;
    const Finding &f = m_findings->findingAt(row);
    if (f.item == 0)
        return false;
    const Field field = ItemFields::fromKey(f.field).value_or(Field::Level2);
    const QModelIndex source = m_model->indexOf(f.item, field);
    if (!source.isValid())
        return false;
    if (!m_proxy->mapFromSource(source).isValid())
        clearFilters(); // hidden by a filter: show everything rather than jump nowhere
    const QModelIndex target = m_proxy->mapFromSource(source);
    if (!target.isValid())
        return false;
    m_table->selectCell(target);
    m_table->scrollTo(target, QAbstractItemView::PositionAtCenter);
    m_form->revealField(field); // the form scrolls to the field the finding names
    m_table->setFocus();
    return true;
}

bool MainWindow::addFromStandard(int row)
{
    const Finding f = row >= 0 && row < m_findings->rowCount() ? m_findings->findingAt(row) : Finding();
    const StandardItem *s = standard() ? standard()->findItem(f.domain, f.level1, f.level2) : nullptr;
    if (!s || !m_findingsPanel->canAddFromStandard(row))
        return false;
    const QList<qint64> ids = StandardAdditions::add(m_session->editor(), { s });
    if (!ids.isEmpty())
        m_table->selectItem(ids.first(), Field::Level2);
    return !ids.isEmpty();
}

int MainWindow::addMissingOfDomain()
{
    if (!standard())
        return 0;
    QString domain = m_tree->domain();
    if (domain.isEmpty() && m_table->currentId() != 0)
        domain = m_model->itemAt(m_model->rowOfId(m_table->currentId())).domain;
    const QList<qint64> ids = StandardAdditions::add(
            m_session->editor(), StandardAdditions::missing(*standard(), m_model->items(), domain));
    statusBar()->showMessage(
            ids.isEmpty() ? tr("Nothing to add: the catalogue has every item the standard lists here.")
                          : tr("%n item(s) added from the standard.", nullptr, int(ids.size())),
            8000);
    return int(ids.size());
}

void MainWindow::currentRowChanged()
{
    const int row = m_model->rowOfId(m_table->currentId());
    if (row >= 0)
        m_form->showItem(m_model->itemAt(row));
    else
        m_form->clear();
    updateActions();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About GKML"),
                       tr("<h3>GKML %1</h3><p>Editor and checker for county disclosure catalogues "
                          "(政务公开事项标准目录).</p><p>Every change is saved the moment it is made; Undo "
                          "(Ctrl+Z) takes it back.</p>")
                               .arg(QStringLiteral(GKML_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Nothing to ask: every edit is already in the file. Only pending typing needs a commit.
    flushEdits();
    WindowPlacement::save(this);
    event->accept();
}

} // namespace gkml
