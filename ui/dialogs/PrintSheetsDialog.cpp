#include "PrintSheetsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace gkml {

PrintSheetsDialog::PrintSheetsDialog(const QStringList &domains, const QStringList &departments,
                                     const QString &portalUrl, QWidget *parent)
    : QDialog(parent)
    , m_paper(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_board(new QCheckBox(tr("Large print for the notice board (公开栏)"), this))
    , m_domain(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_grouping(new QComboBox(this))
    , m_channels(new QComboBox(this))
    , m_qr(new QLineEdit(portalUrl, this))
{
    setWindowTitle(tr("Print Board Sheets"));
    m_paper->addItem(QStringLiteral("A4"), int(SheetOptions::Paper::A4));
    m_paper->addItem(QStringLiteral("A3"), int(SheetOptions::Paper::A3));
    m_orientation->addItem(tr("Landscape"), int(SheetOptions::Orientation::Landscape));
    m_orientation->addItem(tr("Portrait"), int(SheetOptions::Orientation::Portrait));
    m_domain->addItem(tr("All domains"), QString());
    for (const QString &d : domains)
        m_domain->addItem(d, d);
    m_department->addItem(tr("All offices"), QString());
    for (const QString &d : departments)
        m_department->addItem(d, d);
    m_grouping->addItem(tr("One set of sheets per domain"), int(SheetOptions::Grouping::Domain));
    m_grouping->addItem(tr("One set of sheets per office (责任股室)"),
                        int(SheetOptions::Grouping::Department));
    m_channels->addItem(tr("Only the chosen channels"), int(SheetOptions::ChannelStyle::Chosen));
    m_channels->addItem(tr("The template's checklist of all channels"),
                        int(SheetOptions::ChannelStyle::Checklist));
    m_qr->setPlaceholderText(tr("Address of the catalogue on the county portal (printed as a QR code)"));

    // The last choices are the likely next ones (the same board, the same printer).
    QSettings s;
    m_paper->setCurrentIndex(s.value(QStringLiteral("print/paper"), 0).toInt());
    m_orientation->setCurrentIndex(s.value(QStringLiteral("print/orientation"), 0).toInt());
    m_board->setChecked(s.value(QStringLiteral("print/board"), false).toBool());
    m_grouping->setCurrentIndex(s.value(QStringLiteral("print/grouping"), 0).toInt());
    m_channels->setCurrentIndex(s.value(QStringLiteral("print/channels"), 0).toInt());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Preview…"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Paper:"), m_paper);
    form->addRow(tr("Orientation:"), m_orientation);
    form->addRow(QString(), m_board);
    form->addRow(tr("Domain:"), m_domain);
    form->addRow(tr("Office:"), m_department);
    form->addRow(tr("Grouping:"), m_grouping);
    form->addRow(tr("Channels:"), m_channels);
    form->addRow(tr("QR code link:"), m_qr);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings s;
        s.setValue(QStringLiteral("print/paper"), m_paper->currentIndex());
        s.setValue(QStringLiteral("print/orientation"), m_orientation->currentIndex());
        s.setValue(QStringLiteral("print/board"), m_board->isChecked());
        s.setValue(QStringLiteral("print/grouping"), m_grouping->currentIndex());
        s.setValue(QStringLiteral("print/channels"), m_channels->currentIndex());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

SheetOptions PrintSheetsDialog::options() const
{
    SheetOptions o;
    o.paper = static_cast<SheetOptions::Paper>(m_paper->currentData().toInt());
    o.orientation = static_cast<SheetOptions::Orientation>(m_orientation->currentData().toInt());
    o.board = m_board->isChecked();
    o.domain = m_domain->currentData().toString();
    o.department = m_department->currentData().toString();
    o.grouping = static_cast<SheetOptions::Grouping>(m_grouping->currentData().toInt());
    o.channelStyle = static_cast<SheetOptions::ChannelStyle>(m_channels->currentData().toInt());
    o.qrUrl = m_qr->text().trimmed();
    return o;
}

} // namespace gkml
