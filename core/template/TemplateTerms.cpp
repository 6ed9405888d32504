#include "TemplateTerms.h"

#include "catalogue/TemplateVocabulary.h"
#include "standard/Standard.h"
#include "util/TextNormalizer.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>

namespace gkml {

namespace {

const Field kSetFields[] = { Field::Channels, Field::Audience, Field::Method, Field::Level, Field::Stages };

// The national lists when no built-in standard has a vocabulary for a field.
QStringList fallbackValues(Field field)
{
    switch (field) {
    case Field::Channels: return TemplateVocabulary::channels();
    case Field::Audience: return TemplateVocabulary::audience();
    case Field::Method: return TemplateVocabulary::method();
    case Field::Level: return TemplateVocabulary::level();
    case Field::Stages: return TemplateVocabulary::stages();
    default: return {};
    }
}

// Merges the vocabularies of every built-in standard: values in first-seen order, all aliases.
QHash<int, Vocabulary> loadVocabularies()
{
    struct Merged
    {
        QStringList values;
        QString other;
        QHash<QString, QString> aliases;
        QStringList knownOther;
    };
    QHash<int, Merged> merged;
    const QDir dir(QStringLiteral(":/standards"));
    for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        QString error;
        const std::unique_ptr<Standard> s = Standard::load(dir.filePath(name), &error);
        if (!s)
            continue;
        for (const Vocabulary &v : s->vocabularies()) {
            Merged &m = merged[static_cast<int>(v.field())];
            for (const QString &value : v.values()) {
                if (!m.values.contains(value))
                    m.values << value;
            }
            if (m.other.isEmpty())
                m.other = v.otherValue();
            for (auto it = v.aliases().cbegin(); it != v.aliases().cend(); ++it)
                m.aliases.insert(it.key(), it.value());
            for (const QString &o : v.knownOther()) {
                if (!m.knownOther.contains(o))
                    m.knownOther << o;
            }
        }
    }
    QHash<int, Vocabulary> out;
    for (Field f : kSetFields) {
        Merged m = merged.value(static_cast<int>(f));
        if (m.values.isEmpty())
            m.values = fallbackValues(f);
        if (f == Field::Channels && m.other.isEmpty())
            m.other = TemplateVocabulary::otherChannel();
        out.insert(static_cast<int>(f),
                   Vocabulary(f, m.values, m.other, m.aliases, m.knownOther,
                              QStringLiteral("built-in standards")));
    }
    return out;
}

} // namespace

const Vocabulary &TemplateTerms::vocabulary(Field field)
{
    static const QHash<int, Vocabulary> vocabularies = loadVocabularies();
    static const Vocabulary empty;
    const auto it = vocabularies.constFind(static_cast<int>(field));
    return it == vocabularies.cend() ? empty : *it;
}

QString TemplateTerms::canonical(Field field, const QString &value)
{
    const Vocabulary::Lookup l = vocabulary(field).lookup(value);
    if (l.match == Vocabulary::Match::Canonical || l.match == Vocabulary::Match::Alias)
        return l.canonical;
    return value.trimmed();
}

QStringList TemplateTerms::canonicalSet(Field field, const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        const QString c = canonical(field, v);
        if (!c.isEmpty() && !out.contains(c))
            out << c;
    }
    return out;
}

bool TemplateTerms::isCanonical(Field field, const QString &value)
{
    return vocabulary(field).values().contains(value);
}

QStringList TemplateTerms::tickValues(Field field)
{
    return vocabulary(field).values();
}

const QStringList &TemplateTerms::levelVariants()
{
    static const QStringList variants = { QStringLiteral("市级"), QStringLiteral("村级") };
    return variants;
}

std::optional<QPair<Field, QString>> TemplateTerms::tickLabel(const QString &header)
{
    QString label = header.trimmed();
    // "特定群体（请写明）": the template asks for the group's description in the tick cell.
    static const QRegularExpression pleaseWrite(QStringLiteral("[（(]\\s*请[写注填]明\\s*[）)]$"));
    label.remove(pleaseWrite);
    if (label.isEmpty())
        return std::nullopt;
    for (Field f : { Field::Audience, Field::Method, Field::Level, Field::Stages }) {
        const Vocabulary::Lookup l = vocabulary(f).lookup(label);
        if (l.match == Vocabulary::Match::Canonical || l.match == Vocabulary::Match::Alias)
            return qMakePair(f, l.canonical);
    }
    const QString key = TextNormalizer::matchKey(label);
    for (const QString &v : levelVariants()) {
        if (TextNormalizer::matchKey(v) == key)
            return qMakePair(Field::Level, v);
    }
    return std::nullopt;
}

std::optional<Field> TemplateTerms::headerField(const QString &header)
{
    return ItemFields::fromHeader(header);
}

std::optional<Field> TemplateTerms::headerFieldBeside(const QString &header)
{
    // Provincial templates that name items 一级/二级/三级事项 use the column 一级目录 for the area.
    static const QString domainDirectory = TextNormalizer::matchKey(QStringLiteral("一级目录"));
    if (TextNormalizer::matchKey(header) == domainDirectory)
        return Field::Domain;
    return std::nullopt;
}

} // namespace gkml
