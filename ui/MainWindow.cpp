#include "MainWindow.h"

#include "catalogue/CatalogueFile.h"
#include "catalogue/EditLock.h"
#include "commands/CatalogueEditor.h"
#include "delegates/ItemDelegate.h"
#include "dialogs/ChangesDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/NewCatalogueDialog.h"
#include "docks/FindingsPanel.h"
#include "docks/ItemForm.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "models/FieldChoices.h"
#include "models/FindingsModel.h"
#include "models/ItemFilterProxy.h"
#include "models/ItemTableModel.h"
#include "models/LiveChecker.h"
#include "models/TableClipboard.h"
#include "standard/StandardLibrary.h"
#include "widgets/FilterHeader.h"

#include "dialogs/PrintSheetsDialog.h"
#include "package/PackageJob.h"
#include "package/SubmissionPackage.h"
#include "print/SheetRenderer.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace gkml {

namespace {
constexpr int kMaxRecent = 8;

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undo(new QUndoStack(this))
    , m_model(new ItemTableModel(this))
    , m_proxy(new ItemFilterProxy(this))
    , m_table(new QTableView(this))
    , m_header(new FilterHeader(m_table))
    , m_delegate(new ItemDelegate(this))
    , m_search(new QLineEdit(this))
    , m_readOnlyBanner(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_form(new ItemForm(this))
    , m_findings(new FindingsModel(this))
    , m_findingsPanel(new FindingsPanel(m_findings, this))
    , m_checker(new LiveChecker(this))
    , m_lockTimer(new QTimer(this))
    , m_treeTimer(new QTimer(this))
    , m_countLabel(new QLabel(this))
    , m_findingsLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
    , m_standardLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(icon("gkml"));

    // Central area: read-only banner, search box, table.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setStyleSheet(QStringLiteral(
            "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; padding: 6px; }"));
    m_readOnlyBanner->hide();
    layout->addWidget(m_readOnlyBanner);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search all columns (e.g. 低保)…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon("search"), QLineEdit::LeadingPosition);
    layout->addWidget(m_search);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("itemTable"));
    m_table->setHorizontalHeader(m_header);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(m_delegate);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the catalogue's own order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row measuring: fast
    m_header->setFilterBoxes(m_model->columnCount());
    const int em = m_table->fontMetrics().horizontalAdvance(QStringLiteral("中"));
    for (const FieldInfo &fi : ItemFields::all()) {
        int w = 7 * em;
        switch (fi.field) {
        case Field::Seq: w = 4 * em; break;
        case Field::Withheld: w = 5 * em; break;
        case Field::Level1:
        case Field::Level2: w = 10 * em; break;
        case Field::Content:
        case Field::Basis:
        case Field::Channels: w = 14 * em; break;
        case Field::Deadline:
        case Field::Owner: w = 9 * em; break;
        default: break;
        }
        m_table->setColumnWidth(static_cast<int>(fi.field), w);
    }
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    // Filtering a large catalogue on every keystroke would stutter: wait for a short pause.
    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] { m_proxy->setSearchText(m_search->text()); });
    connect(m_header, &FilterHeader::filterChanged, m_proxy, &ItemFilterProxy::setColumnFilter);
    connect(m_table->horizontalScrollBar(), &QScrollBar::valueChanged, m_header, &FilterHeader::placeBoxes);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::currentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);

    // The model changes only when the file reports a committed edit; follow it everywhere.
    auto modelChanged = [this] {
        m_treeTimer->start();
        scheduleCheck();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, modelChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, modelChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, modelChanged);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, modelChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
                if (!roles.isEmpty() && !roles.contains(Qt::DisplayRole) && !roles.contains(Qt::EditRole))
                    return; // only the marks changed
                m_treeTimer->start();
                scheduleCheck();
                if (m_form->itemId() != 0) {
                    const int row = m_model->rowOfId(m_form->itemId());
                    if (row >= tl.row() && row <= br.row())
                        m_form->showItem(m_model->itemAt(row));
                }
            });

    m_treeTimer->setSingleShot(true);
    m_treeTimer->setInterval(200);
    connect(m_treeTimer, &QTimer::timeout, this, &MainWindow::rebuildTree);
    connect(m_checker, &LiveChecker::findingsReady, this, &MainWindow::applyFindings);
    m_lockTimer->setInterval(EditLock::heartbeatSeconds() * 1000);
    connect(m_lockTimer, &QTimer::timeout, this, [this] {
        if (m_file)
            m_file->refreshLock();
    });
    connect(m_findingsPanel, &FindingsPanel::findingActivated, this, &MainWindow::jumpToFinding);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_findingsLabel->setObjectName(QStringLiteral("findingsLabel"));
    m_findingsLabel->setTextFormat(Qt::RichText);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_standardLabel);
    statusBar()->addPermanentWidget(m_findingsLabel);
    statusBar()->addPermanentWidget(m_modeLabel);

    createActions();
    createDocks();
    createMenus();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1400, 860);
    updateTitle();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The editor and models point at the file: detach them before it closes.
    m_form->setEditor(nullptr);
    m_model->setEditor(nullptr);
    m_undo->clear();
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::createActions()
{
    auto add = [this](const QString &name, const QString &text, const char *iconName,
                      const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (iconName)
            a->setIcon(icon(iconName));
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(name, a);
        addAction(a); // shortcuts work even while the menu bar is hidden (tests, full screen)
        return a;
    };
    add(QStringLiteral("new"), tr("&New Catalogue…"), "new", QKeySequence::keyBindings(QKeySequence::New),
        &MainWindow::newCatalogue);
    add(QStringLiteral("open"), tr("&Open…"), "open", QKeySequence::keyBindings(QKeySequence::Open),
        &MainWindow::openDialog);
    add(QStringLiteral("saveCopy"), tr("Save a &Copy…"), "save",
        QKeySequence::keyBindings(QKeySequence::SaveAs), &MainWindow::saveCopy);
    add(QStringLiteral("import"), tr("&Import…"), "import", {}, &MainWindow::importFile);
    add(QStringLiteral("export"), tr("&Export…"), "export", {}, &MainWindow::exportFile);
    QAction *print = add(QStringLiteral("print"), tr("&Print Board Sheets…"), "print",
                         QKeySequence::keyBindings(QKeySequence::Print), &MainWindow::printPreview);
    print->setToolTip(tr("Preview and print the sheets for the notice board"));
    add(QStringLiteral("package"), tr("Submission &Package…"), "package", {}, &MainWindow::makePackage)
            ->setToolTip(
                    tr("The zip for the county office: xlsx, csv, json, html, pdf and the check report"));
    add(QStringLiteral("changes"), tr("C&hanges Since Last Submission…"), nullptr, {},
        &MainWindow::showChanges)
            ->setToolTip(tr("What was added, removed or changed since a submission package was made"));
    add(QStringLiteral("quit"), tr("&Quit"), nullptr, QKeySequence::keyBindings(QKeySequence::Quit),
        &QWidget::close);

    // Own undo/redo actions (not QUndoStack::createUndoAction) so that typing still pending in
    // the item form becomes its undo step BEFORE the stack undoes.
    auto *undo = new QAction(icon("undo"), tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts(QKeySequence::keyBindings(QKeySequence::Undo));
    connect(undo, &QAction::triggered, this, [this] {
        commitOpenEditor();
        m_form->flush();
        m_undo->undo();
    });
    auto *redo = new QAction(icon("redo"), tr("&Redo"), this);
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts(QKeySequence::keyBindings(QKeySequence::Redo));
    connect(redo, &QAction::triggered, this, [this] {
        m_form->flush();
        m_undo->redo();
    });
    auto updateUndo = [this, undo, redo] {
        undo->setEnabled(m_undo->canUndo());
        redo->setEnabled(m_undo->canRedo());
        undo->setText(m_undo->canUndo() ? tr("&Undo %1").arg(m_undo->undoText()) : tr("&Undo"));
        redo->setText(m_undo->canRedo() ? tr("&Redo %1").arg(m_undo->redoText()) : tr("&Redo"));
    };
    connect(m_undo, &QUndoStack::indexChanged, this, updateUndo);
    connect(m_undo, &QUndoStack::cleanChanged, this, updateUndo);
    updateUndo();
    m_actions.insert(QStringLiteral("undo"), undo);
    m_actions.insert(QStringLiteral("redo"), redo);
    addAction(undo);
    addAction(redo);

    add(QStringLiteral("copy"), tr("&Copy"), "copy", QKeySequence::keyBindings(QKeySequence::Copy),
        &MainWindow::copySelection);
    add(QStringLiteral("paste"), tr("&Paste"), "paste", QKeySequence::keyBindings(QKeySequence::Paste),
        &MainWindow::paste);
    add(QStringLiteral("insert"), tr("&Insert Item"), "insert",
        { QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal),
          QKeySequence(Qt::Key_Insert) },
        &MainWindow::insertItem);
    add(QStringLiteral("duplicate"), tr("D&uplicate Items"), "duplicate",
        { QKeySequence(Qt::CTRL | Qt::Key_D) }, &MainWindow::duplicateItems);
    add(QStringLiteral("delete"), tr("&Delete Items"), "delete", { QKeySequence(Qt::CTRL | Qt::Key_Minus) },
        &MainWindow::deleteItems);
    add(QStringLiteral("clear"), tr("C&lear Cells"), nullptr, QKeySequence::keyBindings(QKeySequence::Delete),
        &MainWindow::clearCells);
    add(QStringLiteral("moveUp"), tr("Move &Up"), "up", { QKeySequence(Qt::ALT | Qt::Key_Up) },
        [this] { moveItem(-1); });
    add(QStringLiteral("moveDown"), tr("Move Dow&n"), "down", { QKeySequence(Qt::ALT | Qt::Key_Down) },
        [this] { moveItem(1); });
    add(QStringLiteral("find"), tr("&Find"), "search", QKeySequence::keyBindings(QKeySequence::Find), [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    add(QStringLiteral("nextFinding"), tr("&Next Finding"), "next", { QKeySequence(Qt::Key_F8) },
        [this] { m_findingsPanel->step(1); });
    add(QStringLiteral("previousFinding"), tr("&Previous Finding"), "previous",
        { QKeySequence(Qt::SHIFT | Qt::Key_F8) }, [this] { m_findingsPanel->step(-1); });
    QAction *onlyErrors = add(QStringLiteral("onlyErrors"), tr("Show Only Items with &Errors"), "error", {},
                              [this](bool on) { m_proxy->setOnlyMarked(on); });
    onlyErrors->setCheckable(true);
    add(QStringLiteral("clearFilters"), tr("Clear &Filters"), nullptr, {}, &MainWindow::clearFilters);
    add(QStringLiteral("about"), tr("&About GKML"), "gkml", {}, &MainWindow::about);
    // Delete and the editing keys act on the table only, not while typing in a text box.
    for (const char *n : { "clear", "copy", "paste" }) {
        m_actions.value(QLatin1String(n))->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        removeAction(m_actions.value(QLatin1String(n))); // their keys belong to the table only
    }
    m_table->addAction(m_actions.value(QStringLiteral("clear")));
    m_table->addAction(m_actions.value(QStringLiteral("copy")));
    m_table->addAction(m_actions.value(QStringLiteral("paste")));
}

void MainWindow::createMenus()
{
    auto a = [this](const char *n) { return m_actions.value(QLatin1String(n)); };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a("new"));
    file->addAction(a("open"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addAction(a("saveCopy"));
    file->addSeparator();
    file->addAction(a("import"));
    file->addAction(a("export"));
    file->addAction(a("print"));
    file->addAction(a("package"));
    file->addAction(a("changes"));
    file->addSeparator();
    file->addAction(a("quit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a("undo"));
    edit->addAction(a("redo"));
    edit->addSeparator();
    edit->addAction(a("copy"));
    edit->addAction(a("paste"));
    edit->addAction(a("clear"));
    edit->addSeparator();
    edit->addAction(a("insert"));
    edit->addAction(a("duplicate"));
    edit->addAction(a("delete"));
    edit->addAction(a("moveUp"));
    edit->addAction(a("moveDown"));
    edit->addSeparator();
    edit->addAction(a("find"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(a("nextFinding"));
    view->addAction(a("previousFinding"));
    view->addAction(a("onlyErrors"));
    view->addAction(a("clearFilters"));
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QMenu *lang = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language"), QStringLiteral("zh_CN")).toString();
    for (const auto &[code, name] : { std::pair { QStringLiteral("zh_CN"), QStringLiteral("中文") },
                                      std::pair { QStringLiteral("en"), QStringLiteral("English") } }) {
        QAction *l = lang->addAction(name);
        l->setCheckable(true);
        l->setChecked(current == code);
        group->addAction(l);
        connect(l, &QAction::triggered, this, [this, c = code] { setLanguage(c); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a("about"));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *n : { "new", "open", "import", "export", "print", "package" })
        bar->addAction(a(n));
    bar->addSeparator();
    for (const char *n : { "undo", "redo" })
        bar->addAction(a(n));
    bar->addSeparator();
    for (const char *n : { "insert", "duplicate", "delete", "moveUp", "moveDown" })
        bar->addAction(a(n));
    bar->addSeparator();
    bar->addAction(a("previousFinding"));
    bar->addAction(a("nextFinding"));
    for (const char *n : { "insert", "duplicate", "delete", "moveUp", "moveDown", "previousFinding",
                           "nextFinding", "undo", "redo" }) {
        // Icon-only in the tool bar for the secondary actions; the text stays as tooltip.
        if (QWidget *w = bar->widgetForAction(a(n))) {
            if (auto *tb = qobject_cast<QToolButton *>(w))
                tb->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
    }
}

void MainWindow::createDocks()
{
    auto *treeDock = new QDockWidget(tr("Domains"), this);
    treeDock->setObjectName(QStringLiteral("domainsDock"));
    m_tree->setHeaderHidden(true);
    m_tree->setObjectName(QStringLiteral("domainTree"));
    treeDock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item) {
            m_proxy->setScope({}, {});
            return;
        }
        m_proxy->setScope(item->data(0, Qt::UserRole).toString(), item->data(0, Qt::UserRole + 1).toString());
    });

    auto *formDock = new QDockWidget(tr("Item"), this);
    formDock->setObjectName(QStringLiteral("itemDock"));
    formDock->setWidget(m_form);
    addDockWidget(Qt::RightDockWidgetArea, formDock);

    auto *findingsDock = new QDockWidget(tr("Findings"), this);
    findingsDock->setObjectName(QStringLiteral("findingsDock"));
    findingsDock->setWidget(m_findingsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock);
    resizeDocks({ treeDock }, { 230 }, Qt::Horizontal);
    resizeDocks({ formDock }, { 380 }, Qt::Horizontal);
    resizeDocks({ findingsDock }, { 170 }, Qt::Vertical);
}

void MainWindow::showError(const QString &what, const QString &why)
{
    m_lastError = why.isEmpty() ? what : what + QLatin1Char('\n') + why;
    // Window-modal and non-blocking: the message never hides behind the window, and edits that
    // triggered it (from inside an item view) finish first.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("GKML"), what, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setInformativeText(why);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    std::unique_ptr<CatalogueFile> file
            = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
    if (!file) {
        showError(tr("Could not open %1.").arg(QDir::toNativeSeparators(path)), error);
        return false;
    }
    attach(std::move(file));
    addRecent(m_file->path());
    return true;
}

bool MainWindow::createCatalogue(const QString &path, const CatalogueInfo &info,
                                 const QList<Item> &startItems)
{
    QString error;
    std::unique_ptr<CatalogueFile> file = CatalogueFile::create(path, info, &error);
    if (!file) {
        showError(tr("Could not create %1.").arg(QDir::toNativeSeparators(path)), error);
        return false;
    }
    if (!startItems.isEmpty()) {
        // Part of creating the file, not an edit to undo.
        QList<Item> items = startItems;
        if (!file->insertItems(items, tr("standard %1 %2").arg(info.standardId, info.standardVersion)))
            showError(tr("The standard's items could not be added."), file->errorString());
    }
    attach(std::move(file));
    addRecent(m_file->path());
    return true;
}

void MainWindow::closeCatalogue()
{
    commitOpenEditor();
    m_form->flush();
    m_form->setEditor(nullptr);
    m_model->setEditor(nullptr);
    m_undo->clear();
    delete m_editor;
    m_editor = nullptr;
    m_file.reset();
    m_lockTimer->stop();
    m_findings->setFindings({});
    m_standard = nullptr;
    m_standardLabel->clear();
    rebuildTree();
    updateTitle();
    updateActions();
    updateStatus();
}

void MainWindow::attach(std::unique_ptr<CatalogueFile> file)
{
    closeCatalogue();
    m_file = std::move(file);
    m_editor = new CatalogueEditor(m_file.get(), m_undo, this);
    m_editor->setItemsSource([this] { return m_model->items(); }); // implicitly shared: no copy
    connect(m_editor, &CatalogueEditor::errorOccurred, this,
            [this](const QString &why) { showError(tr("The change was not saved."), why); });
    connect(m_file.get(), &CatalogueFile::infoChanged, this, &MainWindow::updateTitle);
    m_model->setEditor(m_editor);
    m_form->setEditor(m_editor);
    clearFilters();
    if (m_file->isReadOnly()) {
        m_readOnlyBanner->setText(tr("Read-only: %1 You can read, search, export and print, but not edit.")
                                          .arg(m_file->readOnlyReason()));
        m_readOnlyBanner->show();
    } else {
        m_readOnlyBanner->hide();
        m_lockTimer->start();
    }
    chooseStandard();
    rebuildTree();
    updateTitle();
    updateActions();
    updateStatus();
    if (m_proxy->rowCount() > 0)
        selectCell(m_proxy->index(0, static_cast<int>(Field::Level2)));
    scheduleCheck();
}

void MainWindow::updateTitle()
{
    if (!m_file) {
        setWindowTitle(tr("GKML — Disclosure Catalogue Editor"));
        return;
    }
    const CatalogueInfo info = m_file->info();
    QString title = info.unit.isEmpty() ? tr("(no unit)") : info.unit;
    title += QStringLiteral(" — ") + QFileInfo(m_file->path()).fileName();
    if (m_file->isReadOnly())
        title += QLatin1Char(' ') + tr("[read-only]");
    setWindowTitle(title + QStringLiteral(" — GKML"));
}

void MainWindow::updateActions()
{
    const bool open = m_file != nullptr;
    const bool writable = open && !m_file->isReadOnly();
    const bool hasCurrent = currentId() != 0;
    for (const char *n :
         { "saveCopy", "export", "package", "changes", "copy", "find", "onlyErrors", "clearFilters" })
        m_actions.value(QLatin1String(n))->setEnabled(open);
    m_actions.value(QStringLiteral("print"))->setEnabled(open);
    m_actions.value(QStringLiteral("import"))->setEnabled(!open || writable);
    for (const char *n : { "paste", "insert" })
        m_actions.value(QLatin1String(n))->setEnabled(writable);
    for (const char *n : { "duplicate", "delete", "clear", "moveUp", "moveDown" })
        m_actions.value(QLatin1String(n))->setEnabled(writable && hasCurrent);
    m_modeLabel->setText(!open ? QString() : (writable ? tr("Saved automatically") : tr("Read-only")));
}

void MainWindow::updateStatus()
{
    if (!m_file) {
        m_countLabel->setText(tr("No catalogue open. Create one (Ctrl+N) or open one (Ctrl+O)."));
        m_findingsLabel->clear();
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(shown == total ? tr("%n item(s)", nullptr, total)
                                         : tr("%1 of %n item(s) shown", nullptr, total).arg(shown));
}

void MainWindow::rebuildTree()
{
    // Remember the selection by name: the tree is rebuilt from the items.
    QString domain, level1;
    if (QTreeWidgetItem *cur = m_tree->currentItem()) {
        domain = cur->data(0, Qt::UserRole).toString();
        level1 = cur->data(0, Qt::UserRole + 1).toString();
    }
    QSignalBlocker block(m_tree);
    m_tree->clear();
    if (!m_file) {
        m_proxy->setScope({}, {});
        return;
    }
    QList<QString> domains;
    QHash<QString, QList<QString>> level1s;
    QHash<QString, int> domainCount;
    QHash<QPair<QString, QString>, int> level1Count;
    QStringList departments = FieldChoices::defaultDepartments();
    for (const Item &it : m_model->items()) {
        if (!domainCount.contains(it.domain))
            domains << it.domain;
        ++domainCount[it.domain];
        if (!level1Count.contains({ it.domain, it.level1 }))
            level1s[it.domain] << it.level1;
        ++level1Count[{ it.domain, it.level1 }];
        if (!it.department.isEmpty() && !departments.contains(it.department))
            departments << it.department;
    }
    auto *all = new QTreeWidgetItem(m_tree, { tr("All items (%1)").arg(m_model->rowCount()) });
    all->setIcon(0, icon("gkml"));
    QTreeWidgetItem *select = all;
    for (const QString &d : std::as_const(domains)) {
        auto *di = new QTreeWidgetItem(all,
                                       { QStringLiteral("%1 (%2)")
                                                 .arg(d.isEmpty() ? tr("(no domain)") : d)
                                                 .arg(domainCount.value(d)) });
        di->setData(0, Qt::UserRole, d);
        if (d == domain && level1.isEmpty())
            select = di;
        for (const QString &l : level1s.value(d)) {
            auto *li = new QTreeWidgetItem(di,
                                           { QStringLiteral("%1 (%2)")
                                                     .arg(l.isEmpty() ? tr("(no level-1 item)") : l)
                                                     .arg(level1Count.value({ d, l })) });
            li->setData(0, Qt::UserRole, d);
            li->setData(0, Qt::UserRole + 1, l);
            li->setToolTip(0, l);
            if (d == domain && l == level1)
                select = li;
        }
    }
    all->setExpanded(true);
    if (m_file->info().standardId.isEmpty())
        chooseStandard(); // new domains may call for another standard
    m_tree->setCurrentItem(select);
    if (select->parent())
        select->parent()->setExpanded(true);
    m_proxy->setScope(select->data(0, Qt::UserRole).toString(), select->data(0, Qt::UserRole + 1).toString());
    m_delegate->setDepartments(departments);
    m_form->setDepartments(departments);
}

void MainWindow::chooseStandard()
{
    // The same choice as gkml-cli validate and the package (StandardLibrary::forCatalogue).
    const Standard *standard = nullptr;
    QString missing;
    if (m_file) {
        const CatalogueInfo info = m_file->info();
        StandardLibrary::Choice choice;
        standard = StandardLibrary::instance().forCatalogue(info.standardId, info.standardVersion,
                                                            m_file->domains(), &choice, &missing);
    }
    if (standard == m_standard && m_standardLabel->text().size() > 0 && missing.isEmpty())
        return;
    m_standard = standard;
    m_checker->setStandard(standard);
    m_model->setStandard(standard);
    for (Field f : { Field::Channels, Field::Audience, Field::Method, Field::Level, Field::Stages })
        m_form->setVocabulary(f, FieldChoices::values(f, standard));
    m_standardLabel->setText(standard ? tr("Standard: %1 %2").arg(standard->title(), standard->version())
                                     : !missing.isEmpty() ? missing
                                                          : tr("No standard: only the form is checked"));
    m_standardLabel->setToolTip(standard ? standard->document() : QString());
    scheduleCheck();
}

void MainWindow::scheduleCheck()
{
    if (!m_file) {
        applyFindings({});
        return;
    }
    m_findingsPanel->setStatusText(tr("Checking…"));
    m_checker->schedule(m_model->items());
}

void MainWindow::applyFindings(const QList<Finding> &findings)
{
    m_findings->setFindings(findings);
    QHash<QPair<qint64, int>, ItemTableModel::CellMark> marks;
    for (const Finding &f : findings) {
        if (f.item == 0)
            continue;
        int column = -1;
        if (!f.field.isEmpty()) {
            if (const auto field = ItemFields::fromKey(f.field))
                column = static_cast<int>(*field);
        }
        ItemTableModel::CellMark &m = marks[{ f.item, column }];
        const int sev = static_cast<int>(f.severity);
        if (m.severity < 0 || sev < m.severity) {
            m.severity = sev;
            m.message = f.message;
        } else if (sev == m.severity) {
            m.message += QLatin1Char('\n') + f.message;
        }
    }
    m_model->setMarks(marks);
    const int e = m_findings->count(Finding::Severity::Error);
    const int w = m_findings->count(Finding::Severity::Warning);
    const int i = m_findings->count(Finding::Severity::Info);
    m_findingsLabel->setText(QStringLiteral("<img src=\":/icons/error.svg\" width=14 height=14> %1 &nbsp; "
                                            "<img src=\":/icons/warning.svg\" width=14 height=14> %2 &nbsp; "
                                            "<img src=\":/icons/info.svg\" width=14 height=14> %3")
                                     .arg(tr("%n error(s)", nullptr, e), tr("%n warning(s)", nullptr, w),
                                          tr("%n note(s)", nullptr, i)));
    if (findings.isEmpty())
        m_findingsPanel->setStatusText(m_file ? tr("No findings: the catalogue passes every check.")
                                              : QString());
    else
        m_findingsPanel->setStatusText(
                tr("%1 errors, %2 warnings, %3 notes. Double-click a finding (or press F8) to go to it.")
                        .arg(e)
                        .arg(w)
                        .arg(i));
}

void MainWindow::clearFilters()
{
    m_search->clear();
    m_proxy->setSearchText(QString()); // now, not after the typing pause
    m_header->clearFilters();
    m_actions.value(QStringLiteral("onlyErrors"))->setChecked(false);
    m_proxy->setOnlyMarked(false);
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

bool MainWindow::jumpToFinding(int row)
{
    if (row < 0 || row >= m_findings->rowCount())
        return false;
    const Finding &f = m_findings->findingAt(row);
    if (f.item == 0)
        return false;
    Field field = Field::Level2;
    if (const auto k = ItemFields::fromKey(f.field))
        field = *k;
    const QModelIndex source = m_model->indexOf(f.item, field);
    if (!source.isValid())
        return false;
    QModelIndex target = m_proxy->mapFromSource(source);
    if (!target.isValid()) {
        // Hidden by a filter: show everything rather than jump nowhere.
        clearFilters();
        target = m_proxy->mapFromSource(source);
    }
    if (!target.isValid())
        return false;
    selectCell(target);
    m_table->scrollTo(target, QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
    return true;
}

void MainWindow::currentRowChanged()
{
    const qint64 id = currentId();
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_form->showItem(m_model->itemAt(row));
    else
        m_form->clear();
    updateActions();
}

void MainWindow::selectCell(const QModelIndex &index)
{
    // Explicit ClearAndSelect: QAbstractItemView::setCurrentIndex() consults the keyboard
    // modifiers, so after a Ctrl+ shortcut it would add to the selection instead.
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

qint64 MainWindow::currentId() const
{
    const QModelIndex cur = m_table->currentIndex();
    if (!cur.isValid())
        return 0;
    return cur.data(ItemTableModel::ItemIdRole).toLongLong();
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes()) {
        if (!rows.contains(i.row()))
            rows << i.row();
    }
    std::sort(rows.begin(), rows.end());
    for (int r : std::as_const(rows))
        ids << m_proxy->index(r, 0).data(ItemTableModel::ItemIdRole).toLongLong();
    if (ids.isEmpty() && currentId() != 0)
        ids << currentId();
    return ids;
}

void MainWindow::commitOpenEditor()
{
    // An open cell editor holds typing not yet committed: commit it (the Data Curator #850 trap).
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus != m_table->viewport() && m_table->viewport()->isAncestorOf(focus)) {
        QWidget *editor = focus;
        while (editor->parentWidget() != m_table->viewport())
            editor = editor->parentWidget();
        emit m_delegate->commitData(editor);
    }
}

Item MainWindow::newItemTemplate() const
{
    Item item;
    const int row = m_model->rowOfId(currentId());
    if (row >= 0) {
        const Item &cur = m_model->itemAt(row);
        item.domain = cur.domain;
        item.level1 = cur.level1;
        item.owner = cur.owner;
        item.department = cur.department;
    } else if (QTreeWidgetItem *t = m_tree->currentItem()) {
        item.domain = t->data(0, Qt::UserRole).toString();
        item.level1 = t->data(0, Qt::UserRole + 1).toString();
    }
    if (m_file && item.owner.isEmpty())
        item.owner = m_file->info().unit;
    return item;
}

void MainWindow::insertItem()
{
    if (!m_editor)
        return;
    const QList<qint64> ids
            = m_editor->insertItems({ newItemTemplate() }, QString(), tr("Insert item"), currentId());
    if (ids.isEmpty())
        return;
    const QModelIndex target = m_proxy->mapFromSource(m_model->indexOf(ids.first(), Field::Level2));
    if (target.isValid()) {
        selectCell(target);
        m_table->scrollTo(target);
    }
}

void MainWindow::duplicateItems()
{
    if (!m_editor)
        return;
    QList<Item> copies;
    const QList<qint64> ids = selectedIds();
    for (qint64 id : ids) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            copies << m_model->itemAt(row);
    }
    if (copies.isEmpty())
        return;
    m_editor->insertItems(copies, QStringLiteral("duplicate"),
                          tr("Duplicate %n item(s)", nullptr, int(copies.size())), ids.last());
}

void MainWindow::deleteItems()
{
    if (!m_editor)
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const int nextRow = m_table->currentIndex().row();
    // No "are you sure?": the deletion is one undo step away from being reverted.
    if (m_editor->removeItems(ids)) {
        statusBar()->showMessage(
                tr("%n item(s) deleted. Undo (Ctrl+Z) brings them back.", nullptr, int(ids.size())), 8000);
        const int row = std::min(nextRow, m_proxy->rowCount() - 1);
        if (row >= 0)
            selectCell(m_proxy->index(row, std::max(0, m_table->currentIndex().column())));
    }
}

void MainWindow::clearCells()
{
    if (!m_editor || m_editor->isReadOnly())
        return;
    QList<CatalogueEditor::CellEdit> edits;
    for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes()) {
        const Field f = ItemTableModel::fieldAt(i.column());
        if (f == Field::Domain || f == Field::Seq)
            continue; // an item keeps its place
        edits.append(
                { i.data(ItemTableModel::ItemIdRole).toLongLong(), f, ItemTableModel::valueFromText(f, {}) });
    }
    m_editor->setCells(edits, tr("Clear cells"));
}

void MainWindow::moveItem(int direction)
{
    if (!m_editor)
        return;
    const qint64 id = currentId();
    const int column = m_table->currentIndex().column();
    if (id == 0)
        return;
    if (m_proxy->sortColumn() >= 0 && m_proxy->sortColumn() != static_cast<int>(Field::Seq))
        m_table->sortByColumn(-1, Qt::AscendingOrder); // show the order being changed
    m_editor->moveItem(id, direction);
    const QModelIndex target = m_proxy->mapFromSource(m_model->indexOf(id, ItemTableModel::fieldAt(column)));
    if (target.isValid()) {
        selectCell(target);
        m_table->scrollTo(target);
    }
}

void MainWindow::copySelection()
{
    const QModelIndexList sel = m_table->selectionModel()->selectedIndexes();
    if (sel.isEmpty())
        return;
    // The bounding rectangle in the visible order, like a spreadsheet.
    int top = INT_MAX, bottom = -1;
    QList<int> columns;
    for (const QModelIndex &i : sel) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        if (!columns.contains(i.column()))
            columns << i.column();
    }
    std::sort(columns.begin(), columns.end(),
              [this](int a, int b) { return m_header->visualIndex(a) < m_header->visualIndex(b); });
    QList<QStringList> rows;
    for (int r = top; r <= bottom; ++r) {
        QStringList cells;
        for (int c : std::as_const(columns)) {
            const QModelIndex i = m_proxy->index(r, c);
            cells << (m_table->selectionModel()->isSelected(i) ? i.data(Qt::EditRole).toString() : QString());
        }
        rows << cells;
    }
    QApplication::clipboard()->setMimeData(TableClipboard::toMimeData(rows));
    statusBar()->showMessage(tr("Copied %n row(s).", nullptr, int(rows.size())), 4000);
}

void MainWindow::paste()
{
    const QList<QStringList> rows = TableClipboard::fromMimeData(QApplication::clipboard()->mimeData());
    if (rows.isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no table cells to paste."), 5000);
        return;
    }
    pasteRows(rows);
}

bool MainWindow::pasteRows(const QList<QStringList> &rows)
{
    if (!m_editor || m_editor->isReadOnly() || rows.isEmpty())
        return false;
    // 1. A header row naming fields (copied from a county sheet): columns by header.
    QList<std::optional<Field>> columns;
    int named = 0;
    for (const QString &h : rows.first()) {
        columns << ItemFields::fromHeader(h);
        named += columns.last().has_value();
    }
    QList<QStringList> body = rows;
    const int fieldCount = int(ItemFields::all().size());
    if (named >= 2) {
        body.removeFirst();
    } else if (rows.first().size() >= fieldCount) {
        // 2. Whole rows in the table's own column order (copied from GKML).
        columns.clear();
        for (int c = 0; c < fieldCount; ++c)
            columns << static_cast<Field>(c);
    } else {
        // 3. A block of cells: overwrite from the current cell on, like a spreadsheet.
        const QModelIndex cur = m_table->currentIndex();
        if (!cur.isValid())
            return false;
        QList<CatalogueEditor::CellEdit> edits;
        const int startVisual = m_header->visualIndex(cur.column());
        for (int r = 0; r < rows.size() && cur.row() + r < m_proxy->rowCount(); ++r) {
            const qint64 id = m_proxy->index(cur.row() + r, 0).data(ItemTableModel::ItemIdRole).toLongLong();
            for (int c = 0; c < rows.at(r).size(); ++c) {
                const int logical = m_header->logicalIndex(startVisual + c);
                if (logical < 0)
                    break;
                const Field f = ItemTableModel::fieldAt(logical);
                edits.append({ id, f, ItemTableModel::valueFromText(f, rows.at(r).at(c)) });
            }
        }
        return m_editor->setCells(edits, tr("Paste"));
    }
    QList<Item> items;
    const Item base = newItemTemplate();
    for (const QStringList &row : std::as_const(body)) {
        bool any = false;
        for (const QString &c : row)
            any = any || !c.trimmed().isEmpty();
        if (!any)
            continue;
        Item item;
        item.domain = base.domain;
        for (int c = 0; c < row.size() && c < columns.size(); ++c) {
            if (!columns.at(c) || *columns.at(c) == Field::Seq)
                continue;
            item.setValue(*columns.at(c), ItemTableModel::valueFromText(*columns.at(c), row.at(c)));
        }
        items << item;
    }
    if (items.isEmpty())
        return false;
    const QList<qint64> ids = m_editor->insertItems(
            items, QStringLiteral("paste"), tr("Paste %n item(s)", nullptr, int(items.size())), currentId());
    if (ids.isEmpty())
        return false;
    statusBar()->showMessage(tr("Pasted %n item(s).", nullptr, int(ids.size())), 5000);
    const QModelIndex target = m_proxy->mapFromSource(m_model->indexOf(ids.first(), Field::Level2));
    if (target.isValid())
        selectCell(target);
    return true;
}

void MainWindow::newCatalogue()
{
    NewCatalogueDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    createCatalogue(dialog.path(), dialog.info(), dialog.startItems());
}

void MainWindow::openDialog()
{
    const QString dir = QSettings().value(QStringLiteral("lastDir")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Catalogue"), dir,
                                                      tr("GKML catalogues (*.gkml);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastDir"), QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::saveCopy()
{
    if (!m_file)
        return;
    commitOpenEditor();
    m_form->flush();
    const QFileInfo fi(m_file->path());
    const QString suggestion = fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName()
            + QDate::currentDate().toString(QStringLiteral("-yyyyMMdd")) + QStringLiteral(".gkml");
    const QString target = QFileDialog::getSaveFileName(this, tr("Save a Copy"), suggestion,
                                                        tr("GKML catalogues (*.gkml)"));
    if (target.isEmpty())
        return;
    if (!m_file->saveCopy(target))
        showError(tr("The copy was not saved."), m_file->errorString());
    else
        statusBar()->showMessage(tr("Copy saved: %1").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::importFile()
{
    const QString dir = QSettings().value(QStringLiteral("lastDir")).toString();
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import"), dir, tr("Tables (*.xlsx *.xls *.docx *.csv *.txt *.html *.htm *.json *.doc *.wps *.et);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastDir"), QFileInfo(path).absolutePath());
    ImportDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImportResult &result = dialog.result();
    if (!m_file) {
        // Nothing open: the import starts a new catalogue.
        NewCatalogueDialog create(this);
        create.setUnit(result.unit);
        if (create.exec() != QDialog::Accepted || !createCatalogue(create.path(), create.info()))
            return;
    }
    importItems(result.items, QFileInfo(path).fileName());
}

bool MainWindow::importItems(const QList<Item> &items, const QString &source)
{
    if (!m_editor || items.isEmpty())
        return false;
    if (m_editor->insertItems(items, source, tr("Import %n item(s)", nullptr, int(items.size()))).isEmpty())
        return false;
    statusBar()->showMessage(tr("Imported %n item(s).", nullptr, int(items.size())), 8000);
    return true;
}

void MainWindow::exportFile()
{
    if (!m_file)
        return;
    commitOpenEditor();
    m_form->flush();
    const QFileInfo fi(m_file->path());
    ExportDialog dialog(fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!Exporter::write(m_model->items(), m_file->info(), dialog.format(), dialog.path(), dialog.options(),
                         &error))
        showError(tr("The export was not written."), error);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(dialog.path())), 8000);
}

void MainWindow::printPreview()
{
    if (!m_file)
        return;
    commitOpenEditor();
    m_form->flush();
    QStringList domains, departments;
    for (const Item &it : m_model->items()) {
        if (!it.domain.isEmpty() && !domains.contains(it.domain))
            domains << it.domain;
        if (!it.department.isEmpty() && !departments.contains(it.department))
            departments << it.department;
    }
    PrintSheetsDialog dialog(domains, departments, m_file->info().portalUrl, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog *preview = createPrintPreview(dialog.options(), &printer);
    preview->exec();
    delete preview;
}

QPrintPreviewDialog *MainWindow::createPrintPreview(const SheetOptions &options, QPrinter *printer)
{
    // One QPrinter for preview and print, so what the preview shows is what prints. The sheet
    // engine sets the page layout from the options; paper and orientation changed in the
    // preview's tool bar are carried back into the options on every repaint.
    printer->setPageLayout(options.pageLayout());
    printer->setDocName(m_file ? m_file->info().unit : QString());
    auto *preview = new QPrintPreviewDialog(printer, this);
    preview->setObjectName(QStringLiteral("printPreview"));
    preview->setWindowTitle(tr("Print Board Sheets"));
    const QList<Item> items = m_model->items();
    const CatalogueInfo info = m_file ? m_file->info() : CatalogueInfo();
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this, items, info, options](QPrinter *p) {
        SheetOptions o = options;
        const QPageLayout layout = p->pageLayout();
        o.orientation = layout.orientation() == QPageLayout::Portrait ? SheetOptions::Orientation::Portrait
                                                                      : SheetOptions::Orientation::Landscape;
        o.paper = layout.pageSize().id() == QPageSize::A3 ? SheetOptions::Paper::A3 : SheetOptions::Paper::A4;
        SheetRenderer renderer(items, info, o);
        QString error;
        if (!renderer.render(p, &error))
            showError(tr("The sheets could not be printed."), error);
    });
    preview->resize(1100, 800);
    return preview;
}

void MainWindow::showChanges()
{
    if (!m_file)
        return;
    m_form->flush();
    ChangesDialog dialog(*m_file, this);
    dialog.exec();
}

void MainWindow::makePackage()
{
    if (!m_file)
        return;
    commitOpenEditor();
    m_form->flush();
    const QString suggestion = QFileInfo(m_file->path()).absolutePath() + QLatin1Char('/')
            + SubmissionPackage::defaultFileName(m_file->info(), QDate::currentDate());
    const QString path = QFileDialog::getSaveFileName(this, tr("Submission Package"), suggestion,
                                                      tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const PackageJob::Result r = PackageJob::run(
            *m_file, path, QStringLiteral("GKML %1 (gkml)").arg(QStringLiteral(GKML_VERSION)));
    QApplication::restoreOverrideCursor();
    switch (r.status) {
    case PackageJob::Status::Refused:
        // Show what blocks it where the clerk fixes it: the findings dock.
        applyFindings(r.findings);
        showError(tr("The package was not made."),
                  r.error + QLatin1Char('\n')
                          + tr("Fix the errors listed under Findings (F8 goes to the next one)."));
        return;
    case PackageJob::Status::Failed: showError(tr("The package was not made."), r.error); return;
    case PackageJob::Status::Done: break;
    }
    statusBar()->showMessage(tr("Package written: %1 (%n public item(s))", nullptr, r.manifest.itemCount)
                                     .arg(QDir::toNativeSeparators(r.path)),
                             10000);
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    settings.setValue(QStringLiteral("lastDir"), QFileInfo(path).absolutePath());
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
                QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    QMessageBox::information(this, tr("Language"),
                             tr("The new language is used the next time GKML starts.\n"
                                "下次启动 GKML 时使用新的语言。"));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About GKML"),
                       tr("<h3>GKML %1</h3><p>Editor and checker for county disclosure catalogues "
                          "(政务公开事项标准目录).</p><p>Every change is saved the moment it is made; "
                          "Undo (Ctrl+Z) takes it back.</p>")
                               .arg(QStringLiteral(GKML_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Nothing to ask: every edit is already in the file. Only pending typing needs a commit.
    commitOpenEditor();
    m_form->flush();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace gkml
