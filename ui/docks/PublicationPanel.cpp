#include "PublicationPanel.h"

#include "calendar/WorkCalendar.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/PublicationStore.h"
#include "dialogs/PublishDialog.h"
#include "publish/PublicationStatus.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace gkml {

PublicationPanel::PublicationPanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels(
            { tr("Published on"), tr("Channel"), tr("Event on"), tr("Where"), tr("Evidence") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_add = new QPushButton(tr("&Record publication…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_view = new QPushButton(tr("View evidence"), this);
    m_cycle = new QComboBox(this);
    m_cycle->addItem(tr("Only when it changes"), QString());
    for (const QString &c : PublicationStore::cycles())
        m_cycle->addItem(c, c);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_view);
    buttons->addStretch();
    buttons->addWidget(new QLabel(tr("Update cycle:"), this));
    buttons->addWidget(m_cycle);
    m_asOfEdit = new QDateEdit(m_asOf, this);
    m_asOfEdit->setObjectName(QStringLiteral("statusAsOf"));
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOfEdit->setToolTip(
            tr("The date the publication status is computed for, here, in the item table and in "
               "the domain tree."));
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(new QLabel(tr("Status as of:"), this));
    top->addWidget(m_asOfEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_file || m_item == 0)
            return;
        PublishDialog dialog(m_file, { m_item }, this);
        if (dialog.exec() == QDialog::Accepted) {
            refresh();
            emit publicationsChanged();
        }
    });
    connect(m_remove, &QPushButton::clicked, this, &PublicationPanel::removeSelected);
    connect(m_view, &QPushButton::clicked, this, &PublicationPanel::viewEvidence);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &PublicationPanel::viewEvidence);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_remove->setEnabled(row >= 0 && m_file && !m_file->isReadOnly());
        m_view->setEnabled(row >= 0 && m_table->item(row, 4) && !m_table->item(row, 4)->text().isEmpty());
    });
    connect(m_cycle, &QComboBox::currentIndexChanged, this, &PublicationPanel::changeCycle);
    connect(m_asOfEdit, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        setAsOf(date);
        emit asOfChanged(date);
    });
    refresh();
}

void PublicationPanel::setCatalogue(CatalogueFile *file)
{
    m_file = file;
    m_item = 0;
    refresh();
}

void PublicationPanel::setItem(qint64 item)
{
    m_item = item;
    refresh();
}

void PublicationPanel::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    if (m_asOfEdit->date() != asOf)
        m_asOfEdit->setDate(asOf);
    refresh();
}

void PublicationPanel::refresh()
{
    m_updating = true;
    m_table->setRowCount(0);
    const auto item = m_file && m_item ? m_file->item(m_item) : std::nullopt;
    const bool writable = item && !m_file->isReadOnly();
    m_add->setEnabled(writable);
    m_remove->setEnabled(false);
    m_view->setEnabled(false);
    m_cycle->setEnabled(writable && !item->withheld);
    if (!item) {
        m_title->setText(tr("Select an item to see its publications."));
        m_status->clear();
        m_updating = false;
        return;
    }
    m_title->setText(
            QStringLiteral("<b>%1 / %2</b>").arg(item->level1.toHtmlEscaped(), item->level2.toHtmlEscaped()));
    PublicationStore store(*m_file);
    const QList<PublicationRecord> records = store.records(m_item);
    const QString cycle = store.cycle(m_item);
    m_cycle->setCurrentIndex(qMax(0, m_cycle->findData(cycle)));
    if (item->withheld) {
        m_status->setText(tr("Withheld (不予公开): not to be published."));
    } else {
        const ItemStatus s
                = PublicationStatus(WorkCalendar::instance(), m_asOf).evaluate(*item, records, cycle);
        QString text
                = tr("Status as of %1: %2").arg(m_asOf.toString(Qt::ISODate), ItemStatus::label(s.state));
        if (s.due.isValid())
            text += tr("; due %1").arg(s.due.toString(Qt::ISODate));
        if (s.calendarWarning)
            text += tr(" (counted Monday to Friday: no holiday data for that year)");
        m_status->setText(text);
    }
    m_table->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const PublicationRecord &r = records.at(row);
        QStringList names;
        for (const EvidenceFile &e : r.evidence)
            names.append(e.name);
        const QStringList cells { r.publishedOn.isValid() ? r.publishedOn.toString(Qt::ISODate)
                                                          : tr("(no date)"),
                                  r.channel, r.eventOn.toString(Qt::ISODate), r.where,
                                  names.join(QStringLiteral("、")) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            cell->setData(Qt::UserRole, r.id);
            if (c == 4 && !r.evidence.isEmpty())
                cell->setData(Qt::UserRole + 1, r.evidence.first().id);
            m_table->setItem(row, c, cell);
        }
    }
    m_table->resizeColumnsToContents();
    m_updating = false;
}

void PublicationPanel::removeSelected()
{
    const int row = m_table->currentRow();
    if (!m_file || row < 0)
        return;
    PublicationStore store(*m_file);
    if (!store.remove(m_table->item(row, 0)->data(Qt::UserRole).toLongLong())) {
        m_status->setText(store.errorString());
        return;
    }
    refresh();
    emit publicationsChanged();
}

void PublicationPanel::changeCycle()
{
    if (m_updating || !m_file || m_item == 0)
        return;
    PublicationStore store(*m_file);
    if (!store.setCycle({ m_item }, m_cycle->currentData().toString())) {
        m_status->setText(store.errorString());
        return;
    }
    refresh();
    emit publicationsChanged();
}

void PublicationPanel::viewEvidence()
{
    const int row = m_table->currentRow();
    if (!m_file || row < 0 || !m_table->item(row, 4))
        return;
    const qint64 recordId = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    PublicationStore store(*m_file);
    for (const PublicationRecord &r : store.records(m_item)) {
        if (r.id != recordId)
            continue;
        for (const EvidenceFile &e : r.evidence) {
            const QByteArray data = store.evidenceData(e.id);
            QImage image;
            if (image.loadFromData(data)) {
                auto *viewer = new QDialog(this);
                viewer->setAttribute(Qt::WA_DeleteOnClose);
                viewer->setObjectName(QStringLiteral("evidenceViewer"));
                viewer->setWindowTitle(tr("%1 (sha256 %2)").arg(e.name, e.sha256.left(16)));
                auto *label = new QLabel;
                label->setPixmap(QPixmap::fromImage(
                        image.width() > 1200 ? image.scaledToWidth(1200, Qt::SmoothTransformation) : image));
                auto *scroll = new QScrollArea(viewer);
                scroll->setWidget(label);
                auto *layout = new QVBoxLayout(viewer);
                layout->addWidget(scroll);
                viewer->resize(900, 700);
                viewer->show();
            } else {
                const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
                        + QStringLiteral("/gkml-evidence");
                QDir().mkpath(dir);
                QFile f(dir + QLatin1Char('/') + e.name);
                if (f.open(QIODevice::WriteOnly) && f.write(data) == data.size()) {
                    f.close();
                    QDesktopServices::openUrl(QUrl::fromLocalFile(f.fileName()));
                }
            }
        }
    }
}

} // namespace gkml
