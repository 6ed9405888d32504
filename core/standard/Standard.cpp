#include "Standard.h"

#include "util/TextNormalizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gkml {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return Standard::tr("true/false");
    case QJsonValue::Double: return Standard::tr("a number");
    case QJsonValue::String: return Standard::tr("text");
    case QJsonValue::Array: return Standard::tr("a list");
    case QJsonValue::Object: return Standard::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return Standard::tr("nothing");
}

// Reads the standard's JSON and remembers the first problem with the key path where it is.
class Reader
{
public:
    QString error; // "items[3].level2: expected text, found a number"

    bool ok() const { return error.isEmpty(); }
    void fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = path.isEmpty() ? what : QStringLiteral("%1: %2").arg(path, what);
    }
    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    QString text(const QJsonObject &o, const QString &path, const QString &key, bool required,
                 bool acceptNumber = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(join(path, key), Standard::tr("this key is required"));
            return QString();
        }
        if (acceptNumber && v.isDouble()) // "version": 2019
            return QString::number(v.toDouble());
        if (!v.isString()) {
            fail(join(path, key), Standard::tr("expected text, found %1").arg(typeName(v)));
            return QString();
        }
        const QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            fail(join(path, key), Standard::tr("must not be empty"));
        return s;
    }

    // A list of texts; a single text is accepted as a one-element list (for "content").
    QStringList list(const QJsonObject &o, const QString &path, const QString &key, bool acceptText = false)
    {
        if (const QJsonValue v = o.value(key); acceptText && v.isString())
            return { v.toString() };
        QStringList out;
        const QJsonArray a = array(o, path, key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                fail(QStringLiteral("%1[%2]").arg(join(path, key)).arg(i),
                     Standard::tr("expected text, found %1").arg(typeName(a.at(i))));
                return {};
            }
            out.append(a.at(i).toString().trimmed());
        }
        return out;
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key)
    {
        return typed(o, path, key, QJsonValue::Object,
                     QT_TRANSLATE_NOOP("Standard", "expected an object, found %1"))
                .toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key)
    {
        return typed(o, path, key, QJsonValue::Array,
                     QT_TRANSLATE_NOOP("Standard", "expected a list, found %1"))
                .toArray();
    }

    // A value that must be an object, found at `path` ("items[3]"); empty, and the problem
    // noted, when it is something else.
    QJsonObject asObject(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, Standard::tr("expected an object, found %1").arg(typeName(v)));
        return v.toObject();
    }

    // The value of an optional key when it has the wanted type; nothing when the key is absent or
    // null; `expected` (a Standard message taking the type found) noted when it has another type.
    QJsonValue typed(const QJsonObject &o, const QString &path, const QString &key, QJsonValue::Type type,
                     const char *expected)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (v.type() != type) {
            fail(join(path, key), Standard::tr(expected).arg(typeName(v)));
            return {};
        }
        return v;
    }

    std::optional<Field> fieldKey(const QString &key, const QString &path)
    {
        const auto f = ItemFields::fromKey(key);
        if (!f)
            fail(path, Standard::tr("\"%1\" is not a field key (see docs/checker.md)").arg(key));
        return f;
    }
};

bool isInferredText(const QString &provenance)
{
    return provenance.startsWith(QLatin1String("inferred"), Qt::CaseInsensitive);
}

// Line and column (1-based) of a byte offset, for parse errors a person can find in an editor.
QPair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, data.size());
    const QByteArray before = data.left(offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return { line, column };
}

const QList<Field> &setFields()
{
    static const QList<Field> fields
            = { Field::Channels, Field::Audience, Field::Method, Field::Level, Field::Stages };
    return fields;
}

} // namespace

std::unique_ptr<Standard> Standard::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Standard::tr("Cannot read the standard file %1: %2").arg(path, file.errorString());
        return nullptr;
    }
    return fromJson(file.readAll(), path, error);
}

