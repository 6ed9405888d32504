#pragma once

#include "LedgerSheet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace gkml {

// Draws LedgerSheets on A4 portrait pages with the fonts of the printed catalogue sheets
// (core/print's SheetFonts, whose PDF text layer stays searchable), each sheet starting on a new
// page and numbered on its own (第 x 页 共 y 页). Needs a QGuiApplication.
class LedgerPdf
{
    Q_DECLARE_TR_FUNCTIONS(LedgerPdf)
public:
    static bool render(const QList<LedgerSheet> &sheets, QPagedPaintDevice *device, QString *error);
    // Written atomically (QSaveFile): a failure leaves no partial file.
    static bool write(const QList<LedgerSheet> &sheets, const QString &title, const QString &path,
                      QString *error);
};

} // namespace gkml
