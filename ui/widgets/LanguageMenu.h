#pragma once

#include <QMenu>

namespace gkml {

// View > Language: 中文 or English, remembered in the settings and used from the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

private:
    void choose(const QString &language);
};

} // namespace gkml
