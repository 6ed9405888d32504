#include "CountyTemplate.h"
#include "standard/DomainNames.h"

#include "TemplateTerms.h"

#include <QRegularExpression>

namespace gkml {

namespace {

TemplateColumn textColumn(Field field, qreal weight, const QString &group = QString())
{
    TemplateColumn c;
    c.kind = TemplateColumn::Kind::Text;
    c.field = field;
    c.group = group;
    c.label = ItemFields::labelZh(field);
    c.weight = weight;
    return c;
}

} // namespace

QString CountyTemplate::catalogueSuffix()
{
    return QStringLiteral("基层政务公开标准目录");
}

QString CountyTemplate::title(const QString &unit, const QString &domain)
{
    const QString d = domain.trimmed();
    const QString domainPart
            = d.isEmpty() || d.endsWith(QStringLiteral("领域")) ? d : d + QStringLiteral("领域");
    return unit.trimmed() + domainPart + catalogueSuffix();
}

QList<TemplateColumn> CountyTemplate::columns(const QList<Item> &items, const Options &options)
{
    bool level3 = false, stages = false, note = false;
    const Field tickFields[3] = { Field::Audience, Field::Method, Field::Level };
    QStringList values[3];
    for (int f = 0; f < 3; ++f)
        values[f] = TemplateTerms::tickValues(tickFields[f]);
    QStringList extra[3]; // values outside the template's columns: a column each, in order of use
    for (const Item &item : items) {
        level3 = level3 || !item.level3.trimmed().isEmpty();
        stages = stages || !item.stages.isEmpty();
        note = note || !item.note.isEmpty();
        for (int f = 0; f < 3; ++f) {
            for (const QString &v : item.value(tickFields[f]).toStringList()) {
                const QString t = TemplateTerms::canonical(tickFields[f], v);
                if (!t.isEmpty() && !values[f].contains(t) && !extra[f].contains(t))
                    extra[f] << t;
            }
        }
    }
    QList<TemplateColumn> c;
    TemplateColumn seq;
    seq.kind = TemplateColumn::Kind::Sequence;
    seq.field = Field::Seq;
    seq.label = ItemFields::labelZh(Field::Seq);
    seq.fixedWidth = true;
    seq.centered = true;
    c << seq;
    if (options.domainColumn) {
        TemplateColumn d = textColumn(Field::Domain, 5);
        d.mergeRepeats = true;
        d.centered = true;
        c << d;
    }
    const QString itemsGroup = QStringLiteral("公开事项");
    TemplateColumn l1 = textColumn(Field::Level1, 7.5, itemsGroup);
    l1.mergeRepeats = true;
    l1.centered = true;
    l1.minChars = 4;
    c << l1;
    TemplateColumn l2 = textColumn(Field::Level2, 9, itemsGroup);
    l2.centered = true;
    l2.minChars = 6;
    c << l2;
    if (level3) {
        TemplateColumn l3 = textColumn(Field::Level3, 8, itemsGroup);
        l3.centered = true;
        c << l3;
    }
    c << textColumn(Field::Content, 22) << textColumn(Field::Basis, 10) << textColumn(Field::Deadline, 10)
      << textColumn(Field::Owner, 10);
    TemplateColumn channels = textColumn(Field::Channels, options.channelChecklist ? 17 : 12);
    channels.kind = options.channelChecklist ? TemplateColumn::Kind::Checklist : TemplateColumn::Kind::Joined;
    c << channels;
    for (int f = 0; f < 3; ++f) {
        for (const QString &v : values[f] + extra[f]) {
            TemplateColumn t;
            t.kind = TemplateColumn::Kind::Tick;
            t.field = tickFields[f];
            t.group = ItemFields::labelZh(tickFields[f]);
            t.label = v;
            t.value = v;
            t.fixedWidth = true;
            t.centered = true;
            c << t;
        }
    }
    if (stages && options.stagesColumn) {
        TemplateColumn s = textColumn(Field::Stages, 8);
        s.kind = TemplateColumn::Kind::Joined;
        c << s;
    }
    if (options.departmentColumn)
        c << textColumn(Field::Department, 8);
    if (note && options.noteColumn)
        c << textColumn(Field::Note, 10);
    return c;
}

CountyTemplate::Title CountyTemplate::parseTitle(const QString &text)
{
    Title t;
    QString flat = text;
    flat.remove(QRegularExpression(QStringLiteral("\\s")));
    const qsizetype at = flat.indexOf(QStringLiteral("领域"));
    if (at <= 0 || !flat.contains(QStringLiteral("目录")))
        return t;
    const QString before = flat.left(at);
    // The longest known domain name wins.
    for (const QString &d : knownDomains()) {
        if (before.endsWith(d) && d.size() > t.domain.size())
            t.domain = d;
    }
    if (t.domain.isEmpty()) {
        // Unknown domain: it follows the unit, which ends in 局/委/办/府/镇/乡/街道/中心.
        static const QRegularExpression unitEnd(
                QStringLiteral("^(.*(?:局|委员会|委|办公室|政府|镇|乡|街道|中心))(\\p{Han}{2,12})$"));
        const QRegularExpressionMatch m = unitEnd.match(before);
        if (m.hasMatch()) {
            t.unit = m.captured(1);
            t.domain = m.captured(2);
        } else if (before.size() <= 12) {
            t.domain = before;
        }
        return t;
    }
    t.unit = before.left(before.size() - t.domain.size());
    return t;
}

const QStringList &CountyTemplate::knownDomains()
{
    // The areas of 国办发〔2019〕54号 and local ones, with the variants offices write: data
    // (resources/domains), shared with the many-area recognition.
    static const QStringList known = DomainNames::builtIn().spellings();
    return known;
}

} // namespace gkml
