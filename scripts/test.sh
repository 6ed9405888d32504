#!/usr/bin/env bash
# README command 2: install, build, and run every test.
#   1. clang-format and clang-tidy (scripts/lint.sh), the CTest suite (Qt Tests, offscreen) and the
#      design card's contract check on the samples;
#   2. as root: build the .deb, install it with apt, run the installed gkml-cli, remove it;
#   3. the suite again under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/);
#   4. a short libFuzzer run of every fuzz target (build-fuzz/);
#   5. the Windows build (scripts/build-windows.sh): cross-built with mingw-w64 when the toolchain
#      ../shared/toolchains/gkml-win64-qt6.4.2.tar.xz is beside the project, its tests and the
#      contract check run under Wine, the portable zip, a screenshot under Wine (build-win64/).
# Set GKML_QUICK=1 to stop after step 1 (what a developer runs between commits).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
scripts/build.sh
scripts/lint.sh
ctest --test-dir build --output-on-failure --timeout 900 -j2
if [[ -x ../shared/tools/contract-check ]]; then
  ../shared/tools/contract-check build/app/gkml-cli
fi
[[ -n ${GKML_QUICK:-} ]] && exit 0
if [[ $(id -u) == 0 ]]; then
  packaging/ci-deb-check.sh build
fi
if [[ -f ${GKML_TOOLCHAINS:-${GKML_SHARED:-../shared}/toolchains}/gkml-win64-qt6.4.2.tar.xz ]]; then
  scripts/build-windows.sh
else
  echo "== windows: SKIPPED the Windows build and its tests under Wine: no toolchain at" \
       "${GKML_TOOLCHAINS:-../shared/toolchains}/gkml-win64-qt6.4.2.tar.xz"
fi
# The sanitizer pass skips the tests labelled "slow" (the 1,000,000-row import), which the
# normal pass above already ran: under ASan they take longer than the rest together.
CTEST_ARGS="-LE slow" GKML_CRASH_KILLS=${GKML_CRASH_KILLS:-200} scripts/sanitize.sh
FUZZ_SECONDS=${FUZZ_SECONDS:-30} scripts/fuzz-smoke.sh
