#include "SideTableReader.h"

#include "CsvReader.h"
#include "XlsxReader.h"

#include <QFileInfo>

namespace gkml {

SideTableReader::Result SideTableReader::read(const QString &path, const QStringList &csvSuffixes,
                                              const QString &unsupported)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        XlsxReader::Result x = XlsxReader::readFile(path);
        return Result { std::move(x.grids), x.error };
    }
    if (csvSuffixes.contains(suffix)) {
        CsvReader::Result c = CsvReader::readFile(path, QStringLiteral("auto"));
        return Result { { std::move(c.grid) }, c.error };
    }
    return Result { {}, unsupported };
}

} // namespace gkml
