#pragma once

#include "catalogue/ItemField.h"

#include <QStringList>

namespace gkml {

// The choices offered for set fields and the office list. Until a catalogue names a standard,
// these are the national template's values (reference/domain.md §1.2-1.4, printed order).
class Vocabulary
{
public:
    static QStringList values(Field field);
    static QStringList defaultDepartments();
    // Splits text typed or pasted into a set cell: 、，,;；/ and line breaks separate values.
    static QStringList splitSet(const QString &text);
    static QString joinSet(const QStringList &values);
};

} // namespace gkml
