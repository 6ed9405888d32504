#pragma once

#include <QCoreApplication>

#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"
#include "print/SheetLayout.h"
#include "print/SheetOptions.h"

#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace gkml {

// Draws the sheets of SheetLayout on any QPagedPaintDevice: QPdfWriter for PDF files, QPrinter
// for paper (the GUI's print preview uses the same code, so it shows exactly what prints).
// Withheld (不予公开) items are dropped before anything is measured. Needs a QGuiApplication.
class SheetRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SheetRenderer)

public:
    SheetRenderer(const QList<Item> &items, const CatalogueInfo &info, const SheetOptions &options);

    // Sets the device's page layout from the options, paginates for it and paints every page.
    bool render(QPagedPaintDevice *device, QString *error = nullptr);
    // Pages of the last render(), or of a PDF layout if nothing was rendered yet.
    int pageCount() const;
    int itemCount() const { return m_layout.publicItemCount(); } // items on the sheets
    const SheetLayout &layout() const { return m_layout; }

    // Renders to a PDF written atomically (QSaveFile): on failure `path` is left untouched.
    bool writePdf(const QString &path, QString *error);
    static bool writePdf(const QList<Item> &items, const CatalogueInfo &info, const SheetOptions &options,
                         const QString &path, QString *error);

private:
    void drawPage(QPainter &p, const SheetLayout::Page &page) const;
    void drawTitle(QPainter &p, const SheetLayout::Set &set) const;
    qreal drawHeader(QPainter &p, qreal y) const;
    void drawFooter(QPainter &p, const SheetLayout::Set &set, const SheetLayout::Page &page) const;

    mutable SheetLayout m_layout;
    mutable bool m_laidOut = false;
};

} // namespace gkml
