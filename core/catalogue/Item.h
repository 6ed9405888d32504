#pragma once

#include "ItemField.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace gkml {

// One disclosure item (one row of the catalogue). `id` is the stable identity inside a file:
// never reused, referred to by findings and history; `seq` is only the display order.
struct Item
{
    qint64 id = 0;
    QString domain;
    int seq = 0;
    QString level1;
    QString level2;
    QString level3;
    QString content;
    QString basis;
    QString deadline;
    QString owner;
    QStringList channels;
    QStringList audience;
    QString audienceNote;
    QStringList method;
    QStringList level;
    QStringList stages;
    QString department;
    bool withheld = false;
    QString withheldBasis;
    QString note;

    // Generic access by stable key: Text -> QString, Integer -> int, Set -> QStringList, Boolean -> bool.
    QVariant value(Field field) const;
    void setValue(Field field, const QVariant &value);

    // Every field equal, ignoring the id.
    bool sameContent(const Item &other) const;
    friend bool operator==(const Item &, const Item &) = default;
};

} // namespace gkml

Q_DECLARE_METATYPE(gkml::Item)
