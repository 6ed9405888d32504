#pragma once

#include "publish/InspectionReport.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace gkml {

class CatalogueFile;

// 考核自查: the mock inspection as of a date — every item with its status (filterable by status
// and office), the counts per domain and per 股室 as a tree, and the 问题清单 with 整改期限.
// Read-only: it never changes the file.
class InspectionDialog : public QDialog
{
    Q_OBJECT
public:
    InspectionDialog(CatalogueFile *file, QWidget *parent = nullptr);

    QDateEdit *asOfEdit() const { return m_asOf; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *departmentFilter() const { return m_department; }
    QTableWidget *itemTable() const { return m_items; }
    QTreeWidget *countTree() const { return m_counts; }
    QTableWidget *problemTable() const { return m_problems; }
    const InspectionReport &report() const { return m_report; }
    QPushButton *exportXlsxButton() const { return m_exportXlsx; }
    QPushButton *exportPdfButton() const { return m_exportPdf; }
    void recompute();
    // Writes the report shown (xlsx or pdf, by the suffix); false with a message box on failure.
    bool exportTo(const QString &path);

    // Asks where to save (a QFileDialog by default; tests answer it themselves).
    std::function<QString(const QString &suggestion, const QString &filter)> chooseSavePath;

private:
    void applyStatusFilter();
    void exportAs(const QString &suffix);

    CatalogueFile *m_file;
    InspectionReport m_report;
    QDateEdit *m_asOf;
    QComboBox *m_department;
    QComboBox *m_statusFilter;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_items;
    QTreeWidget *m_counts;
    QTableWidget *m_problems;
    QTableWidget *m_stages;
    QPushButton *m_exportXlsx;
    QPushButton *m_exportPdf;
};

} // namespace gkml
