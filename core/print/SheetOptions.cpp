#include "print/SheetOptions.h"

#include "util/NamedValues.h"

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
    static const NamedValues<Paper> names { { "A4", Paper::A4 }, { "A3", Paper::A3 } };
    return names.value(text.trimmed().toUpper());
}

std::optional<SheetOptions::Orientation> SheetOptions::orientationFromString(const QString &text)
{
    static const NamedValues<Orientation> names { { "portrait", Orientation::Portrait },
                                                  { "landscape", Orientation::Landscape } };
    return names.value(text.trimmed().toLower());
}

std::optional<SheetOptions::Grouping> SheetOptions::groupingFromString(const QString &text)
{
    static const NamedValues<Grouping> names { { "domain", Grouping::Domain },
                                               { "department", Grouping::Department } };
    return names.value(text.trimmed().toLower());
}

std::optional<SheetOptions::ChannelStyle> SheetOptions::channelStyleFromString(const QString &text)
{
    static const NamedValues<ChannelStyle> names { { "chosen", ChannelStyle::Chosen },
                                                   { "checklist", ChannelStyle::Checklist } };
    return names.value(text.trimmed().toLower());
}

QString SheetOptions::chineseDate(const QDate &date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace gkml
