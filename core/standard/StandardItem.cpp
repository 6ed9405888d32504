#include "StandardItem.h"

namespace gkml {

QVariant StandardItem::value(Field field) const
{
    switch (field) {
    case Field::Content: return content.join(QLatin1Char('\n'));
    case Field::Basis: return basis;
    case Field::Deadline: return deadline;
    case Field::Owner: return owner;
    case Field::Channels: return channels;
    case Field::Audience: return audience;
    case Field::Method: return method;
    case Field::Level: return level;
    default: return {};
    }
}

Item StandardItem::toItem() const
{
    Item it;
    it.domain = domain;
    it.seq = seq;
    it.level1 = level1;
    it.level2 = level2;
    for (const FieldInfo &f : ItemFields::all()) {
        if (gives(f.field))
            it.setValue(f.field, value(f.field));
    }
    return it;
}

bool StandardItem::gives(Field field)
{
    switch (field) {
    case Field::Content:
    case Field::Basis:
    case Field::Deadline:
    case Field::Owner:
    case Field::Channels:
    case Field::Audience:
    case Field::Method:
    case Field::Level: return true;
    default: return false;
    }
}

} // namespace gkml
