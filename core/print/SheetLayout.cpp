#include "print/SheetLayout.h"

#include "PrintDevice.h"
#include "catalogue/ItemField.h"
#include "print/SheetFonts.h"
#include "template/CellCodec.h"
#include "template/CountyTemplate.h"

#include <QFontMetricsF>
#include <QMap>
#include <QPaintDevice>
#include <QTextLayout>
#include <algorithm>

namespace gkml {

namespace {

// The printed sheet is an official document in the county template's wording, whatever the
// UI language: its labels are the template's Chinese ones (core/template), not tr().
QString lines(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return t;
}

} // namespace

SheetLayout::SheetLayout(const QList<Item> &items, const CatalogueInfo &info, const SheetOptions &options)
    : m_info(info)
    , m_options(options)
{
    buildSets(items);
}

int SheetLayout::publicItemCount() const
{
    int n = 0;
    for (const Set &s : m_sets)
        n += static_cast<int>(s.items.size());
    return n;
}

void SheetLayout::buildSets(const QList<Item> &items)
{
    const bool byDepartment = m_options.grouping == SheetOptions::Grouping::Department;
    // QMap keeps the sets in a stable order; first-appearance order is kept through the index.
    QMap<QString, int> index;
    QList<QString> keys;
    QList<QList<Item>> grouped;
    for (const Item &item : items) {
        if (item.withheld)
            continue; // 不予公开: never on a sheet
        if (!m_options.domain.isEmpty() && item.domain.trimmed() != m_options.domain.trimmed())
            continue;
        if (!m_options.department.isEmpty() && item.department.trimmed() != m_options.department.trimmed())
            continue;
        const QString key = (byDepartment ? item.department : item.domain).trimmed();
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, static_cast<int>(keys.size()));
            keys.append(key);
            grouped.append(QList<Item>());
        }
        grouped[*it].append(item);
    }
    bool multiDomain = false;
    for (int i = 0; i < keys.size(); ++i) {
        Set set;
        set.items = grouped[i];
        std::stable_sort(set.items.begin(), set.items.end(), [byDepartment](const Item &a, const Item &b) {
            if (byDepartment && a.domain != b.domain)
                return a.domain < b.domain;
            if (a.seq != b.seq)
                return a.seq < b.seq;
            return a.id < b.id;
        });
        if (byDepartment) {
            set.titleHead = m_info.unit;
            set.title = CountyTemplate::title(m_info.unit, QString());
            set.subtitle = QStringLiteral("责任股室：%1")
                                   .arg(keys[i].isEmpty() ? QStringLiteral("未填写") : keys[i]);
            QStringList domains;
            for (const Item &item : set.items) {
                if (!domains.contains(item.domain))
                    domains.append(item.domain);
            }
            multiDomain = multiDomain || domains.size() > 1;
        } else {
            set.title = CountyTemplate::title(m_info.unit, keys[i]);
            set.titleHead = set.title.chopped(CountyTemplate::catalogueSuffix().size());
            if (!m_options.department.isEmpty()) // a sheet for one 股室 says whose it is
                set.subtitle = QStringLiteral("责任股室：%1").arg(m_options.department.trimmed());
        }
        m_sets.append(set);
    }
    m_domainColumn = byDepartment && multiDomain;
    buildColumns();
}

