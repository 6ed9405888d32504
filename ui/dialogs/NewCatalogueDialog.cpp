#include "NewCatalogueDialog.h"

#include "catalogue/CatalogueFile.h"
#include "standard/StandardLibrary.h"
#include "widgets/DialogParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>

namespace gkml {

NewCatalogueDialog::NewCatalogueDialog(QWidget *parent)
    : QDialog(parent)
    , m_unit(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_standard(new QComboBox(this))
    , m_domains(new QListWidget(this))
    , m_prefill(new QCheckBox(tr("Start with the standard's items of the checked domains"), this))
    , m_buttons(DialogParts::buttons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_error(DialogParts::errorLabel(this))
{
    setWindowTitle(tr("New Catalogue"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_path->setObjectName(QStringLiteral("path"));
    m_unit->setPlaceholderText(tr("e.g. 安溪县民政局"));
    m_region->setPlaceholderText(tr("e.g. 福建省泉州市安溪县"));
    m_level->addItems({ QStringLiteral("县级"), QStringLiteral("乡级") });

    auto *form = new QFormLayout(this);
    form->addRow(tr("Unit (单位):"), m_unit);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Government level:"), m_level);
    form->addRow(tr("File:"), DialogParts::pathRow(m_path, this, [this] { browse(); }));
    m_standard->setObjectName(QStringLiteral("standard"));
    m_standard->addItem(tr("(none)"));
    for (const Standard *st : StandardLibrary::instance().latest())
        m_standard->addItem(QStringLiteral("%1 (%2)").arg(st->title(), st->version()), st->id());
    m_domains->setObjectName(QStringLiteral("domains"));
    m_domains->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_prefill->setChecked(true);
    form->addRow(tr("Standard:"), m_standard);
    form->addRow(tr("Domains:"), m_domains);
    form->addRow(QString(), m_prefill);
    m_error->setObjectName(QStringLiteral("createError"));
    m_error->setTextFormat(Qt::PlainText);
    form->addRow(m_error);
    form->addRow(m_buttons);

    connect(m_standard, &QComboBox::currentIndexChanged, this, &NewCatalogueDialog::standardChanged);
    if (m_standard->count() > 1)
        m_standard->setCurrentIndex(1);
    standardChanged();
    connect(m_unit, &QLineEdit::textChanged, this, [this](const QString &unit) {
        // Suggest a file named after the unit until the user picks a path.
        if (!m_pathEdited) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            m_path->blockSignals(true);
            m_path->setText(unit.trimmed().isEmpty()
                                    ? QString()
                                    : QDir::toNativeSeparators(dir + QLatin1Char('/') + unit.trimmed()
                                                               + QStringLiteral(".gkml")));
            m_path->blockSignals(false);
        }
        updateOk();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_pathEdited = true;
        m_error->hide();
        updateOk();
    });
    updateOk();
    resize(520, sizeHint().height());
}

void NewCatalogueDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("New Catalogue"), m_path->text(),
                                                      tr("GKML catalogues (*.gkml)"));
    if (file.isEmpty())
        return;
    setPath(file.endsWith(QLatin1String(".gkml"), Qt::CaseInsensitive) ? file
                                                                       : file + QStringLiteral(".gkml"));
}

NewCatalogueDialog::~NewCatalogueDialog() = default;

void NewCatalogueDialog::accept()
{
    m_error->hide();
    QString target = path();
    if (!target.endsWith(QLatin1String(".gkml"), Qt::CaseInsensitive)) {
        target += QStringLiteral(".gkml");
        setPath(target);
    }
    if (QFileInfo::exists(target)) {
        showError(tr("A file with this name already exists; choose another name."));
        return;
    }
    QString error;
    std::unique_ptr<CatalogueFile> file = CatalogueFile::create(target, info(), &error);
    if (!file) {
        showError(tr("Could not create %1: %2").arg(QDir::toNativeSeparators(target), error));
        return;
    }
    QList<Item> items = startItems();
    if (!items.isEmpty()) {
        // Part of creating the file, not an edit to undo; all or nothing.
        const CatalogueInfo created = file->info();
        if (!file->insertItems(items,
                               tr("standard %1 %2").arg(created.standardId, created.standardVersion))) {
            showError(tr("The standard's items could not be added: %1").arg(file->errorString()));
            file.reset();
            QFile::remove(target);
            return;
        }
    }
    m_created = std::move(file);
    QDialog::accept();
}

std::unique_ptr<CatalogueFile> NewCatalogueDialog::takeCatalogue()
{
    return std::move(m_created);
}

void NewCatalogueDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void NewCatalogueDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_unit->text().trimmed().isEmpty() && !m_path->text().trimmed().isEmpty());
}

void NewCatalogueDialog::standardChanged()
{
    m_domains->clear();
    const Standard *st = standard();
    m_domains->setEnabled(st != nullptr);
    m_prefill->setEnabled(st != nullptr);
    if (!st)
        return;
    for (const QString &d : st->domains()) {
        auto *item
                = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(d).arg(st->items(d).size()), m_domains);
        item->setData(Qt::UserRole, d);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

const Standard *NewCatalogueDialog::standard() const
{
    const QString id = m_standard->currentData().toString();
    if (id.isEmpty())
        return nullptr;
    QString error;
    return StandardLibrary::instance().find(id, &error);
}

QList<Item> NewCatalogueDialog::itemsFromStandard(const Standard &standard, const QStringList &domains)
{
    QList<Item> items;
    for (const QString &d : domains) {
        for (const StandardItem *si : standard.items(d))
            items << si->toItem();
    }
    return items;
}

QList<Item> NewCatalogueDialog::startItems() const
{
    const Standard *st = standard();
    if (!st || !m_prefill->isChecked())
        return {};
    QStringList domains;
    for (int i = 0; i < m_domains->count(); ++i) {
        if (m_domains->item(i)->checkState() == Qt::Checked)
            domains << m_domains->item(i)->data(Qt::UserRole).toString();
    }
    return itemsFromStandard(*st, domains);
}

CatalogueInfo NewCatalogueDialog::info() const
{
    CatalogueInfo info;
    if (const Standard *st = standard()) {
        info.standardId = st->id();
        info.standardVersion = st->version();
    }
    info.unit = m_unit->text().trimmed();
    info.region = m_region->text().trimmed();
    info.adminLevel = m_level->currentText();
    return info;
}

QString NewCatalogueDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void NewCatalogueDialog::setUnit(const QString &unit)
{
    m_unit->setText(unit);
}

void NewCatalogueDialog::setPath(const QString &path)
{
    m_pathEdited = true;
    m_path->setText(QDir::toNativeSeparators(path));
    updateOk();
}

} // namespace gkml
