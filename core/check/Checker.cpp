#include "Checker.h"

#include "CheckMemo.h"

#include "DeadlineParser.h"
#include "DuplicateSeqRule.h"
#include "PlaceholderContentRule.h"
#include "StagesRule.h"
#include "TextMemo.h"
#include "standard/Standard.h"
#include "util/TextNormalizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace gkml {

namespace {

const QString kProactive = QStringLiteral("主动");
const QString kPublic = QStringLiteral("全社会");
const QString kGroup = QStringLiteral("特定群体");
const QString kCounty = QStringLiteral("县级");
const QString kTownship = QStringLiteral("乡级");

// trimmed().isEmpty() without building the trimmed string (runs for every field of every item).
// Exactly QChar::isSpace, asked of Qt only between U+0080 and U+3000, where the rare spaces are.
bool isBlank(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if (u != u' ' && (u < u'\t' || u > u'\r'))
                return false;
        } else if (u > 0x3000 || !c.isSpace()) {
            return false; // CJK text and punctuation: decided by the first character
        }
    }
    return true;
}

struct OwnerTiers
{
    bool county = false;
    bool township = false;
};

// Which tiers of government a 公开主体 text names: "县级人民政府民政部门、乡镇人民政府(街道办事处)"
// names both; "安溪县民政局" a county body; "城厢镇人民政府" a township body.
OwnerTiers classifyOwner(const QString &owner)
{
    OwnerTiers t;
    QString part;
    auto flush = [&] {
        const QString p = part.trimmed();
        part.clear();
        if (p.isEmpty())
            return;
        static const QStringList townshipMarkers
                = { QStringLiteral("乡镇"),       QStringLiteral("街道"),   QStringLiteral("乡人民政府"),
                    QStringLiteral("镇人民政府"), QStringLiteral("乡政府"), QStringLiteral("镇政府"),
                    QStringLiteral("村"),         QStringLiteral("社区"),   QStringLiteral("居委会"),
                    QStringLiteral("乡级"),       QStringLiteral("镇级"),   QStringLiteral("民政办") };
        for (const QString &m : townshipMarkers) {
            if (p.contains(m)) {
                t.township = true;
                return;
            }
        }
        if (p.endsWith(u'乡') || p.endsWith(u'镇')) {
            t.township = true;
            return;
        }
        static const QStringList countyMarkers
                = { QStringLiteral("县"), QStringLiteral("旗"), QStringLiteral("区"),
                    QStringLiteral("市"), QStringLiteral("局"), QStringLiteral("部门") };
        for (const QString &m : countyMarkers) {
            if (p.contains(m)) {
                t.county = true;
                return;
            }
        }
    };
    for (const QChar c : owner) {
        if (c == u'、' || c == u'，' || c == u',' || c == u'；' || c == u';' || c == u'\n' || c == u'/')
            flush();
        else
            part.append(c);
    }
    flush();
    return t;
}

// A deadline longer than 条例 Art. 26 allows is fine when a law or regulation sets it: the
// item then cites something other than the 条例 itself in 公开依据 or 公开时限 (《…》).
QString otherLegalBasis(const QString &basis, const QString &deadline)
{
    for (const QString &text : { deadline, basis }) {
        qsizetype from = 0;
        while (true) {
            const qsizetype open = text.indexOf(u'《', from);
            if (open < 0)
                break;
            const qsizetype close = text.indexOf(u'》', open);
            if (close < 0)
                break;
            const QString title = text.mid(open, close - open + 1);
            if (!title.contains(QStringLiteral("信息公开")))
                return title;
            from = close + 1;
        }
    }
    return QString();
}

QString describeSpan(const Deadline &d)
{
    switch (d.kind) {
    case Deadline::Kind::CalendarDays:
        return Checker::tr("%1 calendar days (counted as at least %2 working days: 5 in every 7)")
                .arg(d.amount)
                .arg(d.workingDays);
    case Deadline::Kind::Weeks:
        return Checker::tr("%1 weeks (%2 working days)").arg(d.amount).arg(d.workingDays);
    case Deadline::Kind::Months:
        return Checker::tr("%1 months (counted as at least %2 working days)")
                .arg(d.amount)
                .arg(d.workingDays);
    default: return Checker::tr("%1 working days").arg(d.workingDays);
    }
}

