#include "FindingsPanel.h"

#include "models/FindingsModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace gkml {

FindingsPanel::FindingsPanel(FindingsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_view);
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(FindingsModel::SeverityColumn, 120);
    m_view->setColumnWidth(FindingsModel::ItemColumn, 260);
    m_view->setColumnWidth(FindingsModel::FieldColumn, 110);
    m_view->setColumnWidth(FindingsModel::CodeColumn, 160);
    m_view->setColumnHidden(FindingsModel::CodeColumn, true); // codes are for JSON and scripts, not clerks
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &i) { emit findingActivated(i.row()); });
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &i) { emit findingActivated(i.row()); });
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
