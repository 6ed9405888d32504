#pragma once

#include <QCoreApplication>

#include "ExportOptions.h"
#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"

#include <QByteArray>

namespace gkml {

// Writes the catalogue as an .xlsx workbook in the county template layout (TemplateLayout, whose
// columns and cell texts come from core/template): each sheet streamed straight into its zip entry
// (ZipArchive::Writer, the one QuaZip wrapper; libxlsxwriter cannot share a process with QuaZip,
// see docs/exchange.md), its rows and cells appended as bytes and the rest through FastXml, a
// small hand-written XML writer; the shared strings, collected while the sheets are written, and
// the other parts through QXmlStreamWriter. One sheet per domain, merged title and
// two-row header, merged 一级事项 cells, √ ticks, the ■/□ channel checklist, wrapped text, fitted
// column widths and row heights, A3 landscape page setup with the header repeated on every page
// (Print_Titles), frozen panes. Every value is a shared string (t="s"), so no cell is ever a
// formula. Withheld items are never written.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    // The workbook's bytes; empty with *error set on failure.
    static QByteArray write(const QList<Item> &items, const CatalogueInfo &info, const ExportOptions &options,
                            QString *error);
};

} // namespace gkml
