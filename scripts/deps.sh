#!/usr/bin/env bash
# Installs what GKML needs on Debian 12 (bookworm) from Debian's own packages. Idempotent.
# Usage: scripts/deps.sh [--test|--windows]   (--test adds what the test suite uses: LibreOffice,
#   xvfb ...; --windows what scripts/build-windows.sh needs: the mingw-w64 cross compiler and Wine)
set -euo pipefail
SUDO=""
[[ $(id -u) == 0 ]] || SUDO="sudo"
build_pkgs=(
  g++ cmake ninja-build pkg-config                # toolchain
  qt6-base-dev libqt6sql6-sqlite                  # Qt 6.4 Widgets/Sql/PrintSupport + the SQLite driver (only a Recommends!)
  libqt6svg6                                      # the SVG icon engine and image plugin (icons are SVG)
  qt6-tools-dev qt6-translations-l10n             # lupdate/lrelease; Qt's own zh_CN catalogue for standard dialogs
  libquazip1-qt6-dev libqrencode-dev              # zip (xlsx read and write, packages), QR codes
  libfreexl-dev                                   # Excel 97-2003 .xls reading
  libsqlite3-dev                                  # SQLite's C API: many items read on the Qt driver's connection
  fonts-noto-cjk fonts-wqy-microhei               # CJK glyphs; WenQuanYi gives PDFs an exact text layer
)
test_pkgs=(
  xvfb xauth poppler-utils sqlite3 unzip python3 bc file
  dpkg-dev                                        # dpkg-shlibdeps for the .deb (CPack)
  clang libclang-rt-14-dev                        # libFuzzer and the sanitizer runtimes
  clang-format clang-tidy                         # scripts/lint.sh
  qt6-l10n-tools                                  # lupdate for tst_translations_current
  libreoffice-calc-nogui                          # the reference tool: reads our xlsx back, benchmarks
  libreoffice-writer-nogui                        # reads our docx back; converts .doc/.wps fixtures
)
windows_pkgs=(
  cmake ninja-build pkg-config qt6-base-dev qt6-tools-dev qt6-translations-l10n  # the host Qt's moc/rcc/lrelease
  g++-mingw-w64-x86-64-posix mingw-w64-tools libz-mingw-w64-dev  # the cross compiler; zlib1.dll
  wine xvfb xauth xdotool imagemagick fonts-wqy-microhei python3  # run and screenshot under Wine
)
case ${1:-} in
  --test) pkgs=("${build_pkgs[@]}" "${test_pkgs[@]}") ;;
  --windows) pkgs=("${windows_pkgs[@]}") ;;
  *) pkgs=("${build_pkgs[@]}") ;;
esac
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  $SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
      -o DPkg::Lock::Timeout=300 "${missing[@]}"
fi
