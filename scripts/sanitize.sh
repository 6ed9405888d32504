#!/usr/bin/env bash
# ASan + UBSan: builds everything with -DGKML_SANITIZE=ON in build-asan/ and runs the whole CTest
# suite there (the crash harness included). Any sanitizer report fails the test that caused it.
# Usage: scripts/sanitize.sh [extra cmake arguments]
#   GKML_CRASH_KILLS=N  kills in the crash harness (default 200)
#   CTEST_ARGS="-L reliability"  to run a subset
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-asan -G Ninja "${launcher[@]}" -DGKML_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build build-asan
# halt_on_error: the first report fails the test; leaks in Qt's and the system's own libraries
# (fontconfig, ICU caches kept until exit) are suppressed by name in lsan.supp.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/reliability/lsan.supp:print_suppressions=0}
# shellcheck disable=SC2086
ctest --test-dir build-asan --output-on-failure --timeout 1800 -j2 ${CTEST_ARGS:-}
