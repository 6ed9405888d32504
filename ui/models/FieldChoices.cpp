#include "FieldChoices.h"

#include "catalogue/TemplateVocabulary.h"
#include "standard/Standard.h"

#include <QRegularExpression>

namespace gkml {

QStringList FieldChoices::values(Field field, const Standard *standard)
{
    if (standard) {
        if (const Vocabulary *v = standard->vocabulary(field); v && !v->isEmpty())
            return v->values();
    }
    switch (field) {
    case Field::Channels: return TemplateVocabulary::channels();
    case Field::Audience: return TemplateVocabulary::audience();
    case Field::Method: return TemplateVocabulary::method();
    case Field::Level: return TemplateVocabulary::level();
    case Field::Stages: return TemplateVocabulary::stages();
    default: return {};
    }
}

QStringList FieldChoices::defaultDepartments()
{
    return { QStringLiteral("办公室"), QStringLiteral("社会救助股"), QStringLiteral("养老服务股"),
             QStringLiteral("社会事务股"), QStringLiteral("乡镇民政办") };
}

QStringList FieldChoices::splitSet(const QString &text)
{
    // "/" is NOT a separator here: canonical channel names contain it (发布会/听证会).
    static const QRegularExpression sep(QStringLiteral("[、，,;；\\n\\r]+"));
    QStringList out;
    for (const QString &part : text.split(sep, Qt::SkipEmptyParts)) {
        const QString v = part.trimmed();
        if (!v.isEmpty() && !out.contains(v))
            out << v;
    }
    return out;
}

QString FieldChoices::joinSet(const QStringList &values)
{
    return values.join(QStringLiteral("、"));
}

} // namespace gkml
