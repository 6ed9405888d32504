#!/usr/bin/env bash
# Style and static checks (scripts/test.sh step 1):
#   1. clang-format: every C++ source and header in the repository matches .clang-format;
#   2. clang-tidy with the checks of .clang-tidy (bugprone, performance, a few modernize), two
#      files at a time, over GKML_TIDY_DIRS (default: core/template and core/util, the parts
#      known to pass). Every file costs about 4 s of CPU and, on the shared two-core CI machine,
#      20-40 s of wall time: all of core/ and app/ (69 files) took well over five minutes, and its
#      first files already showed findings (performance-implicit-conversion-in-loop). Widen
#      GKML_TIDY_DIRS (e.g. "core|app") as areas are cleaned.
# Needs build/compile_commands.json (scripts/build.sh). Exit 1 on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
mapfile -t sources < <(git ls-files '*.cpp' '*.h')
if ! clang-format --dry-run -Werror "${sources[@]}"; then
  echo "lint: clang-format differs; run clang-format -i on the files above" >&2
  status=1
fi
if [[ -z ${GKML_NO_TIDY:-} ]]; then
  if ! run-clang-tidy -p build -j "${GKML_TIDY_JOBS:-2}" -quiet "$PWD/(${GKML_TIDY_DIRS:-core/template|core/util})/.*\\.cpp\$" >/tmp/gkml-tidy.log 2>&1 \
     || grep -qE "(warning|error): " /tmp/gkml-tidy.log; then
    grep -E "(warning|error): " /tmp/gkml-tidy.log | sort -u >&2 || true
    echo "lint: clang-tidy found the problems above (log: /tmp/gkml-tidy.log)" >&2
    status=1
  fi
fi
exit $status
