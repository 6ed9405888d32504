#include "ItemField.h"

#include "util/TextNormalizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace gkml {

namespace {

const QList<FieldInfo> &fieldTable()
{
    // QT_TRANSLATE_NOOP keeps the English labels visible to lupdate; label() translates them.
    static const QList<FieldInfo> table = {
        { Field::Domain, "domain", "领域", QT_TRANSLATE_NOOP("ItemFields", "Domain"), FieldType::Text, true },
        { Field::Seq, "seq", "序号", QT_TRANSLATE_NOOP("ItemFields", "No."), FieldType::Integer, false },
        { Field::Level1, "level1", "一级事项", QT_TRANSLATE_NOOP("ItemFields", "Level-1 item"),
          FieldType::Text, true },
        { Field::Level2, "level2", "二级事项", QT_TRANSLATE_NOOP("ItemFields", "Level-2 item"),
          FieldType::Text, true },
        { Field::Level3, "level3", "三级事项", QT_TRANSLATE_NOOP("ItemFields", "Level-3 item"),
          FieldType::Text, false },
        { Field::Content, "content", "公开内容（要素）",
          QT_TRANSLATE_NOOP("ItemFields", "Content (elements)"), FieldType::Text, true },
        { Field::Basis, "basis", "公开依据", QT_TRANSLATE_NOOP("ItemFields", "Legal basis"), FieldType::Text,
          true },
        { Field::Deadline, "deadline", "公开时限", QT_TRANSLATE_NOOP("ItemFields", "Deadline"),
          FieldType::Text, true },
        { Field::Owner, "owner", "公开主体", QT_TRANSLATE_NOOP("ItemFields", "Responsible body"),
          FieldType::Text, true },
        { Field::Channels, "channels", "公开渠道和载体", QT_TRANSLATE_NOOP("ItemFields", "Channels"),
          FieldType::Set, true },
        { Field::Audience, "audience", "公开对象", QT_TRANSLATE_NOOP("ItemFields", "Audience"),
          FieldType::Set, true },
        { Field::AudienceNote, "audienceNote", "特定群体说明", QT_TRANSLATE_NOOP("ItemFields", "Which group"),
          FieldType::Text, false },
        { Field::Method, "method", "公开方式", QT_TRANSLATE_NOOP("ItemFields", "Method"), FieldType::Set,
          true },
        { Field::Level, "level", "公开层级", QT_TRANSLATE_NOOP("ItemFields", "Level"), FieldType::Set, true },
        { Field::Stages, "stages", "五公开环节", QT_TRANSLATE_NOOP("ItemFields", "Five disclosures"),
          FieldType::Set, false },
        { Field::Department, "department", "责任股室", QT_TRANSLATE_NOOP("ItemFields", "Responsible office"),
          FieldType::Text, false },
        { Field::Withheld, "withheld", "不予公开", QT_TRANSLATE_NOOP("ItemFields", "Withheld"),
          FieldType::Boolean, false },
        { Field::WithheldBasis, "withheldBasis", "不予公开依据",
          QT_TRANSLATE_NOOP("ItemFields", "Basis for withholding"), FieldType::Text, false },
        { Field::Note, "note", "备注", QT_TRANSLATE_NOOP("ItemFields", "Note"), FieldType::Text, false },
    };
    return table;
}

// Header spellings seen in real files (reference/domain.md §1.2-1.3), besides label and key.
QStringList extraAliases(Field field)
{
    switch (field) {
    case Field::Domain: return { QStringLiteral("所属领域"), QStringLiteral("领域名称") };
    case Field::Seq: return { QStringLiteral("编号"), QStringLiteral("序") };
    case Field::Level1: return { QStringLiteral("一级目录"), QStringLiteral("事项类别") };
    case Field::Level2: return { QStringLiteral("二级目录"), QStringLiteral("事项名称") };
    case Field::Level3: return { QStringLiteral("三级目录") };
    case Field::Content:
        return { QStringLiteral("公开内容"), QStringLiteral("公开内容(要素)"), QStringLiteral("内容要求"),
                 QStringLiteral("公开内容要素") };
    case Field::Basis: return { QStringLiteral("依据"), QStringLiteral("公开依据（法律法规）") };
    case Field::Deadline: return { QStringLiteral("时限"), QStringLiteral("公开时间") };
    case Field::Owner: return { QStringLiteral("主体"), QStringLiteral("公开责任主体") };
    case Field::Channels:
        return { QStringLiteral("公开渠道"), QStringLiteral("公开渠道及载体"), QStringLiteral("公开载体") };
    case Field::Audience: return { QStringLiteral("公开范围") };
    case Field::AudienceNote: return { QStringLiteral("特定群体(请写明)"), QStringLiteral("特定群体名称") };
    case Field::Method: return { QStringLiteral("公开属性"), QStringLiteral("公开形式") };
    case Field::Level: return { QStringLiteral("层级") };
    case Field::Stages:
        return { QStringLiteral("过程"), QStringLiteral("五公开"), QStringLiteral("公开环节") };
    case Field::Department:
        return { QStringLiteral("责任科室"), QStringLiteral("责任科室(单位)"),
                 QStringLiteral("责任处室"), QStringLiteral("责任股室(单位)"),
                 QStringLiteral("责任部门"), QStringLiteral("承办股室") };
    case Field::Withheld: return { QStringLiteral("是否不予公开"), QStringLiteral("负面清单") };
    case Field::WithheldBasis: return { QStringLiteral("不予公开理由"), QStringLiteral("不公开依据") };
    case Field::Note: return { QStringLiteral("说明") };
    }
    return {};
}

const QHash<QString, Field> &headerIndex()
{
    static const QHash<QString, Field> index = [] {
        QHash<QString, Field> h;
        for (const FieldInfo &fi : fieldTable()) {
            for (const QString &alias : ItemFields::headerAliases(fi.field))
                h.insert(TextNormalizer::matchKey(alias), fi.field);
        }
        return h;
    }();
    return index;
}

} // namespace

