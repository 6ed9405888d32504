#include "TownshipAdditionsDialog.h"

#include "catalogue/CatalogueFile.h"
#include "catalogue/TownshipStore.h"
#include "exchange/Importer.h"
#include "widgets/DialogParts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gkml {

namespace {
// What the list shows of an item: enough to recognise it; the whole item is in the printouts.
const QList<Field> kShown
        = { Field::Level1, Field::Level2, Field::Content, Field::Deadline, Field::Channels };

QString cellText(const Item &item, Field field)
{
    if (const QString *text = item.text(field))
        return *text;
    const QStringList *set = item.set(field);
    return set ? set->join(QStringLiteral("、")) : QString();
}
} // namespace

TownshipAdditionsDialog::TownshipAdditionsDialog(CatalogueFile &file, const QString &township,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_townships(TownshipStore(file).townships())
    , m_township(new QComboBox(this))
    , m_table(new QTableWidget(0, int(kShown.size()), this))
    , m_summary(new QLabel(this))
    , m_import(new QPushButton(tr("&Import from a File…"), this))
    , m_clear(new QPushButton(tr("&Remove All"), this))
{
    setWindowTitle(tr("Township's Own Items"));
    resize(820, 460);
    m_township->setObjectName(QStringLiteral("township"));
    for (const Township &t : std::as_const(m_townships))
        m_township->addItem(t.name);
    m_township->setCurrentIndex(qMax(0, int(m_township->findText(township))));
    QStringList headers;
    for (Field f : kShown)
        headers << ItemFields::label(f);
    m_table->setObjectName(QStringLiteral("additions"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary->setWordWrap(true);
    m_import->setObjectName(QStringLiteral("import"));
    m_clear->setObjectName(QStringLiteral("clear"));

    auto *intro = new QLabel(tr("Items a township discloses besides the county's items that reach it. The "
                                "township office sends them in the county template; importing its file "
                                "replaces what it sent before. They appear on this township's sheets and "
                                "packages only."),
                             this);
    intro->setWordWrap(true);
    // Township above the list; the file's buttons and Close on one line below it (every change is
    // saved when it is made, so Close is all the dialog needs).
    auto *choice = new QHBoxLayout;
    choice->addWidget(new QLabel(tr("Township:"), this));
    choice->addWidget(m_township, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_import);
    actions->addWidget(m_clear);
    actions->addStretch();
    actions->addWidget(DialogParts::buttons(this, QDialogButtonBox::Close));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(choice);
    layout->addWidget(m_table);
    layout->addWidget(m_summary);
    layout->addLayout(actions);

    connect(m_township, &QComboBox::currentIndexChanged, this, &TownshipAdditionsDialog::refresh);
    connect(m_import, &QPushButton::clicked, this, &TownshipAdditionsDialog::chooseFile);
    connect(m_clear, &QPushButton::clicked, this, &TownshipAdditionsDialog::clearAdditions);
    refresh();
}

Township TownshipAdditionsDialog::current() const
{
    return m_townships.value(m_township->currentIndex());
}

void TownshipAdditionsDialog::refresh()
{
    const Township t = current();
    const QList<Item> items = t.id > 0 ? TownshipStore(m_file).additions(t.id) : QList<Item>();
    m_table->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        for (int c = 0; c < kShown.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cellText(items.at(r), kShown.at(c))));
    }
    const bool writable = t.id > 0 && !m_file.isReadOnly();
    m_import->setEnabled(writable);
    m_clear->setEnabled(writable && !items.isEmpty());
    if (m_townships.isEmpty())
        m_summary->setText(tr("The catalogue has no townships yet: add them with File ▸ Townships…"));
    else if (m_file.isReadOnly())
        m_summary->setText(tr("Read-only: %1").arg(m_file.readOnlyReason()));
    else
        m_summary->setText(tr("%1 has %n item(s) of its own.", nullptr, int(items.size())).arg(t.name));
}

void TownshipAdditionsDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import %1's Own Items").arg(current().name), QString(),
            tr("Catalogues (%1)")
                    .arg(QStringLiteral("*.") + Importer::supportedSuffixes().join(QStringLiteral(" *."))));
    if (!path.isEmpty())
        importFile(path);
}

bool TownshipAdditionsDialog::importFile(const QString &path)
{
    const Township t = current();
    if (t.id <= 0)
        return false;
    const QString name = QFileInfo(path).fileName();
    ImportOptions options;
    const ImportResult r = Importer::read(path, options);
    if (!r.ok() || r.items.isEmpty()) {
        showProblem(tr("%1: %2").arg(name, r.ok() ? tr("no items were found in it.") : r.error));
        return false;
    }
    TownshipStore store(m_file);
    const qsizetype before = store.additions(t.id).size();
    QString question = before > 0
            ? tr("Replace the %1 item(s) of %2's own with the %3 item(s) read from %4?")
                      .arg(before)
                      .arg(t.name)
                      .arg(r.items.size())
                      .arg(name)
            : tr("Add the %1 item(s) read from %2 as %3's own items?").arg(r.items.size()).arg(name, t.name);
    if (!r.warnings.isEmpty())
        question += QStringLiteral("\n\n")
                + tr("Notes on the file: %1").arg(r.warnings.mid(0, 5).join(QLatin1Char('\n')));
    if (QMessageBox::question(this, windowTitle(), question) != QMessageBox::Yes)
        return false;
    if (!store.replaceAdditions(t.id, r.items)) {
        showProblem(store.errorString());
        return false;
    }
    refresh();
    return true;
}

bool TownshipAdditionsDialog::clearAdditions()
{
    const Township t = current();
    TownshipStore store(m_file);
    const qsizetype count = t.id > 0 ? store.additions(t.id).size() : 0;
    if (count == 0)
        return false;
    if (QMessageBox::question(this, windowTitle(),
                              tr("Remove the %1 item(s) of %2's own?").arg(count).arg(t.name))
        != QMessageBox::Yes)
        return false;
    if (!store.replaceAdditions(t.id, {})) {
        showProblem(store.errorString());
        return false;
    }
    refresh();
    return true;
}

void TownshipAdditionsDialog::showProblem(const QString &text)
{
    QMessageBox::warning(this, windowTitle(), text);
}

} // namespace gkml
