#pragma once

#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"
#include "print/SheetOptions.h"
#include "template/TemplateColumn.h"

#include <QFont>
#include <QList>
#include <QSizeF>
#include <QString>
#include <functional>
#include <optional>

class QPaintDevice;
class QTextLayout;

namespace gkml {

// Paginates a catalogue into sheets for one paint device (PDF writer or printer): takes the
// columns from the county template model (core/template: CountyTemplate, CellCodec), picks fonts, measures
// every row with QTextLayout at the device's resolution, and cuts the rows into pages. Rows are never split
// unless a single row is taller than a whole page; then it is cut at line boundaries and its continuation is
// marked 续. No QTextDocument: the cost is linear in the number of cells and the memory does not grow with
// the catalogue.
//
// All lengths are in device units of the paint area (origin at the top-left margin corner).
class SheetLayout
{
public:
    struct Column
    {
        QString label; // header cell
        QString group; // label of the merged cell above (公开事项, 公开对象 ...), or empty
        qreal weight = 1; // share of the remaining width (text columns)
        bool fixed = false; // width from the label (tick and number columns)
        int minChars = 0; // text columns: at least this many characters of body text per line
        Qt::Alignment align = Qt::AlignLeft;
        bool mergeRepeats = false; // print a value once per run of equal values (like merged cells)
        std::function<QString(const Item &)> text;
        std::optional<TemplateColumn> model; // the template column printed here (not board columns)
        std::function<int(const Item &)> boldPrefix; // characters of `text` printed bold (may be null)
        qreal x = 0; // computed
        qreal width = 0; // computed
    };

    // One set of sheets: one domain or one responsible office. Numbered 第 N 页 共 M 页 on its own.
    struct Set
    {
        QString title;
        QString titleHead; // the title without 基层政务公开标准目录, where it breaks when too long
        QString subtitle;
        QList<Item> items;
        int firstPage = 0; // index into pages()
        int pageCount = 0;
    };

    // A row, or one part of a row taller than a page.
    struct RowPiece
    {
        int row = 0; // index into the set's items
        qreal height = 0;
        // Line ranges per column for a split row; empty for a whole row.
        QList<int> firstLine;
        QList<int> endLine;
        bool continued = false; // the rest of a row begun on an earlier page (marked 续)
    };

    struct Page
    {
        int set = 0;
        int number = 1; // within the set
        bool titlePage = false; // first page of a set: full title (and QR code)
        QList<RowPiece> rows;
    };

    SheetLayout(const QList<Item> &items, const CatalogueInfo &info, const SheetOptions &options);

    // Measures and paginates for `device` (whose page layout must already be set). Needs a
    // QGuiApplication (fonts).
    void layout(const QPaintDevice *device);

    const QList<Set> &sets() const { return m_sets; }
    const QList<Page> &pages() const { return m_pages; }
    const QList<Column> &columns() const { return m_columns; }
    const SheetOptions &options() const { return m_options; }
    const CatalogueInfo &info() const { return m_info; }
    int publicItemCount() const;

    // Geometry and fonts for the renderer (valid after layout()).
    const QPaintDevice *device() const { return m_device; }
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    QSizeF area() const { return m_area; }
    QFont titleFont, subtitleFont, headerFont, bodyFont, footerFont, smallFont;
    qreal padding = 0, lineGap = 0;
    qreal titleBlockHeight = 0, runningTitleHeight = 0, headerHeight = 0, headerRowHeight = 0;
    qreal footerHeight = 0, qrSize = 0;
    bool twoRowHeader = false;
    bool qrBeside = false; // QR code beside the title, else on a row under it

    // Lays out one cell's text (line breaks kept) for `width`; returns the text height.
    qreal layoutText(QTextLayout &tl, const QString &text, const QFont &font, qreal width,
                     Qt::Alignment align, int boldChars = 0) const;
    int boldPrefix(const Item &item, int column) const;
    // The title on one line, or broken before 基层政务公开标准目录 when wider than `width`.
    QString titleText(const Set &set, qreal width) const;
    QString cellText(const Item &item, int column, int rowNumber) const;
    QString runningTitle(const Set &set) const;
    // Space reserved on each side of the title when a QR code is printed.
    qreal qrBlockWidth() const;
    static QString qrCaption(); // printed above the address beside the QR code
    // The header font, shrunk to fit narrow tick columns.
    QFont headerFontFor(const Column &column) const;

private:
    void buildSets(const QList<Item> &items);
    void buildColumns();
    void placeColumns();
    void paginate(int setIndex);
    qreal rowHeight(const Set &set, int row) const;
    QList<QList<qreal>> lineBottoms(const Set &set, int row) const;

    CatalogueInfo m_info;
    SheetOptions m_options;
    QList<Set> m_sets;
    QList<Column> m_columns;
    QList<Page> m_pages;
    const QPaintDevice *m_device = nullptr;
    qreal m_dpi = 72;
    qreal m_lineHeight = 0; // one line of body text
    QSizeF m_area;
    bool m_domainColumn = false;
};

} // namespace gkml
