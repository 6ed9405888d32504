#include "FileCommands.h"

#include "catalogue/CatalogueFile.h"
#include "commands/CatalogueEditor.h"
#include "dialogs/ChangesDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/NewCatalogueDialog.h"
#include "dialogs/PrintSheetsDialog.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "flows/PackageFlow.h"
#include "models/ItemTableModel.h"
#include "print/SheetRenderer.h"
#include "session/CatalogueSession.h"
#include "widgets/Actions.h"
#include "widgets/ShortcutToolTip.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QSettings>
#include <QWidget>
#include <memory>

namespace gkml {

FileCommands::FileCommands(CatalogueSession *session, ItemTableModel *model, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_model(model)
    , m_window(window)
{
    auto add = [this](const QString &name, const QString &text, const char *iconName,
                      const QList<QKeySequence> &keys, auto slot) {
        QAction *a = makeAction(m_window, name, text, iconName, keys);
        connect(a, &QAction::triggered, this, slot);
        m_window->addAction(a); // shortcuts work even while the menu bar is hidden
        return a;
    };
    auto keys = [](QKeySequence::StandardKey k) { return QKeySequence::keyBindings(k); };
    Actions &a = m_actions;
    a.newCatalogue = add(QStringLiteral("new"), tr("&New Catalogue…"), "new", keys(QKeySequence::New),
                         &FileCommands::newCatalogue);
    a.open = add(QStringLiteral("open"), tr("&Open…"), "open", keys(QKeySequence::Open),
                 &FileCommands::openDialog);
    a.saveCopy = add(QStringLiteral("saveCopy"), tr("Save a &Copy…"), "save", keys(QKeySequence::SaveAs),
                     &FileCommands::saveCopy);
    a.import = add(QStringLiteral("import"), tr("&Import…"), "import", {}, &FileCommands::importFile);
    a.exportFile = add(QStringLiteral("export"), tr("&Export…"), "export", {}, &FileCommands::exportFile);
    a.print = add(QStringLiteral("print"), tr("&Print Board Sheets…"), "print", keys(QKeySequence::Print),
                  &FileCommands::printPreview);
    a.print->setToolTip(tr("Preview and print the sheets for the notice board"));
    a.package = add(QStringLiteral("package"), tr("Submission &Package…"), "package", {},
                    &FileCommands::makePackage);
    a.package->setToolTip(
            tr("The zip for the county office: xlsx, csv, json, html, pdf and the check report"));
    a.changes = add(QStringLiteral("changes"), tr("C&hanges Since Last Submission…"), nullptr, {},
                    &FileCommands::showChanges);
    a.changes->setToolTip(tr("What was added, removed or changed since a submission package was made"));
    for (QAction *action :
         { a.newCatalogue, a.open, a.saveCopy, a.import, a.exportFile, a.print, a.package, a.changes })
        addShortcutToToolTip(action);
}

void FileCommands::flush()
{
    if (m_flush)
        m_flush();
}

void FileCommands::updateActions()
{
    const bool open = m_session->isOpen();
    for (QAction *a :
         { m_actions.saveCopy, m_actions.exportFile, m_actions.package, m_actions.changes, m_actions.print })
        a->setEnabled(open);
    m_actions.import->setEnabled(!open || m_session->isWritable());
}

void FileCommands::newCatalogue()
{
    NewCatalogueDialog dialog(m_window); // creates the file itself and stays open on an error
    if (dialog.exec() == QDialog::Accepted)
        m_session->adopt(dialog.takeCatalogue());
}

void FileCommands::openDialog()
{
    const QString dir = QSettings().value(QStringLiteral("lastDir")).toString();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Catalogue"), dir,
                                                      tr("GKML catalogues (*.gkml);;All files (*)"));
    if (!path.isEmpty())
        m_session->open(path);
}

QString FileCommands::flushedBasePath()
{
    const CatalogueFile *file = m_session->file();
    if (!file)
        return {};
    flush();
    const QFileInfo fi(file->path());
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName();
}

void FileCommands::saveCopy()
{
    const QString base = flushedBasePath();
    if (base.isEmpty())
        return;
    const QString suggestion
            = base + QDate::currentDate().toString(QStringLiteral("-yyyyMMdd")) + QStringLiteral(".gkml");
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Save a Copy"), suggestion,
                                                        tr("GKML catalogues (*.gkml)"));
    if (target.isEmpty())
        return;
    CatalogueFile *file = m_session->file();
    if (!file) // closed meanwhile
        return;
    if (!file->saveCopy(target))
        emit errorOccurred(tr("The copy was not saved."), file->errorString());
    else
        emit statusMessage(tr("Copy saved: %1").arg(QDir::toNativeSeparators(target)), 8000);
}

