#pragma once

#include <QString>

namespace gkml {

// Catalogue metadata kept in the file's meta table.
struct CatalogueInfo
{
    QString unit; // 单位, e.g. 安溪县民政局
    QString region; // 行政区划, e.g. 福建省泉州市安溪县
    QString adminLevel; // 县级 / 乡级
    QString standardId; // the standard this catalogue follows (empty: none)
    QString standardVersion;
    QString portalUrl; // the catalogue's page on the county portal (printed as a QR code)

    static CatalogueInfo withUnit(const QString &unit)
    {
        CatalogueInfo info;
        info.unit = unit;
        return info;
    }

    friend bool operator==(const CatalogueInfo &, const CatalogueInfo &) = default;
};

} // namespace gkml
