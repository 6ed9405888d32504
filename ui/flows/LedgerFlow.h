#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace gkml {

class CatalogueSession;
class DocumentLedgerWindow;

// The 公文登记 (document register, issue 15) beside the catalogue: one window over the open file,
// opened from the View menu and closed with the file.
class LedgerFlow : public QObject
{
    Q_OBJECT
public:
    LedgerFlow(CatalogueSession *session, QWidget *window);
    QAction *action() const { return m_action; }

private:
    void show();

    CatalogueSession *m_session;
    QWidget *m_window;
    QAction *m_action;
    QPointer<DocumentLedgerWindow> m_ledger;
};

} // namespace gkml
