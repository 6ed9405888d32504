#include "PackageSchemas.h"

#include "catalogue/ItemField.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gkml {

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// {id, version} or null: a catalogue may follow no standard.
const char *const kStandard = R"({"type": ["object", "null"], "required": ["id", "version"],
  "properties": {"id": {"type": "string"}, "version": {"type": "string"}}})";

} // namespace

QJsonObject PackageSchemas::manifest()
{
    QJsonObject s = parse(R"({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "GKML submission package manifest, formatVersion 1",
  "type": "object",
  "required": ["format", "formatVersion", "unit", "standard", "generatedAt", "generator",
               "itemCount", "withheldCount", "files"],
  "properties": {
    "format": {"const": "gkml-submission"},
    "formatVersion": {"const": 1},
    "unit": {"type": "string", "minLength": 1},
    "generatedAt": {"type": "string", "format": "date-time"},
    "generator": {"type": "string", "minLength": 1},
    "itemCount": {"type": "integer", "minimum": 0},
    "withheldCount": {"type": "integer", "minimum": 0},
    "files": {"type": "array", "minItems": 1, "items": {
      "type": "object", "required": ["path", "bytes", "sha256"], "additionalProperties": false,
      "properties": {
        "path": {"type": "string", "pattern": "^[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*$"},
        "bytes": {"type": "integer", "minimum": 0},
        "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}}}
  }})");
    QJsonObject props = s.value(QLatin1String("properties")).toObject();
    props.insert(QStringLiteral("standard"), parse(kStandard));
    s.insert(QStringLiteral("properties"), props);
    return s;
}

QJsonObject PackageSchemas::catalogue()
{
    QJsonObject itemProps;
    itemProps.insert(QStringLiteral("id"),
                     QJsonObject { { QStringLiteral("type"), QStringLiteral("integer") } });
    for (const FieldInfo &f : ItemFields::all()) {
        QJsonObject p;
        switch (f.type) {
        case FieldType::Text: p.insert(QStringLiteral("type"), QStringLiteral("string")); break;
        case FieldType::Integer: p.insert(QStringLiteral("type"), QStringLiteral("integer")); break;
        case FieldType::Set:
            p.insert(QStringLiteral("type"), QStringLiteral("array"));
            p.insert(QStringLiteral("items"),
                     QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } });
            break;
        case FieldType::Boolean: p.insert(QStringLiteral("type"), QStringLiteral("boolean")); break;
        }
        if (f.field == Field::Withheld)
            p.insert(QStringLiteral("const"), false); // 不予公开 items never reach a package
        itemProps.insert(QString::fromLatin1(f.key), p);
    }
    // The keys every export carries (DESIGN.md "gkml-cli": every key of the field table).
    const QJsonArray required {
        QStringLiteral("id"),         QStringLiteral("domain"),   QStringLiteral("seq"),
        QStringLiteral("level1"),     QStringLiteral("level2"),   QStringLiteral("level3"),
        QStringLiteral("content"),    QStringLiteral("basis"),    QStringLiteral("deadline"),
        QStringLiteral("owner"),      QStringLiteral("channels"), QStringLiteral("audience"),
        QStringLiteral("method"),     QStringLiteral("level"),    QStringLiteral("stages"),
        QStringLiteral("department"), QStringLiteral("withheld"), QStringLiteral("note")
    };
    QJsonObject s = parse(R"({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "GKML catalogue.json of a submission package",
  "type": "object",
  "required": ["unit", "standard", "items"],
  "properties": {"unit": {"type": "string"}}})");
    QJsonObject props = s.value(QLatin1String("properties")).toObject();
    props.insert(QStringLiteral("standard"), parse(kStandard));
    props.insert(QStringLiteral("items"),
                 QJsonObject { { QStringLiteral("type"), QStringLiteral("array") },
                               { QStringLiteral("items"),
                                 QJsonObject { { QStringLiteral("type"), QStringLiteral("object") },
                                               { QStringLiteral("required"), required },
                                               { QStringLiteral("properties"), itemProps } } } });
    s.insert(QStringLiteral("properties"), props);
    return s;
}

QJsonObject PackageSchemas::validation()
{
    // A package is refused while errors remain, so a received one holds warnings and notes only.
    return parse(R"({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "GKML validation.json of a submission package",
  "type": "object",
  "required": ["findings"],
  "properties": {"findings": {"type": "array", "items": {
    "type": "object",
    "required": ["severity", "code", "item", "domain", "level1", "level2", "field", "message"],
    "properties": {
      "severity": {"enum": ["warning", "info"]},
      "code": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
      "item": {"type": ["integer", "null"]},
      "domain": {"type": "string"}, "level1": {"type": "string"}, "level2": {"type": "string"},
      "field": {"type": ["string", "null"]},
      "message": {"type": "string"}}}}}})");
}

} // namespace gkml
