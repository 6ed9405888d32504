#pragma once

#include "catalogue/Item.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gkml {

// The 五公开 coverage of a catalogue: per domain, which public items serve which of the five
// disclosures (决策、执行、管理、服务、结果公开). Withheld items serve none of them. Used by the
// stages rule (StagesRule), the coverage sheet (print) and the inspection report (publish).
class StagesCoverage
{
    Q_DECLARE_TR_FUNCTIONS(StagesCoverage)
public:
    struct Domain
    {
        QString name;
        int items = 0; // public items of the domain
        QList<QList<qint64>> byStage; // one list of item ids per stage, in stages() order
        QList<qint64> withoutStage; // public items marked for no stage
        bool usesStages() const { return withoutStage.size() < items; }
        QStringList missingStages() const; // stages no item of the domain is marked for
    };

    // 决策, 执行, 管理, 服务, 结果: the five, in the order the guides list them.
    static const QStringList &stages();
    static StagesCoverage compute(const QList<Item> &items);

    const QList<Domain> &domains() const { return m_domains; }
    // {domains: [{name, items, stages: {决策: n, ...}, missing: [...], withoutStage: n}]}
    QJsonObject toJson() const;

private:
    QList<Domain> m_domains;
};

} // namespace gkml
