#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless: widgets
# offscreen, keychain tests against a real Secret Service in a private D-Bus session.
# Arguments go to ctest. JOBBERS_PRESET picks the preset (ci by default).
#
# With CI=true (.ci/run), what CI runs, cheapest first so that a slip fails in seconds:
#   1. format: every tracked .cpp/.h as .clang-format says (scripts/check-format.sh)
#   2. translations: the .ts files up to date, French complete (scripts/check-translations.sh)
#   3. the suite on the ci preset (optimised, Q_ASSERT kept)
#   4. the suite once more on the asan preset (AddressSanitizer + UndefinedBehaviorSanitizer),
#      reported but not failing CI unless JOBBERS_ASAN_GATE=1 (see below)
# and a summary of how long each step took.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export QT_QPA_PLATFORM=offscreen

timings=()
timed() { # LABEL COMMAND...: runs it, notes its duration
    local label=$1 start=$SECONDS
    shift
    "$@"
    timings+=("$(printf '%-20s %4d s' "$label" $((SECONDS - start)))")
}

suite() { # PRESET [CTEST ARGS...]
    local preset=$1
    shift
    timed "$preset: configure" cmake --preset "$preset" >/dev/null
    timed "$preset: build" cmake --build --preset "$preset"
    timed "$preset: tests" scripts/with-keyring.sh ctest --preset "$preset" "$@"
}

if [[ "${CI:-}" == true ]]; then
    trap 'printf "%s\n" "== CI timings" "${timings[@]}" >&2' EXIT
    timed format scripts/check-format.sh
    timed translations scripts/check-translations.sh
    suite ci "$@"
    # The asan run is reported, not yet a gate: the rooms merged last (stats, admin,
    # chat) have not had a clean run under the sanitizers yet. JOBBERS_ASAN_GATE=1 makes
    # a sanitizer failure fail CI; make it the default once the asan run is green.
    if [[ "${JOBBERS_ASAN_GATE:-0}" == 1 ]]; then
        suite asan "$@"
    elif ! suite asan "$@"; then
        echo "== asan: failures above (reported, not a gate yet: JOBBERS_ASAN_GATE=1)" >&2
    fi
else
    suite "${JOBBERS_PRESET:-ci}" "$@"
fi
