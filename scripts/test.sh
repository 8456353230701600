#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless: widgets
# offscreen, keychain tests against a real Secret Service in a private D-Bus session.
# Arguments go to ctest. JOBBERS_PRESET picks the preset (ci by default).
#
# With CI=true (.ci/run), what CI runs, cheapest first so that a slip fails in seconds:
#   1. format: every tracked .cpp/.h as .clang-format says (scripts/check-format.sh)
#   2. translations: the .ts files up to date, French complete (scripts/check-translations.sh)
#   3. the suite on the ci preset (optimised, Q_ASSERT kept)
#   4. the suite once more on the asan preset (AddressSanitizer + UndefinedBehaviorSanitizer);
#      a sanitizer failure fails CI (JOBBERS_ASAN_GATE=0 only reports it)
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

disk() { # LABEL: notes the free space beside the build and the size of build/
    local free used
    free=$(df -h --output=avail . | tail -1 | tr -d ' ' || true)
    used=$( (du -sh build 2>/dev/null || true) | cut -f1)
    timings+=("$(printf '%-20s free %s, build/ %s' "disk: $1" "$free" "${used:-0}")")
}

if [[ "${CI:-}" == true ]]; then
    trap 'printf "%s\n" "== CI timings" "${timings[@]}" >&2' EXIT
    # A CI machine's disk can be small: the cache is capped, and the ci build is removed
    # once its suite has passed, before the asan build (CI runs on a clean clone).
    export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-2G}
    disk start
    timed format scripts/check-format.sh
    timed translations scripts/check-translations.sh
    suite ci "$@"
    disk "after ci"
    rm -rf build/ci
    # The asan run is a gate. JOBBERS_ASAN_GATE=0 turns it back into a report, for a
    # machine whose sanitizer runtime misbehaves.
    if [[ "${JOBBERS_ASAN_GATE:-1}" == 1 ]]; then
        suite asan "$@"
    elif ! suite asan "$@"; then
        echo "== asan: failures above (reported only: JOBBERS_ASAN_GATE=0)" >&2
    fi
    disk "after asan"
else
    suite "${JOBBERS_PRESET:-ci}" "$@"
fi
