#!/usr/bin/env bash
# Foundation benchmark: import N rows from CSV into a new .gkml and export them again, beside the
# sqlite3 shell's .import of the same CSV into a plain table (the floor) in the same run.
# Import: CPU (user+sys), wall and peak RSS of both from /usr/bin/time; then the in-process phases
# of the largest import (bench_import_phases.cpp, built here against build/core/libgkml_core.a).
# Usage: tests/benchmarks/foundation/run.sh [BUILD_DIR] [N...]   (default: build 10000 100000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../../.." && pwd)
build=$(readlink -f "${1:-build}"); shift || true
sizes=${*:-10000 100000}
cli="$build/app/gkml-cli"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
secs() { local s=$(date +%s.%N); "$@" >/dev/null 2>&1; local e=$(date +%s.%N); echo "$e - $s" | bc -l | xargs printf '%.3f'; }
# "CPU WALL PEAK_MB" of one command (GNU time).
measure() { /usr/bin/time -f '%U %S %e %M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.2f %.2f %.0f", $1 + $2, $3, $4 / 1024}'; }
printf '| rows | gkml-cli import: CPU / wall / peak RSS | sqlite3 .import (floor): CPU / wall / peak RSS | CPU ratio | gkml-cli export csv | gkml-cli export json | file size |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|\n'
for n in $sizes; do
  python3 "$here/../make-catalogue.py" "$n" "$tmp/in.csv"
  rm -f "$tmp/a.gkml" "$tmp/ref.db"
  read -r g_cpu g_wall g_mb <<<"$(measure "$cli" import "$tmp/in.csv" -o "$tmp/a.gkml" --unit 基准测试)"
  read -r s_cpu s_wall s_mb <<<"$(measure sqlite3 "$tmp/ref.db" -cmd ".mode csv" ".import $tmp/in.csv item")"
  t_csv=$(secs "$cli" export "$tmp/a.gkml" --format csv -o "$tmp/out.csv")
  t_json=$(secs "$cli" export "$tmp/a.gkml" --format json -o "$tmp/out.json")
  ratio=$(echo "$g_cpu / $s_cpu" | bc -l | xargs printf '%.1f')
  size=$(du -h "$tmp/a.gkml" | cut -f1)
  printf '| %s | %s s / %s s / %s MB | %s s / %s s / %s MB | %s× | %s s | %s s | %s |\n' "$n" "$g_cpu" "$g_wall" "$g_mb" \
    "$s_cpu" "$s_wall" "$s_mb" "$ratio" "$t_csv" "$t_json" "$size"
done
# Where the time and memory of the last (largest) import go, in-process.
g++ -std=c++20 -O2 -fPIC -I "$src/core" $(pkg-config --cflags Qt6Core Qt6Gui Qt6Sql) "$here/bench_import_phases.cpp" \
    "$build/core/libgkml_core.a" -o "$tmp/bench_import_phases" -lQt6Core -lQt6Gui -lQt6Sql -lquazip1-qt6 -lqrencode -lsqlite3
printf '\nPhases of the %s-row import (bench_import_phases):\n\n```\n' "$n"
rm -f "$tmp/p.gkml"; "$tmp/bench_import_phases" "$tmp/in.csv" "$tmp/p.gkml"
printf '```\n'
