#include "Item.h"

namespace gkml {

namespace {
QString *textField(Item &item, Field field)
{
    switch (field) {
    case Field::Domain: return &item.domain;
    case Field::Level1: return &item.level1;
    case Field::Level2: return &item.level2;
    case Field::Level3: return &item.level3;
    case Field::Content: return &item.content;
    case Field::Basis: return &item.basis;
    case Field::Deadline: return &item.deadline;
    case Field::Owner: return &item.owner;
    case Field::AudienceNote: return &item.audienceNote;
    case Field::Department: return &item.department;
    case Field::WithheldBasis: return &item.withheldBasis;
    case Field::Note: return &item.note;
    default: return nullptr;
    }
}

QStringList *setField(Item &item, Field field)
{
    switch (field) {
    case Field::Channels: return &item.channels;
    case Field::Audience: return &item.audience;
    case Field::Method: return &item.method;
    case Field::Level: return &item.level;
    case Field::Stages: return &item.stages;
    default: return nullptr;
    }
}
} // namespace

QString *Item::text(Field field)
{
    return textField(*this, field);
}

QStringList *Item::set(Field field)
{
    return setField(*this, field);
}

QVariant Item::value(Field field) const
{
    if (const QString *s = text(field))
        return *s;
    if (const QStringList *l = set(field))
        return *l;
    if (field == Field::Seq)
        return seq;
    if (field == Field::Withheld)
        return withheld;
    return {};
}

void Item::setValue(Field field, const QVariant &value)
{
    if (QString *s = textField(*this, field)) {
        *s = value.toString();
    } else if (QStringList *l = setField(*this, field)) {
        *l = value.toStringList();
    } else if (field == Field::Seq) {
        seq = value.toInt();
    } else if (field == Field::Withheld) {
        withheld = value.toBool();
    }
}

bool Item::sameContent(const Item &other) const
{
    Item a = *this;
    a.id = other.id;
    return a == other;
}

QString Item::displayPath() const
{
    QString path = domain + QStringLiteral(" › ") + level1 + QStringLiteral(" › ") + level2;
    if (!level3.isEmpty())
        path += QStringLiteral(" › ") + level3;
    return path;
}

} // namespace gkml
