#pragma once

#include "catalogue/ItemField.h"
#include "standard/Vocabulary.h"

#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace gkml {

// The value sets of the template's set fields and the spellings real files use for them
// (区级 for 县级, 社会公众 for 全社会, 依申请公开 for 依申请 …). The spellings are not written
// here: they are the aliases of the built-in standards' vocabularies (resources/standards), merged
// over all of them, so a new alias is a data change that every reader and writer sees at once.
class TemplateTerms
{
public:
    // The merged vocabulary of a set field (channels, audience, method, level, stages).
    static const Vocabulary &vocabulary(Field field);
    // The canonical value for a spelling: a vocabulary value or the value an alias stands for;
    // otherwise the trimmed text itself (a variant such as 村级 or a local channel stays as is).
    static QString canonical(Field field, const QString &value);
    // canonical() of every value, without repeats, in the given order.
    static QStringList canonicalSet(Field field, const QStringList &values);
    // Whether `value` spells a canonical vocabulary value exactly (not an alias).
    static bool isCanonical(Field field, const QString &value);
    // The template's own values of a tick group, in printed order (全社会, 特定群体 / 主动, 依申请 /
    // 县级, 乡级). Other values an item uses get their own tick column after these.
    static QStringList tickValues(Field field);
    // Values some county templates add as their own tick columns (公开层级 市级, 村级:
    // standard-catalogue.json "variants_seen"); never folded into 县级 or 乡级.
    static const QStringList &levelVariants();
    // A tick column's sub-header ("特定群众", "依申请公开", "乡、村级", "特定群体（请写明）") -> its
    // field and canonical value; nullopt when it names no value of a tick group.
    static std::optional<QPair<Field, QString>> tickLabel(const QString &header);

    // The field a header cell names: the fields' labels, keys and the spellings real files use
    // (一级目录 for 一级事项, 时限 for 公开时限 …); nullopt for a group label (公开事项) or other text.
    static std::optional<Field> headerField(const QString &header);
    // What a header cell names when another cell of the same header already names headerField()
    // by its own label: 一级目录 beside 一级事项 holds the domain (Jiangxi's 一级目录 | 公开事项
    // 一级/二级/三级事项 layout). nullopt when the cell has no second meaning: two such cells are
    // ambiguous.
    static std::optional<Field> headerFieldBeside(const QString &header);
};

} // namespace gkml
