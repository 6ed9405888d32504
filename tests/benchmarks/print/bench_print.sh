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
SAMPLE=$HERE/../../fixtures/samples/anxi-catalogue-gb18030.csv
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
LO_PROFILE="file://$T/lo-profile"
# timed CMD...: prints "wall cpu" in seconds; cpu = user + system time of the command and its
# children (soffice runs soffice.bin), which is less disturbed by other load on the machine.
timed() { python3 -c '
import resource, subprocess, sys, time
t = time.monotonic()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.monotonic() - t
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{wall:.2f} {r.ru_utime + r.ru_stime:.2f}")' "$@"; }
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
soffice_cmd() { echo soffice -env:UserInstallation="$LO_PROFILE" --headless --norestore --convert-to pdf \
    ${2:+--infilter="$2"} --outdir "$T/lo" "$1"; }
soffice_pdf() { $(soffice_cmd "$@") >/dev/null 2>&1; }

echo "machine: $(nproc) cores, $(uname -sr); $(soffice --version 2>/dev/null | head -1)"
# Warm LibreOffice's profile once so that its first-start cost is not counted.
printf 'a,b\n1,2\n' >"$T/warm.csv"; soffice_pdf "$T/warm.csv" "CSV:44,34,76,1" || true

printf '%-7s %-6s %-8s %-8s %-6s %-8s %-8s %-8s %-10s %s\n' items format gkml_s gkml_cpu pages lo_s lo_cpu lo_pages speedup cpu_speedup
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
  for run in 1 2 3; do # best of three, by wall time
    read -r wall cpu < <(timed "$CLI" print "$T/cat.gkml" -o "$T/gkml.pdf")
    if [[ -z $best ]] || python3 -c "import sys; sys.exit(0 if $wall < $best else 1)"; then best=$wall; bestcpu=$cpu; fi
  done
  rm -rf "$T/lo"
  # shellcheck disable=SC2046
  read -r lo locpu < <(timed $(soffice_cmd "$SRC" "$FILTER"))
  lopdf=$(ls "$T"/lo/*.pdf 2>/dev/null | head -1)
  printf '%-7s %-6s %-8s %-8s %-6s %-8s %-8s %-8s %-10s %s\n' "$N" "$FMT" "$best" "$bestcpu" "$(pages "$T/gkml.pdf")" \
      "$lo" "$locpu" "$( [[ -n $lopdf ]] && pages "$lopdf" || echo -)" \
      "$(python3 -c "print(f'{$lo/$best:.1f}x')")" "$(python3 -c "print(f'{$locpu/$bestcpu:.1f}x')")"
done
