#include "ItemRowReader.h"

namespace gkml {

const QList<Field> &ItemRowReader::valueFields()
{
    static const QList<Field> fields = [] {
        QList<Field> f;
        for (const FieldInfo &fi : ItemFields::all()) {
            if (fi.type == FieldType::Text || fi.type == FieldType::Set)
                f << fi.field;
        }
        return f;
    }();
    return fields;
}

QString ItemRowReader::quotedColumn(Field field)
{
    return QLatin1Char('"') + ItemFields::key(field) + QLatin1Char('"');
}

} // namespace gkml
