#include "TownshipActions.h"

#include "TownshipAdditionsDialog.h"
#include "TownshipsDialog.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/TownshipStore.h"
#include "dialogs/PrintSheetsDialog.h"
#include "township/TownshipBoards.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSet>
#include <QWidget>

namespace gkml {

TownshipActions::TownshipActions(QWidget *window, std::function<CatalogueFile *()> catalogue)
    : QObject(window)
    , m_window(window)
    , m_catalogue(std::move(catalogue))
    , m_edit(new QAction(tr("&Townships…"), this))
    , m_printAll(new QAction(tr("Print All To&wnships' Sheets…"), this))
    , m_additions(new QAction(tr("Township's &Own Items…"), this))
{
    m_additions->setObjectName(QStringLiteral("townshipAdditions"));
    m_additions->setToolTip(
            tr("Items a township discloses besides the county's, imported from its office's file"));
    connect(m_additions, &QAction::triggered, this, &TownshipActions::editAdditions);
    m_edit->setObjectName(QStringLiteral("townships"));
    m_edit->setToolTip(tr("The townships (乡镇/街道) whose notice boards this catalogue serves"));
    m_printAll->setObjectName(QStringLiteral("printAllTownships"));
    m_printAll->setToolTip(tr("One PDF of notice-board sheets per township, named after it"));
    connect(m_edit, &QAction::triggered, this, &TownshipActions::editTownships);
    connect(m_printAll, &QAction::triggered, this, &TownshipActions::printAll);
    updateEnabled();
}

void TownshipActions::updateEnabled()
{
    CatalogueFile *file = m_catalogue();
    m_edit->setEnabled(file != nullptr);
    m_printAll->setEnabled(file != nullptr);
    m_additions->setEnabled(file != nullptr);
}

bool TownshipActions::editTownships()
{
    CatalogueFile *file = m_catalogue();
    if (!file)
        return false;
    TownshipsDialog dialog(*file, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit changed();
    return true;
}

void TownshipActions::editAdditions()
{
    CatalogueFile *file = m_catalogue();
    if (!file)
        return;
    TownshipAdditionsDialog dialog(*file, m_currentTownship, m_window);
    dialog.exec();
    emit changed(); // the counts include the township's own items
}

bool TownshipActions::printAllInto(const QString &folder, bool showResult)
{
    CatalogueFile *file = m_catalogue();
    if (!file)
        return false;
    QStringList domains, departments;
    QSet<QString> seen;
    for (const Item &it : file->items()) {
        if (!domains.contains(it.domain))
            domains.append(it.domain);
        if (!seen.contains(it.department)) {
            seen.insert(it.department);
            departments.append(it.department);
        }
    }
    SheetOptions options;
    if (showResult) {
        PrintSheetsDialog dialog(domains, departments, file->info().portalUrl, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        options = dialog.options();
    }
    const TownshipBoards::Result r = TownshipBoards::printAll(*file, options, folder);
    if (!r.error.isEmpty()) {
        if (showResult)
            QMessageBox::warning(m_window, tr("Print All Townships' Sheets"), r.error);
        return false;
    }
    if (showResult) {
        QString text = tr("%n PDF(s) written to %1.", nullptr, static_cast<int>(r.written.size()))
                               .arg(QDir::toNativeSeparators(folder));
        if (!r.skipped.isEmpty())
            text += QLatin1Char('\n')
                    + tr("No public item for: %1").arg(r.skipped.join(QStringLiteral("、")));
        QMessageBox::information(m_window, tr("Print All Townships' Sheets"), text);
    }
    return true;
}

void TownshipActions::printAll()
{
    CatalogueFile *file = m_catalogue();
    if (!file)
        return;
    if (TownshipStore(*file).townships().isEmpty()) {
        QMessageBox::information(m_window, tr("Print All Townships' Sheets"),
                                 tr("The catalogue has no townships yet: add them with File ▸ Townships…"));
        return;
    }
    const QString folder
            = QFileDialog::getExistingDirectory(m_window, tr("Folder for the Townships' Sheets"));
    if (!folder.isEmpty())
        printAllInto(folder);
}

} // namespace gkml
