#include "PackageManifest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace gkml {

QJsonObject PackageManifest::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QString::fromLatin1(kFormat));
    o.insert(QStringLiteral("formatVersion"), kFormatVersion);
    o.insert(QStringLiteral("unit"), unit);
    if (standardId.isEmpty())
        o.insert(QStringLiteral("standard"), QJsonValue::Null);
    else
        o.insert(QStringLiteral("standard"),
                 QJsonObject { { QStringLiteral("id"), standardId },
                               { QStringLiteral("version"), standardVersion } });
    o.insert(QStringLiteral("generatedAt"), generatedAt.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("generator"), generator);
    o.insert(QStringLiteral("itemCount"), itemCount);
    o.insert(QStringLiteral("withheldCount"), withheldCount);
    QJsonArray list;
    for (const PackageFileEntry &f : files) {
        list.append(QJsonObject { { QStringLiteral("path"), f.path },
                                  { QStringLiteral("bytes"), f.bytes },
                                  { QStringLiteral("sha256"), f.sha256 } });
    }
    o.insert(QStringLiteral("files"), list);
    return o;
}

QByteArray PackageManifest::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

std::optional<PackageManifest> PackageManifest::fromJson(const QJsonObject &o)
{
    if (o.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
        return std::nullopt;
    PackageManifest m;
    m.unit = o.value(QLatin1String("unit")).toString();
    const QJsonObject standard = o.value(QLatin1String("standard")).toObject();
    m.standardId = standard.value(QLatin1String("id")).toString();
    m.standardVersion = standard.value(QLatin1String("version")).toString();
    m.generatedAt
            = QDateTime::fromString(o.value(QLatin1String("generatedAt")).toString(), Qt::ISODateWithMs);
    m.generator = o.value(QLatin1String("generator")).toString();
    m.itemCount = o.value(QLatin1String("itemCount")).toInt();
    m.withheldCount = o.value(QLatin1String("withheldCount")).toInt();
    for (const QJsonValue &v : o.value(QLatin1String("files")).toArray()) {
        const QJsonObject f = v.toObject();
        m.files.append({ f.value(QLatin1String("path")).toString(),
                         static_cast<qint64>(f.value(QLatin1String("bytes")).toDouble(-1)),
                         f.value(QLatin1String("sha256")).toString() });
    }
    return m;
}

QString PackageManifest::sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace gkml
