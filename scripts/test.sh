#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless: widgets
# offscreen, keychain tests against a real Secret Service in a private D-Bus session.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
preset=${JOBBERS_PRESET:-ci}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
export QT_QPA_PLATFORM=offscreen
exec scripts/with-keyring.sh ctest --preset "$preset" "$@"
