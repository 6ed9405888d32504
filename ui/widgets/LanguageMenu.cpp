#include "LanguageMenu.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QSettings>

namespace gkml {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    auto *group = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language"), QStringLiteral("zh_CN")).toString();
    for (const auto &[code, name] : { std::pair { QStringLiteral("zh_CN"), QStringLiteral("中文") },
                                      std::pair { QStringLiteral("en"), QStringLiteral("English") } }) {
        QAction *l = addAction(name);
        l->setCheckable(true);
        l->setChecked(current == code);
        group->addAction(l);
        connect(l, &QAction::triggered, this, [this, c = code] { choose(c); });
    }
}

void LanguageMenu::choose(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    QMessageBox::information(parentWidget(), tr("Language"),
                             tr("The new language is used the next time GKML starts.\n"
                                "下次启动 GKML 时使用新的语言。"));
}

} // namespace gkml