std::unique_ptr<Standard> Standard::fromJson(const QByteArray &rawData, const QString &origin, QString *error)
{
    auto failWith = [&](const QString &message) {
        if (error)
            *error = Standard::tr("Standard file %1: %2").arg(origin, message);
        return nullptr;
    };
    QByteArray data = rawData;
    if (data.startsWith("\xEF\xBB\xBF")) // Notepad on Windows writes a BOM
        data.remove(0, 3);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, pe.offset);
        return failWith(Standard::tr("not valid JSON at line %1, column %2 (byte offset %3): %4")
                                .arg(line)
                                .arg(column)
                                .arg(pe.offset)
                                .arg(pe.errorString()));
    }
    if (!doc.isObject())
        return failWith(Standard::tr("the file must hold one JSON object {...}"));
    const QJsonObject root = doc.object();
    Reader r;
    std::unique_ptr<Standard> s(new Standard);
    s->m_origin = origin;

    const QString format = r.text(root, QString(), QStringLiteral("format"), false);
    if (!format.isEmpty() && format != QLatin1String("gkml-standard"))
        r.fail(QStringLiteral("format"),
               Standard::tr("expected \"gkml-standard\", found \"%1\"").arg(format));
    const int formatVersion = root.value(QStringLiteral("formatVersion")).toInt(1);
    if (formatVersion > 1)
        r.fail(QStringLiteral("formatVersion"),
               Standard::tr("the file is written for a newer GKML (format version %1); update GKML")
                       .arg(formatVersion));
    s->m_id = r.text(root, QString(), QStringLiteral("id"), true);
    if (s->m_id.contains(QLatin1Char(' ')) || s->m_id.contains(QLatin1Char('@')))
        r.fail(QStringLiteral("id"), Standard::tr("must not contain spaces or \"@\""));
    s->m_version = r.text(root, QString(), QStringLiteral("version"), true, true);
    s->m_title = r.text(root, QString(), QStringLiteral("title"), true);
    s->m_issuer = r.text(root, QString(), QStringLiteral("issuer"), false);
    s->m_document = r.text(root, QString(), QStringLiteral("document"), false);
    s->m_provenance = r.text(root, QString(), QStringLiteral("provenance"), false);
    s->m_sources = r.list(root, QString(), QStringLiteral("sources"));
    s->m_includes = r.list(root, QString(), QStringLiteral("includes"));
    s->m_domains = r.list(root, QString(), QStringLiteral("domains"));
    // abbreviations: {"低保": ["最低生活保障"], ...}, the short names clerks search by
    const QJsonObject abbreviations = r.object(root, QString(), QStringLiteral("abbreviations"));
    for (auto it = abbreviations.begin(); it != abbreviations.end() && r.ok(); ++it)
        s->m_abbreviations.insert(it.key(), r.list(abbreviations, QStringLiteral("abbreviations"), it.key()));

    // columns
    const QJsonArray columns = r.array(root, QString(), QStringLiteral("columns"));
    for (qsizetype i = 0; i < columns.size() && r.ok(); ++i) {
        const QString path = QStringLiteral("columns[%1]").arg(i);
        const QJsonObject c = r.asObject(columns.at(i), path);
        if (!r.ok())
            break;
        const QString key = r.text(c, path, QStringLiteral("key"), true);
        const auto field = r.ok() ? r.fieldKey(key, path + QStringLiteral(".key")) : std::nullopt;
        if (!field)
            break;
        StandardColumn col;
        col.field = *field;
        col.label = r.text(c, path, QStringLiteral("label"), true);
        col.aliases = r.list(c, path, QStringLiteral("aliases"));
        col.required = c.value(QStringLiteral("required")).toBool(ItemFields::info(*field).required);
        col.provenance = r.text(c, path, QStringLiteral("provenance"), false);
        s->m_columns.append(col);
    }

    // vocabularies
    const QJsonObject vocabularies = r.object(root, QString(), QStringLiteral("vocabularies"));
    for (auto it = vocabularies.begin(); it != vocabularies.end() && r.ok(); ++it) {
        const QString path = QStringLiteral("vocabularies.") + it.key();
        const auto field = r.fieldKey(it.key(), path);
        if (!field)
            break;
        if (!setFields().contains(*field)) {
            r.fail(path,
                   Standard::tr(
                           "only set fields (channels, audience, method, level, stages) have a vocabulary"));
            break;
        }
        const QJsonObject v = r.asObject(it.value(), path);
        if (!r.ok())
            break;
        const QStringList values = r.list(v, path, QStringLiteral("values"));
        if (r.ok() && values.isEmpty())
            r.fail(path + QStringLiteral(".values"), Standard::tr("must list at least one value"));
        const QString other = r.text(v, path, QStringLiteral("other"), false);
        if (r.ok() && !other.isEmpty() && !values.contains(other))
            r.fail(path + QStringLiteral(".other"),
                   Standard::tr("\"%1\" must also be one of the values").arg(other));
        QHash<QString, QString> aliases;
        const QJsonObject a = r.object(v, path, QStringLiteral("aliases"));
        for (auto ai = a.begin(); ai != a.end() && r.ok(); ++ai) {
            const QString aliasPath = path + QStringLiteral(".aliases.") + ai.key();
            if (!ai.value().isString())
                r.fail(aliasPath, Standard::tr("expected text, found %1").arg(typeName(ai.value())));
            else if (!values.contains(ai.value().toString()))
                r.fail(aliasPath, Standard::tr("\"%1\" is not one of the values").arg(ai.value().toString()));
            else
                aliases.insert(ai.key(), ai.value().toString());
        }
        const QStringList knownOther = r.list(v, path, QStringLiteral("knownOther"));
        const QString prov = r.text(v, path, QStringLiteral("provenance"), false);
        if (r.ok())
            s->m_vocabularies.append(Vocabulary(*field, values, other, aliases, knownOther, prov));
    }

    // rules
    const QJsonObject rules = r.object(root, QString(), QStringLiteral("rules"));
    if (rules.contains(QStringLiteral("maxWorkingDays"))) {
        const QString path = QStringLiteral("rules.maxWorkingDays");
        const QJsonObject m = r.object(rules, QStringLiteral("rules"), QStringLiteral("maxWorkingDays"));
        const QJsonValue value = m.value(QStringLiteral("value"));
        if (r.ok() && (!value.isDouble() || value.toInt() <= 0))
            r.fail(path + QStringLiteral(".value"),
                   Standard::tr("expected a whole number of working days above 0"));
        s->m_maxWorkingDays.value = value.toInt();
        s->m_maxWorkingDays.basis = r.text(m, path, QStringLiteral("basis"), false);
        s->m_maxWorkingDays.inferred = isInferredText(r.text(m, path, QStringLiteral("provenance"), false));
    }

    // items
    const QJsonArray items = r.array(root, QString(), QStringLiteral("items"));
    for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        const QJsonObject o = r.asObject(items.at(i), path);
        if (!r.ok())
            break;
        StandardItem it;
        // A one-domain file may leave the domain out of its items.
        it.domain = r.text(o, path, QStringLiteral("domain"), s->m_domains.size() != 1);
        if (it.domain.isEmpty() && s->m_domains.size() == 1)
            it.domain = s->m_domains.first();
        it.seq = o.value(QStringLiteral("seq")).toInt(int(i) + 1);
        it.level1 = r.text(o, path, QStringLiteral("level1"), true);
        it.level2 = r.text(o, path, QStringLiteral("level2"), true);
        it.content = r.list(o, path, QStringLiteral("content"), true);
        it.basis = r.text(o, path, QStringLiteral("basis"), false);
        it.deadline = r.text(o, path, QStringLiteral("deadline"), false);
        it.owner = r.text(o, path, QStringLiteral("owner"), false);
        it.channels = r.list(o, path, QStringLiteral("channels"));
        it.audience = r.list(o, path, QStringLiteral("audience"));
        it.method = r.list(o, path, QStringLiteral("method"));
        it.level = r.list(o, path, QStringLiteral("level"));
        it.inferred = isInferredText(r.text(o, path, QStringLiteral("provenance"), false));
        for (const QString &key : r.list(o, path, QStringLiteral("inferred"))) {
            if (!r.fieldKey(key, path + QStringLiteral(".inferred")))
                break;
            it.inferredFields.insert(key);
        }
        const QJsonObject notes = r.object(o, path, QStringLiteral("notes"));
        for (auto ni = notes.begin(); ni != notes.end(); ++ni)
            it.notes.insert(ni.key(), ni.value().toString());
        it.sources = r.list(o, path, QStringLiteral("sources"));
        // Set values must be canonical: the standard is what catalogues are checked against.
        const QList<QPair<Field, const QStringList *>> sets = { { Field::Channels, &it.channels },
                                                                { Field::Audience, &it.audience },
                                                                { Field::Method, &it.method },
                                                                { Field::Level, &it.level } };
        for (const auto &[field, values] : sets) {
            const Vocabulary *voc = s->vocabulary(field);
            for (const QString &v : *values) {
                if (r.ok() && voc && voc->lookup(v).match != Vocabulary::Match::Canonical)
                    r.fail(path + QLatin1Char('.') + ItemFields::key(field),
                           Standard::tr("\"%1\" is not one of vocabularies.%2.values")
                                   .arg(v, ItemFields::key(field)));
            }
        }
        if (!r.ok())
            break;
        if (!s->m_domains.contains(it.domain))
            s->m_domains.append(it.domain);
        const QString key = itemKey(domainKey(it.domain), it.level1, it.level2);
        if (s->m_itemIndex.contains(key)) {
            r.fail(path,
                   Standard::tr("the same item (%1 / %2) as items[%3]")
                           .arg(it.level1, it.level2)
                           .arg(s->m_itemIndex.value(key)));
            break;
        }
        s->m_itemIndex.insert(key, int(s->m_items.size()));
        s->m_items.append(it);
    }
    if (r.ok() && s->m_items.isEmpty() && s->m_includes.isEmpty())
        r.fail(QStringLiteral("items"),
               Standard::tr("a standard needs items (or \"includes\" naming other standards)"));
    if (!r.ok())
        return failWith(r.error);
    s->buildIndex();
    return s;
}

