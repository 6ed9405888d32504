#!/usr/bin/env bash
# Exchange benchmark: xlsx export and import of N items with gkml-cli, beside LibreOffice headless
# converting the same data in the same run (csv -> xlsx, and our exported xlsx -> csv, every sheet).
# Usage: tests/benchmarks/exchange/run.sh [BUILD_DIR] [N...]   (default: build 10000 100000)
# Needs python3, bc and soffice (libreoffice-calc-nogui). Prints a Markdown table.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(readlink -f "${1:-build}"); shift || true
sizes=${*:-10000 100000}
cli="$build/app/gkml-cli"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
profile="file://$tmp/lo-profile" # private LibreOffice profile: no clash with a running instance
lo() { soffice "-env:UserInstallation=$profile" --headless --norestore "$@"; }
secs() { local s=$(date +%s.%N); "$@" >/dev/null 2>&1; local e=$(date +%s.%N); echo "$e - $s" | bc -l | xargs printf '%.2f'; }
# "WALL CPU" of a command (CPU = user + system, children included: the machine is shared, CPU is the steadier).
wallcpu() { /usr/bin/time -o "$tmp/time" -f '%e %U %S' "$@" >/dev/null 2>&1 || true; tail -1 "$tmp/time" | awk '{printf "%.2f %.2f\n", $1, $2 + $3}'; }
# The in-process stages (no SQLite, no process start): bench_stages.cpp against the built gkml_core.
src=$(cd "$here/../../.." && pwd)
g++ -std=c++20 -O2 -fPIC -I "$src/core" $(pkg-config --cflags Qt6Core Qt6Gui Qt6Sql) "$here/bench_stages.cpp" \
    "$build/core/libgkml_core.a" -o "$tmp/bench_stages" -lQt6Core -lQt6Gui -lQt6Sql -lquazip1-qt6 -lqrencode -lsqlite3
