#include "DomainNames.h"

#include "util/TextNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace gkml {

namespace {

// "社会救助领域", "社会救助类", "社会救助方面" name the same area as "社会救助".
QString stripSuffix(QString key)
{
    for (const QString &suffix :
         { QStringLiteral("领域"), QStringLiteral("类"), QStringLiteral("方面"), QStringLiteral("事项") }) {
        if (key.size() > suffix.size() + 1 && key.endsWith(suffix))
            return key.left(key.size() - suffix.size());
    }
    return key;
}

} // namespace

const DomainNames &DomainNames::builtIn()
{
    static const DomainNames names = [] {
        QFile f(QStringLiteral(":/domains/areas-2019.json"));
        return f.open(QIODevice::ReadOnly) ? fromJson(f.readAll()) : DomainNames();
    }();
    return names;
}

DomainNames DomainNames::fromJson(const QByteArray &json, QString *error)
{
    DomainNames d;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return d;
    }
    const QJsonObject root = doc.object();
    for (const char *group : { "areas", "local" }) {
        for (const QJsonValue &v : root.value(QLatin1String(group)).toArray()) {
            const QJsonObject area = v.toObject();
            const QString name = area.value(QLatin1String("name")).toString().trimmed();
            if (name.isEmpty() || d.m_names.contains(name))
                continue;
            d.m_names.append(name);
            if (qstrcmp(group, "areas") == 0)
                d.m_national.append(name);
            QStringList spellings { name };
            for (const QJsonValue &variant : area.value(QLatin1String("variants")).toArray())
                spellings.append(variant.toString().trimmed());
            for (const QString &s : std::as_const(spellings)) {
                if (!s.isEmpty() && !d.m_spellings.contains(s))
                    d.m_spellings.append(s);
                const QString key = TextNormalizer::matchKey(s);
                if (key.isEmpty() || d.m_byKey.contains(key))
                    continue;
                d.m_byKey.insert(key, name);
                d.m_longestFirst.append({ key, name });
            }
        }
    }
    std::stable_sort(d.m_longestFirst.begin(), d.m_longestFirst.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    return d;
}

QString DomainNames::canonical(const QString &text) const
{
    const QString key = TextNormalizer::matchKey(text);
    if (key.isEmpty())
        return {};
    if (const auto it = m_byKey.constFind(key); it != m_byKey.constEnd())
        return it.value();
    return m_byKey.value(stripSuffix(key));
}

QString DomainNames::findIn(const QString &text) const
{
    const QString key = TextNormalizer::matchKey(text);
    for (const auto &[spelling, name] : m_longestFirst) {
        if (key.contains(spelling))
            return name;
    }
    return {};
}

} // namespace gkml