class Run
{
public:
    Run(const Standard *standard, QList<Finding> *out, CheckMemo *memo)
        : m_standard(standard)
        , m_out(out)
        , m_memo(memo)
    { }

    void item(const Item &it);
    const QHash<QString, QSet<Field>> &missingColumns() const { return m_missingColumns; }
    void finish();
    // A required column that no row of a domain fills (a file without 公开层级) is one finding
    // for the domain - or for the file when every domain lacks it - not one error per row.
    void findMissingColumns(const QList<Item> &items);
    void reserve(qsizetype n) { m_seen.reserve(n); }

private:
    // Codes and field keys are shared strings (implicit sharing): a run over 100k items makes
    // no allocation for them.
    const QString &code(const char *c)
    {
        auto it = m_codes.find(c);
        if (it == m_codes.end())
            it = m_codes.insert(c, QString::fromLatin1(c));
        return it.value();
    }
    static const QString &fieldKey(Field field)
    {
        static const QList<QString> keys = [] {
            QList<QString> k;
            for (const FieldInfo &fi : ItemFields::all())
                k.append(QString::fromLatin1(fi.key));
            return k;
        }();
        return keys.at(static_cast<int>(field));
    }
    void add(Finding::Severity severity, const char *c, const Item &it, Field field, const QString &message)
    {
        m_out->append(Finding { severity, code(c), it.id, it.domain, it.level1, it.level2, fieldKey(field),
                                message });
    }
    void addGeneral(Finding::Severity severity, const char *c, const Item &it, const QString &message)
    {
        m_out->append(
                Finding { severity, code(c), it.id, it.domain, it.level1, it.level2, QString(), message });
    }
    bool required(Field field) const
    {
        return m_standard ? m_standard->isRequired(field) : ItemFields::info(field).required;
    }
    const Deadline &deadline(const QString &text) { return m_deadlines.get(text, DeadlineParser::parse); }
    const QString &contentKey(const QString &content)
    {
        return m_contentKeys.get(content, [](const QString &c) { return TextNormalizer::matchKey(c); });
    }
    OwnerTiers owner(const QString &text) { return m_owners.get(text, classifyOwner); }
    // The required columns no row of the item's domain fills (findMissingColumns).
    const QSet<Field> &missingColumns(const QString &domain)
    {
        return m_missingByDomain.get(
                domain, [this](const QString &d) { return m_missingColumns.value(Standard::domainKey(d)); });
    }

    // The findings about the item alone (required fields, vocabularies, deadline, owner …).
    void ownChecks(const Item &it, QStringList *methods, QStringList *audience);
    // Identity (duplicates, numbers), then the standard: what depends on the other items.
    void identity(const Item &it, CheckMemo::Entry &e);
    void standard(const Item &it, CheckMemo::Entry &e);
    void checkRequired(const Item &it);
    QStringList checkVocabulary(const Item &it, Field field, const QStringList &values);
    void checkDeadline(const Item &it, bool proactive);
    void checkLevelOwner(const Item &it, const QStringList &levels);
    void checkAgainstStandard(const Item &it, const StandardItem &s, const QStringList &methods,
                              const QStringList &audience);

    const Standard *m_standard;
    QList<Finding> *m_out;
    CheckMemo *m_memo;
    TextMemo<Deadline> m_deadlines;
    TextMemo<OwnerTiers> m_owners;
    TextMemo<QString> m_contentKeys; // content -> its match key (duplicates)
    TextMemo<QString> m_placeholders; // content -> what it amounts to if a placeholder
    QHash<QString, const Item *> m_seen; // duplicate key -> first item
    QHash<QString, QString> m_domains; // domain key -> domain as first written (catalogue order)
    QStringList m_domainOrder;
    QSet<const StandardItem *> m_covered;
    QHash<const void *, QString> m_codes;
    QHash<QString, QSet<Field>> m_missingColumns; // domain key -> required fields no row fills
    TextMemo<QSet<Field>> m_missingByDomain; // the same by domain as written (filled after them)
    QString m_localItemMessage; // the same for every local item: built once
    DuplicateSeqRule m_duplicateSeq;
};

