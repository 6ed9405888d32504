#include "ColumnFillDialog.h"

#include "models/FieldChoices.h"
#include "standard/Standard.h"
#include "widgets/DialogParts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace gkml {

ColumnFillDialog::ColumnFillDialog(const QList<Item> &items, Field field, const QString &domain,
                                   const Standard *standard, QWidget *parent)
    : QDialog(parent)
    , m_items(items)
    , m_field(field)
    , m_domain(domain)
    , m_standard(standard)
    , m_fromStandard(new QRadioButton(tr("From the &standard (each item takes the standard's value)"), this))
    , m_withValue(new QRadioButton(tr("One &value for all:"), this))
    , m_value(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("columnFillDialog"));
    setWindowTitle(tr("Fill %1 for All Items").arg(ItemFields::label(field)));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
            domain.isEmpty() ? tr("No item of the catalogue fills %1. Fill it:").arg(ItemFields::label(field))
                             : tr("No item of %1 fills %2. Fill it:").arg(domain, ItemFields::label(field)),
            this));
    layout->addWidget(m_fromStandard);
    layout->addWidget(m_withValue);
    m_value->setEditable(true);
    m_value->addItems(FieldChoices::values(field, standard));
    layout->addWidget(m_value);
    m_summary->setObjectName(QStringLiteral("fillSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *buttons = DialogParts::buttons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Fill"));
    layout->addWidget(buttons);
    m_fromStandard->setEnabled(standard != nullptr);
    (standard ? m_fromStandard : m_withValue)->setChecked(true);
    connect(m_fromStandard, &QRadioButton::toggled, this, &ColumnFillDialog::updateSummary);
    connect(m_value, &QComboBox::currentTextChanged, this, [this] {
        m_withValue->setChecked(true);
        updateSummary();
    });
    updateSummary();
}

ColumnFill::Plan ColumnFillDialog::plan() const
{
    if (m_fromStandard->isChecked() && m_standard)
        return ColumnFill::fromStandard(m_items, m_field, *m_standard, m_domain);
    return ColumnFill::withValue(m_items, m_field, m_value->currentText(), m_domain);
}

void ColumnFillDialog::updateSummary()
{
    const ColumnFill::Plan p = plan();
    QString text = tr("%1 item(s) will be filled.").arg(p.updates.size());
    if (p.notInStandard > 0)
        text += QLatin1Char(' ')
                + tr("%1 item(s) are not in the standard and stay empty.").arg(p.notInStandard);
    m_summary->setText(text);
}

} // namespace gkml
