#include "CellCodec.h"

#include "TemplateTerms.h"
#include "catalogue/TemplateVocabulary.h"
#include "util/TextNormalizer.h"

#include <QRegularExpression>

namespace gkml {

namespace {

bool isChosenMark(QChar c)
{
    return c == QChar(0x25A0) /*■*/ || c == QChar(0x2611) /*☑*/ || c == QChar(0x2713) /*✓*/
            || c == QChar(0x2714) /*✔*/ || c == QChar(0x221A) /*√*/ || c == QChar(0x25CF) /*●*/
            || c == QChar(0x2612) /*☒*/;
}

bool isUnchosenMark(QChar c)
{
    return c == QChar(0x25A1) /*□*/ || c == QChar(0x53E3) /*口*/ || c == QChar(0x2610) /*☐*/
            || c == QChar(0x25CB) /*○ as an empty box*/;
}

// Separators between set values. "/" is handled separately: channel names contain it.
bool isSetSeparator(QChar c)
{
    return c == QChar(0x3001) /*、*/ || c == QChar(0xFF0C) /*，*/ || c == QLatin1Char(',')
            || c == QLatin1Char(';') || c == QChar(0xFF1B) /*；*/ || c == QLatin1Char('\n')
            || c == QLatin1Char('\r') || c == QChar::LineSeparator;
}

// Splitting by hand: a regular expression here cost a third of a 100,000-row import.
QStringList splitAtSeparators(const QString &text)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || isSetSeparator(text.at(i))) {
            if (i > start)
                parts << text.mid(start, i - start);
            start = i + 1;
        }
    }
    return parts;
}

// Splits a checklist run such as "■政府网站 □政府公报 ■政务服务中心" at each box mark.
QStringList splitAtMarks(const QString &text)
{
    QStringList parts;
    QString current;
    for (const QChar c : text) {
        if ((isChosenMark(c) || isUnchosenMark(c)) && !current.trimmed().isEmpty()) {
            // 口 is also an ordinary character (口腔, 人口): only a mark at a token start.
            if (c == QChar(0x53E3) && !current.endsWith(QLatin1Char(' '))) {
                current.append(c);
                continue;
            }
            parts << current.trimmed();
            current.clear();
        }
        current.append(c);
    }
    if (!current.trimmed().isEmpty())
        parts << current.trimmed();
    return parts;
}

// Aliases that contain a separator ("乡、村级") are one value, not two.
QStringList compoundSpellings(Field field)
{
    QStringList out;
    for (auto it = TemplateTerms::vocabulary(field).aliases().cbegin();
         it != TemplateTerms::vocabulary(field).aliases().cend(); ++it) {
        for (const QChar c : it.key()) {
            if (isSetSeparator(c)) {
                out << it.key();
                break;
            }
        }
    }
    return out;
}

// The canonical channel for a spelling: the national list and its known spellings, then the
// aliases of the standards' channel vocabulary (村公示栏, 镇村公示公开栏 … for the village
// board). Empty for a local channel.
QString canonicalChannel(const QString &channel)
{
    QString national = TemplateVocabulary::canonicalChannel(channel);
    if (!national.isEmpty())
        return national;
    const Vocabulary::Lookup l = TemplateTerms::vocabulary(Field::Channels).lookup(channel);
    return l.match == Vocabulary::Match::Alias || l.match == Vocabulary::Match::Canonical ? l.canonical
                                                                                          : QString();
}

bool isOtherChannel(const QString &channel)
{
    return channel.startsWith(TemplateVocabulary::otherChannel()) || canonicalChannel(channel).isEmpty();
}

} // namespace

std::optional<bool> CellCodec::parseBool(const QString &cell)
{
    const QString v = cell.trimmed().toLower();
    if (v.isEmpty())
        return std::nullopt;
    static const QStringList yes
            = { QStringLiteral("是"), QStringLiteral("y"), QStringLiteral("yes"),     QStringLiteral("true"),
                QStringLiteral("1"),  QStringLiteral("v"), QStringLiteral("不予公开") };
    static const QStringList no
            = { QStringLiteral("否"), QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("false"),
                QStringLiteral("0"),  QStringLiteral("-"), QStringLiteral("无") };
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    if (v.size() == 1 && isChosenMark(v.front()))
        return true;
    if (v.size() == 1 && (isUnchosenMark(v.front()) || v.front() == QChar(0xD7) /*×*/))
        return false;
    return std::nullopt;
}