void SheetLayout::buildColumns()
{
    auto textCol = [](const QString &label, qreal weight, std::function<QString(const Item &)> f,
                      const QString &group = QString()) {
        Column c;
        c.label = label;
        c.group = group;
        c.weight = weight;
        c.text = std::move(f);
        return c;
    };
    Column number;
    number.label = QStringLiteral("序号");
    number.fixed = true;
    number.align = Qt::AlignHCenter;
    m_columns.append(number); // text is the row number (cellText)

    const SheetOptions::ChannelStyle channels = m_options.channelStyle;
    if (m_options.board) {
        // Large print for the 公开栏: only what a passer-by needs.
        Column what = textCol(QStringLiteral("公开事项"), 12, [](const Item &i) {
            QStringList parts { i.level1.trimmed(), i.level2.trimmed(), i.level3.trimmed() };
            parts.removeAll(QString());
            parts.removeDuplicates();
            return parts.join(QChar::LineSeparator);
        });
        // The 一级事项 in bold on its own line, so that the item names stand apart from the group.
        what.boldPrefix = [](const Item &i) {
            const QString l1 = i.level1.trimmed();
            return l1.isEmpty() || (i.level2.trimmed().isEmpty() && i.level3.trimmed().isEmpty())
                    ? 0
                    : static_cast<int>(l1.size());
        };
        what.minChars = 6;
        m_columns.append(what);
        m_columns.append(
                textCol(QStringLiteral("公开内容"), 18, [](const Item &i) { return lines(i.content); }));
        Column deadline
                = textCol(QStringLiteral("公开时限"), 9, [](const Item &i) { return lines(i.deadline); });
        deadline.minChars = 5;
        m_columns.append(deadline);
        TemplateColumn channelList;
        channelList.kind = TemplateColumn::Kind::Joined;
        channelList.field = Field::Channels;
        Column channels = textCol(QStringLiteral("公开渠道"), 10, [channelList](const Item &i) {
            return lines(CellCodec::encode(i, channelList));
        });
        channels.minChars = 6;
        m_columns.append(channels);
        return;
    }
    // The county template's columns (core/template), as the xlsx and html exports have them; the
    // printed sheet leaves out 五公开环节 and 备注.
    CountyTemplate::Options o;
    o.domainColumn = m_domainColumn;
    o.stagesColumn = false;
    o.noteColumn = false;
    o.channelChecklist = channels == SheetOptions::ChannelStyle::Checklist;
    QList<Item> all;
    for (const Set &s : m_sets)
        all += s.items;
    for (const TemplateColumn &t : CountyTemplate::columns(all, o)) {
        if (t.kind == TemplateColumn::Kind::Sequence)
            continue; // the number column above
        Column c;
        c.label = t.label;
        c.group = t.group;
        c.weight = t.weight;
        c.fixed = t.fixedWidth;
        c.minChars = t.minChars;
        c.align = t.centered ? Qt::AlignHCenter : Qt::AlignLeft;
        c.mergeRepeats = t.mergeRepeats;
        c.model = t;
        c.text = [t](const Item &i) {
            const QString text = CellCodec::encode(i, t);
            // The checklist runs on (■政府网站 □政府公报 …) to keep rows short; elsewhere a line
            // break in the text is a line break on paper.
            return t.kind == TemplateColumn::Kind::Checklist
                    ? QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '))
                    : lines(text);
        };
        m_columns.append(c);
    }
}

QString SheetLayout::cellText(const Item &item, int column, int rowNumber) const
{
    const Column &c = m_columns.at(column);
    if (!c.text)
        return QString::number(rowNumber);
    return c.text(item);
}

QString SheetLayout::qrCaption()
{
    return QStringLiteral("扫码查看网上目录");
}

QFont SheetLayout::headerFontFor(const Column &column) const
{
    // Tick columns are narrow on portrait pages: their short labels (全社会, 依申请) shrink to
    // stay on one line rather than break after two characters.
    if (!column.fixed || column.width <= 0)
        return headerFont;
    const qreal room = column.width - 2 * padding;
    const qreal natural = QFontMetricsF(headerFont, m_device).horizontalAdvance(column.label);
    if (natural <= room)
        return headerFont;
    QFont f = headerFont;
    f.setPointSizeF(headerFont.pointSizeF() * std::max(0.65, room / natural * 0.98));
    return f;
}

qreal SheetLayout::qrBlockWidth() const
{
    // The code plus its address in small print to the left of it.
    if (qrSize <= 0)
        return 0;
    const qreal caption = QFontMetricsF(smallFont, m_device).horizontalAdvance(qrCaption());
    return qrSize + std::max(mm(28), caption + mm(3));
}

