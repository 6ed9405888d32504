#pragma once

#include "ExportOptions.h"
#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"

#include <QByteArray>

namespace gkml {

// Writes the catalogue as a small, complete UTF-8 HTML document to paste into a portal's editor:
// per domain a heading with the template title and a table in the county template layout
// (TemplateLayout: two-row header with rowspan/colspan, merged 一级事项, √ ticks, ■/□ channel
// checklist). Every text is escaped; withheld items are never written. HtmlTableReader reads the
// result back into the same items.
class HtmlWriter
{
public:
    static QByteArray write(const QList<Item> &items, const CatalogueInfo &info,
                            const ExportOptions &options);
    // Escapes & < > " ' and turns line breaks into <br>; runs of spaces stay visible (&nbsp;).
    static QString escape(const QString &text);
};

} // namespace gkml
