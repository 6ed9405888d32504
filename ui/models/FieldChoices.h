#pragma once

#include "catalogue/ItemField.h"

#include <QStringList>

namespace gkml {

class Standard;

// The choices the editor offers for set fields and the office list: the standard's vocabulary
// when the catalogue follows one, else the national template's (printed order).
class FieldChoices
{
public:
    static QStringList values(Field field, const Standard *standard = nullptr);
    static QStringList defaultDepartments();
    // Splits text typed or pasted into a set cell: 、，,;； and line breaks separate values.
    static QStringList splitSet(const QString &text);
    static QString joinSet(const QStringList &values);
};

} // namespace gkml
