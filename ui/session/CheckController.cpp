#include "CheckController.h"

#include "calendar/WorkCalendar.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/PublicationStore.h"
#include "check/Finding.h"
#include "docks/FindingsPanel.h"
#include "models/FindingsModel.h"
#include "models/ItemTableModel.h"
#include "models/LiveChecker.h"
#include "publish/PublicationStatus.h"
#include "session/CatalogueSession.h"
#include "standard/StandardLibrary.h"

#include <QLabel>

namespace gkml {

CheckController::CheckController(CatalogueSession *session, ItemTableModel *model, FindingsModel *findings,
                                 FindingsPanel *panel, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
    , m_findings(findings)
    , m_panel(panel)
    , m_checker(new LiveChecker(this))
    , m_standardLabel(new QLabel)
    , m_summaryLabel(new QLabel)
{
    m_summaryLabel->setObjectName(QStringLiteral("findingsLabel"));
    m_summaryLabel->setTextFormat(Qt::RichText);
    connect(m_checker, &LiveChecker::findingsReady, this, &CheckController::apply);
    // Every committed edit reaches the model; check again after it.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CheckController::schedule);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CheckController::schedule);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &CheckController::schedule);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CheckController::schedule);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (ItemTableModel::isTextChange(roles))
                    schedule();
            });
}

void CheckController::chooseStandard()
{
    const Standard *standard = nullptr;
    QString missing;
    if (CatalogueFile *file = m_session->file()) {
        const CatalogueInfo info = file->info();
        StandardLibrary::Choice choice;
        standard = StandardLibrary::instance().forCatalogue(info.standardId, info.standardVersion,
                                                            file->domains(), &choice, &missing);
    }
    if (standard == m_standard && !m_standardLabel->text().isEmpty() && missing.isEmpty())
        return;
    m_standard = standard;
    m_checker->setStandard(standard);
    m_model->setStandard(standard);
    m_standardLabel->setText(!m_session->isOpen() ? QString()
                                     : standard
                                     ? tr("Standard: %1 %2").arg(standard->title(), standard->version())
                                     : !missing.isEmpty() ? missing
                                                          : tr("No standard: only the form is checked"));
    m_standardLabel->setToolTip(standard ? standard->document() : QString());
    emit standardChanged(standard);
    schedule();
}

void CheckController::schedule()
{
    if (!m_session->isOpen()) {
        apply({});
        return;
    }
    if (m_model->isLoading()) {
        // The check waits for the whole catalogue (the rows appended when it is read call again).
        m_panel->setStatusText(tr("Reading the catalogue…"));
        return;
    }
    m_panel->setStatusText(tr("Checking…"));
    m_checker->schedule(m_model->items());
}

void CheckController::apply(const QList<Finding> &checked)
{
    // Live publication findings (publication-never, -late ...) once the bureau records
    // publications at all: a catalogue without any record is not flooded with "never".
    QList<Finding> findings = checked;
    if (CatalogueFile *file = m_session->isOpen() ? m_session->file() : nullptr) {
        PublicationStore store(*file);
        if (store.recordCount() > 0) {
            const QDate today = QDate::currentDate();
            const auto statuses
                    = PublicationStatus(WorkCalendar::instance(), today)
                              .evaluateAll(m_model->items(), store.allRecords(), store.allCycles());
            findings += PublicationStatus::findings(m_model->items(), statuses, today);
        }
    }
    m_findings->setFindings(findings);
    m_model->setFindings(findings);
    if (!m_session->isOpen()) {
        m_summaryLabel->clear();
        m_panel->setStatusText(QString());
        return;
    }
    const int e = m_findings->count(Finding::Severity::Error);
    const int w = m_findings->count(Finding::Severity::Warning);
    const int i = m_findings->count(Finding::Severity::Info);
    m_summaryLabel->setText(QStringLiteral("<img src=\":/icons/error.svg\" width=14 height=14> %1 &nbsp; "
                                           "<img src=\":/icons/warning.svg\" width=14 height=14> %2 &nbsp; "
                                           "<img src=\":/icons/info.svg\" width=14 height=14> %3")
                                    .arg(tr("%n error(s)", nullptr, e), tr("%n warning(s)", nullptr, w),
                                         tr("%n note(s)", nullptr, i)));
    if (findings.isEmpty())
        m_panel->setStatusText(tr("No findings: the catalogue passes every check."));
    else
        m_panel->setStatusText(
                tr("%1 errors, %2 warnings, %3 notes. Double-click a finding (or press F8) to go to it.")
                        .arg(e)
                        .arg(w)
                        .arg(i));
}

} // namespace gkml