void Run::checkRequired(const Item &it)
{
    // Direct member access, not Item::value(): this runs for every field of every item.
    static const QList<QPair<Field, const QString Item::*>> texts
            = { { Field::Domain, &Item::domain },        { Field::Level1, &Item::level1 },
                { Field::Level2, &Item::level2 },        { Field::Level3, &Item::level3 },
                { Field::Content, &Item::content },      { Field::Basis, &Item::basis },
                { Field::Deadline, &Item::deadline },    { Field::Owner, &Item::owner },
                { Field::Department, &Item::department } };
    static const QList<QPair<Field, const QStringList Item::*>> sets = { { Field::Channels, &Item::channels },
                                                                         { Field::Audience, &Item::audience },
                                                                         { Field::Method, &Item::method },
                                                                         { Field::Level, &Item::level },
                                                                         { Field::Stages, &Item::stages } };
    // A withheld (negative-list) item is named, not published: it needs no channels etc.
    const QSet<Field> &missing = missingColumns(it.domain);
    auto applies = [&](Field f) {
        return required(f) && !missing.contains(f)
                && (!it.withheld || f == Field::Domain || f == Field::Level1 || f == Field::Level2);
    };
    for (const auto &[f, member] : texts) {
        if (applies(f) && isBlank(it.*member))
            add(Finding::Severity::Error, "required-missing", it, f,
                Checker::tr("%1 is empty. Fill it in.").arg(ItemFields::label(f)));
    }
    for (const auto &[f, member] : sets) {
        if (!applies(f))
            continue;
        bool any = false;
        for (const QString &v : it.*member)
            any = any || !isBlank(v);
        if (!any)
            add(Finding::Severity::Error, "required-missing", it, f,
                Checker::tr("%1: nothing is ticked. Tick at least one.").arg(ItemFields::label(f)));
    }
}

// Returns the canonical values (aliases mapped) for the later checks.
QStringList Run::checkVocabulary(const Item &it, Field field, const QStringList &values)
{
    const Vocabulary *voc = m_standard ? m_standard->vocabulary(field) : nullptr;
    if (!voc)
        return values;
    QStringList canonical;
    canonical.reserve(values.size());
    for (const QString &v : values) {
        if (isBlank(v))
            continue;
        const Vocabulary::Lookup l = voc->lookup(v);
        switch (l.match) {
        case Vocabulary::Match::Canonical: canonical.append(l.canonical); break;
        case Vocabulary::Match::Alias:
            canonical.append(l.canonical);
            add(Finding::Severity::Warning, "vocabulary-alias", it, field,
                Checker::tr("%1: \"%2\" is written \"%3\" in the standard. Change it to \"%3\".")
                        .arg(ItemFields::label(field), v.trimmed(), l.canonical));
            break;
        case Vocabulary::Match::Other:
            canonical.append(l.canonical);
            add(Finding::Severity::Info, "channel-other", it, field,
                l.otherText.isEmpty()
                        ? Checker::tr("%1: \"%2\" is ticked without saying which. Name the channel.")
                                  .arg(ItemFields::label(field), l.canonical)
                        : Checker::tr("%1: other channel \"%2\".")
                                  .arg(ItemFields::label(field), l.otherText));
            break;
        case Vocabulary::Match::Unknown:
            if (!voc->otherValue().isEmpty()) {
                add(Finding::Severity::Error, "vocabulary-unknown", it, field,
                    Checker::tr("%1: \"%2\" is not one of the %3 values of the standard. Choose one of them, "
                                "or write "
                                "a local channel as \"%4: %2\".")
                            .arg(ItemFields::label(field), v.trimmed())
                            .arg(voc->values().size())
                            .arg(voc->otherValue()));
            } else {
                add(Finding::Severity::Error, "vocabulary-unknown", it, field,
                    Checker::tr("%1: \"%2\" is not a value of the standard. Use one of: %3.")
                            .arg(ItemFields::label(field), v.trimmed(),
                                 voc->values().join(QStringLiteral("、"))));
            }
            break;
        }
    }
    return canonical;
}