QString SheetLayout::runningTitle(const Set &set) const
{
    QString t = set.title;
    if (!set.subtitle.isEmpty())
        t += QStringLiteral("（%1）").arg(set.subtitle);
    return t + QStringLiteral("（续）");
}

int SheetLayout::boldPrefix(const Item &item, int column) const
{
    const Column &c = m_columns.at(column);
    return c.boldPrefix ? c.boldPrefix(item) : 0;
}

QString SheetLayout::titleText(const Set &set, qreal width) const
{
    if (QFontMetricsF(titleFont, m_device).horizontalAdvance(set.title) <= width || set.titleHead.isEmpty())
        return set.title;
    return set.titleHead + QChar::LineSeparator + set.title.mid(set.titleHead.size());
}

qreal SheetLayout::layoutText(QTextLayout &tl, const QString &text, const QFont &font, qreal width,
                              Qt::Alignment align, int boldChars) const
{
    tl.setText(text);
    QList<QTextLayout::FormatRange> formats;
    if (boldChars > 0) {
        QTextLayout::FormatRange bold;
        bold.start = 0;
        bold.length = boldChars;
        bold.format.setFontWeight(QFont::Bold);
        formats.append(bold);
    }
    tl.setFormats(formats);
    tl.setFont(QFont(font, m_device)); // resolve the point size at the device resolution
    return PrintDevice::wrap(tl, width, align, lineGap);
}

void SheetLayout::layout(const QPaintDevice *device)
{
    m_device = device;
    m_dpi = device->logicalDpiY();
    m_area = QSizeF(device->width(), device->height());
    m_pages.clear();

    // Type sizes: legible from a metre away on the board variant (body >= 14 pt); A3 is a
    // 1.41x enlargement, so the type grows with it.
    const bool a3 = m_options.paper == SheetOptions::Paper::A3;
    const qreal scale = a3 ? 1.3 : 1.0;
    const bool board = m_options.board;
    const qreal body = (board ? 15 : 9.5) * scale;
    const SheetFonts &fonts = SheetFonts::instance();
    auto font = [](const QString &family, qreal size, bool bold) {
        QFont f(family);
        f.setPointSizeF(size);
        f.setBold(bold);
        f.setStyleStrategy(QFont::PreferQuality);
        return f;
    };
    const bool heavyTitleFace = fonts.title().contains(QStringLiteral("小标宋"))
            || fonts.title().contains(QStringLiteral("XiaoBiaoSong"));
    const bool heavyHeaderFace
            = fonts.header() == QStringLiteral("黑体") || fonts.header() == QStringLiteral("SimHei");
    titleFont = font(fonts.title(), (board ? 26 : 20) * scale, !heavyTitleFace);
    subtitleFont = font(fonts.body(), (board ? 15 : 12) * scale, false);
    headerFont = font(fonts.header(), body + (board ? 0.5 : 0.5), !heavyHeaderFace);
    bodyFont = font(fonts.body(), body, false);
    footerFont = font(fonts.body(), (board ? 11 : 9) * scale, false);
    smallFont = font(fonts.body(), (board ? 10 : 8) * scale, false);
    padding = pt(board ? 5 : 3) * scale;
    m_lineHeight = QFontMetricsF(bodyFont, device).height();
    lineGap = m_lineHeight * 0.18;

    placeColumns();

    // Header: one row, or two when sub-columns (全社会/特定群体 ...) sit under a merged cell.
    twoRowHeader = std::any_of(m_columns.cbegin(), m_columns.cend(),
                               [](const Column &c) { return !c.group.isEmpty(); });
    QTextLayout tl(QString(), headerFont, device);
    qreal single = 0;
    for (const Column &c : std::as_const(m_columns))
        single = std::max(single,
                          layoutText(tl, c.label, headerFontFor(c), c.width - 2 * padding, Qt::AlignHCenter));
    headerRowHeight = single + 2 * padding;
    headerHeight = twoRowHeader ? 2 * headerRowHeight : headerRowHeight;

    const QFontMetricsF footerMetrics(footerFont, device);
    footerHeight = footerMetrics.height() + mm(4);
    qrSize = m_options.qrUrl.isEmpty() ? 0 : mm(board ? 26 : 20) * scale;
    QTextLayout title(QString(), titleFont, device);
    // The QR code sits beside the title when the title keeps its lines there; on narrow pages
    // it goes on a row of its own under the title instead of squeezing it.
    auto titleHeight = [&](qreal width, int *maxLines) {
        qreal height = 0;
        for (const Set &s : std::as_const(m_sets)) {
            qreal h = layoutText(title, titleText(s, width), titleFont, width, Qt::AlignHCenter);
            *maxLines = std::max(*maxLines, title.lineCount());
            if (!s.subtitle.isEmpty())
                h += QFontMetricsF(subtitleFont, device).height() + mm(1.5);
            height = std::max(height, h);
        }
        return height;
    };
    int fullLines = 0, besideLines = 0;
    const qreal full = titleHeight(m_area.width(), &fullLines);
    qrBeside = qrSize > 0;
    if (qrBeside) {
        const qreal beside = titleHeight(m_area.width() - 2 * qrBlockWidth(), &besideLines);
        qrBeside = besideLines <= fullLines;
        titleBlockHeight = (qrBeside ? std::max(beside, qrSize) : full + mm(3) + qrSize) + mm(5);
    } else {
        titleBlockHeight = full + mm(5);
    }
    runningTitleHeight = QFontMetricsF(subtitleFont, device).height() + mm(3);

    for (int s = 0; s < m_sets.size(); ++s)
        paginate(s);
}