# Warm up LibreOffice once (profile creation) so that its figures are conversion time only.
printf 'a,b\n1,2\n' >"$tmp/warm.csv"; lo --convert-to xlsx --outdir "$tmp/warm" "$tmp/warm.csv" >/dev/null 2>&1 || true
printf '| items | gkml export xlsx (wall / CPU) | LibreOffice csv→xlsx, warm (wall / CPU) | export speed-up (wall / CPU) | gkml import xlsx | LibreOffice xlsx→csv | import speed-up | in-process: xlsx→items / items→xlsx | xlsx size |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for n in $sizes; do
  python3 "$here/../make-catalogue.py" "$n" "$tmp/in.csv"
  rm -rf "$tmp/a.gkml" "$tmp/b.gkml" "$tmp/lo1" "$tmp/lo2"
  "$cli" import "$tmp/in.csv" -o "$tmp/a.gkml" --unit 基准县民政局 >/dev/null 2>&1
  # GKML: .gkml -> template xlsx (read SQLite, lay out, zip) and template xlsx -> new .gkml
  # (unzip, parse, map the two-row header, insert in SQLite with history).
  read -r t_exp c_exp < <(wallcpu "$cli" export "$tmp/a.gkml" --format xlsx -o "$tmp/out.xlsx")
  t_imp=$(secs "$cli" import "$tmp/out.xlsx" -o "$tmp/b.gkml")
  got=$("$cli" info "$tmp/b.gkml" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"])')
  [[ $got == "$n" ]] || { echo "import gave $got items, want $n" >&2; exit 1; }
  # LibreOffice: the same rows csv -> xlsx, and our workbook -> csv (all sheets: the 12th filter token -1).
  read -r t_locsv c_locsv < <(wallcpu soffice "-env:UserInstallation=$profile" --headless --norestore --convert-to xlsx --outdir "$tmp/lo1" "$tmp/in.csv")
  [[ -s $tmp/lo1/in.xlsx ]] || { echo "LibreOffice wrote no xlsx" >&2; exit 1; }
  t_loxlsx=$(secs lo --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' --outdir "$tmp/lo2" "$tmp/out.xlsx")
  ls "$tmp"/lo2/*.csv >/dev/null 2>&1 || { echo "LibreOffice wrote no csv" >&2; exit 1; }
  up_exp=$(echo "$t_locsv / $t_exp" | bc -l | xargs printf '%.1f')
  upc_exp=$(echo "$c_locsv / $c_exp" | bc -l | xargs printf '%.1f')
  up_imp=$(echo "$t_loxlsx / $t_imp" | bc -l | xargs printf '%.1f')
  size=$(du -h "$tmp/out.xlsx" | cut -f1)
  stages=$("$tmp/bench_stages" "$tmp/out.xlsx")   # "items N  read R ms  map M ms  write xlsx W ms (...)"
  rm_=$(echo "$stages" | awk '{print ($4 + $7) / 1000}' | xargs printf '%.2f')
  w_=$(echo "$stages" | awk '{print $11 / 1000}' | xargs printf '%.2f')
  printf '| %s | %s s / %s s | %s s / %s s | %s× / %s× | %s s | %s s | %s× | %s s / %s s | %s |\n' "$n" "$t_exp" "$c_exp" "$t_locsv" "$c_locsv" "$up_exp" "$upc_exp" "$t_imp" "$t_loxlsx" "$up_imp" "$rm_" "$w_" "$size"
done

[[ ${GKML_BENCH_EXPORT_ONLY:-} ]] && exit 0   # only the table above (issue 17's xlsx export figure)
# Issue 13: .xls and .docx import of 10,000 items against LibreOffice converting the same file to
# csv, and a 100,000-row csv import against the sqlite3 shell's .import (CPU time, peak memory).
printf '\n| format | items | gkml import | LibreOffice →csv | speed-up |\n|---|---:|---:|---:|---:|\n'
n=10000
python3 "$here/../make-catalogue.py" "$n" "$tmp/f.csv"
"$cli" import "$tmp/f.csv" -o "$tmp/f.gkml" --unit 基准县民政局 >/dev/null 2>&1
"$cli" export "$tmp/f.gkml" --format xlsx -o "$tmp/f.xlsx" >/dev/null 2>&1
lo --convert-to xls --outdir "$tmp" "$tmp/f.xlsx" >/dev/null 2>&1
python3 "$here/make-docx.py" "$tmp/f.csv" "$tmp/f.docx"
lo_capped() { timeout 300 soffice "-env:UserInstallation=$profile" --headless --norestore "$@" || true; }
for fmt in xls docx; do
  rm -f "$tmp/g.gkml"; rm -rf "$tmp/lo3"
  t_g=$(secs "$cli" import "$tmp/f.$fmt" -o "$tmp/g.gkml" --unit 基准县民政局)
  got=$("$cli" info "$tmp/g.gkml" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"])')
  [[ $got == "$n" ]] || { echo "$fmt import gave $got items, want $n" >&2; exit 1; }
  if [[ $fmt == xls ]]; then filter='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'; else filter='txt'; fi
  # Writer lays out a 10,000-row table page by page and can take many minutes: capped at 300 s.
  t_lo=$(secs lo_capped --convert-to "$filter" --outdir "$tmp/lo3" "$tmp/f.$fmt")
  [[ -s $(ls "$tmp"/lo3/* 2>/dev/null | head -1) ]] && more="" || more="≥"
  printf '| %s | %s | %s s | %s%s s | %s%s× |\n' "$fmt" "$n" "$t_g" "$more" "$t_lo" "$more" "$(echo "$t_lo / $t_g" | bc -l | xargs printf '%.1f')"
done
n=100000
python3 "$here/../make-catalogue.py" "$n" "$tmp/h.csv"
cpu() { /usr/bin/time -f '%U %S %e %M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.2f s CPU (user+sys), %.2f s wall, %.0f MB peak", $1 + $2, $3, $4 / 1024}'; }
rm -f "$tmp/h.gkml" "$tmp/h.sqlite"
g=$(cpu "$cli" import "$tmp/h.csv" -o "$tmp/h.gkml" --unit 基准县民政局)
s=$(cpu sqlite3 "$tmp/h.sqlite" '.mode csv' ".import $tmp/h.csv items")
printf '\n| csv import, %s rows | gkml-cli | sqlite3 .import |\n|---|---|---|\n| | %s | %s |\n' "$n" "$g" "$s"