bool CellCodec::parseTick(const QString &cell, QString *text)
{
    text->clear();
    QString v = TextNormalizer::cleanCell(cell);
    if (v.isEmpty())
        return false;
    static const QStringList no
            = { QStringLiteral("否"), QStringLiteral("无"), QStringLiteral("×"),  QStringLiteral("✗"),
                QStringLiteral("✘"),  QStringLiteral("n"),  QStringLiteral("no"), QStringLiteral("-"),
                QStringLiteral("—"),  QStringLiteral("/"),  QStringLiteral("／"), QStringLiteral("□"),
                QStringLiteral("口"), QStringLiteral("☐"),  QStringLiteral("0"),  QStringLiteral("false") };
    if (no.contains(v.toLower()))
        return false;
    static const QStringList yesWords = { QStringLiteral("是"), QStringLiteral("y"),    QStringLiteral("yes"),
                                          QStringLiteral("v"),  QStringLiteral("true"), QStringLiteral("1") };
    if (yesWords.contains(v.toLower()))
        return true;
    static const QString marks = QStringLiteral("√✓✔○●■☑☒◎◆★");
    while (!v.isEmpty() && (marks.contains(v.front()) || v.front().isSpace()))
        v.remove(0, 1);
    // "（低保对象）", "：低保对象" -> "低保对象"
    static const QRegularExpression wrapped(QStringLiteral("^[（(【\\[：:]\\s*(.*?)\\s*[）)】\\]]?$"));
    const QRegularExpressionMatch m = wrapped.match(v);
    if (m.hasMatch())
        v = m.captured(1);
    *text = v.trimmed();
    return true;
}

QStringList CellCodec::splitSet(Field field, const QString &cell)
{
    QStringList values;
    auto add = [&values](const QString &v) {
        const QString s = v.trimmed();
        if (!s.isEmpty() && !values.contains(s))
            values << s;
    };
    static const QStringList compounds = compoundSpellings(Field::Level) + compoundSpellings(Field::Audience)
            + compoundSpellings(Field::Method) + compoundSpellings(Field::Stages);
    QString protectedCell = cell;
    bool anyCompound = false;
    for (int i = 0; i < compounds.size(); ++i) {
        if (protectedCell.contains(compounds.at(i))) {
            protectedCell.replace(compounds.at(i), QStringLiteral("\x01%1\x01").arg(i));
            anyCompound = true;
        }
    }
    for (QString chunk : splitAtSeparators(protectedCell)) {
        if (anyCompound && chunk.contains(QChar(1))) {
            for (int i = 0; i < compounds.size(); ++i)
                chunk.replace(QStringLiteral("\x01%1\x01").arg(i), compounds.at(i));
        }
        for (QString token : splitAtMarks(chunk)) {
            token = token.trimmed();
            if (token.isEmpty())
                continue;
            if (isUnchosenMark(token.front()))
                continue; // □ not chosen
            while (!token.isEmpty() && (isChosenMark(token.front()) || token.front().isSpace()))
                token.remove(0, 1);
            if (token.isEmpty())
                continue;
            if (field == Field::Channels) {
                // Stray spaces inside a channel name ("村公示 栏(电子屏)") are not a spelling.
                const QString canonical = canonicalChannel(token);
                if (!canonical.isEmpty()
                    && QString(token).remove(QLatin1Char(' ')) == QString(canonical).remove(QLatin1Char(' ')))
                    token = canonical;
                if (!canonical.isEmpty() || token.startsWith(TemplateVocabulary::otherChannel())) {
                    add(token);
                    continue;
                }
                // "政府网站/政务服务中心": split only when every part is a known channel.
                const QStringList parts = token.split(QLatin1Char('/'), Qt::SkipEmptyParts);
                bool allKnown = parts.size() > 1;
                for (const QString &p : parts)
                    allKnown = allKnown && !canonicalChannel(p.trimmed()).isEmpty();
                if (allKnown) {
                    for (const QString &p : parts)
                        add(p);
                } else {
                    add(TemplateVocabulary::asOtherChannel(token)); // a local channel: kept as 其他：text
                }
                continue;
            }
            for (const QString &p : token.split(QLatin1Char('/'), Qt::SkipEmptyParts))
                add(p);
        }
    }
    return values;
}

QString CellCodec::joinSet(const QStringList &values)
{
    return values.join(QStringLiteral("、"));
}