void FileCommands::importFile()
{
    const QString dir = QSettings().value(QStringLiteral("lastDir")).toString();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import"), dir,
                                                      tr("Tables (*.xlsx *.xls *.docx *.csv *.txt *.html "
                                                         "*.htm *.json *.doc *.wps *.et);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastDir"), QFileInfo(path).absolutePath());
    ImportDialog dialog(path, m_session->isOpen() ? m_model->items() : QList<Item>(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImportResult &result = dialog.result();
    ImportMatcher::Plan plan = dialog.plan();
    ImportMatcher::OnMatch mode = dialog.onMatch();
    if (!m_session->isOpen()) {
        // Nothing open: the import starts a new catalogue, perhaps pre-filled from the standard,
        // whose items the rows then update instead of doubling.
        NewCatalogueDialog create(m_window);
        create.setUnit(result.unit);
        if (create.exec() != QDialog::Accepted)
            return;
        m_session->adopt(create.takeCatalogue());
        plan = ImportMatcher::match(m_session->file()->items(), result.items);
        mode = ImportMatcher::OnMatch::Update;
    }
    // Matched rows update their items instead of doubling them; one undo step (ImportMatcher).
    CatalogueEditor *editor = m_session->editor();
    if (editor && editor->applyImport(plan, mode, QFileInfo(path).fileName()) >= 0)
        emit statusMessage(ImportDialog::doneMessage(plan, mode), 8000);
}

bool FileCommands::importItems(const QList<Item> &items, const QString &source)
{
    CatalogueEditor *editor = m_session->editor();
    if (!editor || items.isEmpty())
        return false;
    if (editor->insertItems(items, source, tr("Import %n item(s)", nullptr, int(items.size()))).isEmpty())
        return false;
    emit statusMessage(tr("Imported %n item(s).", nullptr, int(items.size())), 8000);
    return true;
}

void FileCommands::exportFile()
{
    const QString base = flushedBasePath();
    if (base.isEmpty())
        return;
    ExportDialog dialog(base, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CatalogueFile *file = m_session->file();
    if (!file) // closed meanwhile
        return;
    QString error;
    if (!Exporter::write(m_model->items(), file->info(), dialog.format(), dialog.path(), dialog.options(),
                         &error))
        emit errorOccurred(tr("The export was not written."), error);
    else
        emit statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(dialog.path())), 8000);
}

void FileCommands::printPreview()
{
    if (!m_session->isOpen())
        return;
    flush();
    QStringList domains, departments;
    for (const Item &it : m_model->items()) {
        if (!it.domain.isEmpty() && !domains.contains(it.domain))
            domains << it.domain;
        if (!it.department.isEmpty() && !departments.contains(it.department))
            departments << it.department;
    }
    PrintSheetsDialog dialog(domains, departments, m_session->file()->info().portalUrl, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPrinter printer(QPrinter::HighResolution);
    std::unique_ptr<QPrintPreviewDialog> preview(createPrintPreview(dialog.options(), &printer));
    preview->exec();
}

QPrintPreviewDialog *FileCommands::createPrintPreview(const SheetOptions &options, QPrinter *printer)
{
    // One QPrinter for preview and print, so what the preview shows is what prints. Paper and
    // orientation changed in the preview's tool bar are carried back into the options.
    printer->setPageLayout(options.pageLayout());
    const CatalogueInfo info = m_session->file() ? m_session->file()->info() : CatalogueInfo();
    printer->setDocName(info.unit);
    auto *preview = new QPrintPreviewDialog(printer, m_window);
    preview->setObjectName(QStringLiteral("printPreview"));
    preview->setWindowTitle(tr("Print Board Sheets"));
    const QList<Item> items = m_model->items();
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this, items, info, options](QPrinter *p) {
        SheetOptions o = options;
        const QPageLayout layout = p->pageLayout();
        o.orientation = layout.orientation() == QPageLayout::Portrait ? SheetOptions::Orientation::Portrait
                                                                      : SheetOptions::Orientation::Landscape;
        o.paper = layout.pageSize().id() == QPageSize::A3 ? SheetOptions::Paper::A3 : SheetOptions::Paper::A4;
        SheetRenderer renderer(items, info, o);
        QString error;
        if (!renderer.render(p, &error))
            emit errorOccurred(tr("The sheets could not be printed."), error);
    });
    const QRect avail = m_window->screen() ? m_window->screen()->availableGeometry() : QRect(0, 0, 1100, 800);
    preview->resize(std::min(1100, avail.width()), std::min(800, avail.height()));
    return preview;
}

void FileCommands::showChanges()
{
    if (!m_session->isOpen())
        return;
    flush();
    ChangesDialog dialog(*m_session->file(), m_window);
    dialog.exec();
}

void FileCommands::makePackage()
{
    if (!m_session->isOpen())
        return;
    flush();
    const PackageFlow::Outcome outcome = PackageFlow::run(*m_session->file(), m_window);
    if (!outcome.findings.isEmpty())
        emit findingsToShow(outcome.findings); // show what blocks it where the clerk fixes it
    if (outcome.made)
        emit statusMessage(outcome.message, 10000);
    else if (!outcome.message.isEmpty())
        emit errorOccurred(tr("The package was not made."), outcome.message);
}

void FileCommands::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = m_session->recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *a = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
                QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { m_session->open(path); });
    }
    menu->setEnabled(!recent.isEmpty());
}

} // namespace gkml
