#pragma once

#include "catalogue/Item.h"
#include "catalogue/ItemField.h"

#include <QStringList>

namespace gkml {

class Standard;

// The choices the editor offers for set fields and the office list: the standard's vocabulary
// when the catalogue follows one, else the template's (core/template, printed order). Typed and
// pasted text is read by CellCodec.
class FieldChoices
{
public:
    static QStringList values(Field field, const Standard *standard = nullptr);
    // The usual 股室 and those the items name, for the 责任股室 choices.
    static QStringList departments(const QList<Item> &items);
    static QStringList defaultDepartments();
};

} // namespace gkml
