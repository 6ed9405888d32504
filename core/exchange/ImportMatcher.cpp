#include "ImportMatcher.h"

#include "standard/DomainNames.h"
#include "standard/Standard.h"
#include "util/NamedValues.h"

#include <QHash>
#include <QSet>

namespace gkml {

namespace {

// The checker's domain key, after the area's known variants (环境保护 is 生态环境).
QString domainKeyOf(const QString &domain)
{
    const QString canonical = DomainNames::builtIn().canonical(domain);
    return Standard::domainKey(canonical.isEmpty() ? domain : canonical);
}

QString nameKeyOf(const Item &it)
{
    QString key = Standard::itemKey(domainKeyOf(it.domain), it.level1, it.level2);
    if (!it.level3.trimmed().isEmpty())
        key += QChar(0x1F) + Standard::nameKey(it.level3);
    return key;
}

QString contentKey(const Item &it)
{
    return Standard::nameKey(it.content);
}

QList<ImportMatcher::FieldChange> changesBetween(const Item &existing, const Item &incoming)
{
    QList<ImportMatcher::FieldChange> changes;
    for (const FieldInfo &fi : ItemFields::all()) {
        if (!ImportMatcher::isMergedField(fi.field))
            continue;
        const QVariant now = existing.value(fi.field);
        const QVariant in = incoming.value(fi.field);
        if (ImportMatcher::isEmptyValue(in) || now == in)
            continue;
        changes.append({ fi.field, now, in });
    }
    return changes;
}

} // namespace

bool ImportMatcher::isMergedField(Field field)
{
    switch (field) {
    case Field::Domain:
    case Field::Seq:
    case Field::Level1:
    case Field::Level2:
    case Field::Level3: return false;
    default: return true;
    }
}

bool ImportMatcher::isEmptyValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QStringList: return value.toStringList().isEmpty();
    case QMetaType::Bool: return !value.toBool();
    case QMetaType::Int: return value.toInt() == 0;
    default: return value.toString().trimmed().isEmpty();
    }
}

std::optional<ImportMatcher::OnMatch> ImportMatcher::onMatchFromKey(const QString &key)
{
    static const NamedValues<OnMatch> names { { "add", OnMatch::Add },
                                              { "update", OnMatch::Update },
                                              { "skip", OnMatch::Skip } };
    return names.value(key);
}

ImportMatcher::Plan ImportMatcher::match(const QList<Item> &existing, const QList<Item> &incoming)
{
    Plan plan;
    plan.incoming = incoming;
    if (existing.isEmpty()) {
        plan.added = incoming; // a new catalogue: every row is new (and the list is shared, not copied)
        return plan;
    }
    QHash<QString, QList<int>> byName; // name key -> indexes in `existing`
    for (int i = 0; i < existing.size(); ++i)
        byName[nameKeyOf(existing.at(i))].append(i);
    QHash<QString, int> incomingPerName;
    QList<QString> keys;
    keys.reserve(incoming.size());
    for (const Item &it : incoming) {
        keys.append(nameKeyOf(it));
        ++incomingPerName[keys.constLast()];
    }

    QSet<int> claimed; // existing items already matched: one row each, never two into one
    QList<int> matchOf(incoming.size(), -1);
    // First pass: same name and same 公开内容.
    for (int r = 0; r < incoming.size(); ++r) {
        const auto it = byName.constFind(keys.at(r));
        if (it == byName.cend())
            continue;
        const QString ck = contentKey(incoming.at(r));
        for (int e : it.value()) {
            if (!claimed.contains(e) && contentKey(existing.at(e)) == ck) {
                claimed.insert(e);
                matchOf[r] = e;
                break;
            }
        }
    }
    // Second pass: the name alone decides only when it is unambiguous on the catalogue's side:
    // exactly one existing item of that name. With several rows of the name in the file, the
    // first unmatched one takes it and the others are new parts (their content differs).
    for (int r = 0; r < incoming.size(); ++r) {
        if (matchOf.at(r) >= 0)
            continue;
        const auto it = byName.constFind(keys.at(r));
        if (it == byName.cend() || it.value().size() != 1)
            continue;
        const int e = it.value().constFirst();
        if (claimed.contains(e))
            continue;
        claimed.insert(e);
        matchOf[r] = e;
    }
    // New rows of a domain the catalogue has join it under its spelling ("社会救助领域" -> 社会救助).
    QHash<QString, QString> domainSpelling;
    for (const Item &it : existing)
        domainSpelling.insert(domainKeyOf(it.domain), it.domain);
    for (int r = 0; r < incoming.size(); ++r) {
        const Item &in = incoming.at(r);
        if (matchOf.at(r) < 0) {
            Item added = in;
            added.domain = domainSpelling.value(domainKeyOf(in.domain), in.domain);
            plan.added.append(added);
            continue;
        }
        Match m { existing.at(matchOf.at(r)), in, changesBetween(existing.at(matchOf.at(r)), in) };
        if (m.changes.isEmpty())
            plan.identical.append(m);
        else
            plan.updates.append(m);
    }
    return plan;
}

QList<Item> ImportMatcher::Plan::itemsToAdd(OnMatch mode) const
{
    return mode == OnMatch::Add ? incoming : added;
}

QList<ImportMatcher::Match> ImportMatcher::Plan::updatesToApply(OnMatch mode) const
{
    return mode == OnMatch::Update ? updates : QList<Match>();
}

QString ImportMatcher::Plan::summary() const
{
    return tr("%1 to update, %2 new, %3 identical")
            .arg(updates.size())
            .arg(added.size())
            .arg(identical.size());
}

} // namespace gkml
