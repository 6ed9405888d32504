#include "TownshipCatalogue.h"

#include "catalogue/CatalogueFile.h"
#include "catalogue/TownshipStore.h"
#include "standard/StandardLibrary.h"
#include "standard/Vocabulary.h"
#include "util/TextNormalizer.h"

#include <QSet>

namespace gkml {

namespace {

const QString kTownshipLevel = QStringLiteral("乡级");

// Spellings of the township level met in county templates, for a file without a standard
// (with one, its vocabulary's aliases decide). Compared as TextNormalizer keys.
const QSet<QString> &builtInTownshipLevels()
{
    static const QSet<QString> keys = [] {
        QSet<QString> s;
        for (const char *v : { "乡级", "镇级", "村级", "乡镇级", "乡、村级", "镇、村级", "乡(镇)级",
                               "乡镇(街道)级", "乡镇(街道)", "街道级", "街道", "乡镇" })
            s.insert(TextNormalizer::matchKey(QString::fromUtf8(v)));
        return s;
    }();
    return keys;
}

// Generic names of township bodies in the standard's texts, longest first so that
// "乡镇人民政府(街道办事处)" is replaced as a whole.
struct Generic
{
    const char16_t *text;
    bool office; // true: the responsible office; false: the township's government
};
const Generic kGenerics[] = {
    { u"乡镇人民政府(街道办事处)", false },
    { u"乡镇人民政府（街道办事处）", false },
    { u"乡(镇)人民政府(街道办事处)", false },
    { u"乡（镇）人民政府（街道办事处）", false },
    { u"乡镇(街道)民政办", true },
    { u"乡镇（街道）民政办", true },
    { u"乡(镇)人民政府", false },
    { u"乡（镇）人民政府", false },
    { u"乡镇人民政府", false },
    { u"乡镇政府", false },
    { u"街道办事处", false },
    { u"乡镇民政办", true },
    { u"乡镇民政所", true },
};

} // namespace

TownshipCatalogue::TownshipCatalogue(const Township &township, const Vocabulary *levelVocabulary)
    : m_township(township)
    , m_levels(levelVocabulary)
{ }

bool TownshipCatalogue::servesTownship(const Item &item) const
{
    for (const QString &value : item.level) {
        if (value == kTownshipLevel)
            return true;
        if (m_levels && !m_levels->isEmpty()) {
            const Vocabulary::Lookup l = m_levels->lookup(value);
            if ((l.match == Vocabulary::Match::Canonical || l.match == Vocabulary::Match::Alias)
                && l.canonical == kTownshipLevel)
                return true;
        }
        // Villages and streets are served by the township tier even where a standard lists no alias.
        if (builtInTownshipLevels().contains(TextNormalizer::matchKey(value)))
            return true;
    }
    return false;
}

QString TownshipCatalogue::resolve(const QString &text) const
{
    // One left-to-right pass, trying the longest generic name first at each position, so that
    // a replacement is never itself replaced (a street's "凤城街道办事处" contains "街道办事处").
    QString out;
    out.reserve(text.size() + 8);
    qsizetype i = 0;
    while (i < text.size()) {
        bool replaced = false;
        for (const Generic &g : kGenerics) {
            const QString generic = QString::fromUtf16(g.text);
            if (QStringView(text).mid(i).startsWith(generic)) {
                out += g.office ? m_township.responsibleOffice() : m_township.government();
                i += generic.size();
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out += text.at(i++);
    }
    return out;
}

TownshipCatalogue::View TownshipCatalogue::derive(const QList<Item> &countyItems,
                                                  const QList<Item> &additions) const
{
    View view;
    for (const Item &county : countyItems) {
        if (county.withheld || !servesTownship(county))
            continue;
        Item item = county;
        item.owner = resolve(item.owner);
        item.department = resolve(item.department);
        view.items.append(item);
    }
    view.derivedCount = static_cast<int>(view.items.size());
    for (const Item &own : additions) {
        if (!own.withheld)
            view.items.append(own);
    }
    return view;
}

CatalogueInfo TownshipCatalogue::info(const CatalogueInfo &county) const
{
    CatalogueInfo info = county;
    info.unit = m_township.government();
    info.region = county.region.isEmpty() ? county.unit : county.region;
    info.adminLevel = kTownshipLevel;
    return info;
}

const Vocabulary *TownshipCatalogue::levelVocabularyFor(const CatalogueFile &file)
{
    const CatalogueInfo info = file.info();
    StandardLibrary::Choice choice;
    QString error;
    const Standard *standard = StandardLibrary::instance().forCatalogue(info.standardId, info.standardVersion,
                                                                        file.domains(), &choice, &error);
    return standard ? standard->vocabulary(Field::Level) : nullptr;
}

TownshipCatalogue::View TownshipCatalogue::load(CatalogueFile &file, const Township &township)
{
    TownshipStore store(file);
    return TownshipCatalogue(township, levelVocabularyFor(file))
            .derive(file.items(), store.additions(township.id));
}

} // namespace gkml
