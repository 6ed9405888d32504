#pragma once

#include <QAction>
#include <QKeySequence>
#include <QVariant>

namespace gkml {

// Tooltips name the shortcut ("插入事项 (Ctrl++)"), so the keys are learnt by hovering. Safe to call
// again after the text changed (undo/redo): an explicit tooltip is remembered once, otherwise the
// current text is used.
inline void addShortcutToToolTip(QAction *action)
{
    static const char *const kBase = "gkmlToolTipBase";
    if (!action->property(kBase).isValid()) {
        const QAction probe(action->text()); // the tooltip Qt derives from the text
        action->setProperty(kBase, action->toolTip() != probe.toolTip() ? action->toolTip() : QString());
    }
    QString tip = action->property(kBase).toString();
    if (tip.isEmpty())
        tip = QString(action->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    if (!action->shortcut().isEmpty())
        tip += QStringLiteral(" (%1)").arg(action->shortcut().toString(QKeySequence::NativeText));
    action->setToolTip(tip);
}

} // namespace gkml
