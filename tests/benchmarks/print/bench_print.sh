#!/usr/bin/env bash
# Print benchmark: gkml-cli print (catalogue -> PDF) beside LibreOffice headless converting the
# same catalogue (exported by gkml-cli as xlsx, or csv while xlsx export is not available) to PDF,
# in the same run on the same machine. Not a ctest: timings never fail a build.
#   usage: tests/benchmarks/print/bench_print.sh build/app/gkml-cli [N ...]   (default N: 1000 10000)
# Needs python3, poppler-utils (pdfinfo) and libreoffice-calc-nogui (soffice).
set -euo pipefail
CLI=$(readlink -f "${1:?usage: bench_print.sh PATH/TO/gkml-cli [N ...]}"); shift
SIZES=${*:-1000 10000}
HERE=$(cd "$(dirname "$0")" && pwd)
SAMPLE=$HERE/../../fixtures/print/anxi-catalogue-gb18030.csv
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
LO_PROFILE="file://$T/lo-profile"
now() { date +%s.%N; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2])-float(sys.argv[1]):.2f}')" "$1" "$2"; }
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
soffice_pdf() { soffice -env:UserInstallation="$LO_PROFILE" --headless --norestore --convert-to pdf \
    ${2:+--infilter="$2"} --outdir "$T/lo" "$1" >/dev/null 2>&1; }

echo "machine: $(nproc) cores, $(uname -sr); $(soffice --version 2>/dev/null | head -1)"
# Warm LibreOffice's profile once so that its first-start cost is not counted.
printf 'a,b\n1,2\n' >"$T/warm.csv"; soffice_pdf "$T/warm.csv" "CSV:44,34,76,1" || true

printf '%-7s %-7s %-10s %-8s %-10s %-8s %s\n' items format gkml_s pages lo_s lo_pages speedup
for N in $SIZES; do
  # N items: the 20 sample items repeated, each with a unique 二级事项.
  python3 - "$SAMPLE" "$N" "$T/in.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="gb18030")))
head, body = rows[0], rows[1:]
n = int(sys.argv[2])
with open(sys.argv[3], "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f); w.writerow(head)
    for k in range(n):
        r = list(body[k % len(body)]); r[0] = str(k + 1); r[3] = f"{r[3]}（{k + 1}）"
        w.writerow(r)
PY
  rm -f "$T/cat.gkml"
  "$CLI" new "$T/cat.gkml" --unit 安溪县民政局 >/dev/null
  "$CLI" import "$T/in.csv" -o "$T/cat.gkml" >/dev/null
  if "$CLI" export "$T/cat.gkml" --format xlsx -o "$T/cat.xlsx" >/dev/null 2>&1; then
    SRC=$T/cat.xlsx; FILTER=""; FMT=xlsx
  else
    "$CLI" export "$T/cat.gkml" --format csv -o "$T/cat.csv" >/dev/null
    SRC=$T/cat.csv; FILTER="CSV:44,34,76,1"; FMT=csv
  fi
  best=""
  for run in 1 2 3; do
    t0=$(now); "$CLI" print "$T/cat.gkml" -o "$T/gkml.pdf" >/dev/null 2>&1; t1=$(now)
    s=$(secs "$t0" "$t1"); [[ -z $best || $(python3 -c "print($s < $best)") == True ]] && best=$s
  done
  rm -rf "$T/lo"; t0=$(now); soffice_pdf "$SRC" "$FILTER"; t1=$(now)
  lo=$(secs "$t0" "$t1")
  lopdf=$(ls "$T"/lo/*.pdf 2>/dev/null | head -1)
  printf '%-7s %-7s %-10s %-8s %-10s %-8s %s\n' "$N" "$FMT" "$best" "$(pages "$T/gkml.pdf")" "$lo" \
      "$( [[ -n $lopdf ]] && pages "$lopdf" || echo -)" "$(python3 -c "print(f'{$lo/$best:.1f}x')")"
done
