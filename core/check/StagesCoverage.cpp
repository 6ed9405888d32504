#include "StagesCoverage.h"

#include <QHash>
#include <QJsonArray>

namespace gkml {

const QStringList &StagesCoverage::stages()
{
    static const QStringList list = { QStringLiteral("决策"), QStringLiteral("执行"), QStringLiteral("管理"),
                                      QStringLiteral("服务"), QStringLiteral("结果") };
    return list;
}

QStringList StagesCoverage::Domain::missingStages() const
{
    QStringList missing;
    for (int s = 0; s < byStage.size(); ++s) {
        if (byStage.at(s).isEmpty())
            missing.append(stages().at(s));
    }
    return missing;
}

StagesCoverage StagesCoverage::compute(const QList<Item> &items)
{
    StagesCoverage c;
    QHash<QString, int> index;
    for (const Item &it : items) {
        if (it.withheld)
            continue;
        auto found = index.constFind(it.domain);
        if (found == index.cend()) {
            found = index.insert(it.domain, static_cast<int>(c.m_domains.size()));
            Domain d;
            d.name = it.domain;
            d.byStage.resize(stages().size());
            c.m_domains.append(d);
        }
        Domain &d = c.m_domains[found.value()];
        ++d.items;
        bool any = false;
        for (const QString &value : it.stages) {
            // "决策公开" is the same stage as "决策" (the standard's alias).
            const QString v = value.trimmed();
            for (int s = 0; s < stages().size(); ++s) {
                if (v.startsWith(stages().at(s))) {
                    if (d.byStage[s].isEmpty() || d.byStage[s].last() != it.id)
                        d.byStage[s].append(it.id);
                    any = true;
                }
            }
        }
        if (!any)
            d.withoutStage.append(it.id);
    }
    return c;
}

QJsonObject StagesCoverage::toJson() const
{
    QJsonArray domains;
    for (const Domain &d : m_domains) {
        QJsonObject counts;
        for (int s = 0; s < stages().size(); ++s)
            counts.insert(stages().at(s), static_cast<int>(d.byStage.at(s).size()));
        domains.append(
                QJsonObject { { QStringLiteral("name"), d.name },
                              { QStringLiteral("items"), d.items },
                              { QStringLiteral("stages"), counts },
                              { QStringLiteral("missing"), QJsonArray::fromStringList(d.missingStages()) },
                              { QStringLiteral("withoutStage"), static_cast<int>(d.withoutStage.size()) } });
    }
    return QJsonObject { { QStringLiteral("domains"), domains } };
}

} // namespace gkml
