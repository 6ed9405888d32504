#include "ImportDialog.h"

#include "exchange/Importer.h"
#include "models/ItemTableModel.h"
#include "template/RowJoiner.h"
#include "widgets/DialogParts.h"

#include <QCheckBox>
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
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gkml {

namespace {

QString shown(Field field, const QVariant &value)
{
    Item probe;
    probe.setValue(field, value);
    QString text = ItemTableModel::displayText(probe, field);
    text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return text;
}
} // namespace

ImportDialog::ImportDialog(const QString &path, QWidget *parent)
    : ImportDialog(path, {}, parent)
{ }

ImportDialog::ImportDialog(const QString &path, const QList<Item> &existing, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_existing(existing)
    , m_joinRows(new QCheckBox(this))
    , m_matchSummary(new QLabel(this))
    , m_update(new QRadioButton(tr("Update the matching items, add the new rows"), this))
    , m_add(new QRadioButton(tr("Add every row as a new item (matching items are doubled)"), this))
    , m_skip(new QRadioButton(tr("Leave the matching items as they are, add the new rows"), this))
    , m_changes(new QTreeWidget(this))
    , m_encoding(new QComboBox(this))
    , m_domain(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_warnings(new QPlainTextEdit(this))
    , m_preview(new QTableWidget(this))
    , m_buttons(DialogParts::buttons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
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
    m_matchSummary->setObjectName(QStringLiteral("matchSummary"));
    m_matchSummary->setWordWrap(true);
    m_matchSummary->setTextFormat(Qt::PlainText);
    QFont bold = m_matchSummary->font();
    bold.setBold(true);
    m_matchSummary->setFont(bold);
    m_joinRows->setObjectName(QStringLiteral("joinRows"));
    m_joinRows->setVisible(false);
    m_update->setObjectName(QStringLiteral("onMatchUpdate"));
    m_add->setObjectName(QStringLiteral("onMatchAdd"));
    m_skip->setObjectName(QStringLiteral("onMatchSkip"));
    m_update->setChecked(true); // the default: merge, never double
    m_changes->setObjectName(QStringLiteral("importChanges"));
    m_changes->setColumnCount(3);
    m_changes->setHeaderLabels({ tr("Item / field"), tr("In the catalogue"), tr("In the file") });
    m_changes->setColumnWidth(0, 320);
    m_changes->setColumnWidth(1, 260);

    auto *form = new QFormLayout;
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Domain:"), m_domain);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    // What the file holds, then how rows that match existing items are taken (merging only).
    const QList<QWidget *> matchChoice { m_matchSummary, m_update, m_skip, m_add };
    for (QWidget *w : QList<QWidget *> { m_summary, m_warnings, m_joinRows } + matchChoice)
        layout->addWidget(w);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("importTabs"));
    tabs->addTab(m_changes, tr("Changes to existing items"));
    tabs->addTab(m_preview, tr("Rows in the file"));
    layout->addWidget(tabs, 1);
    const bool merging = !m_existing.isEmpty();
    for (QWidget *w : matchChoice)
        w->setVisible(merging);
    if (!merging)
        tabs->removeTab(0); // nothing to match with: the rows are all there is to show
    for (QRadioButton *b : { m_update, m_skip, m_add })
        connect(b, &QRadioButton::toggled, this, &ImportDialog::updateOkText);
    layout->addWidget(m_buttons);
    connect(m_joinRows, &QCheckBox::toggled, this, &ImportDialog::showRows);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    connect(m_domain, &QLineEdit::editingFinished, this, &ImportDialog::reread);
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
    m_readItems = m_result.items;
    const int shared = RowJoiner::sharedNames(m_readItems);
    m_joinRows->setText(tr("Join the content rows that share an item name into one item (%n item name(s) "
                           "have several rows; otherwise each row is an item)",
                           nullptr, shared));
    m_joinRows->setVisible(shared > 0);
    showRows();
}

void ImportDialog::showRows()
{
    m_result.items = m_readItems;
    if (!m_joinRows->isHidden() && m_joinRows->isChecked())
        RowJoiner::joinContentRows(m_result.items);

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
    showPlan();
}

void ImportDialog::showPlan()
{
    m_plan = ImportMatcher::match(m_existing, m_result.items);
    m_matchSummary->setText(
            tr("Compared with the %n item(s) in the catalogue: %1.", nullptr, int(m_existing.size()))
                    .arg(m_plan.summary()));
    m_changes->clear();
    for (const ImportMatcher::Match &m : std::as_const(m_plan.updates)) {
        auto *node = new QTreeWidgetItem(m_changes, { m.existing.displayPath() });
        node->setExpanded(true);
        for (const ImportMatcher::FieldChange &c : m.changes) {
            new QTreeWidgetItem(
                    node,
                    { ItemFields::label(c.field), shown(c.field, c.oldValue), shown(c.field, c.newValue) });
        }
    }
    updateOkText();
}

ImportMatcher::OnMatch ImportDialog::onMatch() const
{
    if (m_existing.isEmpty() || m_add->isChecked())
        return ImportMatcher::OnMatch::Add;
    return m_skip->isChecked() ? ImportMatcher::OnMatch::Skip : ImportMatcher::OnMatch::Update;
}

void ImportDialog::updateOkText()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (m_existing.isEmpty()) {
        ok->setText(tr("Add to Catalogue"));
        return;
    }
    const ImportMatcher::OnMatch mode = onMatch();
    const int updates = int(m_plan.updatesToApply(mode).size());
    const int added = int(m_plan.itemsToAdd(mode).size());
    ok->setText(tr("Import (%1 updated, %2 added)").arg(updates).arg(added));
    ok->setEnabled(m_result.ok() && (updates > 0 || added > 0));
}

QString ImportDialog::doneMessage(const ImportMatcher::Plan &plan, ImportMatcher::OnMatch mode)
{
    return tr("Imported: %1 updated, %2 added, %3 identical.")
            .arg(plan.updatesToApply(mode).size())
            .arg(plan.itemsToAdd(mode).size())
            .arg(plan.identical.size());
}

} // namespace gkml
