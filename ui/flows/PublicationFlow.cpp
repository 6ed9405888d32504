#include "PublicationFlow.h"

#include "dialogs/CalendarYearDialog.h"
#include "dialogs/InspectionDialog.h"
#include "dialogs/PublishDialog.h"
#include "docks/PublicationPanel.h"
#include "models/PublicationStatusColumn.h"
#include "session/CatalogueSession.h"
#include "session/CheckController.h"
#include "views/ItemTableView.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace gkml {

PublicationFlow::PublicationFlow(QMainWindow *window, CatalogueSession *session, ItemTableView *table,
                                 CheckController *checks)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_table(table)
    , m_checks(checks)
    , m_panel(new PublicationPanel(window))
    , m_status(new PublicationStatusColumn(this))
    , m_menu(new QMenu(tr("&Publication"), window))
{
    m_panel->setObjectName(QStringLiteral("publications"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, m_panel,
            [this] { m_panel->setItem(m_table->currentId()); });
    connect(m_session, &CatalogueSession::opened, m_panel, [this] {
        m_panel->setCatalogue(m_session->file());
        m_panel->setItem(m_table->currentId()); // the first row was selected before this ran
        m_status->setFile(m_session->file());
    });
    connect(m_session, &CatalogueSession::aboutToClose, m_panel, [this] {
        m_panel->setCatalogue(nullptr);
        m_status->setFile(nullptr);
    });
    connect(m_panel, &PublicationPanel::publicationsChanged, this, &PublicationFlow::recordsChanged);
    connect(m_panel, &PublicationPanel::asOfChanged, m_status, &PublicationStatusColumn::setAsOf);

    QAction *publish = m_menu->addAction(tr("&Record publication for selected items…"));
    publish->setObjectName(QStringLiteral("recordPublication"));
    publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_window->addAction(publish); // the shortcut works with the menu closed
    connect(publish, &QAction::triggered, this, &PublicationFlow::recordPublication);
    QAction *inspect = m_menu->addAction(tr("&Self-inspection (考核自查)…"));
    inspect->setObjectName(QStringLiteral("selfInspection"));
    connect(inspect, &QAction::triggered, this, &PublicationFlow::selfInspection);
    m_menu->addSeparator();
    QAction *year = m_menu->addAction(tr("Add a &calendar year…"));
    year->setObjectName(QStringLiteral("addCalendarYear"));
    connect(year, &QAction::triggered, this, &PublicationFlow::addCalendarYear);
}

void PublicationFlow::recordsChanged()
{
    m_status->refresh();
    m_checks->schedule(); // the live publication findings
}

void PublicationFlow::addCalendarYear()
{
    CalendarYearDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Due dates in that year now follow its holidays.
    m_status->refresh();
    m_panel->refresh();
    m_checks->schedule();
    m_window->statusBar()->showMessage(tr("Calendar year %1 saved.").arg(dialog.year()), 5000);
}

void PublicationFlow::recordPublication()
{
    const QList<qint64> ids = m_table->selectedIds();
    if (!m_session->isWritable() || ids.isEmpty())
        return;
    PublishDialog dialog(m_session->file(), ids, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        m_panel->refresh();
        recordsChanged();
        m_window->statusBar()->showMessage(tr("Publication recorded for %1 item(s).").arg(ids.size()), 5000);
    }
}

void PublicationFlow::selfInspection()
{
    if (!m_session->file())
        return;
    InspectionDialog dialog(m_session->file(), m_window);
    dialog.exec();
}

} // namespace gkml
