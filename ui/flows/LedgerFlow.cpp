#include "LedgerFlow.h"

#include "documents/DocumentLedgerWindow.h"
#include "documents/TransferPlanner.h"
#include "session/CatalogueSession.h"

#include <QAction>

namespace gkml {

LedgerFlow::LedgerFlow(CatalogueSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_action(new QAction(tr("&Document Register…"), window))
{
    m_action->setObjectName(QStringLiteral("documentRegister"));
    connect(m_action, &QAction::triggered, this, &LedgerFlow::show);
    connect(m_session, &CatalogueSession::aboutToClose, this,
            [this] { delete m_ledger; }); // it points at the file
}

void LedgerFlow::show()
{
    if (!m_session->file())
        return;
    if (!m_ledger)
        m_ledger = new DocumentLedgerWindow(m_session->file(), TransferPlanner::national(), m_window);
    m_ledger->show();
    m_ledger->raise();
}

} // namespace gkml
