#include "DocumentLedgerWindow.h"

#include "DocumentCommands.h"
#include "DocumentFilterProxy.h"
#include "DocumentTableModel.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/DocumentStore.h"
#include "documents/DocumentChecker.h"
#include "documents/IndexNumberTemplate.h"
#include "documents/LedgerForms.h"
#include "documents/LedgerImporter.h"
#include "documents/LedgerPdf.h"
#include "widgets/DialogParts.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace gkml {

DocumentLedgerWindow::DocumentLedgerWindow(CatalogueFile *file, TransferPlanner planner, QWidget *parent)
    : QMainWindow(parent)
    , m_file(file)
    , m_store(std::make_unique<DocumentStore>(file))
    , m_planner(std::move(planner))
    , m_today(QDate::currentDate())
    , m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("Document register - %1").arg(file->info().unit));
    resize(1280, 760);
    m_model = new DocumentTableModel(m_store.get(), m_undo, this);
    m_proxy = new DocumentFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    QToolBar *tools = addToolBar(tr("Documents"));
    tools->setObjectName(QStringLiteral("documentTools"));
    m_add = tools->addAction(tr("Add document"), this, &DocumentLedgerWindow::addDocument);
    m_remove = tools->addAction(tr("Delete"), this, &DocumentLedgerWindow::removeSelected);
    m_assign = tools->addAction(tr("Assign index number"), this, &DocumentLedgerWindow::assignIndexNumbers);
    m_import = tools->addAction(tr("Import ledger…"), this, &DocumentLedgerWindow::importLedger);
    tools->addSeparator();
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    tools->addAction(undo);
    tools->addAction(redo);
    // A step done or undone makes the last message ("Recorded: …") stale; a refused step leaves
    // the stack as it was, and its error stays.
    connect(m_undo, &QUndoStack::indexChanged, statusBar(), &QStatusBar::clearMessage);
    tools->addSeparator();
    tools->addAction(tr("Index number pattern…"), this, &DocumentLedgerWindow::editIndexTemplate);
    tools->addAction(tr("Print the return list…"), this, &DocumentLedgerWindow::printToReturn);
    tools->addAction(tr("Print the transfer list…"), this, &DocumentLedgerWindow::printTransferList);
    m_record = tools->addAction(tr("Record the handover…"), this, &DocumentLedgerWindow::recordHandover);
    tools->addAction(tr("Reprint a recorded list…"), this, &DocumentLedgerWindow::reprintTransferList);
    m_remove->setShortcut(QKeySequence::Delete);
    const bool writable = !file->isReadOnly();
    for (QAction *a : { m_add, m_remove, m_assign, m_import, m_record })
        a->setEnabled(writable);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Search number, title, office…"));
    m_search->setClearButtonEnabled(true);
    m_department = new QComboBox(central);
    m_attribute = new QComboBox(central);
    m_attribute->addItem(tr("All attributes"), QString());
    for (const QString &a : Document::attributes())
        m_attribute->addItem(a, a);
    m_attribute->addItem(tr("Not marked"), DocumentFilterProxy::unmarked());
    m_onlyReturn = new QCheckBox(tr("Only documents to return"), central);
    filters->addWidget(m_search, 2);
    filters->addWidget(new QLabel(tr("Office:"), central));
    filters->addWidget(m_department, 1);
    filters->addWidget(new QLabel(tr("Disclosure:"), central));
    filters->addWidget(m_attribute, 1);
    filters->addWidget(m_onlyReturn);
    layout->addLayout(filters);

    m_next = new QLabel(central);
    m_next->setObjectName(QStringLiteral("nextTransfer"));
    m_next->setWordWrap(true);
    m_next->setStyleSheet(
            QStringLiteral("QLabel { background: #eef5ff; border: 1px solid #b8d0f0; padding: 6px; }"));
    layout->addWidget(m_next);

    auto *split = new QSplitter(Qt::Vertical, central);
    m_table = new QTableView(split);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(DocumentTableModel::Title, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_findings = new QListWidget(split);
    split->addWidget(m_table);
    split->addWidget(m_findings);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    setCentralWidget(central);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &DocumentFilterProxy::setText);
    connect(m_department, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setDepartment(m_department->currentData().toString()); });
    connect(m_attribute, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setAttribute(m_attribute->currentData().toString()); });
    connect(m_onlyReturn, &QCheckBox::toggled, m_proxy, &DocumentFilterProxy::setOnlyToReturn);
    connect(m_model, &DocumentTableModel::findingsChanged, this, &DocumentLedgerWindow::refresh);
    connect(m_model, &DocumentTableModel::errorOccurred, this, &DocumentLedgerWindow::showError);
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_model->rowOf(item->data(Qt::UserRole).toLongLong());
        if (row < 0)
            return;
        const QModelIndex index
                = m_proxy->mapFromSource(m_model->index(row, item->data(Qt::UserRole + 1).toInt()));
        if (index.isValid()) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
        }
    });
    if (!writable)
        statusBar()->showMessage(tr("Read-only: %1").arg(file->readOnlyReason()));
    refresh();
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(DocumentTableModel::Title, QHeaderView::Stretch);
}

