#include "ItemBrowser.h"

#include "models/ItemFilterProxy.h"
#include "views/ItemTableView.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace gkml {

ItemBrowser::ItemBrowser(ItemTableModel *model, ItemFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_banner(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new ItemTableView(model, proxy, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral(
            "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; padding: 6px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search all columns (e.g. 低保)…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);

    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] { m_proxy->setSearchText(m_search->text()); });
}

void ItemBrowser::setReadOnlyNotice(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void ItemBrowser::clearSearch()
{
    m_search->clear();
    m_proxy->setSearchText(QString());
}

} // namespace gkml
