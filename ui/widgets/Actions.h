#pragma once

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QList>

namespace gkml {

// The icon of that name from the application's resources (:/icons/NAME.svg).
QIcon themeIcon(const char *name);

// An action as GKML's windows make them: an object name (tests and saved toolbars find it by
// it), the text, an optional icon from themeIcon() and its shortcuts. The caller connects it
// and adds it to the widget whose shortcuts it serves.
QAction *makeAction(QObject *parent, const QString &name, const QString &text, const char *iconName,
                    const QList<QKeySequence> &keys);

} // namespace gkml
