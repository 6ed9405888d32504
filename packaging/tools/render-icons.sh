#!/bin/sh
# Regenerates resources/icons/png/gkml-<size>.png and resources/icons/gkml.ico from gkml.svg.
# Needs qt6-base-dev (and Qt's SVG image plugin, in libqt6svg6). Run from the repository root.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
g++ -std=c++20 -fPIC packaging/tools/render_icons.cpp -o "$tmp/render_icons" $(pkg-config --cflags --libs Qt6Gui)
mkdir -p resources/icons/png
QT_QPA_PLATFORM=offscreen "$tmp/render_icons" resources/icons/gkml.svg resources/icons/png
mv resources/icons/png/gkml.ico resources/icons/gkml.ico
ls -l resources/icons/gkml.ico resources/icons/png
