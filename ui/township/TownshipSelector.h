#pragma once

#include "catalogue/Item.h"

#include <functional>

#include "catalogue/Township.h"

#include <QWidget>
#include <optional>

class QComboBox;

namespace gkml {

class CatalogueFile;

// The township selector beside the domain tree: 全县 (the county catalogue) or one township, each
// with the number of items on its boards. Choosing a township filters the table to the county
// items of its derived catalogue (ItemFilterProxy::setTownship).
class TownshipSelector : public QWidget
{
    Q_OBJECT
public:
    explicit TownshipSelector(QWidget *parent = nullptr);

    // Re-reads the townships (and their counts) of `file`; null clears. Keeps the choice by name.
    void setCatalogue(CatalogueFile *file);
    // Where the items come from (the editor window's model, already in memory); unset, they are
    // read from the file.
    void setItemsSource(std::function<QList<Item>()> source) { m_itemsSource = std::move(source); }
    void reload();
    std::optional<Township> currentTownship() const;
    QComboBox *comboBox() const { return m_combo; }

signals:
    void townshipChanged();

private:
    CatalogueFile *m_file = nullptr;
    std::function<QList<Item>()> m_itemsSource;
    QComboBox *m_combo;
    QList<Township> m_townships;
};

} // namespace gkml
