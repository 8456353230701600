#!/usr/bin/env bash
# Installs the Debian 12 packages that building, testing and running Jobbers Back
# Office need, and nothing else. Idempotent: silent when everything is present.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config git clang-format
  # Qt 6.4 development files
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  # Qt6HttpServer's CMake config needs WebSockets though nothing pulls it in;
  # Qt6Charts' needs Qt6OpenGL.
  qt6-websockets-dev libqt6opengl6-dev
  qtkeychain-qt6-dev
  # run time: SQLite driver, SVG icons, platform plugins, time zones, fonts,
  # libsecret (loaded at run time by QtKeychain)
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-translations-l10n tzdata fonts-dejavu-core
  libsecret-1-0
  # tests: a private D-Bus session with a real Secret Service, a virtual X server,
  # and the load generators of the benchmarks
  dbus dbus-x11 gnome-keyring xvfb xauth curl wrk
  # the e2e conformance test (standard library only)
  python3
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
