#pragma once

#include "print/SheetOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace gkml {

// Prints tables of plain text (a report, not a catalogue) the way the catalogue sheets are
// printed (SheetLayout/SheetRenderer): every cell laid out once with QTextLayout at the device's
// resolution and painted straight away, rows cut into pages as they come, the header row repeated
// on every page, 第 N 页 in the footer. No QTextDocument: the cost is linear in the number of cells
// (the report of 10,000 items in a second or two, where QTextDocument's table layout took 20 s).
// A row taller than a page is cut at the page foot. Needs a QGuiApplication.
class TableSheet
{
    Q_DECLARE_TR_FUNCTIONS(TableSheet)
public:
    struct Table
    {
        QString heading; // printed above the table (kept with its header and first row)
        QList<qreal> weights; // relative column widths
        QList<bool> centred; // per column: centred (numbers, dates) or left-aligned
        QList<QStringList> rows; // the header row first
    };

    TableSheet(const QString &title, const QString &subtitle, const SheetOptions &options);
    void addTable(const Table &table);
    void addNote(const QString &text); // a paragraph after the tables added so far

    bool render(QPagedPaintDevice *device, QString *error = nullptr);
    // Written atomically (QSaveFile): on failure `path` is left untouched.
    bool writePdf(const QString &path, QString *error);
    int pageCount() const { return m_pages; }

private:
    struct Block
    {
        Table table;
        QString note;
    };
    QString m_title, m_subtitle;
    SheetOptions m_options;
    QList<Block> m_blocks;
    int m_pages = 0;
};

} // namespace gkml
