#pragma once

#include <QList>
#include <QStringList>

class QMimeData;

namespace gkml {

// Cells on the clipboard in the two forms Excel and WPS exchange: text/plain as TSV (cells with
// tabs, quotes or line breaks quoted the Excel way) and text/html as a <table>.
class TableClipboard
{
public:
    static QMimeData *toMimeData(const QList<QStringList> &rows);
    static QString toTsv(const QList<QStringList> &rows);
    static QString toHtml(const QList<QStringList> &rows);
    // HTML is preferred when present: it keeps line breaks inside cells reliably.
    static QList<QStringList> fromMimeData(const QMimeData *mime);
    static QList<QStringList> parseTsv(const QString &text);
    static QList<QStringList> parseHtml(const QString &html);
};

} // namespace gkml
