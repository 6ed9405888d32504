#pragma once

#include "catalogue/Item.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gkml {

struct ImportOptions
{
    QString domain; // --domain: used when the file does not name one
    QString encoding = QStringLiteral("auto"); // auto | utf-8 | gb18030 (csv and html)
    // .doc/.wps/.et/.ods: convert with LibreOffice first (CLI --convert; the GUI asks).
    bool convertWithLibreOffice = false;
    int convertTimeoutMs = 120000;
};

// What an import produced. On failure `error` is one sentence a clerk understands and `items`
// is empty: an import adds all rows or none.
struct ImportResult
{
    QList<Item> items;
    QStringList warnings; // e.g. "row 7: extra column 咨询电话 kept in 备注"
    QString error;
    QString encoding; // detected or forced encoding (text formats)
    QString layout; // a short description of the detected layout, for the import preview
    QString unit; // the unit named in a title row, when found

    bool ok() const { return error.isEmpty(); }
};

} // namespace gkml
