#include "TemplateLayout.h"

#include "TemplateMapper.h"
#include "catalogue/TemplateVocabulary.h"

#include <QHash>

#include <algorithm>

namespace gkml {

namespace {

// The value a set member takes in the template's tick columns (特定群众 -> 特定群体 ...).
QString tickValue(Field field, const QString &value)
{
    const auto tick = TemplateMapper::tickLabel(value);
    if (tick && tick->first == field)
        return tick->second;
    return value;
}

bool isOther(const QString &channel)
{
    return channel.startsWith(TemplateVocabulary::otherChannel())
            || TemplateVocabulary::canonicalChannel(channel).isEmpty();
}

} // namespace

QString TemplateLayout::title(const QString &unit, const QString &domain)
{
    return unit.trimmed() + domain + QStringLiteral("领域基层政务公开标准目录");
}

int TemplateLayout::displayWidth(QStringView line)
{
    int w = 0;
    for (const QChar c : line)
        w += c.unicode() < 0x1100 ? 1 : 2;
    return w;
}

QString TemplateLayout::channelChecklist(const QStringList &channels)
{
    QStringList canonical;
    QStringList others;
    for (const QString &c : channels) {
        if (c == TemplateVocabulary::otherChannel()) {
            others << c;
        } else if (isOther(c)) {
            others << (c.startsWith(TemplateVocabulary::otherChannel())
                               ? c
                               : TemplateVocabulary::asOtherChannel(c));
        } else {
            canonical << TemplateVocabulary::canonicalChannel(c);
        }
    }
    QStringList lines;
    for (const QString &v : TemplateVocabulary::channels()) {
        if (v == TemplateVocabulary::otherChannel())
            break;
        lines << (canonical.contains(v) ? QStringLiteral("■") : QStringLiteral("□")) + v;
    }
    if (others.isEmpty())
        lines << QStringLiteral("□") + TemplateVocabulary::otherChannel();
    for (const QString &o : std::as_const(others))
        lines << QStringLiteral("■") + o;
    return lines.join(QLatin1Char('\n'));
}

QString TemplateLayout::cellText(const Item &item, const Column &column)
{
    switch (column.kind) {
    case Column::Kind::Seq: return QString::number(item.seq);
    case Column::Kind::Text: return item.value(column.field).toString();
    case Column::Kind::Checklist: return channelChecklist(item.channels);
    case Column::Kind::Joined: return item.value(column.field).toStringList().join(QStringLiteral("、"));
    case Column::Kind::Tick: {
        bool ticked = false;
        for (const QString &v : item.value(column.field).toStringList())
            ticked = ticked || tickValue(column.field, v) == column.value;
        if (!ticked)
            return {};
        // 特定群体(请写明): the tick carries the group's description.
        if (column.field == Field::Audience && column.value == QStringLiteral("特定群体")
            && !item.audienceNote.isEmpty())
            return QStringLiteral("√（") + item.audienceNote + QStringLiteral("）");
        return QStringLiteral("√");
    }
    }
    return {};
}

bool TemplateLayout::continuesMerge(const Section &section, int row, const Column &column)
{
    if (row <= 0 || row >= section.items.size() || column.kind != Column::Kind::Text)
        return false;
    const Item &a = section.items.at(row - 1);
    const Item &b = section.items.at(row);
    if (column.field == Field::Level1)
        return !b.level1.isEmpty() && a.level1 == b.level1;
    if (column.field == Field::Level2) {
        const bool hasLevel3 = std::any_of(section.columns.cbegin(), section.columns.cend(),
                                           [](const Column &c) { return c.field == Field::Level3; });
        return hasLevel3 && !b.level2.isEmpty() && a.level1 == b.level1 && a.level2 == b.level2;
    }
    return false;
}

QList<TemplateLayout::Section> TemplateLayout::sections(const QList<Item> &items, const CatalogueInfo &info,
                                                        const ExportOptions &options)
{
    QList<Section> out;
    QHash<QString, int> index;
    for (const Item &item : items) {
        if (item.withheld) // never in a public table, whatever the options say
            continue;
        auto it = index.constFind(item.domain);
        if (it == index.cend()) {
            it = index.insert(item.domain, static_cast<int>(out.size()));
            Section s;
            s.domain = item.domain;
            s.title = title(info.unit, item.domain);
            out.append(s);
        }
        out[*it].items.append(item);
    }
    for (Section &s : out) {
        std::stable_sort(s.items.begin(), s.items.end(),
                         [](const Item &a, const Item &b) { return a.seq < b.seq; });
        bool level3 = false, stages = false, note = false;
        QStringList extra[3]; // audience, method, level values outside the template's columns
        const Field tickFields[3] = { Field::Audience, Field::Method, Field::Level };
        const QStringList standard[3] = { TemplateVocabulary::audience(), TemplateVocabulary::method(),
                                          TemplateVocabulary::level() };
        for (const Item &item : std::as_const(s.items)) {
            level3 = level3 || !item.level3.isEmpty();
            stages = stages || !item.stages.isEmpty();
            note = note || !item.note.isEmpty();
            for (int f = 0; f < 3; ++f) {
                for (const QString &v : item.value(tickFields[f]).toStringList()) {
                    const QString t = tickValue(tickFields[f], v);
                    if (!standard[f].contains(t) && !extra[f].contains(t))
                        extra[f] << t;
                }
            }
        }
        const QString items = QStringLiteral("公开事项");
        QList<Column> &c = s.columns;
        c << Column { Column::Kind::Seq, Field::Seq, {}, ItemFields::labelZh(Field::Seq), {} };
        c << Column { Column::Kind::Text, Field::Level1, items, ItemFields::labelZh(Field::Level1), {} };
        c << Column { Column::Kind::Text, Field::Level2, items, ItemFields::labelZh(Field::Level2), {} };
        if (level3)
            c << Column { Column::Kind::Text, Field::Level3, items, ItemFields::labelZh(Field::Level3), {} };
        for (Field f : { Field::Content, Field::Basis, Field::Deadline, Field::Owner })
            c << Column { Column::Kind::Text, f, {}, ItemFields::labelZh(f), {} };
        c << Column {
            Column::Kind::Checklist, Field::Channels, {}, ItemFields::labelZh(Field::Channels), {}
        };
        for (int f = 0; f < 3; ++f) {
            for (const QString &v : standard[f] + extra[f])
                c << Column { Column::Kind::Tick, tickFields[f], ItemFields::labelZh(tickFields[f]), v, v };
        }
        if (stages)
            c << Column { Column::Kind::Joined, Field::Stages, {}, ItemFields::labelZh(Field::Stages), {} };
        if (options.departmentColumn)
            c << Column {
                Column::Kind::Text, Field::Department, {}, ItemFields::labelZh(Field::Department), {}
            };
        if (note)
            c << Column { Column::Kind::Text, Field::Note, {}, ItemFields::labelZh(Field::Note), {} };
    }
    return out;
}

} // namespace gkml