std::unique_ptr<Standard> Standard::resolved(const QList<const Standard *> &parts) const
{
    std::unique_ptr<Standard> s(new Standard(*this));
    s->m_includes.clear();
    for (const Standard *p : parts) {
        if (s->m_columns.isEmpty())
            s->m_columns = p->m_columns;
        if (s->m_vocabularies.isEmpty())
            s->m_vocabularies = p->m_vocabularies;
        if (s->m_maxWorkingDays.value < 0)
            s->m_maxWorkingDays = p->m_maxWorkingDays;
        for (const StandardItem &item : p->m_items) {
            // index as we go (not buildIndex() per item: bundles of large standards stay linear)
            const QString key = itemKey(domainKey(item.domain), item.level1, item.level2);
            if (!s->m_itemIndex.contains(key)) {
                s->m_itemIndex.insert(key, int(s->m_items.size()));
                s->m_items.append(item);
            }
        }
        for (auto a = p->m_abbreviations.cbegin(); a != p->m_abbreviations.cend(); ++a) {
            for (const QString &full : a.value()) {
                if (!s->m_abbreviations.value(a.key()).contains(full))
                    s->m_abbreviations[a.key()].append(full);
            }
        }
        for (const QString &d : p->m_domains) {
            if (!s->m_domains.contains(d))
                s->m_domains.append(d);
        }
    }
    s->buildIndex();
    return s;
}

