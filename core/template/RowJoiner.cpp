#include "RowJoiner.h"

#include <QSet>
#include <string_view>
#include <unordered_map>

#include "util/TextNormalizer.h"

#include <QRegularExpression>

namespace gkml {

namespace {

QString withoutLineBreaks(const QString &text)
{
    if (!text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString joined;
    joined.reserve(text.size());
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("[\r\n]+")), Qt::SkipEmptyParts))
        joined += line.trimmed();
    return joined;
}

bool sameIdentity(const Item &a, const Item &b)
{
    auto same = [](const QString &x, const QString &y) {
        return x == y || TextNormalizer::matchKey(x) == TextNormalizer::matchKey(y);
    };
    return same(a.domain, b.domain) && same(a.level1, b.level1) && same(a.level2, b.level2)
            && same(a.level3, b.level3) && same(a.content, b.content) && same(a.basis, b.basis)
            && same(a.owner, b.owner) && a.withheld == b.withheld;
}

bool sameDetails(const Item &a, const Item &b)
{
    return a.deadline.trimmed() == b.deadline.trimmed() && a.audience == b.audience
            && a.audienceNote == b.audienceNote && a.method == b.method && a.level == b.level
            && a.channels == b.channels && a.stages == b.stages;
}

void unite(QStringList &into, const QStringList &more)
{
    for (const QString &v : more) {
        if (!v.trimmed().isEmpty() && !into.contains(v))
            into.append(v);
    }
}

} // namespace

void RowJoiner::joinBrokenNames(Item &item)
{
    item.domain = withoutLineBreaks(item.domain);
    item.level1 = withoutLineBreaks(item.level1);
    item.level2 = withoutLineBreaks(item.level2);
    item.level3 = withoutLineBreaks(item.level3);
}

QStringList RowJoiner::joinSplitRows(QList<Item> &items)
{
    QStringList warnings;
    // Joined in place (no second list of a large file's items): items[0..kept] are the result.
    qsizetype kept = -1;
    int rowsInCurrent = 1;
    auto report = [&] {
        if (rowsInCurrent > 1) {
            const Item &it = items.at(kept);
            warnings.append(tr("\"%1\" is drawn over %2 table rows (the later rows only add another "
                               "deadline or tick): read as one item.")
                                    .arg(it.level2.isEmpty() ? it.level1
                                                             : it.level1 + QStringLiteral(" / ") + it.level2)
                                    .arg(rowsInCurrent));
        }
    };
    for (qsizetype r = 0; r < items.size(); ++r) {
        Item &it = items[r];
        if (kept >= 0 && !sameDetails(items.at(kept), it) && sameIdentity(items.at(kept), it)) {
            // (Details first: cheap, and equal on most neighbouring rows, which spares the names' keys.)
            Item &first = items[kept];
            const QString deadline = it.deadline.trimmed();
            if (!deadline.isEmpty() && !first.deadline.split(QLatin1Char('\n')).contains(deadline))
                first.deadline = first.deadline.trimmed().isEmpty()
                        ? deadline
                        : first.deadline + QLatin1Char('\n') + deadline;
            unite(first.audience, it.audience);
            unite(first.method, it.method);
            unite(first.level, it.level);
            unite(first.channels, it.channels);
            unite(first.stages, it.stages);
            if (first.audienceNote.trimmed().isEmpty())
                first.audienceNote = it.audienceNote;
            else if (!it.audienceNote.trimmed().isEmpty() && it.audienceNote != first.audienceNote)
                first.audienceNote += QStringLiteral("；") + it.audienceNote;
            ++rowsInCurrent;
            continue;
        }
        report();
        rowsInCurrent = 1;
        if (++kept != r)
            items[kept] = std::move(it);
    }
    report();
    items.resize(kept + 1);
    return warnings;
}

namespace {

// An item's name as the rows write it — domain, 一级/二级/三级事项 (cells are trimmed on import;
// merged cells repeat the very text) and 不予公开 — hashed and compared in place: a 100,000-row
// import pays no key strings for it.
struct NameHash
{
    std::size_t operator()(const Item *it) const noexcept
    {
        std::size_t h = it->withheld ? 1 : 0;
        for (const QString *s : { &it->domain, &it->level1, &it->level2, &it->level3 })
            h = h * 1000003u
                    ^ std::hash<std::u16string_view>()(
                            std::u16string_view(QStringView(*s).utf16(), s->size()));
        return h;
    }
};
struct NameEqual
{
    bool operator()(const Item *a, const Item *b) const noexcept
    {
        return a->withheld == b->withheld && a->level2 == b->level2 && a->level1 == b->level1
                && a->domain == b->domain && a->level3 == b->level3;
    }
};

// Adds `more` as a line of `into` unless it is empty or already one of its lines.
void addLine(QString &into, const QString &more)
{
    const QString line = more.trimmed();
    if (line.isEmpty())
        return;
    if (into.trimmed().isEmpty()) {
        into = more;
        return;
    }
    const QStringList lines = into.split(QLatin1Char('\n'));
    if (into == more || lines.contains(line) || lines.contains(more))
        return;
    into += QLatin1Char('\n') + more;
}

} // namespace

int RowJoiner::sharedNames(const QList<Item> &items)
{
    std::unordered_map<const Item *, int, NameHash, NameEqual> rows;
    rows.reserve(items.size());
    int shared = 0;
    for (const Item &it : items) {
        if (++rows[&it] == 2)
            ++shared;
    }
    return shared;
}

int RowJoiner::joinContentRows(QList<Item> &items)
{
    // Name -> index of its first row in the result; keyed by the rows of `items`, which stay in
    // place until the result replaces them (only their copies move into `out`).
    std::unordered_map<const Item *, qsizetype, NameHash, NameEqual> first;
    QSet<qsizetype> joinedNames;
    QList<Item> out;
    out.reserve(items.size());
    for (const Item &it : std::as_const(items)) {
        const auto found = first.find(&it);
        if (found == first.end()) {
            first.emplace(&it, out.size());
            out.append(it);
            continue;
        }
        joinedNames.insert(found->second);
        Item &into = out[found->second];
        // 公开内容: each row's content is a part of the item, one (or more) lines each.
        for (QString Item::*text :
             { &Item::content, &Item::basis, &Item::deadline, &Item::owner, &Item::audienceNote,
               &Item::department, &Item::withheldBasis, &Item::note })
            addLine(into.*text, it.*text);
        unite(into.channels, it.channels);
        unite(into.audience, it.audience);
        unite(into.method, it.method);
        unite(into.level, it.level);
        unite(into.stages, it.stages);
    }
    items = std::move(out);
    return int(joinedNames.size());
}

} // namespace gkml
