#include "CsvWriter.h"

#include "FormulaGuard.h"
#include "Gb18030Codec.h"

#include <QCoreApplication>

namespace gkml {

namespace {

QString quoted(const QString &cell)
{
    const bool needs = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
            || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
            || cell.contains(QLatin1Char(';')) || cell.contains(QLatin1Char('\t'))
            || (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
    if (!needs)
        return cell;
    QString s = cell;
    s.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

} // namespace

QString CsvWriter::joinSet(const QStringList &values)
{
    return values.join(QStringLiteral("、"));
}

QByteArray CsvWriter::write(const QList<Item> &items, const ExportOptions &options, QString *error)
{
    QString text;
    text.reserve(items.size() * 600);
    QStringList header;
    for (const FieldInfo &fi : ItemFields::all())
        header << quoted(QString::fromUtf8(fi.labelZh));
    text += header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    QStringList cells;
    for (const Item &item : items) {
        if (item.withheld && !options.includeWithheld)
            continue;
        cells.clear();
        for (const FieldInfo &fi : ItemFields::all()) {
            QString v;
            switch (fi.type) {
            case FieldType::Text: v = item.value(fi.field).toString(); break;
            case FieldType::Integer: v = QString::number(item.seq); break;
            case FieldType::Boolean: v = item.withheld ? QStringLiteral("是") : QStringLiteral("否"); break;
            case FieldType::Set: v = joinSet(item.value(fi.field).toStringList()); break;
            }
            cells << quoted(FormulaGuard::escape(v));
        }
        text += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    const QString enc = options.encoding.toLower().remove(QLatin1Char('-'));
    if (enc == QLatin1String("gb18030") || enc == QLatin1String("gbk")) {
        std::optional<QByteArray> bytes = Gb18030Codec::encode(text);
        if (!bytes) {
            if (error)
                *error = CsvWriter::tr("This computer cannot write GB18030 text.");
            return {};
        }
        return *bytes;
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace gkml
