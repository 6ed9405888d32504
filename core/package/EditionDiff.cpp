#include "EditionDiff.h"

#include "catalogue/CatalogueFile.h"
#include "catalogue/EditionStore.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace gkml {

EditionDiff EditionDiff::compare(const QList<Item> &before, const QList<Item> &after)
{
    EditionDiff d;
    QHash<qint64, const Item *> old;
    for (const Item &i : before)
        old.insert(i.id, &i);
    QSet<qint64> seen;
    for (const Item &now : after) {
        const auto it = old.constFind(now.id);
        if (it == old.constEnd()) {
            d.m_added.append(now);
            continue;
        }
        seen.insert(now.id);
        const Item &was = **it;
        ChangedItem c { was, now, {} };
        for (const FieldInfo &f : ItemFields::all()) {
            const QVariant a = was.value(f.field);
            const QVariant b = now.value(f.field);
            if (a != b)
                c.changes.append({ f.field, a, b });
        }
        if (!c.changes.isEmpty())
            d.m_changed.append(c);
    }
    for (const Item &was : before) {
        if (!seen.contains(was.id))
            d.m_removed.append(was);
    }
    return d;
}

EditionDiff EditionDiff::sinceEdition(const Edition &edition, const CatalogueFile &file)
{
    return compare(edition.items, file.items());
}

int EditionDiff::becameWithheldCount() const
{
    return int(std::count_if(m_changed.cbegin(), m_changed.cend(),
                             [](const ChangedItem &c) { return c.becameWithheld(); }));
}

QString EditionDiff::displayValue(Field field, const QVariant &value)
{
    switch (ItemFields::info(field).type) {
    case FieldType::Set: return value.toStringList().join(QStringLiteral("、"));
    case FieldType::Boolean: return value.toBool() ? QStringLiteral("是") : QStringLiteral("否");
    case FieldType::Integer: return QString::number(value.toInt());
    case FieldType::Text: return value.toString();
    }
    return {};
}

QJsonObject EditionDiff::toJson() const
{
    QJsonArray added;
    for (const Item &i : m_added)
        added.append(EditionStore::itemToJson(i));
    QJsonArray removed;
    for (const Item &i : m_removed)
        removed.append(EditionStore::itemToJson(i));
    QJsonArray changed;
    for (const ChangedItem &c : m_changed) {
        QJsonArray changes;
        for (const FieldChange &f : c.changes) {
            changes.append(
                    QJsonObject { { QStringLiteral("field"), ItemFields::key(f.field) },
                                  { QStringLiteral("label"), ItemFields::labelZh(f.field) },
                                  { QStringLiteral("old"), ItemFields::toJson(f.field, f.oldValue) },
                                  { QStringLiteral("new"), ItemFields::toJson(f.field, f.newValue) } });
        }
        changed.append(QJsonObject { { QStringLiteral("id"), c.after.id },
                                     { QStringLiteral("domain"), c.after.domain },
                                     { QStringLiteral("level1"), c.after.level1 },
                                     { QStringLiteral("level2"), c.after.level2 },
                                     { QStringLiteral("changes"), changes } });
    }
    return QJsonObject { { QStringLiteral("added"), added },
                         { QStringLiteral("removed"), removed },
                         { QStringLiteral("changed"), changed } };
}

} // namespace gkml
