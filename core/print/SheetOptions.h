#pragma once

#include <QDate>
#include <QMarginsF>
#include <QPageLayout>
#include <QString>
#include <optional>

namespace gkml {

// What to print and how: paper, orientation, margins, filters, grouping, the large-print board
// variant and the optional QR code. Plain value type shared by gkml-cli and the GUI's print dialog.
struct SheetOptions
{
    enum class Paper {
        A4,
        A3
    };
    enum class Orientation {
        Portrait,
        Landscape
    };
    // One set of sheets (own title, own page numbers) per domain or per responsible office.
    enum class Grouping {
        Domain,
        Department
    };
    // How 公开渠道和载体 is printed: only the chosen names (■政府网站 ...) or the template's full
    // checklist of the 13 standard channels (■ chosen, □ not chosen).
    enum class ChannelStyle {
        Chosen,
        Checklist
    };

    Paper paper = Paper::A4;
    Orientation orientation = Orientation::Landscape;
    QMarginsF marginsMm { 15, 12, 15, 12 }; // left, top, right, bottom
    QString domain; // only this domain (empty: all)
    QString department; // only this 责任股室 (empty: all)
    Grouping grouping = Grouping::Domain;
    bool board = false; // large print for the 公开栏: 事项, 内容, 时限, 渠道; body >= 14 pt
    ChannelStyle channelStyle = ChannelStyle::Chosen;
    QString qrUrl; // non-empty: a QR code linking there on the first sheet of each set
    QDate date; // printed in the footer; invalid = today

    QPageLayout pageLayout() const;
    QDate effectiveDate() const { return date.isValid() ? date : QDate::currentDate(); }

    static std::optional<Paper> paperFromString(const QString &text); // "A4", "a3"
    static std::optional<Orientation> orientationFromString(const QString &text);
    static std::optional<Grouping> groupingFromString(const QString &text); // domain|department
    static std::optional<ChannelStyle> channelStyleFromString(const QString &text); // chosen|checklist
    // 2020年9月2日: the date as written on official documents.
    static QString chineseDate(const QDate &date);
};

} // namespace gkml
