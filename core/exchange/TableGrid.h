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
    // applies to every row it spans).
    void spreadMerges()
    {
        for (const Merge &m : std::as_const(merges)) {
            const QString v = cell(m.row, m.column);
            for (int r = m.row; r < m.row + m.rowSpan && r < rows.size(); ++r) {
                for (int c = m.column; c < m.column + m.columnSpan; ++c) {
                    QStringList &line = rows[r];
                    while (line.size() <= c)
                        line.append(QString());
                    line[c] = v;
                }
            }
        }
    }
};

} // namespace gkml
