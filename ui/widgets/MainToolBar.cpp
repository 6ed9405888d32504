#include "MainToolBar.h"

#include <QToolButton>

namespace gkml {

MainToolBar::MainToolBar(const QList<QAction *> &daily, const QList<QAction *> &secondary, QWidget *parent)
    : QToolBar(tr("Main"), parent)
{
    setObjectName(QStringLiteral("mainToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addActions(daily);
    addSeparator();
    for (QAction *action : secondary) {
        if (!action) {
            addSeparator();
            continue;
        }
        addAction(action);
        if (auto *button = qobject_cast<QToolButton *>(widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

} // namespace gkml
