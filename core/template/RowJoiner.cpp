#include "RowJoiner.h"

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
        if (kept >= 0 && sameIdentity(items.at(kept), it) && !sameDetails(items.at(kept), it)) {
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

} // namespace gkml
