// Shared set-up for the GUI tests: a small catalogue on disk, Chinese typing, a shown window.
#pragma once

#include "catalogue/CatalogueFile.h"

#include <QSettings>

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace gkml::test {

inline Item makeItem(const QString &domain, const QString &l1, const QString &l2)
{
    Item it;
    it.domain = domain;
    it.level1 = l1;
    it.level2 = l2;
    it.content = QStringLiteral("内容 ") + l2;
    it.basis = QStringLiteral("《政府信息公开条例》");
    it.deadline = QStringLiteral("信息形成或者变更之日起20个工作日内");
    it.owner = QStringLiteral("安溪县民政局");
    it.channels = { QStringLiteral("政府网站"), QStringLiteral("政务服务中心") };
    it.audience = { QStringLiteral("全社会") };
    it.method = { QStringLiteral("主动") };
    it.level = { QStringLiteral("县级") };
    return it;
}

// Two domains, five items, 安溪县民政局.
inline QString makeCatalogue(const QTemporaryDir &dir,
                             const QString &name = QStringLiteral("安溪县民政局.gkml"),
                             QList<Item> items = {})
{
    const QString path = dir.filePath(name);
    CatalogueInfo info;
    info.unit = QStringLiteral("安溪县民政局");
    QString error;
    auto file = CatalogueFile::create(path, info, &error);
    if (!file)
        qFatal("cannot create fixture: %s", qPrintable(error));
    if (items.isEmpty()) {
        items = {
            makeItem(QStringLiteral("社会救助"), QStringLiteral("最低生活保障"), QStringLiteral("政策文件")),
            makeItem(QStringLiteral("社会救助"), QStringLiteral("最低生活保障"), QStringLiteral("办事指南")),
            makeItem(QStringLiteral("社会救助"), QStringLiteral("临时救助"), QStringLiteral("审批信息")),
            makeItem(QStringLiteral("养老服务"), QStringLiteral("养老服务业务办理"),
                     QStringLiteral("养老机构备案")),
            makeItem(QStringLiteral("养老服务"), QStringLiteral("养老服务业务办理"),
                     QStringLiteral("老年人补贴")),
        };
    }
    for (int i = 0; i < items.size(); ++i)
        items[i].seq = i + 1;
    if (!file->insertItems(items, QStringLiteral("fixture")))
        qFatal("cannot fill fixture");
    return path;
}

// QTest::keyClicks only takes Latin-1; Chinese arrives as key events carrying text (as an input
// method's commit does).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

inline bool showActive(QWidget *w)
{
    w->show();
    QApplication::setActiveWindow(w);
    return QTest::qWaitForWindowActive(w);
}

} // namespace gkml::test