const QList<FieldInfo> &ItemFields::all()
{
    return fieldTable();
}

const FieldInfo &ItemFields::info(Field field)
{
    return fieldTable().at(static_cast<int>(field));
}

QString ItemFields::key(Field field)
{
    return QString::fromLatin1(info(field).key);
}

QString ItemFields::labelZh(Field field)
{
    return QString::fromUtf8(info(field).labelZh);
}

QString ItemFields::label(Field field)
{
    return QCoreApplication::translate("ItemFields", info(field).labelEn);
}

std::optional<Field> ItemFields::fromKey(QStringView key)
{
    for (const FieldInfo &fi : fieldTable()) {
        if (key == QLatin1String(fi.key))
            return fi.field;
    }
    return std::nullopt;
}

QStringList ItemFields::headerAliases(Field field)
{
    QStringList aliases { labelZh(field), key(field), QString::fromLatin1(info(field).labelEn) };
    aliases += extraAliases(field);
    return aliases;
}

std::optional<Field> ItemFields::fromHeader(const QString &header)
{
    const QString k = TextNormalizer::matchKey(header);
    if (k.isEmpty())
        return std::nullopt;
    const auto it = headerIndex().constFind(k);
    if (it != headerIndex().cend())
        return *it;
    return std::nullopt;
}

QJsonValue ItemFields::toJson(Field field, const QVariant &value)
{
    switch (info(field).type) {
    case FieldType::Text: return value.toString();
    case FieldType::Integer: return value.toInt();
    case FieldType::Set: return QJsonArray::fromStringList(value.toStringList());
    case FieldType::Boolean: return value.toBool();
    }
    return {};
}

QVariant ItemFields::fromJson(Field field, const QJsonValue &json)
{
    switch (info(field).type) {
    case FieldType::Text: return json.toString();
    case FieldType::Integer: return json.toInt();
    case FieldType::Set: {
        QStringList list;
        for (const QJsonValue &entry : json.toArray())
            list.append(entry.toString());
        return list;
    }
    case FieldType::Boolean: return json.toBool();
    }
    return {};
}

} // namespace gkml
