#include "PublishDialog.h"

#include "catalogue/CatalogueFile.h"
#include "catalogue/PublicationStore.h"
#include "catalogue/TemplateVocabulary.h"
#include "widgets/DialogParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gkml {

PublishDialog::PublishDialog(CatalogueFile *file, const QList<qint64> &items, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_items(items)
{
    setWindowTitle(items.size() == 1 ? tr("Record a publication")
                                     : tr("Record a publication for %1 items").arg(items.size()));
    auto *form = new QFormLayout;
    m_channel = new QComboBox(this);
    m_channel->setEditable(true);
    m_channel->addItems(TemplateVocabulary::channels());
    m_channel->setObjectName(QStringLiteral("channel"));
    form->addRow(tr("&Channel:"), m_channel);
    m_published = new QDateEdit(QDate::currentDate(), this);
    m_published->setCalendarPopup(true);
    m_published->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_published->setObjectName(QStringLiteral("publishedOn"));
    form->addRow(tr("&Published on:"), m_published);
    m_hasEvent = new QCheckBox(tr("&Information formed or changed on:"), this);
    m_event = new QDateEdit(QDate::currentDate(), this);
    m_event->setCalendarPopup(true);
    m_event->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_event->setEnabled(false);
    connect(m_hasEvent, &QCheckBox::toggled, m_event, &QWidget::setEnabled);
    form->addRow(m_hasEvent, m_event);
    m_where = new QLineEdit(this);
    m_where->setPlaceholderText(tr("Web address, or a place such as 村公示栏"));
    form->addRow(tr("&Where:"), m_where);
    m_note = new QLineEdit(this);
    form->addRow(tr("&Note:"), m_note);
    m_evidence = new QListWidget(this);
    m_evidence->setMaximumHeight(90);
    auto *addFile = new QPushButton(tr("Add &file…"), this);
    auto *removeFile = new QPushButton(tr("Remove"), this);
    connect(addFile, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
                this, tr("Evidence files"), QString(),
                tr("Pictures and documents (*.png *.jpg *.jpeg *.pdf);;All files (*)"));
        for (const QString &p : paths)
            addEvidence(p);
    });
    connect(removeFile, &QPushButton::clicked, this, [this] { delete m_evidence->currentItem(); });
    auto *evidenceButtons = new QVBoxLayout;
    evidenceButtons->addWidget(addFile);
    evidenceButtons->addWidget(removeFile);
    evidenceButtons->addStretch();
    auto *evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_evidence);
    evidenceRow->addLayout(evidenceButtons);
    form->addRow(tr("Evidence:"), evidenceRow);
    m_cycle = new QComboBox(this);
    m_cycle->addItem(tr("(unchanged)"), QStringLiteral("\x01"));
    m_cycle->addItem(tr("Only when it changes"), QString());
    for (const QString &c : PublicationStore::cycles())
        m_cycle->addItem(c, c);
    form->addRow(tr("Update c&ycle:"), m_cycle);
    m_error = DialogParts::errorLabel(this);
    m_buttons = DialogParts::buttons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    if (file && file->isReadOnly()) {
        m_error->setText(tr("The catalogue is open read-only: %1").arg(file->readOnlyReason()));
        m_error->show();
        okButton()->setEnabled(false);
    }
}

QPushButton *PublishDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void PublishDialog::addEvidence(const QString &path)
{
    auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_evidence);
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
}

void PublishDialog::accept()
{
    PublicationStore store(*m_file);
    PublicationRecord record;
    record.channel = m_channel->currentText().trimmed();
    record.publishedOn = m_published->date();
    if (m_hasEvent->isChecked())
        record.eventOn = m_event->date();
    record.where = m_where->text();
    record.note = m_note->text();
    QStringList paths;
    for (int i = 0; i < m_evidence->count(); ++i)
        paths.append(m_evidence->item(i)->data(Qt::UserRole).toString());
    m_recordIds = store.add(m_items, record, paths);
    if (m_recordIds.isEmpty()) {
        m_error->setText(store.errorString());
        m_error->show();
        return;
    }
    const QString cycle = m_cycle->currentData().toString();
    if (cycle != QLatin1String("\x01") && !store.setCycle(m_items, cycle)) {
        m_error->setText(store.errorString());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace gkml
