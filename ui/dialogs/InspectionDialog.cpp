#include "InspectionDialog.h"

#include "calendar/WorkCalendar.h"
#include "catalogue/CatalogueFile.h"
#include "publish/InspectionPdf.h"
#include "publish/InspectionXlsx.h"
#include "widgets/DialogParts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gkml {

namespace {
QColor stateColor(ItemStatus::State state)
{
    switch (state) {
    case ItemStatus::State::Ok: return QColor(0xe6, 0xf4, 0xea);
    case ItemStatus::State::Stale: return QColor(0xff, 0xf4, 0xd6);
    case ItemStatus::State::Undated: return QColor(0xff, 0xf4, 0xd6);
    case ItemStatus::State::Late: return QColor(0xfd, 0xe2, 0xd6);
    case ItemStatus::State::Never: return QColor(0xfb, 0xd5, 0xd5);
    }
    return {};
}

QString countsText(const InspectionReport::Counts &c)
{
    return InspectionDialog::tr(
                   "%1 items: %2 on time, %3 late, %4 never published, %5 not updated, %6 without a date")
            .arg(c.items)
            .arg(c.ok)
            .arg(c.late)
            .arg(c.never)
            .arg(c.stale)
            .arg(c.undated);
}
} // namespace

InspectionDialog::InspectionDialog(CatalogueFile *file, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
{
    setWindowTitle(tr("Self-inspection (考核自查)"));
    m_asOf = new QDateEdit(QDate::currentDate(), this);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_department = new QComboBox(this);
    m_department->addItem(tr("All offices"), QString());
    QStringList departments;
    for (const Item &item : file->items())
        if (!item.withheld && !item.department.trimmed().isEmpty()
            && !departments.contains(item.department.trimmed()))
            departments.append(item.department.trimmed());
    departments.sort();
    for (const QString &d : std::as_const(departments))
        m_department->addItem(d, d);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->addItem(tr("Every status"), QString());
    m_statusFilter->addItem(tr("Not ok"), QStringLiteral("!ok"));
    for (ItemStatus::State s : ItemStatus::all())
        m_statusFilter->addItem(ItemStatus::label(s), ItemStatus::key(s));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("As of:"), this));
    top->addWidget(m_asOf);
    top->addWidget(new QLabel(tr("Office:"), this));
    top->addWidget(m_department);
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_statusFilter);
    top->addStretch();
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_items = new QTableWidget(0, 7, this);
    m_items->setHorizontalHeaderLabels({ tr("Domain"), tr("Level 1"), tr("Level 2"), tr("Office"),
                                         tr("Status"), tr("Due"), tr("Last published") });
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_counts = new QTreeWidget(this);
    m_counts->setHeaderLabels({ tr("Domain / office"), tr("Items"), tr("On time"), tr("Late"),
                                tr("Never published"), tr("Not updated"), tr("No date") });
    m_problems = new QTableWidget(0, 6, this);
    m_problems->setHorizontalHeaderLabels({ tr("No."), tr("Problem"), tr("Responsible office"),
                                            tr("Requirement"), tr("Fix by"), tr("Result") });
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->verticalHeader()->hide();
    m_problems->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_items, tr("Items"));
    m_tabs->addTab(m_counts, tr("Counts"));
    m_tabs->addTab(m_problems, tr("Problems"));
    m_stages = new QTableWidget(0, 0, this);
    m_stages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stages->verticalHeader()->hide();
    m_tabs->addTab(m_stages, tr("五公开 coverage"));

    auto *buttons = DialogParts::buttons(this, QDialogButtonBox::Close);
    m_exportXlsx = buttons->addButton(tr("Export Excel…"), QDialogButtonBox::ActionRole);
    m_exportPdf = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole);
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("xlsx")); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("pdf")); });
    chooseSavePath = [this](const QString &suggestion, const QString &filter) {
        return QFileDialog::getSaveFileName(this, tr("Export the self-inspection"), suggestion, filter);
    };
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_asOf, &QDateEdit::dateChanged, this, &InspectionDialog::recompute);
    connect(m_department, &QComboBox::currentIndexChanged, this, &InspectionDialog::recompute);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &InspectionDialog::applyStatusFilter);
    resize(1100, 650);
    recompute();
}