void SheetLayout::placeColumns()
{
    const qreal total = m_area.width();
    // Fixed columns are as wide as their header label (at most 2.6 characters on portrait pages,
    // where the labels shrink to fit: headerFontFor()); text columns share the rest by weight.
    const qreal charWidth = QFontMetricsF(headerFont, m_device).horizontalAdvance(QStringLiteral("国"));
    qreal natural = 0;
    QList<qreal> widths;
    for (const Column &c : std::as_const(m_columns)) {
        const qreal w = c.fixed
                ? QFontMetricsF(headerFont, m_device).horizontalAdvance(c.label) + 2 * padding + pt(2)
                : 0;
        widths.append(w);
        natural += w;
    }
    const bool narrow = natural > total * 0.33; // portrait pages (landscape A4 is about 0.31)
    qreal fixedSum = 0;
    for (int i = 0; i < m_columns.size(); ++i) {
        Column &c = m_columns[i];
        if (c.fixed) {
            c.width = narrow ? std::min(widths[i], 2.6 * charWidth + 2 * padding + pt(1)) : widths[i];
            fixedSum += c.width;
        }
    }
    // Text columns by weight; a column whose share is below its minimum (二级事项 names of six
    // characters should not wrap) gets the minimum and the others share the rest.
    const qreal bodyChar = QFontMetricsF(bodyFont, m_device).horizontalAdvance(QStringLiteral("国"));
    QList<bool> pinned(m_columns.size(), false);
    for (int pass = 0; pass < 2; ++pass) {
        qreal free = total - fixedSum, weights = 0;
        for (int i = 0; i < m_columns.size(); ++i) {
            if (m_columns[i].fixed)
                continue;
            if (pinned[i])
                free -= m_columns[i].width;
            else
                weights += m_columns[i].weight;
        }
        for (int i = 0; i < m_columns.size(); ++i) {
            Column &c = m_columns[i];
            if (c.fixed || pinned[i])
                continue;
            c.width = free * c.weight / weights;
            const qreal minimum = c.minChars * bodyChar + 2 * padding + pt(1);
            if (c.width < minimum && pass == 0) {
                c.width = minimum;
                pinned[i] = true;
            }
        }
    }
    qreal x = 0;
    for (Column &c : m_columns) {
        c.x = x;
        x += c.width;
    }
}

