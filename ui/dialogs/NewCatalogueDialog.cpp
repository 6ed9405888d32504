#include "NewCatalogueDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace gkml {

NewCatalogueDialog::NewCatalogueDialog(QWidget *parent)
    : QDialog(parent)
    , m_unit(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Catalogue"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_path->setObjectName(QStringLiteral("path"));
    m_unit->setPlaceholderText(tr("e.g. 安溪县民政局"));
    m_region->setPlaceholderText(tr("e.g. 福建省泉州市安溪县"));
    m_level->addItems({ QStringLiteral("县级"), QStringLiteral("乡级") });
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Unit (单位):"), m_unit);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Government level:"), m_level);
    form->addRow(tr("File:"), pathRow);
    form->addRow(m_buttons);

    connect(browse, &QPushButton::clicked, this, &NewCatalogueDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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

void NewCatalogueDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_unit->text().trimmed().isEmpty() && !m_path->text().trimmed().isEmpty());
}

CatalogueInfo NewCatalogueDialog::info() const
{
    CatalogueInfo info;
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
