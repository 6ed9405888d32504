#pragma once

#include "TemplateColumn.h"
#include "catalogue/Item.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gkml {

// The column model of the county template (reference/domain.md §1.2): 序号, 公开事项 (一级、二级,
// 三级 when used), 公开内容, 公开依据, 公开时限, 公开主体, the channel checklist, the tick groups
// 公开对象 / 公开方式 / 公开层级 (the template's values, then any other value the items use as a
// column of its own), and optional 五公开环节, 责任股室, 备注. The xlsx and html writers, the
// printed sheet and the importer's header reading all take their columns from here, so a value
// ticks under the same column everywhere. Also the title "<单位><领域>领域基层政务公开标准目录".
class CountyTemplate
{
public:
    struct Options
    {
        bool domainColumn = false; // 领域 as a column (sheets grouped by office)
        bool departmentColumn = false; // 责任股室
        bool stagesColumn = true; // 五公开环节 when some item has stages
        bool noteColumn = true; // 备注 when some item has a note
        bool channelChecklist = true; // false: channels as a plain list
    };
    // The columns for these items (withheld ones included: callers filter before).
    static QList<TemplateColumn> columns(const QList<Item> &items, const Options &options);

    static QString catalogueSuffix(); // 基层政务公开标准目录
    // "<unit><domain>领域基层政务公开标准目录" (no second 领域 when the domain ends with it).
    static QString title(const QString &unit, const QString &domain);
    // What a title such as "安溪县民政局社会救助领域基层政务公开标准目录" names.
    struct Title
    {
        QString unit;
        QString domain;
    };
    static Title parseTitle(const QString &text);
    // The domain names the title parser knows (the 26 of 国办发〔2019〕54号 and local ones).
    static const QStringList &knownDomains();
    // The longest known domain name written anywhere in `text` (a sheet "养老服务目录", a file
    // "某县社会救助领域标准目录(2024).xls"); empty when none.
    static QString domainIn(const QString &text);
};

} // namespace gkml
