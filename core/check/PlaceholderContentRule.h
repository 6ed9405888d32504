#pragma once

#include "Finding.h"
#include "catalogue/Item.h"

#include <QCoreApplication>
#include <QList>

namespace gkml {

// content-placeholder (warning): 公开内容 that only points elsewhere — 点击查看, 详见附件, 见附件,
// a bare link, 略, 无 — says nothing about what is published. Reviewers send such catalogues back:
// the column must name the content (e.g. 政策文件、办理流程、审批结果).
class PlaceholderContentRule
{
    Q_DECLARE_TR_FUNCTIONS(PlaceholderContentRule)
public:
    // `placeholder`: placeholder(it.content), which the checker remembers per shared content.
    static void item(const Item &it, const QString &placeholder, QList<Finding> *out);
    // The placeholder `content` amounts to ("详见附件", "a link"), or empty when it is real content.
    static QString placeholder(const QString &content);
};

} // namespace gkml
