#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources: lupdate, as the build defines it
# (ui/CMakeLists.txt: which sources, -no-obsolete -locations none), run through the
# project's update_translations target in a throw-away build directory. Then translate
# what is new (type="unfinished") with Qt Linguist and commit the .ts files.
#   scripts/update-translations.sh
set -euo pipefail
cd "$(dirname "$0")/.."

build=$(mktemp -d "${TMPDIR:-/tmp}/jobbers-lupdate.XXXXXX")
trap 'rm -rf "$build"' EXIT
# Nothing is compiled: the target only runs lupdate over the sources.
cmake -S . -B "$build" -G Ninja -DJOBBERS_BUILD_TESTS=OFF -DJOBBERS_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --target update_translations
