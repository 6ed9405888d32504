#include "StandardAdditions.h"

#include "commands/CatalogueEditor.h"
#include "standard/Standard.h"

#include <QSet>

namespace gkml {

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
        items << s->toItem();
    return editor->insertItems(items, QStringLiteral("standard"),
                               tr("Add %n item(s) from the standard", nullptr, int(items.size())));
}

} // namespace gkml
