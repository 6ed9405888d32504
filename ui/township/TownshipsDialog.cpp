#include "TownshipsDialog.h"

#include "catalogue/CatalogueFile.h"
#include "catalogue/TownshipStore.h"
#include "exchange/CsvReader.h"
#include "exchange/XlsxReader.h"
#include "township/TownshipList.h"
#include "widgets/DialogParts.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gkml {

TownshipsDialog::TownshipsDialog(CatalogueFile &file, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_table(new QTableWidget(0, 3, this))
    , m_problem(DialogParts::errorLabel(this))
{
    setWindowTitle(tr("Townships"));
    resize(640, 420);
    m_table->setObjectName(QStringLiteral("townshipTable"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Responsible office"), tr("Contact") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_problem->setObjectName(QStringLiteral("problem"));

    auto *intro = new QLabel(tr("The townships (乡镇) and streets (街道) whose notice boards this catalogue "
                                "serves. Type them, paste a list copied from Excel or a document (one per "
                                "line: name, office, contact), or import a .csv/.xlsx list."),
                             this);
    intro->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("add"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("remove"));
    auto *paste = new QPushButton(tr("&Paste List"), this);
    paste->setObjectName(QStringLiteral("paste"));
    auto *import = new QPushButton(tr("&Import…"), this);
    import->setObjectName(QStringLiteral("import"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
            rows.append(i.row());
        if (rows.isEmpty() && m_table->currentRow() >= 0)
            rows.append(m_table->currentRow());
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int r : rows)
            m_table->removeRow(r);
    });
    connect(paste, &QPushButton::clicked, this, &TownshipsDialog::pasteList);
    connect(import, &QPushButton::clicked, this, &TownshipsDialog::chooseImport);
    auto *pasteKey = new QShortcut(QKeySequence::Paste, m_table);
    pasteKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pasteKey, &QShortcut::activated, this, &TownshipsDialog::pasteList);

    auto *buttons = DialogParts::buttons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_file.isReadOnly());

    auto *side = new QVBoxLayout;
    for (QPushButton *b : { add, remove, paste, import }) {
        b->setEnabled(!m_file.isReadOnly());
        side->addWidget(b);
    }
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    TownshipStore store(m_file);
    m_original = store.townships();
    for (const Township &t : std::as_const(m_original))
        addRow(t);
}

void TownshipsDialog::addRow(const Township &t)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(t.name);
    name->setData(Qt::UserRole, t.id);
    m_table->setItem(row, 0, name);
    m_table->setItem(row, 1, new QTableWidgetItem(t.office));
    m_table->setItem(row, 2, new QTableWidgetItem(t.contact));
}

void TownshipsDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool TownshipsDialog::addFromText(const QString &text)
{
    const TownshipList::Result list = TownshipList::fromText(text);
    if (!list.error.isEmpty()) {
        showProblem(list.error);
        return false;
    }
    addMissing(list.townships);
    return true;
}

void TownshipsDialog::addMissing(const QList<Township> &townships)
{
    QSet<QString> present;
    for (int r = 0; r < m_table->rowCount(); ++r)
        present.insert(m_table->item(r, 0)->text().trimmed());
    for (const Township &t : townships) {
        if (!present.contains(t.name))
            addRow({ 0, t.name, t.office, t.contact });
    }
    showProblem({});
}

void TownshipsDialog::pasteList()
{
    addFromText(QApplication::clipboard()->text());
}

bool TownshipsDialog::importFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QList<TableGrid> grids;
    if (suffix == QLatin1String("xlsx")) {
        const XlsxReader::Result r = XlsxReader::readFile(path);
        if (!r.error.isEmpty()) {
            showProblem(r.error);
            return false;
        }
        grids = r.grids;
    } else {
        const CsvReader::Result r = CsvReader::readFile(path, QStringLiteral("auto"));
        if (!r.error.isEmpty()) {
            showProblem(r.error);
            return false;
        }
        grids = { r.grid };
    }
    QString firstError = tr("The list names no township.");
    for (const TableGrid &grid : std::as_const(grids)) {
        const TownshipList::Result list = TownshipList::fromGrid(grid);
        if (!list.error.isEmpty()) {
            firstError = list.error;
            continue;
        }
        addMissing(list.townships);
        return true;
    }
    showProblem(firstError);
    return false;
}

void TownshipsDialog::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Townships"), QString(),
                                                      tr("Township lists (*.xlsx *.csv)"));
    if (!path.isEmpty())
        importFile(path);
}

void TownshipsDialog::accept()
{
    // Check every row first: nothing is written unless all of it can be.
    QList<Township> rows;
    QSet<QString> names;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        Township t;
        t.id = m_table->item(r, 0)->data(Qt::UserRole).toLongLong();
        t.name = m_table->item(r, 0)->text().trimmed();
        t.office = m_table->item(r, 1) ? m_table->item(r, 1)->text().trimmed() : QString();
        t.contact = m_table->item(r, 2) ? m_table->item(r, 2)->text().trimmed() : QString();
        if (t.name.isEmpty() && t.id == 0)
            continue; // an empty row added and left blank
        const QString why = TownshipStore::checkName(t.name);
        if (!why.isEmpty()) {
            showProblem(tr("Row %1: %2").arg(r + 1).arg(why));
            return;
        }
        if (names.contains(t.name)) {
            showProblem(tr("Row %1: %2 is listed twice.").arg(r + 1).arg(t.name));
            return;
        }
        names.insert(t.name);
        rows.append(t);
    }
    TownshipStore store(m_file);
    if (!store.replaceAll(rows)) { // one transaction: all of it or nothing
        showProblem(store.errorString());
        return;
    }
    QDialog::accept();
}

} // namespace gkml
