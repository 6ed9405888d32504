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

    // Direct access for hot loops (import, load, export): the member behind a Text or Set field,
    // nullptr for fields of another type.
    QString *text(Field field);
    const QString *text(Field field) const { return const_cast<Item *>(this)->text(field); }
    QStringList *set(Field field);
    const QStringList *set(Field field) const { return const_cast<Item *>(this)->set(field); }

    // Every field equal, ignoring the id.
    bool sameContent(const Item &other) const;
    // "领域 › 一级事项 › 二级事项[ › 三级事项]": how dialogs and lists name an item.
    QString displayPath() const;
    friend bool operator==(const Item &, const Item &) = default;
};

} // namespace gkml

Q_DECLARE_METATYPE(gkml::Item)
