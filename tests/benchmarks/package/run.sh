#!/usr/bin/env bash
# Times gkml-cli package / verify-package / diff on a large catalogue, side by side with the
# reference tools doing the zip+checksum part of the work on the same files (Info-ZIP `zip -9`,
# `sha256sum`, `unzip -t`). Not a ctest (timings vary): run by hand.
#   usage: tests/benchmarks/package/run.sh BUILD_DIR [COPIES]
# COPIES: how many times the 20-row county sample is repeated (default 50 = 1000 items).
set -euo pipefail
BUILD=$(readlink -f "${1:?usage: run.sh BUILD_DIR [COPIES]}")
COPIES=${2:-50}
SRC=$(cd "$(dirname "$(readlink -f "$0")")/../../.." && pwd)
CLI=$BUILD/app/gkml-cli
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export GKML_LANG=en QT_QPA_PLATFORM=offscreen

# A catalogue of COPIES x 20 items: the sample's rows with the level-2 names numbered so that
# they stay distinct (the checker would refuse duplicates).
python3 - "$SRC/tests/fixtures/samples/anxi-catalogue-gb18030.csv" "$T/big.csv" "$COPIES" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='gb18030')))
head, body = rows[0], rows[1:]
i2, iseq = head.index('二级事项'), head.index('序号')
with open(sys.argv[2], 'w', encoding='utf-8-sig', newline='') as f:
    w = csv.writer(f)
    w.writerow(head)
    n = 0
    for c in range(int(sys.argv[3])):
        for r in body:
            r = list(r); n += 1
            r[iseq] = str(n)
            if c:
                r[i2] = f'{r[i2]}（{c + 1}）'
            w.writerow(r)
PY
"$CLI" new "$T/big.gkml" --unit 安溪县民政局 >/dev/null
"$CLI" import "$T/big.csv" -o "$T/big.gkml" >/dev/null
items=$("$CLI" info "$T/big.gkml" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"])')

ms() { local s=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; echo $(( ($(date +%s%N) - s) / 1000000 )); }
t_validate=$(ms "$CLI" validate "$T/big.gkml")
t_package=$(ms "$CLI" package "$T/big.gkml" -o "$T/p.zip")
t_verify=$(ms "$CLI" verify-package "$T/p.zip")
mkdir "$T/x" && (cd "$T/x" && unzip -q ../p.zip)
t_zip=$(ms bash -c "cd '$T/x' && sha256sum catalogue.* validation.json >/dev/null && zip -q -9 ../ref.zip *")
t_unzip=$(ms unzip -tq "$T/ref.zip")
t_diff=$(ms "$CLI" diff "$T/big.gkml" --since 1 --json)

printf '%s items, package %s KB (reference zip -9 of the same files: %s KB)\n' "$items" \
    $(( $(stat -c %s "$T/p.zip") / 1024 )) $(( $(stat -c %s "$T/ref.zip") / 1024 ))
printf '| step | GKML (ms) | reference (ms) |\n|---|---|---|\n'
printf '| validate (checker alone) | %s | |\n' "$t_validate"
printf '| package (check + 6 producers + sha256 + zip + edition) | %s | zip -9 + sha256sum of the 6 files: %s |\n' "$t_package" "$t_zip"
printf '| verify-package | %s | unzip -t: %s |\n' "$t_verify" "$t_unzip"
printf '| diff --since 1 --json | %s | |\n' "$t_diff"
