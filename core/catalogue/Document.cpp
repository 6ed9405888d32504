#include "Document.h"

#include <QJsonValue>

namespace gkml {

QString Document::proactive()
{
    return QStringLiteral("主动公开");
}

QString Document::onRequest()
{
    return QStringLiteral("依申请公开");
}

QString Document::withheld()
{
    return QStringLiteral("不予公开");
}

QStringList Document::attributes()
{
    return { proactive(), onRequest(), withheld() };
}

QString Document::normaliseAttribute(const QString &text)
{
    QString t = text.simplified();
    t.remove(QLatin1Char(' '));
    if (t.isEmpty())
        return {};
    if (t == proactive() || t == QStringLiteral("主动") || t == QStringLiteral("公开"))
        return proactive();
    if (t == onRequest() || t == QStringLiteral("依申请") || t == QStringLiteral("依申请公开信息"))
        return onRequest();
    if (t == withheld() || t == QStringLiteral("不公开") || t == QStringLiteral("不予主动公开")
        || t == QStringLiteral("免予公开"))
        return withheld();
    return {};
}

QString Document::regulation()
{
    return QStringLiteral("规章");
}

QString Document::normative()
{
    return QStringLiteral("规范性文件");
}

QString Document::normaliseType(const QString &text)
{
    const QString t = text.simplified().remove(QLatin1Char(' '));
    if (t == normative() || t == QStringLiteral("行政规范性文件"))
        return normative();
    if (t == regulation() || t == QStringLiteral("政府规章") || t == QStringLiteral("部门规章"))
        return regulation();
    return t;
}

namespace {
QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
QJsonValue idValue(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject Document::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("docNo"), docNo);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("writtenOn"), dateValue(writtenOn));
    o.insert(QStringLiteral("department"), department);
    o.insert(QStringLiteral("attribute"),
             attribute.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(attribute));
    o.insert(QStringLiteral("reason"), reason);
    o.insert(QStringLiteral("reviewer"), reviewer);
    o.insert(QStringLiteral("reviewedOn"), dateValue(reviewedOn));
    o.insert(QStringLiteral("indexNo"), indexNo);
    o.insert(QStringLiteral("item"), idValue(item));
    o.insert(QStringLiteral("transfer"), idValue(transfer));
    o.insert(QStringLiteral("docType"), docType);
    o.insert(QStringLiteral("repealedOn"), dateValue(repealedOn));
    o.insert(QStringLiteral("copies"), copies);
    return o;
}

} // namespace gkml
