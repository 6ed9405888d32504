#!/usr/bin/env bash
# GUI benchmark: open an N-item catalogue in the real main window (first paint, memory, scrolling,
# live check) beside the sqlite3 shell reading the same table in the same run.
# Usage: tests/benchmarks/ui/run.sh [BUILD_DIR] [N...]   (default: build 10000 100000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(readlink -f "${1:-build}"); shift || true
sizes=${*:-10000 100000}
cli="$build/app/gkml-cli"
bench="$build/tests/benchmarks/ui/bench_ui_open"
typing="$build/tests/benchmarks/ui/bench_typing"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
printf '| items | gkml: first paint | gkml: every row in | gkml: RSS after open / peak | gkml: page-down paint | gkml: first live check (thread) | sqlite3: SELECT * | sqlite3: max RSS |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for n in $sizes; do
  python3 "$here/../make-catalogue.py" "$n" "$tmp/in.csv"
  rm -f "$tmp/a.gkml"
  "$cli" import "$tmp/in.csv" -o "$tmp/a.gkml" --unit 基准测试 >/dev/null
  line=$("$bench" "$tmp/a.gkml" 2>/dev/null | tail -1)
  get() { echo "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
  # The reference: the sqlite3 shell reading every row and column of the same table.
  ref=$( { /usr/bin/time -f '%e %M' sqlite3 "$tmp/a.gkml" 'SELECT * FROM item' >/dev/null; } 2>&1 | tail -1)
  ref_s=$(echo "$ref" | cut -d' ' -f1); ref_kb=$(echo "$ref" | cut -d' ' -f2)
  printf '| %s | %s ms | %s ms | %s / %s MiB | %s ms | %s ms | %s s | %s MiB |\n' "$(get items)" "$(get first_paint_ms)" "$(get all_rows_ms)" \
    "$(get rss_open_mib)" "$(get rss_peak_mib)" "$(get page_down_ms)" "$(get check_ms)" "$ref_s" "$((ref_kb / 1024))"
done

# Checking while typing (issue 17): key edits in the item table (F2, text, Enter) until the
# findings panel and the cell marks are updated; beside it a full check of the same items.
printf '\n| items | keystroke → findings (median / max of 20) | of which the commit (SQLite, fsync) | check on its thread (memo) | full check, same run |\n'
printf '|---:|---:|---:|---:|---:|\n'
for n in ${TYPING_SIZES:-1000 10000 100000}; do
  python3 "$here/../make-catalogue.py" "$n" "$tmp/in.csv"
  rm -f "$tmp/t.gkml"
  "$cli" import "$tmp/in.csv" -o "$tmp/t.gkml" --unit 基准测试 >/dev/null
  line=$("$typing" "$tmp/t.gkml" 20 2>/dev/null | tail -1)
  get() { echo "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
  printf '| %s | %s / %s ms | %s ms | %s ms | %s ms |\n' "$(get items)" "$(get keystroke_to_findings_median_ms)" \
    "$(get keystroke_to_findings_max_ms)" "$(get commit_median_ms)" "$(get check_on_thread_median_ms)" "$(get full_check_ms)"
done