void Standard::buildIndex()
{
    m_itemIndex.clear();
    m_domainIndex.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        const StandardItem &it = m_items.at(i);
        const QString dk = domainKey(it.domain);
        m_itemIndex.insert(itemKey(dk, it.level1, it.level2), i);
        m_domainIndex[dk].append(i);
    }
    for (const QString &d : std::as_const(m_domains))
        m_domainIndex[domainKey(d)]; // a domain may be listed without items
}

const StandardColumn *Standard::column(Field field) const
{
    for (const StandardColumn &c : m_columns) {
        if (c.field == field)
            return &c;
    }
    return nullptr;
}

bool Standard::isRequired(Field field) const
{
    const StandardColumn *c = column(field);
    return c ? c->required : ItemFields::info(field).required;
}

const Vocabulary *Standard::vocabulary(Field field) const
{
    for (const Vocabulary &v : m_vocabularies) {
        if (v.field() == field)
            return &v;
    }
    return nullptr;
}

QList<const StandardItem *> Standard::items(const QString &domain) const
{
    QList<const StandardItem *> out;
    for (int i : m_domainIndex.value(domainKey(domain)))
        out.append(&m_items.at(i));
    return out;
}

bool Standard::coversDomain(const QString &domain) const
{
    return m_domainIndex.contains(domainKey(domain));
}

