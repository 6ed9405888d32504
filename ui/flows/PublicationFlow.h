#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace gkml {

class CatalogueSession;
class CheckController;
class ItemTableView;
class PublicationPanel;
class PublicationStatusColumn;

// The publication records in the editor (issue 14): the panel on the current item, 登记发布 for
// the selected items and 考核自查. It follows the session and the table; MainWindow only places
// the panel and the menu.
class PublicationFlow : public QObject
{
    Q_OBJECT
public:
    PublicationFlow(QMainWindow *window, CatalogueSession *session, ItemTableView *table,
                    CheckController *checks);

    PublicationPanel *panel() const { return m_panel; }
    QMenu *menu() const { return m_menu; }
    // Every item's status as of the panel's date: the item table's status column and the
    // domain tree's counts ask it.
    PublicationStatusColumn *statusColumn() const { return m_status; }

private:
    void recordPublication();
    void selfInspection();
    void addCalendarYear();
    void recordsChanged();

    QMainWindow *m_window;
    CatalogueSession *m_session;
    ItemTableView *m_table;
    CheckController *m_checks;
    PublicationPanel *m_panel;
    PublicationStatusColumn *m_status;
    QMenu *m_menu;
};

} // namespace gkml
