#include "ImportDialog.h"

#include "exchange/Importer.h"
#include "models/ItemTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gkml {

ImportDialog::ImportDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_encoding(new QComboBox(this))
    , m_domain(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_warnings(new QPlainTextEdit(this))
    , m_preview(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    m_encoding->addItem(tr("Detect automatically"), QStringLiteral("auto"));
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(QStringLiteral("GB18030 / GBK"), QStringLiteral("gb18030"));
    m_domain->setPlaceholderText(tr("Only needed when the file does not name the domain"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_warnings->setReadOnly(true);
    m_warnings->setMaximumHeight(90);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to Catalogue"));

    auto *form = new QFormLayout;
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Domain:"), m_domain);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_warnings);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    connect(m_domain, &QLineEdit::editingFinished, this, &ImportDialog::reread);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 600);
    if (Importer::canConvert(m_path)) // a format only LibreOffice opens: ask before running it
        m_convert = QMessageBox::question(
                            parent, tr("Convert with LibreOffice"),
                            tr("GKML cannot read \"%1\" itself. Convert it with LibreOffice, which is "
                               "installed on this computer? The original file is not changed.")
                                    .arg(QFileInfo(m_path).fileName()))
                == QMessageBox::Yes;
    reread();
}

void ImportDialog::reread()
{
    ImportOptions options;
    options.encoding = m_encoding->currentData().toString();
    options.domain = m_domain->text().trimmed();
    options.convertWithLibreOffice = m_convert;
    m_result = Importer::read(m_path, options);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_result.ok() && !m_result.items.isEmpty());
    if (!m_result.ok()) {
        m_summary->setText(tr("The file cannot be imported: %1").arg(m_result.error));
    } else {
        QStringList facts;
        facts << tr("%n item(s) found.", nullptr, int(m_result.items.size()));
        if (!m_result.layout.isEmpty())
            facts << tr("Layout: %1").arg(m_result.layout);
        if (!m_result.encoding.isEmpty())
            facts << tr("Encoding: %1").arg(m_result.encoding);
        if (!m_result.unit.isEmpty())
            facts << tr("Unit named in the file: %1").arg(m_result.unit);
        m_summary->setText(facts.join(QLatin1Char(' ')));
    }
    m_warnings->setPlainText(m_result.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!m_result.warnings.isEmpty());

    const QList<FieldInfo> &fields = ItemFields::all();
    const int shown = int(std::min<qsizetype>(m_result.items.size(), 200));
    m_preview->clear();
    m_preview->setColumnCount(int(fields.size()));
    m_preview->setRowCount(shown);
    QStringList headers;
    for (const FieldInfo &fi : fields)
        headers << ItemFields::label(fi.field);
    m_preview->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < shown; ++r) {
        for (int c = 0; c < fields.size(); ++c) {
            QString text = ItemTableModel::displayText(m_result.items.at(r), fields.at(c).field);
            text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
            m_preview->setItem(r, c, new QTableWidgetItem(text.left(120)));
        }
    }
    m_preview->horizontalHeader()->setDefaultSectionSize(120);
}

} // namespace gkml
