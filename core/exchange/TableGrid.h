#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gkml {

// A table as read from a file, before the template mapper interprets it: the cells of one sheet
// (xlsx), one <table> (html) or one csv file, with merged areas. Readers fill it; TemplateMapper
// finds the header, the columns and the items in it.
struct TableGrid
{
    struct Merge
    {
        int row = 0; // top-left cell, 0-based
        int column = 0;
        int rowSpan = 1;
        int columnSpan = 1;
    };

    QString name; // sheet name or table caption (may name the domain)
    QList<QStringList> rows; // ragged; missing cells are empty
    QList<Merge> merges;
    // CSV: a data cell beyond the header's last column is an error (a shifted row), not a note.
    bool strictWidth = false;
    // The file format records no merged areas (.xls through FreeXL) or this file recorded none
    // (an .xlsx saved without them): the mapper infers the merged 一级事项 from blank cells.
    bool inferMerges = false;

    QString cell(int row, int column) const
    {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
            return {};
        return rows.at(row).at(column);
    }
    int columnCount() const
    {
        qsizetype n = 0;
        for (const QStringList &r : rows)
            n = qMax(n, r.size());
        return static_cast<int>(n);
    }
    // Copies the value of every merged area into all the cells it covers (a merged 一级事项
    // applies to every row it spans). Areas are cut at the last row and the widest row of the
    // grid: beyond them there is no column to fill. Returns false when the spread would give the
    // grid more than maxSlots cells (one merge over A1:XFD1048576 in a 1 MB workbook must not
    // take all the memory); the grid is then partly spread and must not be used.
    bool spreadMerges(qint64 maxSlots = 8'000'000)
    {
        qint64 filled = 0;
        for (const QStringList &r : std::as_const(rows))
            filled += r.size();
        const qint64 width = columnCount();
        for (const Merge &m : std::as_const(merges)) {
            const QString v = cell(m.row, m.column);
            const qint64 lastRow = qMin<qint64>(qint64(m.row) + m.rowSpan, rows.size());
            const qint64 lastColumn = qMin<qint64>(qint64(m.column) + m.columnSpan, width);
            for (qint64 r = qMax(m.row, 0); r < lastRow; ++r) {
                QStringList &line = rows[r];
                if (line.size() < lastColumn) {
                    filled += lastColumn - line.size();
                    if (filled > maxSlots)
                        return false;
                    line.resize(lastColumn);
                }
                for (qint64 c = qMax(m.column, 0); c < lastColumn; ++c)
                    line[c] = v;
            }
        }
        return true;
    }
};

} // namespace gkml
