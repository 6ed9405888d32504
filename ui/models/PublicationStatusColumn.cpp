#include "PublicationStatusColumn.h"

#include "calendar/WorkCalendar.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/PublicationStore.h"
#include "publish/PublicationStatus.h"

#include <QBrush>
#include <QColor>

namespace gkml {

namespace {
QColor stateColour(ItemStatus::State state)
{
    switch (state) {
    case ItemStatus::State::Ok: return QColor(0xe6, 0xf4, 0xea);
    case ItemStatus::State::Stale:
    case ItemStatus::State::Undated: return QColor(0xff, 0xf4, 0xd6);
    case ItemStatus::State::Late: return QColor(0xfd, 0xe2, 0xd6);
    case ItemStatus::State::Never: return QColor(0xfb, 0xd5, 0xd5);
    }
    return {};
}

QString scopeKey(const QString &domain, const QString &level1)
{
    return level1.isEmpty() ? domain : domain + u'\n' + level1;
}
} // namespace

PublicationStatusColumn::PublicationStatusColumn(QObject *parent)
    : QObject(parent)
{
    // Edits come in bursts (a paste, an import): one recomputation after them.
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &PublicationStatusColumn::refresh);
}

void PublicationStatusColumn::setFile(CatalogueFile *file)
{
    if (m_file)
        disconnect(m_file, nullptr, this, nullptr);
    m_file = file;
    if (m_file) {
        connect(m_file, &CatalogueFile::itemChanged, this, &PublicationStatusColumn::onItemChanged);
        connect(m_file, &CatalogueFile::itemsInserted, this, &PublicationStatusColumn::scheduleRefresh);
        connect(m_file, &CatalogueFile::itemsRemoved, this, &PublicationStatusColumn::scheduleRefresh);
        connect(m_file, &QObject::destroyed, this, [this] {
            m_file = nullptr;
            refresh();
        });
    }
    refresh();
}

void PublicationStatusColumn::setAsOf(const QDate &date)
{
    if (date == m_asOf)
        return;
    m_asOf = date;
    refresh();
}

QDate PublicationStatusColumn::asOf() const
{
    return m_asOf.isValid() ? m_asOf : QDate::currentDate();
}

void PublicationStatusColumn::scheduleRefresh()
{
    m_timer.start();
}

void PublicationStatusColumn::onItemChanged(qint64, Field field)
{
    // Only what a status or the tree's counts depend on.
    if (field == Field::Deadline || field == Field::Withheld || field == Field::Domain
        || field == Field::Level1)
        scheduleRefresh();
}

void PublicationStatusColumn::refresh()
{
    m_timer.stop();
    m_statuses.clear();
    m_counts.clear();
    m_active = false;
    if (m_file) {
        PublicationStore store(*m_file);
        m_active = store.recordCount() > 0;
        if (m_active) {
            const QList<Item> items = m_itemSource ? m_itemSource() : m_file->items();
            m_statuses = PublicationStatus(WorkCalendar::instance(), asOf())
                                 .evaluateAll(items, store.allRecords(), store.allCycles());
            for (const Item &item : items) {
                const auto it = m_statuses.constFind(item.id);
                if (item.withheld || it == m_statuses.cend())
                    continue;
                ++m_counts[QStringLiteral("\x01all")][it->state];
                ++m_counts[item.domain][it->state];
                ++m_counts[scopeKey(item.domain, item.level1)][it->state];
            }
        }
    }
    emit changed();
}

std::optional<ItemStatus> PublicationStatusColumn::status(qint64 item) const
{
    const auto it = m_statuses.constFind(item);
    if (it == m_statuses.cend())
        return std::nullopt;
    return *it;
}

QVariant PublicationStatusColumn::data(const Item &item, int role) const
{
    if (item.withheld)
        return {};
    const auto s = status(item.id);
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return ItemStatus::label(s->state) + (s->calendarWarning ? QStringLiteral(" *") : QString());
    case Qt::EditRole: return ItemStatus::label(s->state);
    case Qt::BackgroundRole: return QBrush(stateColour(s->state));
    case Qt::ToolTipRole: {
        QString tip
                = tr("Status as of %1: %2").arg(asOf().toString(Qt::ISODate), ItemStatus::label(s->state));
        if (s->due.isValid())
            tip += u'\n' + tr("Due: %1").arg(s->due.toString(Qt::ISODate));
        if (s->lastPublished.isValid())
            tip += u'\n' + tr("Last published: %1").arg(s->lastPublished.toString(Qt::ISODate));
        if (s->calendarWarning)
            tip += u'\n' + tr("Counted Monday to Friday: no holiday data for that year.");
        return tip;
    }
    default: return {};
    }
}

QVariant PublicationStatusColumn::headerData(int role) const
{
    switch (role) {
    case Qt::DisplayRole: return tr("Publication status");
    case Qt::ToolTipRole:
        return tr("Where each item stands as of %1: never published, published late, not updated within its "
                  "cycle, published without a date, or on time. Shown once the file records publications.")
                .arg(asOf().toString(Qt::ISODate));
    default: return {};
    }
}

QMap<ItemStatus::State, int> PublicationStatusColumn::counts(const QString &domain,
                                                             const QString &level1) const
{
    if (domain.isEmpty() && level1.isEmpty())
        return m_counts.value(QStringLiteral("\x01all"));
    return m_counts.value(scopeKey(domain, level1));
}

QString PublicationStatusColumn::countsText(const QString &domain, const QString &level1) const
{
    const QMap<ItemStatus::State, int> c = counts(domain, level1);
    QString text;
    for (auto it = c.cbegin(); it != c.cend(); ++it)
        if (it.key() != ItemStatus::State::Ok && it.value() > 0)
            text += QStringLiteral(" · %1 %2").arg(ItemStatus::label(it.key())).arg(it.value());
    return text;
}

void PublicationStatusColumn::follow(QObject *receiver, PublicationStatusColumn **followed,
                                     PublicationStatusColumn *column, const std::function<void()> &onChanged)
{
    if (*followed)
        disconnect(*followed, nullptr, receiver, nullptr);
    *followed = column;
    if (column)
        connect(column, &PublicationStatusColumn::changed, receiver, onChanged);
}

} // namespace gkml
