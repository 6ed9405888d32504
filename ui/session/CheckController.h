#pragma once

#include "check/Finding.h"

#include <QObject>

class QLabel;

namespace gkml {

class CatalogueSession;
class FindingsModel;
class FindingsPanel;
class ItemTableModel;
class LiveChecker;
class Standard;

// Which standard the open catalogue is checked against, the live check after every edit, and
// where its findings show: the findings dock, the cell marks and two status-bar labels.
class CheckController : public QObject
{
    Q_OBJECT
public:
    CheckController(CatalogueSession *session, ItemTableModel *model, FindingsModel *findings,
                    FindingsPanel *panel, QObject *parent = nullptr);

    LiveChecker *checker() const { return m_checker; }
    const Standard *standard() const { return m_standard; }
    QLabel *standardLabel() const { return m_standardLabel; }
    QLabel *summaryLabel() const { return m_summaryLabel; }

    // The same choice as gkml-cli validate and the package (StandardLibrary::forCatalogue).
    void chooseStandard();
    // Checks the model's items after a short pause (on the checker's thread).
    void schedule();
    void apply(const QList<Finding> &findings);

signals:
    void standardChanged(const Standard *standard);

private:
    CatalogueSession *m_session;
    ItemTableModel *m_model;
    FindingsModel *m_findings;
    FindingsPanel *m_panel;
    LiveChecker *m_checker;
    QLabel *m_standardLabel;
    QLabel *m_summaryLabel;
    const Standard *m_standard = nullptr;
};

} // namespace gkml
