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

echo "In process (bench_check; check = best of 5 runs):"
echo
echo '| items | write (insertItems) | load (open + items()) | check | findings JSON | export JSON (Exporter) | errors / warnings / infos |'
echo '|---:|---:|---:|---:|---:|---:|---:|'
for n in $sizes; do
  "$bench" "$n" --keep "$tmp/c$n.gkml"
done
echo
echo "As processes (wall clock, same files):"
echo
echo '| items | gkml-cli validate --format json | gkml-cli validate (text) | gkml-cli export --format json | sqlite3 -json "select * from item" (reference) |'
echo '|---:|---:|---:|---:|---:|'
for n in $sizes; do
  f="$tmp/c$n.gkml"
  t_vj=$(secs "$cli" validate "$f" --format json)
  t_vt=$(secs "$cli" validate "$f")
  t_ex=$(secs "$cli" export "$f" --format json -o "$tmp/x$n.json")
  t_sq=$(secs sqlite3 -json "$f" "select * from item")
  printf '| %s | %s s | %s s | %s s | %s s |\n' "$n" "$t_vj" "$t_vt" "$t_ex" "$t_sq"
done
