#!/bin/sh
# Refreshes translations/*.ts from the sources and fills them in.
#
#   scripts/update-translations.sh          lupdate over core/, ui/ and app/ into translations/*.ts
#                                           (-no-obsolete), then fill every unfinished entry: zh_CN
#                                           from translations/pending/*.tsv, else from the same
#                                           English text already translated in another context;
#                                           en with the source text. Exit 1 while entries remain
#                                           unfinished.
#   scripts/update-translations.sh --check  the .ts files are current: lupdate into a temporary
#                                           copy finds no new, unfinished or vanished entry
#                                           (run by CTest as tst_translations_current).
#
# pending/*.tsv: one line per string, Context<TAB>English source<TAB>Chinese, with a newline
# written as \n and a tab as \t. Helpers add lines there; this script moves them into the .ts.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[ -x "$LUPDATE" ] || LUPDATE=$(command -v lupdate6 || command -v lupdate || true)
if [ -z "$LUPDATE" ]; then
    echo "update-translations: lupdate not found (Debian: qt6-l10n-tools)" >&2
    exit 2
fi
MODE=${1:-update}
TS_DIR=$ROOT/translations
if [ "$MODE" = "--check" ]; then
    WORK=$(mktemp -d)
    trap 'rm -rf "$WORK"' EXIT
    cp "$TS_DIR"/*.ts "$WORK"/
    TS_DIR=$WORK
fi
cd "$ROOT"
"$LUPDATE" -silent -locations none $([ "$MODE" = "--check" ] || echo -no-obsolete) \
    core ui app -ts "$TS_DIR"/gkml_zh_CN.ts "$TS_DIR"/gkml_en.ts >/dev/null
status=0
python3 - "$MODE" "$TS_DIR" "$ROOT/translations" <<'PY' || status=$?
import glob, os, re, sys
import xml.etree.ElementTree as ET

mode, ts_dir, source_dir = sys.argv[1:4]

def unescape(s):
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t', '\\': '\\'}.get(m.group(1), m.group(0)), s)

pending = {}
pending_by_source = {}
for path in sorted(glob.glob(os.path.join(source_dir, 'pending', '*.tsv'))):
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        parts = line.split('\t')
        if len(parts) != 3:
            print(f'{path}:{n}: expected Context<TAB>English<TAB>Chinese', file=sys.stderr)
            sys.exit(2)
        pending[(parts[0], unescape(parts[1]))] = unescape(parts[2])
        # A string may have moved context since it was written down (gkml-cli -> Cli).
        pending_by_source.setdefault(unescape(parts[1]), unescape(parts[2]))

def english_forms(source):
    # "%n item(s)" -> "%n item", "%n items"
    return [source.replace('(s)', ''), source.replace('(s)', 's')]

total_left = 0
for ts in sorted(glob.glob(os.path.join(ts_dir, '*.ts'))):
    tree = ET.parse(ts)
    root = tree.getroot()
    lang = root.get('language', '')
    known = {}  # English source -> Chinese, from any context (a string that moved context)
    for ctx in root.iter('context'):
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            if tr is not None and tr.get('type') is None:
                forms = [f.text or '' for f in tr.findall('numerusform')]
                known.setdefault(msg.findtext('source'), forms if forms else (tr.text or ''))
    left, vanished, filled = [], 0, 0
    for ctx in root.iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.findall('message'):
            tr = msg.find('translation')
            kind = tr.get('type')
            if kind in ('vanished', 'obsolete'):
                vanished += 1
                if mode != '--check':
                    ctx.remove(msg)
                continue
            if kind != 'unfinished':
                continue
            source = msg.findtext('source')
            numerus = msg.get('numerus') == 'yes'
            if mode == '--check':
                left.append((name, source))
                continue
            if lang.startswith('en'):
                value = english_forms(source) if numerus else source
            elif (name, source) in pending:
                value = pending[(name, source)]
            elif source in known:
                value = known[source]
            elif source in pending_by_source:
                value = pending_by_source[source]
            else:
                left.append((name, source))
                continue
            for f in list(tr):
                tr.remove(f)
            if numerus:
                forms = value if isinstance(value, list) else [value]
                count = 2 if lang.startswith('en') else 1
                tr.text = None
                for i in range(count):
                    f = ET.SubElement(tr, 'numerusform')
                    f.text = forms[min(i, len(forms) - 1)]
            else:
                tr.text = value[0] if isinstance(value, list) else value
            del tr.attrib['type']
            filled += 1
    if mode != '--check':
        ET.indent(tree, space='    ')
        with open(ts, 'w', encoding='utf-8') as out:
            out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            out.write(ET.tostring(root, encoding='unicode'))
            out.write('\n')
    base = os.path.basename(ts)
    print(f'{base}: {filled} filled, {len(left)} unfinished, {vanished} vanished')
    for name, source in left[:40]:
        print(f'  unfinished: {name}\t{source!r}')
    total_left += len(left) + (vanished if mode == '--check' else 0)
sys.exit(1 if total_left else 0)
PY
# Once more so that the files keep lupdate's own layout (a small diff after every run).
if [ "$MODE" != "--check" ]; then
    "$LUPDATE" -silent -locations none -no-obsolete core ui app -ts "$TS_DIR"/gkml_zh_CN.ts "$TS_DIR"/gkml_en.ts >/dev/null
fi
exit $status
