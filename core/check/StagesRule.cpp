#include "StagesRule.h"

#include "StagesCoverage.h"

#include <QHash>

namespace gkml {

QStringList StagesRule::codes()
{
    return { QStringLiteral("stages-missing-in-domain"), QStringLiteral("item-stages-missing") };
}

void StagesRule::check(const QList<Item> &items, QList<Finding> *out)
{
    const StagesCoverage coverage = StagesCoverage::compute(items);
    QHash<qint64, const Item *> byId;
    for (const StagesCoverage::Domain &d : coverage.domains()) {
        if (!d.usesStages())
            continue;
        if (byId.isEmpty()) {
            for (const Item &it : items)
                byId.insert(it.id, &it);
        }
        for (const QString &stage : d.missingStages()) {
            Finding f;
            f.severity = Finding::Severity::Info;
            f.code = QStringLiteral("stages-missing-in-domain");
            f.domain = d.name;
            f.field = QStringLiteral("stages");
            f.message
                    = tr("No item of %1 is marked for %2 disclosure (五公开); mark the items that serve it.")
                              .arg(d.name, stage);
            out->append(f);
        }
        for (const qint64 id : d.withoutStage) {
            const Item *it = byId.value(id);
            if (!it)
                continue;
            Finding f;
            f.severity = Finding::Severity::Info;
            f.code = QStringLiteral("item-stages-missing");
            f.item = it->id;
            f.domain = it->domain;
            f.level1 = it->level1;
            f.level2 = it->level2;
            f.field = QStringLiteral("stages");
            f.message = tr(
                    "The item is marked for none of the five disclosures (决策、执行、管理、服务、结果).");
            out->append(f);
        }
    }
}

} // namespace gkml
