#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (-DGKML_FUZZ=ON: -fsanitize=fuzzer,address,undefined) in
# build-fuzz/ and fuzzes each one for FUZZ_SECONDS (default 60) from the seed corpus in
# tests/fuzz/corpus/<target>/ and the fixtures tests/fuzz/seeds.txt names for it (copied into
# build-fuzz/seeds/<target>/: libFuzzer takes folders) (new inputs go to build-fuzz/corpus/<target>/,
# kept between runs).
# A crash stops with exit 1 and names the input: fix the bug, then keep the input in
# tests/fuzz/regressions/<target>/ (replayed by CTest in every normal build).
# Usage: scripts/fuzz-smoke.sh [target...]   (default: every target)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=($(sed -n 's/^set(GKML_FUZZ_TARGETS \(.*\))$/\1/p' tests/fuzz/CMakeLists.txt))
  # fuzz_xls finds, within seconds, a stack over-read inside Debian's FreeXL 1.0.6 itself (its
  # iconv call on a malformed string record; tests/fuzz/library-crashes/README.md): not a GKML
  # fault and not fixable here, so the default run leaves it out and says so. Name it to run it.
  kept=()
  for t in "${targets[@]}"; do
    if [[ " ${GKML_FUZZ_SKIP-xls} " == *" $t "* ]]; then
      echo "== fuzz_$t SKIPPED: crashes inside FreeXL 1.0.6 (tests/fuzz/library-crashes/README.md)"
    else
      kept+=("$t")
    fi
  done
  targets=("${kept[@]}")
fi
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja "${launcher[@]}" -DGKML_FUZZ=ON -DGKML_BUILD_TESTS=OFF \
    -DGKML_BUILD_GUI=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz --target "${targets[@]/#/fuzz_}"
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}   # Qt keeps caches until exit: not our leaks
# libFuzzer checks for leaks after each input itself; the libraries' known ones (FreeXL on some
# malformed files) are named in lsan.supp, as for the sanitizer pass.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/reliability/lsan.supp:print_suppressions=0}
status=0
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t" "build-fuzz/artifacts"
  rm -rf "build-fuzz/seeds/$t" && mkdir -p "build-fuzz/seeds/$t"
  while read -r target path; do
    [[ $target == "$t" ]] || continue
    if [[ -d $path ]]; then cp "$path"/* "build-fuzz/seeds/$t/"; else cp "$path" "build-fuzz/seeds/$t/"; fi
  done < <(grep -v '^#' tests/fuzz/seeds.txt)
  corpora=("build-fuzz/corpus/$t" "build-fuzz/seeds/$t")
  [[ -d tests/fuzz/corpus/$t ]] && corpora+=("tests/fuzz/corpus/$t")
  dict=()
  [[ -f tests/fuzz/$t.dict ]] && dict=(-dict="tests/fuzz/$t.dict")
  echo "== fuzz_$t for ${seconds}s"
  if ! "build-fuzz/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
      -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$t-" "${dict[@]}" \
      "${corpora[@]}" 2>"build-fuzz/fuzz_$t.log"; then
    status=1
    if grep -qE "^artifact_prefix|Test unit written to" "build-fuzz/fuzz_$t.log"; then
      echo "fuzz_$t FOUND A CRASH: $(grep -oE 'Test unit written to .*' "build-fuzz/fuzz_$t.log" | tail -1)"
    else
      echo "fuzz_$t did not run: see build-fuzz/fuzz_$t.log"
    fi
    grep -E "^(==|SUMMARY|.*runtime error)" "build-fuzz/fuzz_$t.log" | head -5 || true
  fi
  grep -E "^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|cov: .* ft: " "build-fuzz/fuzz_$t.log" \
    | tail -4 || true
done
exit $status
