#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/EditionStore.h"
#include "package/EditionDiff.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace gkml::cli {

namespace {

QString itemName(const Item &i)
{
    QStringList parts;
    for (const QString &s : { i.domain, i.level1, i.level2, i.level3 }) {
        if (!s.isEmpty())
            parts.append(s);
    }
    return QStringLiteral("%1 (id %2)").arg(parts.join(QLatin1String(" / "))).arg(i.id);
}

QString shown(Field field, const QVariant &value)
{
    QString s = EditionDiff::displayValue(field, value);
    if (s.isEmpty())
        return Cli::tr("(empty)");
    s.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ ")); // one change per line
    return s;
}

QJsonObject editionJson(const Edition &e)
{
    return QJsonObject { { QStringLiteral("edition"), e.id },
                         { QStringLiteral("created"), e.created.toUTC().toString(Qt::ISODate) },
                         { QStringLiteral("fileName"), e.fileName },
                         { QStringLiteral("sha256"), e.sha256 } };
}

QString editionLabel(const Edition &e)
{
    return Cli::tr("edition %1 (%2, %3)")
            .arg(e.id)
            .arg(e.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.fileName);
}

// The edition named by --since or --to; null after printing why (not a number, or no such edition).
std::optional<Edition> loadEdition(const CliParser &p, const EditionStore &store, const QString &option)
{
    bool ok = false;
    const qint64 id = p.value(option).toLongLong(&ok);
    if (!ok || id <= 0) {
        CliOutput::error(
                Cli::tr("diff: --%1 wants an edition number; run gkml-cli editions FILE to list them")
                        .arg(option));
        return std::nullopt;
    }
    std::optional<Edition> edition = store.load(id);
    if (!edition)
        CliOutput::error(store.errorString());
    return edition;
}

} // namespace

int runDiff(const QStringList &args)
{
    CliParser p(QStringLiteral("diff"));
    p.addOption({ QStringLiteral("since"), Cli::tr("The edition to compare with (default: the latest)."),
                  Cli::tr("EDITION") });
    p.addOption({ QStringLiteral("to"),
                  Cli::tr("Compare with this later edition instead of the catalogue now."),
                  Cli::tr("EDITION") });
    p.addJsonOption();
    const auto file = p.parseAndOpen(args);
    if (!file)
        return 2;
    EditionStore store(*file);

    const bool since = p.isSet(QStringLiteral("since"));
    const std::optional<Edition> from
            = since ? loadEdition(p, store, QStringLiteral("since")) : store.latest();
    if (!from)
        return since ? 2 : CliOutput::error(store.errorString());
    std::optional<Edition> to;
    if (p.isSet(QStringLiteral("to"))) {
        to = loadEdition(p, store, QStringLiteral("to"));
        if (!to)
            return 2;
    }
    const EditionDiff diff
            = to ? EditionDiff::compare(from->items, to->items) : EditionDiff::sinceEdition(*from, *file);

    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = diff.toJson();
        o.insert(QStringLiteral("from"), editionJson(*from));
        o.insert(QStringLiteral("to"), to ? QJsonValue(editionJson(*to)) : QJsonValue(QJsonValue::Null));
        CliOutput::outBytes(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    CliOutput::outLine(to ? Cli::tr("Changes from %1 to %2:").arg(editionLabel(*from), editionLabel(*to))
                          : Cli::tr("Changes since %1:").arg(editionLabel(*from)));
    if (diff.isEmpty()) {
        CliOutput::outLine(Cli::tr("No changes."));
        return 0;
    }
    CliOutput::outLine(Cli::tr("Added: %1").arg(diff.added().size()));
    for (const Item &i : diff.added())
        CliOutput::outLine(QStringLiteral("  + ") + itemName(i));
    CliOutput::outLine(Cli::tr("Removed: %1").arg(diff.removed().size()));
    for (const Item &i : diff.removed())
        CliOutput::outLine(QStringLiteral("  - ") + itemName(i));
    CliOutput::outLine(Cli::tr("Changed: %1").arg(diff.changed().size()));
    for (const EditionDiff::ChangedItem &c : diff.changed()) {
        CliOutput::outLine(QStringLiteral("  * ") + itemName(c.after));
        for (const EditionDiff::FieldChange &f : c.changes)
            CliOutput::outLine(QStringLiteral("      %1: %2 → %3")
                                       .arg(ItemFields::labelZh(f.field), shown(f.field, f.oldValue),
                                            shown(f.field, f.newValue)));
    }
    return 0;
}

} // namespace gkml::cli
