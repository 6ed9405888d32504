#pragma once

#include <QCoreApplication>

#include "ExportOptions.h"
#include "catalogue/Item.h"

#include <QByteArray>

namespace gkml {

// CSV with every field (headers are the Chinese labels), for Excel/WPS and for a lossless round
// trip. UTF-8 with BOM by default (Excel on Windows needs the BOM), GB18030 on request.
// Cells a spreadsheet would run as a formula are guarded (FormulaGuard); csv -> file -> csv stays lossless.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    static QByteArray write(const QList<Item> &items, const ExportOptions &options, QString *error);
    static QString joinSet(const QStringList &values);
};

} // namespace gkml
