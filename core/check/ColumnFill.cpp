#include "ColumnFill.h"

#include "template/CellCodec.h"

namespace gkml {

namespace {

bool isBlank(const Item &it, Field field)
{
    const QVariant v = it.value(field);
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QString()).trimmed().isEmpty();
    return v.toString().trimmed().isEmpty();
}

bool inScope(const Item &it, Field field, const QString &domain)
{
    return !it.withheld && isBlank(it, field)
            && (domain.isEmpty() || Standard::domainKey(it.domain) == Standard::domainKey(domain));
}

bool isEmptyValue(const QVariant &v)
{
    return v.typeId() == QMetaType::QStringList ? v.toStringList().isEmpty() : v.toString().isEmpty();
}

} // namespace

bool ColumnFill::fillable(Field field)
{
    // What the standard gives, and two fields offices fill alike for whole columns.
    return StandardItem::gives(field) || field == Field::Stages || field == Field::Department;
}

ColumnFill::Plan ColumnFill::fromStandard(const QList<Item> &items, Field field, const Standard &standard,
                                          const QString &domain)
{
    Plan plan;
    for (const Item &it : items) {
        if (!inScope(it, field, domain))
            continue;
        const QString dk = Standard::domainKey(it.domain);
        const StandardItem *s = standard.findItemByKey(Standard::itemKey(dk, it.level1, it.level2));
        if (!s && it.level2.trimmed().isEmpty()) {
            const QString l1 = Standard::nameKey(it.level1);
            for (const StandardItem *candidate : standard.items(it.domain)) {
                if (Standard::nameKey(candidate->level1) == l1) {
                    s = candidate;
                    break;
                }
            }
        }
        const QVariant value = s ? s->value(field) : QVariant();
        if (!s || isEmptyValue(value)) {
            ++plan.notInStandard;
            continue;
        }
        plan.updates.append({ it.id, { { field, value } } });
        ++plan.fromStandard;
    }
    return plan;
}

ColumnFill::Plan ColumnFill::withValue(const QList<Item> &items, Field field, const QString &value,
                                       const QString &domain)
{
    Plan plan;
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return plan;
    const bool isSet = ItemFields::isSet(field);
    const QVariant v = isSet ? QVariant(CellCodec::splitSet(field, trimmed)) : QVariant(trimmed);
    for (const Item &it : items) {
        if (inScope(it, field, domain))
            plan.updates.append({ it.id, { { field, v } } });
    }
    return plan;
}

QString ColumnFill::summary(const Plan &plan, Field field)
{
    QString text = tr("Filled %1 for %2 items.").arg(ItemFields::label(field)).arg(plan.updates.size());
    if (plan.notInStandard > 0)
        text += QLatin1Char(' ')
                + tr("%1 items are not in the standard and stay empty: fill them by hand.")
                          .arg(plan.notInStandard);
    return text;
}

} // namespace gkml