void Run::checkDeadline(const Item &it, bool proactive)
{
    if (isBlank(it.deadline))
        return; // required-missing already says so
    const QString text = it.deadline.trimmed();
    const Deadline &d = deadline(it.deadline);
    switch (d.kind) {
    case Deadline::Kind::Unreadable:
        add(Finding::Severity::Warning, "deadline-unreadable", it, Field::Deadline,
            Checker::tr(
                    "%1 \"%2\" does not say within how many days the information is published. Write it like "
                    "\"信息形成或者变更之日起20个工作日内\".")
                    .arg(ItemFields::label(Field::Deadline), text));
        return;
    case Deadline::Kind::LongTerm:
    case Deadline::Kind::DisplayOnly:
        add(Finding::Severity::Warning, "deadline-no-limit", it, Field::Deadline,
            Checker::tr("%1 \"%2\" says how long the information stays public, not how soon it is published. "
                        "Add the "
                        "deadline, e.g. \"信息形成或者变更之日起20个工作日内\".")
                    .arg(ItemFields::label(Field::Deadline), text));
        return;
    default: break;
    }
    const StandardRule limit = m_standard
            ? m_standard->maxWorkingDays()
            : StandardRule { 20, QStringLiteral("《中华人民共和国政府信息公开条例》第二十六条"), false };
    if (!proactive || !d.hasSpan() || limit.value <= 0 || d.workingDays <= limit.value)
        return;
    const QString law = otherLegalBasis(it.basis, it.deadline);
    const QString basis = limit.basis.isEmpty() ? Checker::tr("the rules") : limit.basis;
    if (!law.isEmpty()) {
        add(Finding::Severity::Warning, "deadline-exceeds-limit", it, Field::Deadline,
            Checker::tr("%1 allows %2; %3 allows at most %4 working days for proactive disclosure. Check "
                        "that %5 sets "
                        "this longer deadline.")
                    .arg(ItemFields::label(Field::Deadline), describeSpan(d), basis)
                    .arg(limit.value)
                    .arg(law));
        return;
    }
    add(limit.inferred ? Finding::Severity::Warning : Finding::Severity::Error, "deadline-exceeds-limit", it,
        Field::Deadline,
        Checker::tr("%1 allows %2; %3 allows at most %4 working days for proactive disclosure. Shorten it, "
                    "or cite in "
                    "%5 the law or regulation that sets the longer deadline.")
                .arg(ItemFields::label(Field::Deadline), describeSpan(d), basis)
                .arg(limit.value)
                .arg(ItemFields::label(Field::Basis)));
}

void Run::checkLevelOwner(const Item &it, const QStringList &levels)
{
    if (isBlank(it.owner) || levels.isEmpty())
        return;
    const bool county = levels.contains(kCounty), township = levels.contains(kTownship);
    if (county == township)
        return; // both (the county body publishes at both levels, as the guides do) or neither
    const OwnerTiers o = owner(it.owner);
    // Ticked at one tier only, while 公开主体 names bodies of the other tier only.
    if (township ? !(o.county && !o.township) : !(o.township && !o.county))
        return;
    const QString message = township
            ? Checker::tr("%1 is %2 only, but %3 names only a county body (%4). Tick %5 too, or name the "
                          "township body.")
            : Checker::tr("%1 is %2 only, but %3 names only a township body (%4). Tick %5 too, or name the "
                          "county body.");
    add(Finding::Severity::Warning, "level-owner-mismatch", it, Field::Level,
        message.arg(ItemFields::label(Field::Level), township ? kTownship : kCounty,
                    ItemFields::label(Field::Owner), it.owner.trimmed(), township ? kCounty : kTownship));
}

