#include "Actions.h"

namespace gkml {

QIcon themeIcon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

QAction *makeAction(QObject *parent, const QString &name, const QString &text, const char *iconName,
                    const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    if (iconName)
        action->setIcon(themeIcon(iconName));
    action->setShortcuts(keys);
    return action;
}

} // namespace gkml
