#pragma once

#include <QObject>
#include <functional>

class QAction;
class QWidget;

namespace gkml {

class CatalogueFile;

// The editor's township actions, self-contained so that MainWindow only adds them to a menu:
// "Townships…" (TownshipsDialog) and "Print All Townships' Sheets…" (one PDF per township,
// named after it, into a chosen folder). `changed` is emitted after the townships were edited.
class TownshipActions : public QObject
{
    Q_OBJECT
public:
    TownshipActions(QWidget *window, std::function<CatalogueFile *()> catalogue);

    QAction *editAction() const { return m_edit; }
    QAction *printAllAction() const { return m_printAll; }
    void updateEnabled();

    // The steps behind the actions, callable from tests without the file dialogs.
    bool editTownships();
    bool printAllInto(const QString &folder, bool showResult = true);

signals:
    void changed();

private:
    void printAll();

    QWidget *m_window;
    std::function<CatalogueFile *()> m_catalogue;
    QAction *m_edit;
    QAction *m_printAll;
};

} // namespace gkml
