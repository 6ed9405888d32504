#pragma once

#include <QObject>
#include <functional>

class QAction;
class QWidget;

namespace gkml {

class CatalogueFile;

// The editor's township actions, self-contained so that MainWindow only adds them to a menu:
// "Townships…" (TownshipsDialog), "Township's Own Items…" (TownshipAdditionsDialog) and "Print
// All Townships' Sheets…" (one PDF per township,
// named after it, into a chosen folder). `changed` is emitted after the townships were edited.
class TownshipActions : public QObject
{
    Q_OBJECT
public:
    TownshipActions(QWidget *window, std::function<CatalogueFile *()> catalogue);

    QAction *editAction() const { return m_edit; }
    QAction *printAllAction() const { return m_printAll; }
    QAction *additionsAction() const { return m_additions; }
    // The township the editor shows (the selector's), where "Township's Own Items…" opens.
    void setCurrentTownship(const QString &name) { m_currentTownship = name; }
    void updateEnabled();

    // The steps behind the actions, callable from tests without the file dialogs.
    bool editTownships();
    void editAdditions();
    bool printAllInto(const QString &folder, bool showResult = true);

signals:
    void changed();

private:
    void printAll();

    QWidget *m_window;
    std::function<CatalogueFile *()> m_catalogue;
    QAction *m_edit;
    QAction *m_printAll;
    QAction *m_additions;
    QString m_currentTownship;
};

} // namespace gkml
