#!/usr/bin/env bash
# README command 2: install, build, and run every test (CTest, offscreen), then the contract check.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
scripts/build.sh
ctest --test-dir build --output-on-failure --timeout 900 -j2
if [[ -x ../shared/tools/contract-check ]]; then
  ../shared/tools/contract-check build/app/gkml-cli
fi
