#pragma once

#include <QList>
#include <QToolBar>

namespace gkml {

// The main toolbar: the daily actions (new, open, import, export, print, package) with their
// names, the secondary ones (undo, rows, findings) as icons whose tooltips keep the text and the
// shortcut. A null entry in `secondary` is a separator.
class MainToolBar : public QToolBar
{
    Q_OBJECT
public:
    MainToolBar(const QList<QAction *> &daily, const QList<QAction *> &secondary, QWidget *parent = nullptr);
};

} // namespace gkml
