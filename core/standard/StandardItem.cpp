#include "StandardItem.h"

namespace gkml {

QVariant StandardItem::value(Field field) const
{
    switch (field) {
    case Field::Content: return content.join(QStringLiteral("、"));
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

} // namespace gkml
