#!/usr/bin/env bash
# Publication status benchmark: N items with 3 records each. In process (bench_publish; best of
# 3): read every record and cycle, then every item's status as of 2026-11-30 on the working-day
# calendar. Reference in the same run: the sqlite3 shell reading the same records (the floor for
# getting them out of the file), and gkml-cli inspect --format json as a process.
# Usage: tests/benchmarks/publish/run.sh [BUILD_DIR] [N...]   (default: build 100000)
set -euo pipefail
build=$(readlink -f "${1:-build}"); shift || true
sizes=${*:-100000}
cli="$build/app/gkml-cli"
bench="$build/tests/publish/bench_publish"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
secs() { local s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; local e=$(date +%s.%N); echo "$e - $s" | bc -l | xargs printf '%.2f'; }

echo '| items | records | write (3 postings) | read records | status of every item | read + status | statuses |'
echo '|---:|---:|---:|---:|---:|---:|---|'
for n in $sizes; do
  "$bench" "$n" "$tmp/p$n.gkml"
done
echo
echo '| items | sqlite3 "select item_id, published_on, event_on from publication" (reference) | gkml-cli inspect --format json (process, whole report) |'
echo '|---:|---:|---:|'
for n in $sizes; do
  f="$tmp/p$n.gkml"
  t_sq=$(secs sqlite3 "$f" "select item_id, published_on, event_on from publication")
  t_in=$(secs "$cli" inspect "$f" --as-of 2026-11-30 --format json)
  printf '| %s | %s s | %s s |\n' "$n" "$t_sq" "$t_in"
done

# The report as a PDF for 10,000 items (bench file with 40% late: 4,000 problems), beside
# LibreOffice headless printing the same report's xlsx (gkml-cli inspect --format xlsx) to PDF in
# the same run. Wall and CPU (user+sys) of each process, by /usr/bin/time.
timed() { # prints "wall cpu" of a command
  /usr/bin/time -f '%e %U %S' -o "$tmp/time" "$@" >/dev/null 2>&1 || true
  tail -1 "$tmp/time" | awk '{printf "%.2f %.2f\n", $1, $2 + $3}'
}
"$bench" 10000 "$tmp/r10000.gkml" >/dev/null
read -r t_xlsx c_xlsx < <(timed "$cli" inspect "$tmp/r10000.gkml" --as-of 2026-11-30 --format xlsx -o "$tmp/report.xlsx")
read -r t_pdf c_pdf < <(timed "$cli" inspect "$tmp/r10000.gkml" --as-of 2026-11-30 --format pdf -o "$tmp/report.pdf")
pages=$(pdfinfo "$tmp/report.pdf" 2>/dev/null | awk '/^Pages:/{print $2}')
read -r t_lo c_lo < <(timed soffice -env:UserInstallation=file://$tmp/profile --headless --convert-to pdf --outdir "$tmp/lo" "$tmp/report.xlsx")
lo_pages=$(pdfinfo "$tmp/lo/report.pdf" 2>/dev/null | awk '/^Pages:/{print $2}')
echo
echo '| items | gkml-cli inspect --format xlsx (wall / CPU) | gkml-cli inspect --format pdf (wall / CPU) | pages | LibreOffice xlsx → pdf, same report (wall / CPU) | pages |'
echo '|---:|---:|---:|---:|---:|---:|'
printf '| 10000 | %s s / %s s | %s s / %s s | %s | %s s / %s s | %s |\n' "$t_xlsx" "$c_xlsx" "$t_pdf" "$c_pdf" "$pages" "$t_lo" "$c_lo" "$lo_pages"
