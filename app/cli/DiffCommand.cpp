#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"
#include "package/EditionDiff.h"
#include "package/EditionStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace gkml::cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("gkml-cli", text, nullptr, n);
}

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
        return tr("(empty)");
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
    return tr("edition %1 (%2, %3)")
            .arg(e.id)
            .arg(e.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.fileName);
}

bool parseEdition(const CliParser &p, const QString &option, qint64 *id)
{
    bool ok = false;
    *id = p.value(option).toLongLong(&ok);
    if (!ok || *id <= 0) {
        CliOutput::error(tr("diff: --%1 wants an edition number; run gkml-cli editions FILE to list them")
                                 .arg(option));
        return false;
    }
    return true;
}

} // namespace

int runDiff(const QStringList &args)
{
    CliParser p(QStringLiteral("diff"));
    p.addOption({ QStringLiteral("since"), tr("The edition to compare with (default: the latest)."),
                  tr("EDITION") });
    p.addOption({ QStringLiteral("to"), tr("Compare with this later edition instead of the catalogue now."),
                  tr("EDITION") });
    p.addOption({ QStringLiteral("json"), tr("Print JSON.") });
    if (!p.parseArgs(args, 1, 1))
        return 2;
    QString error;
    auto file
            = CatalogueFile::open(p.positionalArguments().first(), CatalogueFile::OpenMode::ReadOnly, &error);
    if (!file)
        return CliOutput::error(error);
    EditionStore store(*file);

    std::optional<Edition> from;
    if (p.isSet(QStringLiteral("since"))) {
        qint64 id = 0;
        if (!parseEdition(p, QStringLiteral("since"), &id))
            return 2;
        from = store.load(id);
    } else {
        from = store.latest();
    }
    if (!from)
        return CliOutput::error(store.errorString());
    std::optional<Edition> to;
    if (p.isSet(QStringLiteral("to"))) {
        qint64 id = 0;
        if (!parseEdition(p, QStringLiteral("to"), &id))
            return 2;
        to = store.load(id);
        if (!to)
            return CliOutput::error(store.errorString());
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
    CliOutput::outLine(to ? tr("Changes from %1 to %2:").arg(editionLabel(*from), editionLabel(*to))
                          : tr("Changes since %1:").arg(editionLabel(*from)));
    if (diff.isEmpty()) {
        CliOutput::outLine(tr("No changes."));
        return 0;
    }
    CliOutput::outLine(tr("Added: %1").arg(diff.added().size()));
    for (const Item &i : diff.added())
        CliOutput::outLine(QStringLiteral("  + ") + itemName(i));
    CliOutput::outLine(tr("Removed: %1").arg(diff.removed().size()));
    for (const Item &i : diff.removed())
        CliOutput::outLine(QStringLiteral("  - ") + itemName(i));
    CliOutput::outLine(tr("Changed: %1").arg(diff.changed().size()));
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
