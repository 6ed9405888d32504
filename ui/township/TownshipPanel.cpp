#include "TownshipPanel.h"

#include "TownshipActions.h"
#include "TownshipSelector.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/TownshipStore.h"
#include "models/ItemFilterProxy.h"
#include "models/ItemTableModel.h"
#include "township/TownshipCatalogue.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gkml {

TownshipPanel::TownshipPanel(QWidget *parent)
    : QWidget(parent)
    , m_selector(new TownshipSelector(this))
    , m_actions(new TownshipActions(parent ? parent->window() : this, [this] { return m_file.data(); }))
    , m_counts(new QTreeWidget(this))
    , m_refresh(new QTimer(this))
    , m_departmentLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("townships")); // its dock is "townshipsDock" in saved layouts
    m_departmentLabel->setObjectName(QStringLiteral("departmentCounts"));
    m_departmentLabel->setToolTip(tr("Items per responsible office (责任股室)"));
    m_counts->setObjectName(QStringLiteral("townshipCounts"));
    m_counts->setColumnCount(2);
    m_counts->setHeaderLabels({ tr("Office / township"), tr("Items") });
    m_counts->header()->setStretchLastSection(false);
    m_counts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_counts->setRootIsDecorated(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_selector);
    layout->addWidget(m_counts, 1);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(300); // typing in a cell must not recount on every key
    connect(m_refresh, &QTimer::timeout, this, &TownshipPanel::refresh);
    connect(m_selector, &TownshipSelector::townshipChanged, this, &TownshipPanel::applyFilter);
    connect(m_actions, &TownshipActions::changed, this, &TownshipPanel::refresh);
}

void TownshipPanel::attach(QMainWindow *window, ItemFilterProxy *proxy, QMenu *menu)
{
    m_proxy = proxy;
    auto *dock = new QDockWidget(tr("Townships"), window);
    dock->setObjectName(QStringLiteral("townshipsDock"));
    dock->setWidget(this);
    window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    if (menu)
        addActionsTo(menu);
}

void TownshipPanel::addActionsTo(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(m_actions->editAction());
    menu->addAction(m_actions->additionsAction());
    menu->addAction(m_actions->printAllAction());
}

void TownshipPanel::setCatalogue(CatalogueFile *file)
{
    if (m_file)
        disconnect(m_file, nullptr, this, nullptr);
    m_file = file;
    if (file) {
        auto later = [this] { m_refresh->start(); };
        connect(file, &CatalogueFile::itemChanged, this, later);
        connect(file, &CatalogueFile::itemsInserted, this, later);
        connect(file, &CatalogueFile::itemsRemoved, this, later);
    }
    m_actions->updateEnabled();
    refresh();
}

void TownshipPanel::setItemModel(ItemTableModel *model)
{
    m_model = model;
    m_selector->setItemsSource([this] { return m_model ? m_model->items() : m_file->items(); });
    // The counts need every item: when a large catalogue is read in two steps, count after.
    connect(model, &ItemTableModel::loadingFinished, this, &TownshipPanel::refresh);
}

void TownshipPanel::refresh()
{
    if (m_file && m_model && m_model->isLoading())
        return; // counted when the rest is read (loadingFinished)
    m_selector->setCatalogue(m_file);
    m_counts->clear();
    m_departmentSummary.clear();
    m_departmentLabel->clear();
    if (!m_file) {
        applyFilter();
        emit countsChanged();
        return;
    }
    const QList<Item> items = m_model ? m_model->items() : m_file->items();
    QMap<QString, int> departments;
    QStringList order;
    for (const Item &it : items) {
        const QString name = it.department.trimmed();
        if (!departments.contains(name))
            order.append(name);
        ++departments[name];
    }
    auto *offices
            = new QTreeWidgetItem(m_counts, { tr("Responsible offices"), QString::number(items.size()) });
    QStringList summary;
    for (const QString &name : std::as_const(order)) {
        const QString shown = name.isEmpty() ? tr("(no office)") : name;
        new QTreeWidgetItem(offices, { shown, QString::number(departments.value(name)) });
        summary.append(QStringLiteral("%1 %2").arg(shown).arg(departments.value(name)));
    }
    m_departmentSummary = summary.join(QStringLiteral(" · "));
    m_departmentLabel->setText(m_departmentSummary);
    TownshipStore store(*m_file);
    const QList<Township> townships = store.townships();
    if (!townships.isEmpty()) {
        const Vocabulary *levels = TownshipCatalogue::levelVocabularyFor(*m_file);
        auto *group = new QTreeWidgetItem(m_counts, { tr("Townships"), QString::number(townships.size()) });
        for (const Township &t : townships) {
            const int n = static_cast<int>(
                    TownshipCatalogue(t, levels).derive(items, store.additions(t.id)).items.size());
            new QTreeWidgetItem(group, { t.name, QString::number(n) });
        }
    }
    m_counts->expandAll();
    emit countsChanged(); // the table's filter follows item edits by itself (dynamic filter)
}

void TownshipPanel::applyFilter()
{
    const std::optional<Township> t = m_selector->currentTownship();
    m_actions->setCurrentTownship(t ? t->name : QString());
    if (!m_proxy)
        return;
    if (t && m_file)
        m_proxy->setTownship(TownshipCatalogue(*t, TownshipCatalogue::levelVocabularyFor(*m_file)));
    else
        m_proxy->setTownship(std::nullopt);
}

} // namespace gkml
