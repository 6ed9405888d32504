#pragma once

#include "catalogue/ItemField.h"
#include "publish/ItemStatus.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QTimer>
#include <QVariant>
#include <functional>
#include <optional>

namespace gkml {

class CatalogueFile;
struct Item;

// The publication status of every item as of a date (today unless chosen), for the item table's
// status column (ItemTableModel asks it for that column's data), its filter and the counts in the
// domain tree. Recomputed from the file's records when they or the items change. Like the live
// findings, a file that records no publication at all shows no status (not a column of 未公开);
// withheld items never have one.
class PublicationStatusColumn : public QObject
{
    Q_OBJECT
public:
    explicit PublicationStatusColumn(QObject *parent = nullptr);

    void setFile(CatalogueFile *file); // nullptr: no statuses
    // Where the items come from (the item table's copy, so that a recomputation after an edit
    // does not read every item from the file again); unset: the file.
    void setItemSource(std::function<QList<Item>()> source) { m_itemSource = std::move(source); }
    void setAsOf(const QDate &date); // invalid: today
    QDate asOf() const;
    // Recomputes now (the file's signals schedule it on their own).
    void refresh();
    bool isActive() const { return m_active; } // the file holds publication records

    std::optional<ItemStatus> status(qint64 item) const;
    // The cell of the status column: label, key (EditRole sorts and filters by it), colour, tooltip.
    QVariant data(const Item &item, int role) const;
    QVariant headerData(int role) const;
    // Counts of each state among the items of a domain (and 一级事项); empty scope: every item.
    QMap<ItemStatus::State, int> counts(const QString &domain = {}, const QString &level1 = {}) const;
    // " · 未公开 3 · 逾期 1": the states that are not ok, for the domain tree; empty when none.
    QString countsText(const QString &domain, const QString &level1 = {}) const;

    // For the models that show statuses: points *followed at `column` (may be null), so that
    // `receiver` runs onChanged on the new column's changed() and no longer on the old one's.
    static void follow(QObject *receiver, PublicationStatusColumn **followed, PublicationStatusColumn *column,
                       const std::function<void()> &onChanged);

signals:
    void changed();

private:
    void scheduleRefresh();
    void onItemChanged(qint64 id, Field field);

    CatalogueFile *m_file = nullptr;
    QDate m_asOf;
    bool m_active = false;
    QHash<qint64, ItemStatus> m_statuses;
    // Per domain, and per domain + '\n' + 一级事项.
    QHash<QString, QMap<ItemStatus::State, int>> m_counts;
    QTimer m_timer;
    std::function<QList<Item>()> m_itemSource;
};

} // namespace gkml