void Run::checkAgainstStandard(const Item &it, const StandardItem &s, const QStringList &methods,
                               const QStringList &audience)
{
    auto severity
            = [&](Field f) { return s.isInferred(f) ? Finding::Severity::Info : Finding::Severity::Warning; };
    auto inferredNote = [&](Field f) {
        return s.isInferred(f) ? QStringLiteral(" ")
                        + Checker::tr("(The standard's value is inferred, not read in the "
                                      "published guide: check it.)")
                               : QString();
    };
    if (s.method.contains(kProactive) && !methods.isEmpty() && !methods.contains(kProactive)) {
        add(severity(Field::Method), "weaker-than-standard", it, Field::Method,
            Checker::tr("The standard discloses this item %1 (%2); the catalogue only %3.")
                            .arg(kProactive, ItemFields::label(Field::Method),
                                 methods.join(QStringLiteral("、")))
                    + inferredNote(Field::Method));
    }
    if (s.audience.contains(kPublic) && !audience.isEmpty() && !audience.contains(kPublic)) {
        add(severity(Field::Audience), "weaker-than-standard", it, Field::Audience,
            Checker::tr("The standard discloses this item to %1 (%2); the catalogue only to %3.")
                            .arg(kPublic, ItemFields::label(Field::Audience),
                                 audience.join(QStringLiteral("、")))
                    + inferredNote(Field::Audience));
    }
    if (!isBlank(it.deadline) && !s.deadline.isEmpty()) {
        const Deadline mine = deadline(it.deadline);
        const Deadline theirs = deadline(s.deadline);
        if (mine.hasSpan() && theirs.hasSpan() && mine.workingDays > theirs.workingDays) {
            add(severity(Field::Deadline), "weaker-than-standard", it, Field::Deadline,
                Checker::tr("%1 allows %2; the standard \"%3\" allows %4. Use the standard's deadline.")
                                .arg(ItemFields::label(Field::Deadline), describeSpan(mine), s.deadline,
                                     describeSpan(theirs))
                        + inferredNote(Field::Deadline));
        }
    }
}

void Run::ownChecks(const Item &it, QStringList *methodsOut, QStringList *audienceOut)
{
    checkRequired(it);
    if (it.withheld && isBlank(it.withheldBasis)) {
        add(Finding::Severity::Error, "withheld-without-basis", it, Field::WithheldBasis,
            Checker::tr(
                    "Marked %1 without a legal basis. Cite the article (e.g. 条例 Art. 14, 15 or 16) in %2.")
                    .arg(ItemFields::label(Field::Withheld), ItemFields::label(Field::WithheldBasis)));
    }

    const QStringList methods = checkVocabulary(it, Field::Method, it.method);
    const QStringList audience = checkVocabulary(it, Field::Audience, it.audience);
    const QStringList levels = checkVocabulary(it, Field::Level, it.level);
    checkVocabulary(it, Field::Channels, it.channels);
    checkVocabulary(it, Field::Stages, it.stages);

    if (!it.withheld) {
        if (audience.contains(kGroup) && isBlank(it.audienceNote)) {
            add(Finding::Severity::Warning, "audience-note-missing", it, Field::AudienceNote,
                Checker::tr("%1 is ticked but the group is not named. Say which group in %2.")
                        .arg(kGroup, ItemFields::label(Field::AudienceNote)));
        }
        checkDeadline(it, methods.contains(kProactive));
        checkLevelOwner(it, levels);
    }
    PlaceholderContentRule::item(it, m_placeholders.get(it.content, PlaceholderContentRule::placeholder),
                                 m_out);
    *methodsOut = methods;
    *audienceOut = audience;
}

