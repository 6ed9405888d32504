#include "print/SheetOptions.h"

#include <QPageSize>

namespace gkml {

QPageLayout SheetOptions::pageLayout() const
{
    const QPageSize size(paper == Paper::A3 ? QPageSize::A3 : QPageSize::A4);
    return QPageLayout(size,
                       orientation == Orientation::Landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       marginsMm, QPageLayout::Millimeter);
}

std::optional<SheetOptions::Paper> SheetOptions::paperFromString(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    if (t == QLatin1String("A4"))
        return Paper::A4;
    if (t == QLatin1String("A3"))
        return Paper::A3;
    return std::nullopt;
}

std::optional<SheetOptions::Orientation> SheetOptions::orientationFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("portrait"))
        return Orientation::Portrait;
    if (t == QLatin1String("landscape"))
        return Orientation::Landscape;
    return std::nullopt;
}

std::optional<SheetOptions::Grouping> SheetOptions::groupingFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("domain"))
        return Grouping::Domain;
    if (t == QLatin1String("department"))
        return Grouping::Department;
    return std::nullopt;
}

std::optional<SheetOptions::ChannelStyle> SheetOptions::channelStyleFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("chosen"))
        return ChannelStyle::Chosen;
    if (t == QLatin1String("checklist"))
        return ChannelStyle::Checklist;
    return std::nullopt;
}

QString SheetOptions::chineseDate(const QDate &date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace gkml
