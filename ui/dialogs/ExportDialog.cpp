#include "ExportDialog.h"

#include "exchange/Exporter.h"
#include "widgets/DialogParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace gkml {

ExportDialog::ExportDialog(const QString &suggestedBase, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_withheld(new QCheckBox(tr("Include withheld (不予公开) items — for a private backup only"), this))
    , m_department(new QCheckBox(tr("Include the 责任股室 column"), this))
    , m_path(new QLineEdit(this))
    , m_buttons(DialogParts::buttons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_base(suggestedBase)
{
    setWindowTitle(tr("Export"));
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(ExportFormat::Xlsx));
    m_format->addItem(tr("CSV table (.csv)"), int(ExportFormat::Csv));
    m_format->addItem(tr("JSON data (.json)"), int(ExportFormat::Json));
    m_format->addItem(tr("Web page table (.html)"), int(ExportFormat::Html));
    m_format->addItem(tr("Word document (.docx)"), int(ExportFormat::Docx));
    m_encoding->addItem(tr("UTF-8 (with BOM; opens in Excel and WPS)"), QStringLiteral("utf-8"));
    m_encoding->addItem(tr("GB18030 (for old programs)"), QStringLiteral("gb18030"));
    m_department->setChecked(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(QString(), m_withheld);
    form->addRow(QString(), m_department);
    form->addRow(tr("File:"), DialogParts::pathRow(m_path, this, [this] { browse(); }));
    form->addRow(m_buttons);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty());
    });
    formatChanged();
    resize(560, sizeHint().height());
}

void ExportDialog::formatChanged()
{
    const ExportFormat f = format();
    m_encoding->setEnabled(f == ExportFormat::Csv);
    // Only the working formats may carry withheld items; public formats never do.
    m_withheld->setEnabled(f == ExportFormat::Csv || f == ExportFormat::Json);
    if (!m_withheld->isEnabled())
        m_withheld->setChecked(false);
    m_department->setEnabled(f == ExportFormat::Xlsx || f == ExportFormat::Html || f == ExportFormat::Docx);
    const QString suffix = Exporter::suffix(f);
    QString p = m_path->text().trimmed();
    if (p.isEmpty())
        p = m_base + QLatin1Char('.') + suffix;
    else
        p = QFileInfo(p).path() + QLatin1Char('/') + QFileInfo(p).completeBaseName() + QLatin1Char('.')
                + suffix;
    m_path->setText(QDir::toNativeSeparators(p));
}

void ExportDialog::browse()
{
    const QString suffix = Exporter::suffix(format());
    const QString file = QFileDialog::getSaveFileName(this, tr("Export"), m_path->text(),
                                                      QStringLiteral("*.%1").arg(suffix));
    if (!file.isEmpty())
        m_path->setText(QDir::toNativeSeparators(file));
}

ExportFormat ExportDialog::format() const
{
    return static_cast<ExportFormat>(m_format->currentData().toInt());
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.includeWithheld = m_withheld->isEnabled() && m_withheld->isChecked();
    o.encoding = m_encoding->currentData().toString();
    o.departmentColumn = m_department->isChecked();
    return o;
}

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

} // namespace gkml