DocumentLedgerWindow::~DocumentLedgerWindow()
{
    // The commands refer to the store: drop them before it goes.
    m_undo->clear();
    delete m_proxy;
    delete m_model;
    m_proxy = nullptr;
    m_model = nullptr;
}

void DocumentLedgerWindow::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void DocumentLedgerWindow::refresh()
{
    if (!m_model)
        return;
    // The office filter offers the offices in the ledger.
    const QString current = m_department->currentData().toString();
    QStringList offices;
    for (const Document &d : m_model->documents()) {
        if (!d.department.isEmpty() && !offices.contains(d.department))
            offices << d.department;
    }
    offices.sort();
    m_department->blockSignals(true);
    m_department->clear();
    m_department->addItem(tr("All offices"), QString());
    for (const QString &o : std::as_const(offices))
        m_department->addItem(o, o);
    m_department->setCurrentIndex(qMax(0, m_department->findData(current)));
    m_department->blockSignals(false);

    m_findings->clear();
    const QList<Finding> findings = m_model->findings();
    static const QHash<QString, int> columnOf {
        { QStringLiteral("docNo"), DocumentTableModel::DocNo },
        { QStringLiteral("title"), DocumentTableModel::Title },
        { QStringLiteral("writtenOn"), DocumentTableModel::WrittenOn },
        { QStringLiteral("attribute"), DocumentTableModel::Attribute },
        { QStringLiteral("reason"), DocumentTableModel::Reason },
        { QStringLiteral("reviewer"), DocumentTableModel::Reviewer },
        { QStringLiteral("indexNo"), DocumentTableModel::IndexNo }
    };
    for (const Finding &f : findings) {
        auto *item = new QListWidgetItem(
                QStringLiteral("%1 %2 — %3")
                        .arg(f.level1.isEmpty() ? f.level2 : f.level1, f.domain, f.message),
                m_findings);
        item->setData(Qt::UserRole, f.item);
        item->setData(Qt::UserRole + 1, columnOf.value(f.field, 0));
        item->setForeground(f.severity == Finding::Severity::Error ? QColor(0xa4, 0x1e, 0x1e)
                                                                   : QColor(0x7a, 0x5a, 0x00));
    }
    int toReturn = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        toReturn += m_model->index(r, 0).data(DocumentTableModel::ToReturnRole).toBool();

    const TransferPlanner::Day next = nextTransferDay();
    const QList<Document> batch = TransferPlanner::batch(m_model->documents(), next.nominal);
    QString text = next.due == next.nominal
            ? tr("Next transfer to the county archives and library: %1, %n document(s).", nullptr,
                 int(batch.size()))
                      .arg(LedgerForms::chineseDate(next.due))
            : tr("Next transfer to the county archives and library: %1 (the %2, deferred over the holiday), "
                 "%n "
                 "document(s).",
                 nullptr, int(batch.size()))
                      .arg(LedgerForms::chineseDate(next.due), LedgerForms::chineseDate(next.nominal));
    QStringList titles;
    for (int i = 0; i < qMin<qsizetype>(batch.size(), 3); ++i)
        titles << batch.at(i).docNo;
    if (!titles.isEmpty())
        text += QLatin1Char(' ')
                + tr("To hand over: %1")
                          .arg(titles.join(QStringLiteral("、")) + (batch.size() > 3 ? tr(" …") : QString()));
    if (next.outsideData)
        text += QLatin1Char(' ') + tr("(no holiday data for this year: Monday to Friday assumed)");
    text += QLatin1Char('\n') + tr("%n document(s) to return to their office.", nullptr, toReturn);
    m_next->setText(text);
    m_table->resizeColumnToContents(DocumentTableModel::IndexNo);
    m_table->resizeColumnToContents(DocumentTableModel::DocType);
}

void DocumentLedgerWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    // Window-modal but not blocking: the edit that failed is already undone on screen.
    auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QList<int> DocumentLedgerWindow::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(i).row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_proxy->mapToSource(m_table->currentIndex()).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void DocumentLedgerWindow::addDocument()
{
    Document d;
    d.writtenOn = m_today;
    d.department = m_department->currentData().toString();
    auto *command = new AddDocumentsCommand(
            m_store.get(), [this](const QString &m) { showError(m); }, { d }, tr("Add document"));
    m_undo->push(command);
    const int row = command->ids().isEmpty() ? -1 : m_model->rowOf(command->ids().first());
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, DocumentTableModel::DocNo));
        m_table->setCurrentIndex(index);
        m_table->edit(index);
    }
}

void DocumentLedgerWindow::removeSelected()
{
    QList<Document> docs;
    for (int row : selectedRows())
        docs << m_model->documentAt(row);
    if (docs.isEmpty())
        return;
    m_undo->push(new RemoveDocumentsCommand(
            m_store.get(), [this](const QString &m) { showError(m); }, docs,
            tr("Delete %n document(s)", nullptr, int(docs.size()))));
}

void DocumentLedgerWindow::assignIndexNumbers()
{
    const IndexNumberTemplate t(m_store->indexOrg(), m_store->indexPattern());
    if (!t.isUsable()) {
        showError(t.problem());
        return;
    }
    QList<qint64> ids;
    for (int row : selectedRows()) {
        if (m_model->documentAt(row).indexNo.isEmpty())
            ids << m_model->documentAt(row).id;
    }
    if (ids.isEmpty())
        return;
    m_undo->beginMacro(tr("Assign %n index number(s)", nullptr, int(ids.size())));
    for (qint64 id : std::as_const(ids))
        m_undo->push(new AssignIndexCommand(
                m_store.get(), [this](const QString &m) { showError(m); }, id,
                [t](const QDate &d, int seq) { return t.format(d, seq); }));
    m_undo->endMacro();
}

void DocumentLedgerWindow::importLedger()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a Document Ledger"), QString(),
                                                      tr("Ledgers (*.xlsx *.csv)"));
    if (!path.isEmpty())
        importLedgerFile(path);
}

void DocumentLedgerWindow::importLedgerFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const LedgerImporter::Result r = LedgerImporter::readFile(path);
    if (!r.error.isEmpty() || r.documents.isEmpty()) {
        showError(tr("%1: %2").arg(name, r.error.isEmpty() ? tr("no documents were found in it.") : r.error));
        return;
    }
    QString question
            = tr("Add the %n document(s) of %1 to the register?", nullptr, int(r.documents.size())).arg(name);
    if (!r.warnings.isEmpty()) {
        constexpr int kShown = 8; // the box stays on the screen; the rest are counted
        question += QStringLiteral("\n\n") + tr("Not understood (these rows or values are left out):")
                + QStringLiteral("\n") + r.warnings.mid(0, kShown).join(QLatin1Char('\n'));
        if (r.warnings.size() > kShown)
            question += QStringLiteral("\n") + tr("… and %n more.", nullptr, int(r.warnings.size() - kShown));
    }
    if (QMessageBox::question(this, tr("Import a Document Ledger"), question) != QMessageBox::Yes)
        return;
    // 索引号 already in the ledger are kept and reserved, so the next number follows them.
    const IndexNumberTemplate index(m_store->indexOrg(), m_store->indexPattern());
    // A refused step deletes itself in push(): the handler says whether it was refused.
    auto refused = std::make_shared<bool>(false);
    m_undo->push(new AddDocumentsCommand(
            m_store.get(),
            [this, refused](const QString &m) {
                *refused = true;
                showError(m);
            },
            r.documents, tr("Import %1").arg(name),
            [index](const QString &n, int *year, int *seq) { return index.parse(n, year, seq); }));
    if (!*refused)
        statusBar()->showMessage(
                tr("Imported %n document(s) from %1.", nullptr, int(r.documents.size())).arg(name), 10000);
}

void DocumentLedgerWindow::editIndexTemplate()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Index number pattern"));
    auto *form = new QFormLayout(&dialog);
    auto *org = new QLineEdit(m_store->indexOrg(), &dialog);
    auto *pattern = new QLineEdit(m_store->indexPattern().isEmpty() ? IndexNumberTemplate::defaultPattern()
                                                                    : m_store->indexPattern(),
                                  &dialog);
    auto *example = new QLabel(&dialog);
    form->addRow(tr("Organisation code:"), org);
    form->addRow(tr("Pattern:"), pattern);
    form->addRow(tr("Example:"), example);
    auto *buttons = DialogParts::buttons(&dialog, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    auto update = [&] {
        const IndexNumberTemplate t(org->text(), pattern->text());
        example->setText(t.isUsable() ? t.format(m_today, 12) : t.problem());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(t.isUsable());
    };
    connect(org, &QLineEdit::textChanged, &dialog, update);
    connect(pattern, &QLineEdit::textChanged, &dialog, update);
    update();
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_store->setIndexTemplate(org->text(), pattern->text())) {
        showError(m_store->errorString());
        return;
    }
    m_model->setIndexTemplate(IndexNumberTemplate(m_store->indexOrg(), m_store->indexPattern()));
}

