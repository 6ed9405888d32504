#include "FindingReport.h"

#include "TextMemo.h"
#include "util/JsonText.h"

#include "standard/Standard.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace gkml {

namespace {

// "  error  message  [code]\n"; the translated labels are looked up once per report.
void appendLine(QString &out, const Finding &f, const QString (&labels)[3])
{
    out += QLatin1String("  ");
    out += labels[static_cast<int>(f.severity)];
    out += QLatin1String("  ");
    out += f.message;
    out += QLatin1String("  [");
    out += f.code;
    out += QLatin1String("]\n");
}

} // namespace

QByteArray FindingReport::toJsonBytes(const QList<Finding> &findings, const Standard *standard)
{
    // Written as UTF-8 straight away. Most strings of a report are shared by many findings (a
    // code, a domain, the same message): each is escaped and converted once (TextMemo).
    TextMemo<QByteArray> literals;
    auto literal = [](const QString &s) {
        QString quoted;
        JsonText::appendString(quoted, s);
        return quoted.toUtf8();
    };
    const QByteArray severities[] = { literal(Finding::severityKey(Finding::Severity::Error)),
                                      literal(Finding::severityKey(Finding::Severity::Warning)),
                                      literal(Finding::severityKey(Finding::Severity::Info)) };
    QByteArray out;
    out.reserve(64 + findings.size() * 300);
    out += "{\n    \"findings\": [";
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        out += i ? ",\n        {\"severity\": " : "\n        {\"severity\": ";
        out += severities[static_cast<int>(f.severity)];
        out += ", \"code\": ";
        out += literals.get(f.code, literal);
        out += ", \"item\": ";
        if (f.item)
            out += QByteArray::number(f.item);
        else
            out += "null";
        out += ", \"domain\": ";
        out += literals.get(f.domain, literal);
        out += ", \"level1\": ";
        out += literals.get(f.level1, literal);
        out += ", \"level2\": ";
        out += literal(f.level2); // mostly one item's own name: not worth remembering
        out += ", \"field\": ";
        out += f.field.isEmpty() ? QByteArray("null") : literals.get(f.field, literal);
        out += ", \"message\": ";
        out += literals.get(f.message, literal);
        out += '}';
    }
    QString tail = findings.isEmpty() ? QStringLiteral("],\n") : QStringLiteral("\n    ],\n");
    const Summary s = summarize(findings);
    tail += QStringLiteral("    \"summary\": {\"errors\": %1, \"warnings\": %2, \"infos\": %3},\n")
                    .arg(s.errors)
                    .arg(s.warnings)
                    .arg(s.infos);
    tail += QLatin1String("    \"standard\": ");
    if (standard) {
        tail += QLatin1String("{\"id\": ");
        JsonText::appendString(tail, standard->id());
        tail += QLatin1String(", \"version\": ");
        JsonText::appendString(tail, standard->version());
        tail += QLatin1Char('}');
    } else {
        tail += QLatin1String("null");
    }
    tail += QLatin1String("\n}\n");
    out += tail.toUtf8();
    return out;
}

FindingReport::Summary FindingReport::summarize(const QList<Finding> &findings)
{
    Summary s;
    for (const Finding &f : findings) {
        switch (f.severity) {
        case Finding::Severity::Error: ++s.errors; break;
        case Finding::Severity::Warning: ++s.warnings; break;
        case Finding::Severity::Info: ++s.infos; break;
        }
    }
    return s;
}

QList<Finding> FindingReport::withoutWithheld(const QList<Finding> &findings, const QList<Item> &items)
{
    QSet<qint64> withheld;
    for (const Item &it : items) {
        if (it.withheld)
            withheld.insert(it.id);
    }
    QList<Finding> out;
    out.reserve(findings.size());
    for (const Finding &f : findings) {
        if (!f.item || !withheld.contains(f.item))
            out.append(f);
    }
    return out;
}

QJsonObject FindingReport::toJson(const QList<Finding> &findings, const Standard *standard)
{
    QJsonArray list;
    for (const Finding &f : findings)
        list.append(f.toJson());
    const Summary s = summarize(findings);
    QJsonObject o;
    o.insert(QStringLiteral("findings"), list);
    o.insert(QStringLiteral("summary"),
             QJsonObject { { QStringLiteral("errors"), s.errors },
                           { QStringLiteral("warnings"), s.warnings },
                           { QStringLiteral("infos"), s.infos } });
    if (standard) {
        o.insert(QStringLiteral("standard"),
                 QJsonObject { { QStringLiteral("id"), standard->id() },
                               { QStringLiteral("version"), standard->version() } });
    } else {
        o.insert(QStringLiteral("standard"), QJsonValue::Null);
    }
    return o;
}

QString FindingReport::summaryText(const Summary &s, int itemCount)
{
    return FindingReport::tr("%n item(s) checked: ", nullptr, itemCount)
            + FindingReport::tr("%n error(s), ", nullptr, s.errors)
            + FindingReport::tr("%n warning(s), ", nullptr, s.warnings)
            + FindingReport::tr("%n note(s).", nullptr, s.infos);
}

QString FindingReport::toText(const QList<Finding> &findings, const QList<Item> &items)
{
    QHash<qint64, QList<const Finding *>> byItem;
    QMap<QString, QList<const Finding *>> general; // keyed in first-seen order below
    QStringList generalOrder;
    for (const Finding &f : findings) {
        if (f.item) {
            byItem[f.item].append(&f);
        } else {
            const QString heading = f.domain.isEmpty() && f.level1.isEmpty() && f.level2.isEmpty()
                    ? FindingReport::tr("The whole catalogue")
                    : f.level1.isEmpty() && f.level2.isEmpty()
                    ? FindingReport::tr("Domain %1").arg(f.domain)
                    : FindingReport::tr("%1 · %2 / %3 (not in the catalogue)")
                              .arg(f.domain, f.level1, f.level2);
            if (!general.contains(heading))
                generalOrder.append(heading);
            general[heading].append(&f);
        }
    }
    const QString labels[3]
            = { FindingReport::tr("error"), FindingReport::tr("warning"), FindingReport::tr("info") };
    const QString heading = FindingReport::tr("%1 · %2 / %3 (no. %4, id %5)");
    QString out;
    out.reserve(findings.size() * 120);
    for (const Item &it : items) {
        const auto found = byItem.constFind(it.id);
        if (found == byItem.cend())
            continue;
        out += heading.arg(it.domain, it.level1, it.level2).arg(it.seq).arg(it.id) + QLatin1Char('\n');
        for (const Finding *f : found.value())
            appendLine(out, *f, labels);
    }
    for (const QString &heading : std::as_const(generalOrder)) {
        out += heading + QLatin1Char('\n');
        for (const Finding *f : general.value(heading))
            appendLine(out, *f, labels);
    }
    out += summaryText(summarize(findings), int(items.size())) + QLatin1Char('\n');
    return out;
}

} // namespace gkml
