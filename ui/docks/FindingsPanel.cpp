#include "FindingsPanel.h"

#include "models/FindingsModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gkml {

FindingsPanel::FindingsPanel(FindingsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_addButton(new QPushButton(tr("Add from Standard"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    m_addButton->setObjectName(QStringLiteral("addFromStandard"));
    m_addButton->setToolTip(
            tr("Puts the standard's row, with every field it gives, into the catalogue (Enter)"));
    top->addWidget(m_addButton);
    layout->addLayout(top);
    layout->addWidget(m_view);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (canAddFromStandard(m_view->currentIndex().row()))
            emit addFromStandardRequested(m_view->currentIndex().row());
    });
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Compact rows, and room for at least four of them when the dock is first laid out.
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setMinimumHeight(5 * (fontMetrics().height() + 6));
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(FindingsModel::SeverityColumn, 120);
    m_view->setColumnWidth(FindingsModel::ItemColumn, 260);
    m_view->setColumnWidth(FindingsModel::FieldColumn, 110);
    m_view->setColumnWidth(FindingsModel::CodeColumn, 160);
    m_view->setColumnHidden(FindingsModel::CodeColumn, true); // codes are for JSON and scripts, not clerks
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) { activate(i.row()); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &i) { activate(i.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FindingsPanel::updateButton);
    connect(model, &QAbstractItemModel::modelReset, this, &FindingsPanel::updateButton);
    updateButton();
}

bool FindingsPanel::canAddFromStandard(int row) const
{
    return row >= 0 && row < m_model->rowCount()
            && m_model->findingAt(row).code == QLatin1String("standard-item-missing");
}

void FindingsPanel::activate(int row)
{
    if (canAddFromStandard(row))
        emit addFromStandardRequested(row);
    else if (canFillColumn(row))
        emit fillColumnRequested(row);
    else
        emit findingActivated(row);
}

bool FindingsPanel::canFillColumn(int row) const
{
    return row >= 0 && row < m_model->rowCount()
            && m_model->findingAt(row).code == QLatin1String("column-missing");
}

void FindingsPanel::updateButton()
{
    m_addButton->setEnabled(canAddFromStandard(m_view->currentIndex().row()));
}

void FindingsPanel::copyFinding(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    QStringList cells;
    for (int c = 0; c < m_model->columnCount(); ++c)
        cells << m_model->index(row, c).data().toString();
    QApplication::clipboard()->setText(cells.join(QLatin1Char('\t')));
}

void FindingsPanel::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex at = m_view->indexAt(m_view->viewport()->mapFromGlobal(event->globalPos()));
    if (!at.isValid())
        return;
    m_view->setCurrentIndex(at);
    const int row = at.row();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("findingsMenu"));
    QAction *go = menu.addAction(tr("&Go to Item"), this, [this, row] { emit findingActivated(row); });
    go->setEnabled(m_model->findingAt(row).item != 0);
    QAction *add = menu.addAction(tr("&Add from Standard"), this,
                                  [this, row] { emit addFromStandardRequested(row); });
    add->setEnabled(canAddFromStandard(row));
    if (canFillColumn(row))
        menu.addAction(tr("&Fill the Column for All Items…"), this,
                       [this, row] { emit fillColumnRequested(row); });
    menu.addAction(tr("&Copy"), this, [this, row] { copyFinding(row); });
    menu.exec(event->globalPos());
}

void FindingsPanel::setStatusText(const QString &text)
{
    m_status->setText(text);
}

void FindingsPanel::step(int direction)
{
    const int n = m_model->rowCount();
    if (n == 0)
        return;
    const QModelIndex cur = m_view->currentIndex();
    int row = cur.isValid() ? cur.row() + direction : (direction > 0 ? 0 : n - 1);
    row = (row + n) % n;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    emit findingActivated(row);
}

} // namespace gkml
