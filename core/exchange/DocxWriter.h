#pragma once

#include "ExportOptions.h"
#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace gkml {

// Writes the catalogue as a Word document (.docx) the way government documents look: per domain
// a title in a 小标宋 face (方正小标宋简体, else 华文中宋, else 宋体) and one table in a 仿宋 face
// (仿宋_GB2312, else 仿宋) with the two-row template header repeated on every page, 一级事项
// merged down its rows, the unit and the date below; A3 landscape (A4 landscape when the
// table is narrow). Columns and cell text come from TemplateLayout (core/template), like the
// xlsx and html writers. Withheld items are never written. XML by QXmlStreamWriter, packed by
// ZipArchive.
class DocxWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocxWriter)
public:
    static QByteArray write(const QList<Item> &items, const CatalogueInfo &info, const ExportOptions &options,
                            QString *error);
    // word/document.xml alone (tests look at its structure).
    static QByteArray documentXml(const QList<Item> &items, const CatalogueInfo &info,
                                  const ExportOptions &options);
};

} // namespace gkml
