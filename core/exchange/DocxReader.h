#pragma once

#include "TableGrid.h"
#include "util/ZipArchive.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace gkml {

// Reads the tables of a Word document (.docx, as Word and WPS save it) into TableGrids, one per
// top-level w:tbl, in document order: w:gridSpan and w:gridBefore place cells on the table grid,
// w:vMerge restart/continue become merges, the paragraphs of a cell are joined by line breaks.
// The paragraphs between the previous table and this one (the 标题 "…县民政局社会救助领域…标准
// 目录", a 单位 line) become rows above the table, where TemplateMapper looks for unit and
// domain. Only word/document.xml is unpacked (images are never touched), bounded while
// inflating, and parsed by one QXmlStreamReader pass. A table inside a table cell is refused:
// a catalogue never needs one and its cells could not be placed.
class DocxReader
{
    Q_DECLARE_TR_FUNCTIONS(DocxReader)
public:
    struct Limits
    {
        qint64 maxDocumentBytes = ZipArchive::kMaxEntryBytes; // word/document.xml unpacked
        qint64 maxCells = 4'000'000; // over all tables, spans included
        qint64 maxTextChars = 256LL * 1024 * 1024;
    };
    struct Result
    {
        QList<TableGrid> grids; // one per top-level table
        QStringList warnings;
        QString error; // one sentence for the clerk; empty on success
    };

    static Result readFile(const QString &path, const Limits &limits);
    static Result readFile(const QString &path) { return readFile(path, Limits()); }
};

} // namespace gkml
