#!/usr/bin/env bash
# README command 1: install, build, make the sample catalogue and open it in GKML.
# Without a display (CI, ssh) it prints the catalogue's summary instead of opening the window.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
sample=../shared/samples/anxi-catalogue-gb18030.csv
[[ -f $sample ]] || sample=tests/fixtures/samples/anxi-catalogue-gb18030.csv
mkdir -p out
rm -f out/安溪县民政局.gkml
build/app/gkml-cli import "$sample" -o out/安溪县民政局.gkml --unit 安溪县民政局
build/app/gkml-cli info out/安溪县民政局.gkml
if [[ -x build/app/gkml && -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} && -z ${CI:-} ]]; then
  exec build/app/gkml out/安溪县民政局.gkml
fi
