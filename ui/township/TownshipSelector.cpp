#include "TownshipSelector.h"

#include "catalogue/CatalogueFile.h"
#include "catalogue/TownshipStore.h"
#include "township/TownshipCatalogue.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

namespace gkml {

TownshipSelector::TownshipSelector(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
{
    // Label above the box: the dock is narrow, the box needs the width for "城厢镇 (16 项)".
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Township:"), this);
    label->setBuddy(m_combo);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    m_combo->setObjectName(QStringLiteral("townshipCombo"));
    m_combo->setToolTip(tr("Show the catalogue derived for one township: the county items for 乡级"));
    connect(m_combo, &QComboBox::currentIndexChanged, this, &TownshipSelector::townshipChanged);
    setCatalogue(nullptr);
}

void TownshipSelector::setCatalogue(CatalogueFile *file)
{
    m_file = file;
    reload();
}

void TownshipSelector::reload()
{
    const std::optional<Township> previous = currentTownship();
    QSignalBlocker block(m_combo);
    m_combo->clear();
    m_townships.clear();
    m_combo->addItem(tr("Whole county"));
    if (m_file) {
        TownshipStore store(*m_file);
        m_townships = store.townships();
        const Vocabulary *levels = TownshipCatalogue::levelVocabularyFor(*m_file);
        const QList<Item> items = m_townships.isEmpty() ? QList<Item>()
                : m_itemsSource                         ? m_itemsSource()
                                                        : m_file->items();
        for (const Township &t : std::as_const(m_townships)) {
            const auto view = TownshipCatalogue(t, levels).derive(items, store.additions(t.id));
            const int n = static_cast<int>(view.items.size());
            // The table lists the county part only: the township's own items are named apart,
            // so that the count and the rows shown agree.
            m_combo->addItem(view.additionCount() > 0 ? tr("%1 (%n item(s), %2 of its own)", nullptr, n)
                                                                .arg(t.name)
                                                                .arg(view.additionCount())
                                                      : tr("%1 (%n item(s))", nullptr, n).arg(t.name));
        }
    }
    int index = 0;
    for (int i = 0; previous && i < m_townships.size(); ++i) {
        if (m_townships.at(i).name == previous->name)
            index = i + 1;
    }
    m_combo->setCurrentIndex(index);
    setEnabled(m_file != nullptr && !m_townships.isEmpty());
    block.unblock();
    if (previous.has_value() != (index > 0))
        emit townshipChanged();
}

std::optional<Township> TownshipSelector::currentTownship() const
{
    const int i = m_combo->currentIndex() - 1;
    if (i < 0 || i >= m_townships.size())
        return std::nullopt;
    return m_townships.at(i);
}

} // namespace gkml
