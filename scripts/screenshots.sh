#!/usr/bin/env bash
# Takes a screenshot of every section of the app in demo mode (embedded sandbox,
# offscreen, no display needed) into docs/screenshots/<section>.png. Builds first if
# needed. Usage: scripts/screenshots.sh [--lang fr|en] [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

lang=fr
out=docs/screenshots
while [[ $# -gt 0 ]]; do
  case "$1" in
    --lang) lang=$2; shift 2 ;;
    *) out=$1; shift ;;
  esac
done

build=${JOBBERS_BUILD_DIR:-build/dev}
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake --preset dev >/dev/null
fi
cmake --build "$build" --target jobbers-backoffice

# A private settings home: the shots never depend on (nor change) the user's own
# window layout or language.
settings_home=$(mktemp -d)
trap 'rm -rf "$settings_home"' EXIT
mkdir -p "$out"
XDG_CONFIG_HOME="$settings_home" QT_QPA_PLATFORM=offscreen \
  QT_LOGGING_RULES="*.info=false" \
  "$build/app/jobbers-backoffice" --demo --lang "$lang" --screenshots "$out"