void InspectionDialog::recompute()
{
    InspectionReport::Options options;
    options.asOf = m_asOf->date();
    options.department = m_department->currentData().toString();
    m_report = InspectionReport::build(*m_file, WorkCalendar::instance(), options);
    QString summary = countsText(m_report.total());
    if (m_report.calendarWarning())
        summary += QLatin1Char('\n')
                + tr("Some due dates fall in a year without holiday data and were counted Monday to Friday "
                     "(marked *).");
    m_summary->setText(summary);

    const auto &rows = m_report.rows();
    m_items->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const InspectionReport::Row &row = rows.at(r);
        QString due = row.status.due.toString(Qt::ISODate);
        if (row.status.calendarWarning)
            due += QStringLiteral(" *");
        const QStringList cells { row.item.domain,
                                  row.item.level1,
                                  row.item.level2,
                                  row.item.department,
                                  ItemStatus::label(row.status.state),
                                  due,
                                  row.status.lastPublished.toString(Qt::ISODate) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            cell->setData(Qt::UserRole, ItemStatus::key(row.status.state));
            if (c == 4)
                cell->setBackground(stateColor(row.status.state));
            m_items->setItem(r, c, cell);
        }
    }
    m_items->resizeColumnsToContents();

    m_counts->clear();
    auto addCounts = [](QTreeWidgetItem *node, const QString &name, const InspectionReport::Counts &c) {
        const QStringList cells = c.row(name);
        for (int i = 0; i < cells.size(); ++i)
            node->setText(i, cells.at(i));
    };
    auto *byDomain = new QTreeWidgetItem(m_counts);
    addCounts(byDomain, tr("By domain"), m_report.total());
    for (auto it = m_report.domains().begin(); it != m_report.domains().end(); ++it)
        addCounts(new QTreeWidgetItem(byDomain), it.key(), it.value());
    auto *byOffice = new QTreeWidgetItem(m_counts);
    addCounts(byOffice, tr("By office"), m_report.total());
    for (auto it = m_report.departments().begin(); it != m_report.departments().end(); ++it)
        addCounts(new QTreeWidgetItem(byOffice), it.key().isEmpty() ? tr("(none)") : it.key(), it.value());
    m_counts->expandAll();
    for (int c = 0; c < m_counts->columnCount(); ++c)
        m_counts->resizeColumnToContents(c);

    const QList<QStringList> problems = m_report.problemTable();
    m_problems->setRowCount(int(problems.size()) - 1);
    for (int r = 1; r < problems.size(); ++r)
        for (int c = 0; c < problems.at(r).size(); ++c)
            m_problems->setItem(r - 1, c, new QTableWidgetItem(problems.at(r).at(c)));
    m_problems->resizeColumnsToContents();
    m_tabs->setTabText(2, tr("Problems (%1)").arg(problems.size() - 1));

    const QList<QStringList> stages = m_report.stagesTable();
    m_stages->setColumnCount(int(stages.first().size()));
    m_stages->setHorizontalHeaderLabels(stages.first());
    m_stages->setRowCount(int(stages.size()) - 1);
    for (int r = 1; r < stages.size(); ++r)
        for (int c = 0; c < stages.at(r).size(); ++c)
            m_stages->setItem(r - 1, c, new QTableWidgetItem(stages.at(r).at(c)));
    m_stages->resizeColumnsToContents();
    applyStatusFilter();
}

void InspectionDialog::exportAs(const QString &suffix)
{
    const QString suggestion
            = tr("self-inspection-%1.%2").arg(m_report.asOf().toString(QStringLiteral("yyyyMMdd")), suffix);
    const QString filter = suffix == QLatin1String("pdf") ? tr("PDF (*.pdf)") : tr("Excel workbook (*.xlsx)");
    QString path = chooseSavePath(suggestion, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    exportTo(path);
}

bool InspectionDialog::exportTo(const QString &path)
{
    QString error;
    const bool pdf = QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    const bool ok = pdf ? InspectionPdf::write(m_report, path, &error)
                        : InspectionXlsx::write(m_report, path, &error);
    if (!ok)
        QMessageBox::warning(this, windowTitle(), tr("The report was not saved: %1").arg(error));
    return ok;
}

void InspectionDialog::applyStatusFilter()
{
    const QString wanted = m_statusFilter->currentData().toString();
    for (int r = 0; r < m_items->rowCount(); ++r) {
        const QString key = m_items->item(r, 0)->data(Qt::UserRole).toString();
        const bool show = wanted.isEmpty()
                || (wanted == QLatin1String("!ok") ? key != QLatin1String("ok") : key == wanted);
        m_items->setRowHidden(r, !show);
    }
}

} // namespace gkml
