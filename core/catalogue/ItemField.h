#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace gkml {

// The stable field keys of DESIGN.md's item table. The order is the column order of exports.
enum class Field {
    Domain,
    Seq,
    Level1,
    Level2,
    Level3,
    Content,
    Basis,
    Deadline,
    Owner,
    Channels,
    Audience,
    AudienceNote,
    Method,
    Level,
    Stages,
    Department,
    Withheld,
    WithheldBasis,
    Note,
};

enum class FieldType {
    Text,
    Integer,
    Set,
    Boolean
};

struct FieldInfo
{
    Field field;
    const char *key; // stable key used in JSON, CSV headers (alternative) and history
    const char *labelZh; // the label printed in county templates (CSV/xlsx headers)
    const char *labelEn; // source string for tr(): the UI label
    FieldType type;
    bool required; // required by the national template
};

// Static facts about item fields: keys, labels, types, and the header aliases real files use.
class ItemFields
{
public:
    static const QList<FieldInfo> &all();
    static const FieldInfo &info(Field field);
    static QString key(Field field);
    static QString labelZh(Field field);
    // The label in the current UI language (tr()).
    static QString label(Field field);
    static std::optional<Field> fromKey(QStringView key);
    // Header spellings seen in real catalogues for this field (labels, aliases, keys).
    static QStringList headerAliases(Field field);
    // Maps a header cell (after normalisation) to a field: labels, aliases or keys.
    static std::optional<Field> fromHeader(const QString &header);
    static bool isSet(Field field) { return info(field).type == FieldType::Set; }
    // A value of Item::value() in the JSON form of exports, editions and township additions:
    // text as a string, seq as a number, withheld as a bool, sets as arrays of strings.
    static QJsonValue toJson(Field field, const QVariant &value);
    static QVariant fromJson(Field field, const QJsonValue &json);
};

} // namespace gkml