void Run::item(const Item &it)
{
    if (m_memo) {
        const auto known = m_memo->entries.find(it.id);
        if (known != m_memo->entries.end() && known->item == it) {
            // Unchanged since the last check: its own findings again, the rest worked out anew.
            m_out->append(known->own);
            identity(it, *known);
            return;
        }
        ++m_memo->examined;
    }
    CheckMemo::Entry e;
    const qsizetype start = m_out->size();
    ownChecks(it, &e.methods, &e.audience);
    if (m_memo) {
        e.item = it;
        e.own = m_out->mid(start);
    }
    // identity: (domain, level1, level2[, level3])
    e.named = !(isBlank(it.level1) && isBlank(it.level2));
    if (e.named) {
        e.domainKey = Standard::domainKey(it.domain);
        e.key = Standard::itemKey(e.domainKey, it.level1, it.level2);
        // Real catalogues list several content rows under one name (最低生活保障 with four rows,
        // each a different 公开内容): those are parts of one item, not duplicates. A duplicate is
        // the same name with the same content.
        e.duplicateKey = isBlank(it.level3) ? e.key : e.key + QChar(0x1F) + Standard::nameKey(it.level3);
        e.duplicateKey += QChar(0x1E) + contentKey(it.content);
    }
    identity(it, e);
    if (m_memo)
        m_memo->entries.insert(it.id, std::move(e));
}

void Run::identity(const Item &it, CheckMemo::Entry &e)
{
    if (!e.named)
        return;
    const QString &dk = e.domainKey;
    if (!dk.isEmpty() && !m_domains.contains(dk)) {
        m_domains.insert(dk, it.domain.trimmed());
        m_domainOrder.append(dk);
    }
    m_duplicateSeq.item(it, dk, e.key, m_out);
    // one hash look-up: operator[] inserts a null slot for a new key
    const qsizetype before = m_seen.size();
    const Item *&slot = m_seen[e.duplicateKey];
    if (m_seen.size() == before) {
        const Item *first = slot;
        add(Finding::Severity::Error, "duplicate-item", it, Field::Level2,
            Checker::tr("The same item with the same content as no. %1 (%2 / %3) in %4. Remove one of them.")
                    .arg(first->seq)
                    .arg(first->level1, first->level2, first->domain));
        return;
    }
    slot = &it;
    if (e.standardDone) { // remembered: the item and the standard are the same as then
        m_out->append(e.standardFindings);
        for (const StandardItem *s : std::as_const(e.covers))
            m_covered.insert(s);
        return;
    }
    const qsizetype start = m_out->size();
    standard(it, e);
    if (m_memo) {
        e.standardFindings = m_out->mid(start);
        e.standardDone = true;
    }
}

void Run::standard(const Item &it, CheckMemo::Entry &e)
{
    const QString &dk = e.domainKey;
    const QString &key = e.key;
    const QStringList &methods = e.methods;
    const QStringList &audience = e.audience;

    if (!m_standard || !m_standard->coversDomainKey(dk))
        return;
    const StandardItem *s = m_standard->findItemByKey(key);
    if (!s && isBlank(it.level2)) {
        // A row named at level 1 only (many-area tables: 一级 社会救助, 二级 最低生活保障 become
        // 最低生活保障 with no 二级事项) covers the standard's rows under that name.
        const QString l1 = Standard::nameKey(it.level1);
        bool any = false;
        for (const StandardItem *candidate : m_standard->items(it.domain)) {
            if (Standard::nameKey(candidate->level1) == l1) {
                m_covered.insert(candidate);
                e.covers.append(candidate);
                any = true;
            }
        }
        if (any)
            return;
    }
    if (!s) {
        if (m_localItemMessage.isEmpty())
            m_localItemMessage
                    = Checker::tr("Not in the standard %1: a local item. Fine if your office added it "
                                  "on purpose.")
                              .arg(m_standard->title());
        addGeneral(Finding::Severity::Info, "local-item", it, m_localItemMessage);
        return;
    }
    m_covered.insert(s);
    e.covers.append(s);
    if (it.withheld) {
        add(Finding::Severity::Warning, "withheld-standard-item", it, Field::Withheld,
            Checker::tr("The standard lists this item for disclosure, but it is marked %1. Check that the "
                        "whole item, "
                        "not just some records, must be withheld.")
                    .arg(ItemFields::label(Field::Withheld)));
        return;
    }
    checkAgainstStandard(it, *s, methods, audience);
}

