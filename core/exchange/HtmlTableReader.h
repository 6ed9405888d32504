#pragma once

#include <QCoreApplication>

#include "TableGrid.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gkml {

// Reads the <table>s of an HTML page as county portals publish catalogues (tables pasted from
// Word/WPS): rowspan/colspan become merges, <br> and paragraphs become line breaks, other tags are
// stripped, entities decoded; the page may be UTF-8 or GBK (meta charset, BOM or detection).
// The text just before a table (the article title, e.g. "…养老服务领域基层政务公开标准目录") or its
// <caption> becomes TableGrid::name. A small tolerant tokenizer, iterative (no recursion) and
// bounded: deep nesting, huge spans or huge pages get a clear error.
class HtmlTableReader
{
    Q_DECLARE_TR_FUNCTIONS(HtmlTableReader)

public:
    struct Limits
    {
        qint64 maxBytes = 64LL * 1024 * 1024; // the page itself
        int maxDepth = 512; // nested elements
        int maxTableDepth = 32; // tables inside table cells
        qint64 maxCells = 4'000'000; // grid slots over all tables, including spanned ones
    };
    struct Result
    {
        QList<TableGrid> grids; // in document order
        QString encoding; // utf-8, utf-8-bom, gb18030, ...
        QStringList warnings;
        QString error; // one sentence for the clerk; empty on success
    };

    static Result readFile(const QString &path, const QString &encoding);
    static Result read(const QByteArray &bytes, const QString &encoding, const Limits &limits);
    static Result read(const QByteArray &bytes, const QString &encoding)
    {
        return read(bytes, encoding, Limits());
    }

    // The charset a page declares in <meta charset> or http-equiv Content-Type (lower case),
    // empty when none.
    static QString declaredCharset(const QByteArray &bytes);
    // Decodes &amp; &lt; &nbsp; &#20013; &#x4E2D; and the other common named entities.
    static QString decodeEntities(QStringView text);
};

} // namespace gkml
