#pragma once

#include <QDate>
#include <QString>

namespace gkml {

enum class ExportFormat {
    Xlsx,
    Csv,
    Json,
    Html,
    Docx
};

struct ExportOptions
{
    // Withheld (不予公开) items never reach a public output. Only the csv/json working copies may
    // carry them, and only when asked (a lossless backup or a transfer between two GKML files).
    bool includeWithheld = false;
    QString encoding = QStringLiteral("utf-8"); // csv: utf-8 (with BOM) or gb18030
    bool departmentColumn = true; // xlsx/html: the optional 责任股室 column
    QDate date; // docx: the date printed below each table (invalid: today)
};

} // namespace gkml
