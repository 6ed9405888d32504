#pragma once

#include "catalogue/Item.h"
#include "catalogue/ItemField.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace gkml {

// One row of a standard guide, with its provenance: a row or field that was not read in a
// published copy is "inferred", and checks that rest on it give warnings, not errors.
struct StandardItem
{
    QString domain;
    int seq = 0;
    QString level1;
    QString level2;
    QStringList content;
    QString basis;
    QString deadline;
    QString owner;
    QStringList channels;
    QStringList audience;
    QStringList method;
    QStringList level;
    bool inferred = false; // the whole row
    QSet<QString> inferredFields; // field keys
    QMap<QString, QString> notes; // field key -> provenance note
    QStringList sources;

    bool isInferred(Field field) const { return inferred || inferredFields.contains(ItemFields::key(field)); }
    // The standard's value for a catalogue field, shaped as Item::value() holds it (the content
    // points one per line); a null QVariant for a field the standard does not give.
    QVariant value(Field field) const;
    // A catalogue item holding what the standard gives (content points one per line).
    Item toItem() const;
    // Whether the standard gives a value for this field (value() is not null).
    static bool gives(Field field);
};

} // namespace gkml