void Run::finish()
{
    if (!m_standard)
        return;
    for (const QString &dk : std::as_const(m_domainOrder)) {
        const QString domain = m_domains.value(dk);
        if (!m_standard->coversDomain(domain)) {
            m_out->append(Finding {
                    Finding::Severity::Info, QStringLiteral("domain-not-in-standard"), 0, domain, QString(),
                    QString(), QString(),
                    Checker::tr("The standard %1 has no items for the domain %2: its items were checked "
                                "for form only.")
                            .arg(m_standard->title(), domain) });
            continue;
        }
        for (const StandardItem *s : m_standard->items(domain)) {
            if (m_covered.contains(s))
                continue;
            QString message
                    = Checker::tr(
                              "The standard %1 lists \"%2 / %3\" (no. %4), but the catalogue does not have "
                              "it. Add it.")
                              .arg(m_standard->title(), s->level1, s->level2)
                              .arg(s->seq);
            if (s->inferred)
                message += QLatin1Char(' ')
                        + Checker::tr("(This row of the standard is inferred, not read in the published "
                                      "guide: check "
                                      "it.)");
            m_out->append(Finding { s->inferred ? Finding::Severity::Warning : Finding::Severity::Error,
                                    QStringLiteral("standard-item-missing"), 0, s->domain, s->level1,
                                    s->level2, QString(), message });
        }
    }
}

} // namespace

void Run::findMissingColumns(const QList<Item> &items)
{
    // Direct member access (no QVariant): this runs over every item of a 100,000-item file.
    static const QList<QPair<Field, const QString Item::*>> texts
            = { { Field::Level2, &Item::level2 }, { Field::Content, &Item::content },
                { Field::Basis, &Item::basis },   { Field::Deadline, &Item::deadline },
                { Field::Owner, &Item::owner },   { Field::Department, &Item::department } };
    static const QList<QPair<Field, const QStringList Item::*>> sets = { { Field::Channels, &Item::channels },
                                                                         { Field::Audience, &Item::audience },
                                                                         { Field::Method, &Item::method },
                                                                         { Field::Level, &Item::level },
                                                                         { Field::Stages, &Item::stages } };
    QList<Field> candidates;
    for (const auto &entry : texts)
        candidates.append(entry.first);
    for (const auto &entry : sets)
        candidates.append(entry.first);
    struct Tally
    {
        QString domain;
        int rows = 0;
        QHash<Field, int> filled;
    };
    QHash<QString, Tally> byDomain;
    QStringList order;
    QString lastDomain, lastKey;
    for (const Item &it : items) {
        if (it.withheld)
            continue;
        if (it.domain != lastDomain || lastKey.isNull()) {
            lastDomain = it.domain;
            lastKey = Standard::domainKey(it.domain);
        }
        auto slot = byDomain.find(lastKey);
        if (slot == byDomain.end()) {
            slot = byDomain.insert(lastKey, Tally { it.domain.trimmed(), 0, {} });
            order.append(lastKey);
        }
        ++slot->rows;
        // Only fields not yet seen filled are looked at: after the first rows, almost nothing.
        for (const auto &[f, member] : texts) {
            if (!slot->filled.contains(f) && !isBlank(it.*member))
                slot->filled.insert(f, 1);
        }
        for (const auto &[f, member] : sets) {
            if (slot->filled.contains(f))
                continue;
            for (const QString &v : it.*member) {
                if (!isBlank(v)) {
                    slot->filled.insert(f, 1);
                    break;
                }
            }
        }
    }
    // A field no row of the whole file fills (a many-area table has one or two rows per area):
    // one finding for the file. Else per domain of at least two rows.
    int totalRows = 0;
    for (const Tally &t : std::as_const(byDomain))
        totalRows += t.rows;
    QHash<Field, QStringList> lackingDomains;
    for (Field f : candidates) {
        if (!required(f) || totalRows < 2)
            continue;
        const bool nowhere = std::none_of(byDomain.cbegin(), byDomain.cend(),
                                          [f](const Tally &t) { return t.filled.contains(f); });
        if (!nowhere)
            continue;
        for (const QString &dk : std::as_const(order)) {
            m_missingColumns[dk].insert(f);
            lackingDomains[f].append(dk);
        }
    }
    for (const QString &dk : std::as_const(order)) {
        const Tally &t = byDomain.value(dk);
        if (t.rows < 2)
            continue; // one empty cell is that row's error, not a missing column
        for (Field f : candidates) {
            if (required(f) && !t.filled.contains(f) && !m_missingColumns.value(dk).contains(f)) {
                m_missingColumns[dk].insert(f);
                lackingDomains[f].append(dk);
            }
        }
    }
    for (Field f : candidates) {
        const QStringList domains = lackingDomains.value(f);
        if (domains.isEmpty())
            continue;
        // Rows named at one level only (many-area tables) are a way of writing, not missing data.
        const Finding::Severity severity
                = f == Field::Level2 ? Finding::Severity::Warning : Finding::Severity::Error;
        const bool wholeFile = domains.size() == order.size() && order.size() > 1;
        const QStringList targets = wholeFile ? QStringList { QString() } : domains;
        for (const QString &dk : targets) {
            const QString domain = dk.isEmpty() ? QString() : byDomain.value(dk).domain;
            const QString where = dk.isEmpty() ? Checker::tr("the catalogue") : domain;
            const QString message = f == Field::Level2
                    ? Checker::tr("No row of %1 fills %2: the items are named at one level only, as tables "
                                  "of several areas write them. Add the %2 where the standard has one.")
                              .arg(where, ItemFields::label(f))
                    : Checker::tr("No row of %1 fills %2: the column is missing. Fill it for all items at "
                                  "once (from the standard, or one value for all).")
                              .arg(where, ItemFields::label(f));
            m_out->append(Finding { severity, code("column-missing"), 0, domain, QString(), QString(),
                                    fieldKey(f), message });
        }
    }
}

