#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace gkml {

// A small validator for the subset of JSON Schema (draft 2020-12 keywords) that GKML's own
// package schemas use: type, const, enum, required, properties, additionalProperties (bool),
// items, minItems, minimum, minLength, pattern, format "date-time". Enough to check a received
// package without pulling a schema library onto office PCs.
class JsonSchema
{
    Q_DECLARE_TR_FUNCTIONS(JsonSchema)
public:
    explicit JsonSchema(const QJsonObject &schema);
    // Returns one line per violation, prefixed with the JSON path ("files[2].sha256"); empty = valid.
    QStringList validate(const QJsonValue &value) const;

private:
    void check(const QJsonObject &schema, const QJsonValue &value, const QString &path,
               QStringList *problems) const;
    QJsonObject m_schema;
};

} // namespace gkml
