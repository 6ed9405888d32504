#!/usr/bin/env bash
# Builds the .deb, installs it with apt, runs the INSTALLED gkml-cli on a sample, removes it.
# Run as root (CI: a fresh machine) after the build:   packaging/ci-deb-check.sh [BUILD_DIR]
# Exit 0 when every step passed; the package is removed again in any case.
set -euo pipefail
SRC=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
BUILD=$(readlink -f "${1:-$SRC/build}")
APT=(apt-get -o DPkg::Lock::Timeout=300 -y)
SAMPLE=$SRC/tests/fixtures/samples/anxi-catalogue-gb18030.csv
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8

step() { echo "== $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

[[ $(id -u) == 0 ]] || fail "run as root (it installs the package)"
[[ -f $BUILD/CPackConfig.cmake ]] || fail "no CPack configuration in $BUILD: configure and build first"
if dpkg -s gkml >/dev/null 2>&1; then fail "a gkml package is already installed; remove it first"; fi

step "cpack -G DEB"
rm -f "$BUILD"/gkml_*.deb
(cd "$BUILD" && cpack -G DEB >/dev/null 2>&1) || fail "cpack -G DEB failed (run it in $BUILD to see why)"
DEB=$(ls "$BUILD"/gkml_*.deb 2>/dev/null | head -n1)
[[ -n $DEB ]] || fail "cpack produced no gkml_*.deb"
echo "   $(basename "$DEB") ($(du -k "$DEB" | cut -f1) KB)"
depends=$(dpkg-deb -f "$DEB" Depends)
for dep in libqt6sql6-sqlite qt6-qpa-plugins fonts-noto-cjk fonts-wqy-microhei libqt6svg6; do
    [[ $depends == *"$dep"* ]] || fail "Depends lacks $dep: $depends"
done
contents=$(dpkg-deb -c "$DEB")
grep -q '\./usr/bin/gkml-cli$' <<<"$contents" || fail "the package holds no /usr/bin/gkml-cli"
grep -q 'usr/share/mime/packages/gkml.xml$' <<<"$contents" || fail "the package holds no MIME type"

step "apt-get install ./$(basename "$DEB")"
cleanup() { step "apt-get remove gkml"; "${APT[@]}" remove gkml >/dev/null 2>&1 || true; }
trap cleanup EXIT
"${APT[@]}" install "$DEB" >/dev/null
CLI=/usr/bin/gkml-cli
[[ -x $CLI ]] || fail "$CLI is not installed"

step "installed gkml-cli --version"
version=$("$CLI" --version)
echo "   $version"
[[ $version == "gkml-cli "* ]] || fail "unexpected --version output: $version"

T=$(mktemp -d)
trap 'rm -rf "$T"; cleanup' EXIT
step "new + import + info on a sample"
"$CLI" new "$T/安溪 样例.gkml" --unit 安溪县民政局 >/dev/null
"$CLI" import "$SAMPLE" -o "$T/安溪 样例.gkml" >/dev/null
items=$("$CLI" info "$T/安溪 样例.gkml" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"])')
[[ $items == 20 ]] || fail "info: $items items, want 20"
echo "   20 items"
if "$CLI" --help | grep -q ' validate '; then
    step "validate"
    "$CLI" validate "$T/安溪 样例.gkml" >/dev/null || fail "validate exit $? on the sample"
fi
if "$CLI" --help | grep -q ' package '; then
    step "package + verify-package"
    "$CLI" package "$T/安溪 样例.gkml" -o "$T/" >/dev/null || fail "package exit $?"
    zip=$(ls "$T"/*.zip | head -n1)
    "$CLI" verify-package "$zip" >/dev/null || fail "verify-package exit $? on $(basename "$zip")"
    echo "   $(basename "$zip") verified"
fi
echo "PASS deb check"
