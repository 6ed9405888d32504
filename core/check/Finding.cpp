#include "Finding.h"

namespace gkml {

QString Finding::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return QString();
}

std::optional<Finding::Severity> Finding::severityFromKey(const QString &key)
{
    for (Severity s : { Severity::Error, Severity::Warning, Severity::Info }) {
        if (severityKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QJsonObject Finding::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("severity"), severityKey(severity));
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("item"), item ? QJsonValue(item) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("domain"), domain);
    o.insert(QStringLiteral("level1"), level1);
    o.insert(QStringLiteral("level2"), level2);
    o.insert(QStringLiteral("field"), field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(field));
    o.insert(QStringLiteral("message"), message);
    return o;
}

} // namespace gkml
