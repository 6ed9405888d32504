#include "FindingReport.h"

#include "standard/Standard.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>

namespace gkml {

namespace {

QString severityLabel(Finding::Severity s)
{
    switch (s) {
    case Finding::Severity::Error: return FindingReport::tr("error");
    case Finding::Severity::Warning: return FindingReport::tr("warning");
    case Finding::Severity::Info: return FindingReport::tr("info");
    }
    return QString();
}

QString line(const Finding &f)
{
    return QStringLiteral("  %1  %2  [%3]").arg(severityLabel(f.severity), f.message, f.code);
}

} // namespace

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
            const QString heading = f.level1.isEmpty() && f.level2.isEmpty()
                    ? FindingReport::tr("Domain %1").arg(f.domain)
                    : FindingReport::tr("%1 · %2 / %3 (not in the catalogue)")
                              .arg(f.domain, f.level1, f.level2);
            if (!general.contains(heading))
                generalOrder.append(heading);
            general[heading].append(&f);
        }
    }
    QString out;
    for (const Item &it : items) {
        const auto found = byItem.constFind(it.id);
        if (found == byItem.cend())
            continue;
        out += FindingReport::tr("%1 · %2 / %3 (no. %4, id %5)")
                        .arg(it.domain, it.level1, it.level2)
                        .arg(it.seq)
                        .arg(it.id)
                + QLatin1Char('\n');
        for (const Finding *f : found.value())
            out += line(*f) + QLatin1Char('\n');
    }
    for (const QString &heading : std::as_const(generalOrder)) {
        out += heading + QLatin1Char('\n');
        for (const Finding *f : general.value(heading))
            out += line(*f) + QLatin1Char('\n');
    }
    out += summaryText(summarize(findings), int(items.size())) + QLatin1Char('\n');
    return out;
}

} // namespace gkml
