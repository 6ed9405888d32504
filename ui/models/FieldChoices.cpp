#include "FieldChoices.h"

#include "standard/Standard.h"
#include "template/TemplateTerms.h"

namespace gkml {

QStringList FieldChoices::values(Field field, const Standard *standard)
{
    if (standard) {
        if (const Vocabulary *v = standard->vocabulary(field); v && !v->isEmpty())
            return v->values();
    }
    return TemplateTerms::vocabulary(field).values();
}

QStringList FieldChoices::defaultDepartments()
{
    return { QStringLiteral("办公室"), QStringLiteral("社会救助股"), QStringLiteral("养老服务股"),
             QStringLiteral("社会事务股"), QStringLiteral("乡镇民政办") };
}

QStringList FieldChoices::departments(const QList<Item> &items)
{
    QStringList departments = defaultDepartments();
    for (const Item &it : items) {
        if (!it.department.isEmpty() && !departments.contains(it.department))
            departments << it.department;
    }
    return departments;
}

} // namespace gkml