Checker::Checker(const Standard *standard)
    : m_standard(standard)
{ }

QList<Finding> Checker::check(const QList<Item> &items) const
{
    return check(items, nullptr);
}

QList<Finding> Checker::check(const QList<Item> &items, CheckMemo *memo) const
{
    QList<Finding> findings;
    findings.reserve(items.size() + 64);
    Run run(m_standard, &findings, memo);
    run.reserve(items.size());
    run.findMissingColumns(items);
    if (memo) {
        // Remembered findings assume the same standard and the same columns missing.
        if (memo->standard != m_standard || memo->missingColumns != run.missingColumns()) {
            memo->entries.clear();
            memo->standard = m_standard;
            memo->missingColumns = run.missingColumns();
        }
        memo->examined = 0;
    }
    for (const Item &it : items)
        run.item(it);
    if (memo && memo->entries.size() > items.size()) { // items removed: forget them
        QSet<qint64> ids;
        ids.reserve(items.size());
        for (const Item &it : items)
            ids.insert(it.id);
        memo->entries.removeIf([&ids](const auto &entry) { return !ids.contains(entry.key()); });
    }
    run.finish();
    StagesRule::check(items, &findings); // 五公开 coverage, its own file
    return findings;
}

QStringList Checker::codes()
{
    const QStringList own
            = { QStringLiteral("required-missing"),       QStringLiteral("vocabulary-unknown"),
                QStringLiteral("vocabulary-alias"),       QStringLiteral("channel-other"),
                QStringLiteral("deadline-exceeds-limit"), QStringLiteral("deadline-unreadable"),
                QStringLiteral("deadline-no-limit"),      QStringLiteral("level-owner-mismatch"),
                QStringLiteral("audience-note-missing"),  QStringLiteral("duplicate-item"),
                QStringLiteral("standard-item-missing"),  QStringLiteral("local-item"),
                QStringLiteral("weaker-than-standard"),   QStringLiteral("withheld-without-basis"),
                QStringLiteral("withheld-standard-item"), QStringLiteral("domain-not-in-standard"),
                QStringLiteral("column-missing"),         QStringLiteral("duplicate-seq"),
                QStringLiteral("content-placeholder") };
    return own + StagesRule::codes(); // the 五公开 rule lives in its own file
}

} // namespace gkml
