#pragma once

#include <QCoreApplication>

#include "ExportOptions.h"
#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"

#include <optional>

namespace gkml {

// Writes a catalogue in one of the exchange formats. The file appears complete or not at all
// (written under a temporary name, then renamed), so a failure never leaves half a file.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    static bool write(const QList<Item> &items, const CatalogueInfo &info, ExportFormat format,
                      const QString &path, const ExportOptions &options, QString *error);
    // The bytes of a file in any format (csv, json, html, xlsx), e.g. for the submission package.
    static QByteArray bytes(const QList<Item> &items, const CatalogueInfo &info, ExportFormat format,
                            const ExportOptions &options, QString *error);
    static std::optional<ExportFormat> formatFromName(const QString &name);
    static QString suffix(ExportFormat format);
    // Writes bytes atomically (QSaveFile).
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);
};

} // namespace gkml