qreal SheetLayout::rowHeight(const Set &set, int row) const
{
    QTextLayout tl(QString(), bodyFont, m_device);
    qreal h = 0;
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &col = m_columns.at(c);
        const QString text = cellText(set.items.at(row), c, row + 1);
        if (text.isEmpty())
            continue;
        if (col.fixed && text.size() <= 4 && !text.contains(QChar::LineSeparator))
            continue; // a tick or a row number: one line, covered by the minimum height below
        h = std::max(h,
                     layoutText(tl, text, bodyFont, col.width - 2 * padding, col.align,
                                boldPrefix(set.items.at(row), c)));
    }
    return std::max(h, m_lineHeight) + 2 * padding;
}

QList<QList<qreal>> SheetLayout::lineBottoms(const Set &set, int row) const
{
    QList<QList<qreal>> out;
    QTextLayout tl(QString(), bodyFont, m_device);
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &col = m_columns.at(c);
        layoutText(tl, cellText(set.items.at(row), c, row + 1), bodyFont, col.width - 2 * padding, col.align,
                   boldPrefix(set.items.at(row), c));
        QList<qreal> bottoms;
        for (int i = 0; i < tl.lineCount(); ++i)
            bottoms.append(tl.lineAt(i).rect().bottom());
        out.append(bottoms);
    }
    return out;
}

void SheetLayout::paginate(int setIndex)
{
    Set &set = m_sets[setIndex];
    set.firstPage = static_cast<int>(m_pages.size());
    const qreal bottom = m_area.height() - footerHeight;
    auto newPage = [&](bool title) {
        Page p;
        p.set = setIndex;
        p.number = static_cast<int>(m_pages.size()) - set.firstPage + 1;
        p.titlePage = title;
        m_pages.append(p);
        return (title ? titleBlockHeight : runningTitleHeight) + headerHeight;
    };
    qreal y = newPage(true);
    const qreal freshCapacity = bottom - runningTitleHeight - headerHeight;
    for (int r = 0; r < set.items.size(); ++r) {
        const qreal h = rowHeight(set, r);
        if (y + h <= bottom) {
            m_pages.last().rows.append({ r, h, {}, {}, false });
            y += h;
            continue;
        }
        if (h <= freshCapacity) {
            y = newPage(false);
            m_pages.last().rows.append({ r, h, {}, {}, false });
            y += h;
            continue;
        }
        // Taller than a page: cut at line boundaries, continuing on the following pages.
        const QList<QList<qreal>> bottoms = lineBottoms(set, r);
        QList<int> pos(m_columns.size(), 0);
        if (bottom - y < freshCapacity * 0.25) // too little room left to start it here
            y = newPage(false);
        bool first = true;
        for (;;) {
            const qreal limit = bottom - y - 2 * padding;
            RowPiece piece { r, 0, pos, pos, !first };
            qreal tallest = 0;
            bool remaining = false;
            for (int c = 0; c < m_columns.size(); ++c) {
                const QList<qreal> &b = bottoms[c];
                const qreal top = pos[c] > 0 ? b[pos[c] - 1] + lineGap : 0;
                int end = pos[c];
                while (end < b.size() && b[end] - top <= limit)
                    ++end;
                if (end == pos[c] && end < b.size() && m_pages.last().rows.isEmpty())
                    ++end; // a single line taller than a page: print it anyway
                piece.endLine[c] = end;
                if (end > pos[c])
                    tallest = std::max(tallest, b[end - 1] - top);
                remaining = remaining || end < b.size();
            }
            bool advanced = false;
            for (int c = 0; c < m_columns.size(); ++c)
                advanced = advanced || piece.endLine[c] > pos[c];
            if (!advanced) { // not even one line fits below the rows already here
                y = newPage(false);
                continue;
            }
            piece.height = std::max(tallest, QFontMetricsF(bodyFont, m_device).height()) + 2 * padding;
            m_pages.last().rows.append(piece);
            y += piece.height;
            pos = piece.endLine;
            first = false;
            if (!remaining)
                break;
            y = newPage(false);
        }
    }
    set.pageCount = static_cast<int>(m_pages.size()) - set.firstPage;
}

} // namespace gkml
