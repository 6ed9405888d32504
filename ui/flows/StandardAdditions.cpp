#include "StandardAdditions.h"

#include "commands/CatalogueEditor.h"
#include "standard/Standard.h"

#include <QSet>

namespace gkml {

Item StandardAdditions::toItem(const StandardItem &row)
{
    Item it;
    it.domain = row.domain;
    it.seq = row.seq;
    it.level1 = row.level1;
    it.level2 = row.level2;
    it.content = row.content.join(QLatin1Char('\n'));
    it.basis = row.basis;
    it.deadline = row.deadline;
    it.owner = row.owner;
    it.channels = row.channels;
    it.audience = row.audience;
    it.method = row.method;
    it.level = row.level;
    return it;
}

QList<const StandardItem *> StandardAdditions::missing(const Standard &standard, const QList<Item> &items,
                                                       const QString &domain)
{
    QSet<const StandardItem *> covered;
    for (const Item &it : items) {
        if (const StandardItem *s = standard.findItem(it.domain, it.level1, it.level2))
            covered.insert(s);
    }
    QList<const StandardItem *> out;
    for (const StandardItem &s : standard.items()) {
        if ((domain.isEmpty() || s.domain == domain) && !covered.contains(&s))
            out << &s;
    }
    return out;
}

QList<qint64> StandardAdditions::add(CatalogueEditor *editor, const QList<const StandardItem *> &rows)
{
    if (!editor || rows.isEmpty())
        return {};
    QList<Item> items;
    for (const StandardItem *s : rows)
        items << toItem(*s);
    return editor->insertItems(items, QStringLiteral("standard"),
                               tr("Add %n item(s) from the standard", nullptr, int(items.size())));
}

} // namespace gkml
