#pragma once

#include "publish/InspectionReport.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
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
    void recompute();

private:
    void applyStatusFilter();

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
};

} // namespace gkml