const StandardItem *Standard::findItem(const QString &domain, const QString &level1,
                                       const QString &level2) const
{
    const auto it = m_itemIndex.constFind(itemKey(domainKey(domain), level1, level2));
    return it == m_itemIndex.cend() ? nullptr : &m_items.at(it.value());
}

QString Standard::nameKey(const QString &name)
{
    // Same result as TextNormalizer::matchKey (NFKC, drop spaces/punctuation/symbols, lower
    // case), without NFKC for the characters names are made of: CJK ideographs, ASCII,
    // full-width ASCII (U+FF01..FF5E, which NFKC maps to ASCII) and CJK punctuation. Plain
    // names are their own key (implicit sharing: no allocation). Checking 100k items relies on it.
    bool plain = true;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= 0x4E00 && u <= 0x9FFF) || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))) {
            plain = false;
            break;
        }
    }
    if (plain)
        return name;
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            u -= 0xFEE0; // full-width ASCII
        if (u < 0x80) {
            if ((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z'))
                key.append(QChar(u));
            else if (u >= u'A' && u <= u'Z')
                key.append(QChar(char16_t(u + 32)));
            // other ASCII: spaces, punctuation, symbols, controls -> dropped
            else if (!(QChar(u).isSpace() || QChar(u).isPunct() || QChar(u).isSymbol()))
                return TextNormalizer::matchKey(name);
        } else if (u >= 0x4E00 && u <= 0x9FFF) {
            key.append(QChar(u));
        } else if (u >= 0x3000 && u <= 0x303F
                   && (QChar(u).isSpace() || QChar(u).isPunct() || QChar(u).isSymbol())) {
            continue; // 　、。〔〕《》「」...
        } else {
            return TextNormalizer::matchKey(name);
        }
    }
    return key;
}

const StandardItem *Standard::findItemByKey(const QString &key) const
{
    const auto it = m_itemIndex.constFind(key);
    return it == m_itemIndex.cend() ? nullptr : &m_items.at(it.value());
}

QString Standard::domainKey(const QString &domain)
{
    QString key = nameKey(domain);
    if (key.endsWith(u"领域") && key.size() > 2) // "社会救助领域" names the domain 社会救助
        key.chop(2);
    return key;
}

QString Standard::itemKey(const QString &domainKey, const QString &level1, const QString &level2)
{
    const QString k1 = nameKey(level1), k2 = nameKey(level2);
    QString key;
    key.reserve(domainKey.size() + k1.size() + k2.size() + 2); // one allocation per item
    key.append(domainKey).append(QChar(0x1F)).append(k1).append(QChar(0x1F)).append(k2);
    return key;
}

int Standard::compareVersions(const QString &a, const QString &b)
{
    auto numbers = [](const QString &v) {
        QList<long long> out;
        long long cur = -1;
        for (const QChar c : v) {
            if (c.isDigit()) {
                cur = qMin(qMax(cur, 0LL) * 10 + c.digitValue(), 1000000000000LL); // no overflow
            } else if (cur >= 0) {
                out.append(cur);
                cur = -1;
            }
        }
        if (cur >= 0)
            out.append(cur);
        return out;
    };
    const QList<long long> na = numbers(a), nb = numbers(b);
    for (qsizetype i = 0; i < qMax(na.size(), nb.size()); ++i) {
        const long long x = i < na.size() ? na.at(i) : 0, y = i < nb.size() ? nb.at(i) : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return QString::compare(a, b);
}

} // namespace gkml
