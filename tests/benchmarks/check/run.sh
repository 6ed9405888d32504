#!/usr/bin/env bash
# Checker benchmark: N generated items (every standard item once, then numbered local variants
# with a sprinkle of mistakes). In one process (bench_check): write, load, check, findings JSON,
# export JSON. As processes on the same file: gkml-cli validate vs gkml-cli export --format json,
# with the sqlite3 shell dumping the same table as JSON as the reference (the floor for reading
# the file and printing JSON).
# Usage: tests/benchmarks/check/run.sh [BUILD_DIR] [N...]   (default: build 10000 100000)
set -euo pipefail
build=$(readlink -f "${1:-build}"); shift || true
sizes=${*:-10000 100000}
cli="$build/app/gkml-cli"
bench="$build/tests/check/bench_check"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
secs() { local s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; local e=$(date +%s.%N); echo "$e - $s" | bc -l | xargs printf '%.2f'; }
# "WALL CPU" (CPU = user + system): the machine is shared, CPU is the steadier figure.
wallcpu() { /usr/bin/time -o "$tmp/time" -f '%e %U %S' "$@" >/dev/null 2>&1 || true; tail -1 "$tmp/time" | awk '{printf "%.2f %.2f\n", $1, $2 + $3}'; }

echo "In process (bench_check; check = best of 5 runs):"
echo
echo '| items | write (insertItems) | load (open + items()) | rows read: SQLite C API / Qt Sql (ItemRows) | check | findings JSON | export JSON (Exporter) | errors / warnings / infos |'
echo '|---:|---:|---:|---:|---:|---:|---:|---:|'
for n in $sizes; do
  "$bench" "$n" --keep "$tmp/c$n.gkml"
done
echo
echo "As processes (wall / CPU, same files; validate's ratio to export json is issue 17's figure):"
echo
echo '| items | gkml-cli validate --format json | gkml-cli validate (text) | gkml-cli export --format json | validate json ÷ export json (wall / CPU) | sqlite3 -json "select * from item" (reference) |'
echo '|---:|---:|---:|---:|---:|---:|'
for n in $sizes; do
  f="$tmp/c$n.gkml"
  read -r w_vj c_vj < <(wallcpu "$cli" validate "$f" --format json)
  read -r w_vt c_vt < <(wallcpu "$cli" validate "$f")
  read -r w_ex c_ex < <(wallcpu "$cli" export "$f" --format json -o "$tmp/x$n.json")
  read -r w_sq c_sq < <(wallcpu sqlite3 -json "$f" "select * from item")
  rw=$(echo "$w_vj / $w_ex" | bc -l | xargs printf '%.2f'); rc=$(echo "$c_vj / $c_ex" | bc -l | xargs printf '%.2f')
  printf '| %s | %s s / %s s | %s s / %s s | %s s / %s s | %s× / %s× | %s s / %s s |\n' "$n" "$w_vj" "$c_vj" "$w_vt" "$c_vt" "$w_ex" "$c_ex" "$rw" "$rc" "$w_sq" "$c_sq"
done
