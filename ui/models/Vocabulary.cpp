#include "Vocabulary.h"

#include <QRegularExpression>

namespace gkml {

QStringList Vocabulary::values(Field field)
{
    switch (field) {
    case Field::Channels:
        return { QStringLiteral("政府网站"),
                 QStringLiteral("政府公报"),
                 QStringLiteral("两微一端"),
                 QStringLiteral("发布会/听证会"),
                 QStringLiteral("广播电视"),
                 QStringLiteral("纸质媒体"),
                 QStringLiteral("公开查阅点"),
                 QStringLiteral("政务服务中心"),
                 QStringLiteral("便民服务站"),
                 QStringLiteral("入户/现场"),
                 QStringLiteral("社区/企事业单位/村公示栏(电子屏)"),
                 QStringLiteral("精准推送"),
                 QStringLiteral("其他") };
    case Field::Audience: return { QStringLiteral("全社会"), QStringLiteral("特定群体") };
    case Field::Method: return { QStringLiteral("主动"), QStringLiteral("依申请") };
    case Field::Level: return { QStringLiteral("县级"), QStringLiteral("乡级") };
    case Field::Stages:
        return { QStringLiteral("决策"), QStringLiteral("执行"), QStringLiteral("管理"),
                 QStringLiteral("服务"), QStringLiteral("结果") };
    default: return {};
    }
}

QStringList Vocabulary::defaultDepartments()
{
    return { QStringLiteral("办公室"), QStringLiteral("社会救助股"), QStringLiteral("养老服务股"),
             QStringLiteral("社会事务股"), QStringLiteral("乡镇民政办") };
}

QStringList Vocabulary::splitSet(const QString &text)
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

QString Vocabulary::joinSet(const QStringList &values)
{
    return values.join(QStringLiteral("、"));
}

} // namespace gkml
