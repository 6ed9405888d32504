#include "JsonSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace gkml {

namespace {

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return std::floor(d) == d && std::isfinite(d) ? QStringLiteral("integer") : QStringLiteral("number");
    }
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

bool typeMatches(const QString &wanted, const QString &actual)
{
    return wanted == actual || (wanted == QLatin1String("number") && actual == QLatin1String("integer"));
}

// A JSON value as compact text, for messages.
QString compact(const QJsonValue &v)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString where(const QString &path)
{
    return path.isEmpty() ? QStringLiteral("(document)") : path;
}

} // namespace

JsonSchema::JsonSchema(const QJsonObject &schema)
    : m_schema(schema)
{ }

QStringList JsonSchema::validate(const QJsonValue &value) const
{
    QStringList problems;
    check(m_schema, value, QString(), &problems);
    return problems;
}

void JsonSchema::check(const QJsonObject &schema, const QJsonValue &value, const QString &path,
                       QStringList *problems) const
{
    const QString actual = typeOf(value);
    if (schema.contains(QLatin1String("type"))) {
        const QJsonValue t = schema.value(QLatin1String("type"));
        QStringList wanted;
        if (t.isArray()) {
            for (const QJsonValue &x : t.toArray())
                wanted.append(x.toString());
        } else {
            wanted.append(t.toString());
        }
        bool ok = false;
        for (const QString &w : std::as_const(wanted))
            ok = ok || typeMatches(w, actual);
        if (!ok) {
            problems->append(
                    tr("%1: must be %2, is %3").arg(where(path), wanted.join(QLatin1String(" or ")), actual));
            return; // the other keywords would only repeat the type problem
        }
    }
    if (schema.contains(QLatin1String("const")) && schema.value(QLatin1String("const")) != value)
        problems->append(
                tr("%1: must be %2").arg(where(path), compact(schema.value(QLatin1String("const")))));
    if (schema.contains(QLatin1String("enum"))
        && !schema.value(QLatin1String("enum")).toArray().contains(value))
        problems->append(tr("%1: has a value that is not allowed").arg(where(path)));

    if (value.isString()) {
        const QString s = value.toString();
        if (s.size() < schema.value(QLatin1String("minLength")).toInt(0))
            problems->append(tr("%1: must not be empty").arg(where(path)));
        if (schema.contains(QLatin1String("pattern"))) {
            const QRegularExpression re(schema.value(QLatin1String("pattern")).toString());
            if (!re.match(s).hasMatch())
                problems->append(tr("%1: \"%2\" is not in the expected form").arg(where(path), s.left(80)));
        }
        if (schema.value(QLatin1String("format")).toString() == QLatin1String("date-time")
            && !QDateTime::fromString(s, Qt::ISODateWithMs).isValid())
            problems->append(tr("%1: \"%2\" is not a date and time (ISO 8601)").arg(where(path), s.left(80)));
    }
    if (value.isDouble() && schema.contains(QLatin1String("minimum"))
        && value.toDouble() < schema.value(QLatin1String("minimum")).toDouble())
        problems->append(tr("%1: must be at least %2")
                                 .arg(where(path))
                                 .arg(schema.value(QLatin1String("minimum")).toDouble()));
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (a.size() < schema.value(QLatin1String("minItems")).toInt(0))
            problems->append(tr("%1: must have at least %2 entries")
                                     .arg(where(path))
                                     .arg(schema.value(QLatin1String("minItems")).toInt()));
        if (schema.value(QLatin1String("items")).isObject()) {
            const QJsonObject itemSchema = schema.value(QLatin1String("items")).toObject();
            for (qsizetype i = 0; i < a.size(); ++i)
                check(itemSchema, a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), problems);
        }
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const QString prefix = path.isEmpty() ? QString() : path + QLatin1Char('.');
        for (const QJsonValue &r : schema.value(QLatin1String("required")).toArray()) {
            if (!o.contains(r.toString()))
                problems->append(tr("%1: the key \"%2\" is missing").arg(where(path), r.toString()));
        }
        const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
        const bool closed = schema.value(QLatin1String("additionalProperties")) == QJsonValue(false);
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (props.contains(it.key()))
                check(props.value(it.key()).toObject(), it.value(), prefix + it.key(), problems);
            else if (closed)
                problems->append(tr("%1: the key \"%2\" is not allowed").arg(where(path), it.key()));
        }
    }
}

} // namespace gkml
