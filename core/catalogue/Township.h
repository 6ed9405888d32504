#pragma once

#include <QString>

namespace gkml {

// One township (乡镇) or street (街道) of the unit (DESIGN.md "Townships"): its name, the office
// responsible for its part of the catalogue, and an optional contact.
struct Township
{
    qint64 id = 0;
    QString name; // 城厢镇, 凤城街道
    QString office; // 城厢镇民政办 (empty: the township's 民政办)
    QString contact;

    // A street (街道) has a 街道办事处 where a town has a 人民政府.
    bool isStreet() const { return name.endsWith(QStringLiteral("街道")); }
    // The government body of the township: 城厢镇人民政府 / 凤城街道办事处.
    QString government() const
    {
        return name + (isStreet() ? QStringLiteral("办事处") : QStringLiteral("人民政府"));
    }
    // The office responsible: the recorded one, else the township's 民政办.
    QString responsibleOffice() const { return office.isEmpty() ? name + QStringLiteral("民政办") : office; }

    friend bool operator==(const Township &, const Township &) = default;
};

} // namespace gkml
