#pragma once

#include <QCoreApplication>

#include "TableGrid.h"

#include <QByteArray>
#include <QString>

namespace gkml {

// RFC 4180 CSV as Excel and WPS write it: quoted cells with line breaks and doubled quotes; the
// delimiter (comma, semicolon or tab) is detected from the first line.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Result
    {
        TableGrid grid;
        QString encoding;
        QString error;
    };
    static Result readFile(const QString &path, const QString &encoding);
    static Result readBytes(const QByteArray &bytes, const QString &encoding);
    static TableGrid parse(const QString &text);
    static QChar detectDelimiter(const QString &text);
    // Cells larger than this are refused (a broken quote would swallow the rest of the file).
    static constexpr qsizetype kMaxFileBytes = qsizetype(1) << 30;
};

} // namespace gkml
