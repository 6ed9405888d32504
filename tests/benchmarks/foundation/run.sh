#!/usr/bin/env bash
# Foundation benchmark: import N rows from CSV into a new .gkml and export them again, beside the
# sqlite3 shell's .import of the same CSV into a plain table (the floor) in the same run.
# Usage: tests/benchmarks/foundation/run.sh [BUILD_DIR] [N...]   (default: build 10000 100000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(readlink -f "${1:-build}"); shift || true
sizes=${*:-10000 100000}
cli="$build/app/gkml-cli"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
secs() { local s=$(date +%s.%N); "$@" >/dev/null 2>&1; local e=$(date +%s.%N); echo "$e - $s" | bc -l | xargs printf '%.3f'; }
printf '| rows | gkml-cli import | sqlite3 .import (floor) | import ratio | gkml-cli export csv | gkml-cli export json | file size |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|\n'
for n in $sizes; do
  python3 "$here/../make-catalogue.py" "$n" "$tmp/in.csv"
  rm -f "$tmp/a.gkml" "$tmp/ref.db"
  t_imp=$(secs "$cli" import "$tmp/in.csv" -o "$tmp/a.gkml" --unit 基准测试)
  t_ref=$(secs sqlite3 "$tmp/ref.db" -cmd ".mode csv" ".import $tmp/in.csv item")
  t_csv=$(secs "$cli" export "$tmp/a.gkml" --format csv -o "$tmp/out.csv")
  t_json=$(secs "$cli" export "$tmp/a.gkml" --format json -o "$tmp/out.json")
  ratio=$(echo "$t_imp / $t_ref" | bc -l | xargs printf '%.1f')
  size=$(du -h "$tmp/a.gkml" | cut -f1)
  printf '| %s | %s s | %s s | %s× | %s s | %s s | %s |\n' "$n" "$t_imp" "$t_ref" "$ratio" "$t_csv" "$t_json" "$size"
done