void DocumentLedgerWindow::printToReturn()
{
    const auto byOffice = DocumentChecker::toReturn(m_model->documents());
    if (byOffice.isEmpty()) {
        statusBar()->showMessage(tr("No document is to be returned."), 8000);
        return;
    }
    savePdf(tr("Save the return list"), tr("return-list.pdf"),
            LedgerForms::returnLists(m_file->info().unit, byOffice, m_today),
            tr("Documents returned to be redone"));
}

void DocumentLedgerWindow::savePdf(const QString &caption, const QString &suggestion,
                                   const QList<LedgerSheet> &sheets, const QString &title)
{
    const QString path = QFileDialog::getSaveFileName(this, caption, suggestion, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!LedgerPdf::write(sheets, title, path, &error))
        showError(error);
}

TransferPlanner::Day DocumentLedgerWindow::nextTransferDay() const
{
    // Read once: this runs on every refresh of the window, i.e. after every edit.
    QSet<QDate> recorded;
    for (const TransferBatch &b : m_store->batches())
        recorded.insert(b.nominal);
    TransferPlanner::Day day = m_planner.next(m_today);
    while (recorded.remove(day.nominal)) // each recorded day is passed over once: the loop ends
        day = m_planner.next(day.due.addDays(1));
    return day;
}

void DocumentLedgerWindow::printTransferList()
{
    const TransferPlanner::Day next = nextTransferDay();
    saveTransferList(next, TransferPlanner::batch(m_model->documents(), next.nominal));
}

void DocumentLedgerWindow::saveTransferList(const TransferPlanner::Day &day, const QList<Document> &batch)
{
    savePdf(tr("Save the transfer list"), tr("transfer-list-%1.pdf").arg(day.nominal.toString(Qt::ISODate)),
            LedgerForms::transferList(m_file->info().unit, day, batch),
            tr("List of government information documents handed over"));
}

void DocumentLedgerWindow::recordHandover()
{
    const TransferPlanner::Day day = nextTransferDay();
    const QList<Document> batch = TransferPlanner::batch(m_model->documents(), day.nominal);
    if (batch.isEmpty()) {
        statusBar()->showMessage(
                tr("Nothing is due for the transfer of %1.").arg(LedgerForms::chineseDate(day.due)), 10000);
        return;
    }
    const QString question
            = tr("Record that the %n document(s) of the transfer of %1 were handed over to the county "
                 "archives and library? They then leave the pending list (Undo takes the record back).",
                 nullptr, int(batch.size()))
                      .arg(LedgerForms::chineseDate(day.due));
    if (QMessageBox::question(this, tr("Record the handover"), question) != QMessageBox::Yes)
        return;
    QList<qint64> ids;
    for (const Document &d : batch)
        ids << d.id;
    // A refused step deletes itself in push(): the handler says whether it was refused.
    auto refused = std::make_shared<bool>(false);
    m_undo->push(new RecordHandoverCommand(
            m_store.get(),
            [this, refused](const QString &m) {
                *refused = true;
                showError(m);
            },
            day.nominal, day.due, ids));
    if (*refused)
        return;
    statusBar()->showMessage(tr("Recorded: %n document(s) handed over on %1.", nullptr, int(ids.size()))
                                     .arg(LedgerForms::chineseDate(day.due)),
                             10000);
    refresh();
}

void DocumentLedgerWindow::reprintTransferList()
{
    const QList<TransferBatch> batches = m_store->batches();
    if (batches.isEmpty()) {
        statusBar()->showMessage(tr("No transfer has been recorded yet."), 10000);
        return;
    }
    QStringList labels;
    for (const TransferBatch &b : batches)
        labels.prepend(tr("%1 (handed over %2, %n document(s))", nullptr, b.documents)
                               .arg(b.nominal.toString(Qt::ISODate), b.due.toString(Qt::ISODate)));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Reprint a recorded list"), tr("Transfer day:"),
                                                 labels, 0, false, &ok);
    if (!ok)
        return;
    const TransferBatch &batch = batches.at(batches.size() - 1 - labels.indexOf(chosen)); // newest first
    saveTransferList({ batch.nominal, batch.due, false }, m_store->documentsIn(batch.id));
}

} // namespace gkml