QString CellCodec::channelChecklist(const QStringList &channels)
{
    QStringList canonical;
    QStringList others;
    for (const QString &raw : channels) {
        const QString c = raw.trimmed();
        if (c.isEmpty())
            continue;
        if (c == TemplateVocabulary::otherChannel()) {
            others << c;
        } else if (isOtherChannel(c)) {
            others << (c.startsWith(TemplateVocabulary::otherChannel())
                               ? c
                               : TemplateVocabulary::asOtherChannel(c));
        } else {
            canonical << canonicalChannel(c);
        }
    }
    QStringList lines;
    for (const QString &v : TemplateVocabulary::channels()) {
        if (v == TemplateVocabulary::otherChannel())
            break;
        lines << (canonical.contains(v) ? QStringLiteral("■") : QStringLiteral("□")) + v;
    }
    if (others.isEmpty())
        lines << QStringLiteral("□") + TemplateVocabulary::otherChannel();
    for (const QString &o : std::as_const(others))
        lines << QStringLiteral("■") + o;
    return lines.join(QLatin1Char('\n'));
}

QString CellCodec::encode(const Item &item, const TemplateColumn &column)
{
    switch (column.kind) {
    case TemplateColumn::Kind::Sequence: return QString::number(item.seq);
    case TemplateColumn::Kind::Text: return fieldText(item, column.field);
    case TemplateColumn::Kind::Checklist: return channelChecklist(item.channels);
    case TemplateColumn::Kind::Joined: {
        const QStringList *set = item.set(column.field);
        if (!set)
            return {};
        QStringList values = *set;
        values.removeAll(QString());
        return column.field == Field::Channels ? values.join(QLatin1Char('\n')) : joinSet(values);
    }
    case TemplateColumn::Kind::Tick: {
        bool ticked = false;
        if (const QStringList *set = item.set(column.field)) {
            for (const QString &v : *set)
                ticked = ticked || TemplateTerms::canonical(column.field, v) == column.value;
        }
        if (!ticked)
            return {};
        // 特定群体(请写明): the tick carries the group's description.
        if (column.field == Field::Audience && column.value == QStringLiteral("特定群体")
            && !item.audienceNote.trimmed().isEmpty())
            return tickMark() + QStringLiteral("（") + item.audienceNote.trimmed() + QStringLiteral("）");
        return tickMark();
    }
    }
    return {};
}

void CellCodec::decode(const TemplateColumn &column, const QString &cell, Item &item, QString *tickText)
{
    switch (column.kind) {
    case TemplateColumn::Kind::Sequence: item.seq = cell.trimmed().toInt(); return;
    case TemplateColumn::Kind::Text: item.setValue(column.field, fieldValue(column.field, cell)); return;
    case TemplateColumn::Kind::Checklist:
    case TemplateColumn::Kind::Joined: {
        QStringList values = item.value(column.field).toStringList();
        for (const QString &v : splitSet(column.field, cell)) {
            if (!values.contains(v))
                values << v;
        }
        item.setValue(column.field, values);
        return;
    }
    case TemplateColumn::Kind::Tick: {
        QString text;
        if (!parseTick(cell, &text))
            return;
        QStringList values = item.value(column.field).toStringList();
        if (!values.contains(column.value))
            values << column.value;
        item.setValue(column.field, values);
        if (text.isEmpty())
            return;
        if (column.field == Field::Audience && column.value == QStringLiteral("特定群体"))
            item.audienceNote = text; // 特定群体(请写明): which group
        else if (tickText)
            *tickText = text;
        return;
    }
    }
}

QString CellCodec::fieldText(const Item &item, Field field)
{
    switch (ItemFields::info(field).type) {
    case FieldType::Set: return joinSet(*item.set(field));
    case FieldType::Boolean: return item.withheld ? QStringLiteral("是") : QString();
    case FieldType::Integer: return QString::number(item.seq);
    case FieldType::Text: return *item.text(field);
    }
    return {};
}

QVariant CellCodec::fieldValue(Field field, const QString &text)
{
    switch (ItemFields::info(field).type) {
    case FieldType::Set: return splitSet(field, text);
    case FieldType::Boolean: return parseBool(text).value_or(false);
    case FieldType::Integer: return text.trimmed().toInt();
    case FieldType::Text: return TextNormalizer::cleanCell(text); // CRLF from Windows clipboards -> LF
    }
    return {};
}

} // namespace gkml
