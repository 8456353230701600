#!/bin/sh
# The app in demo mode and the tests link the sandbox with core and ui: no class or
# namespace of the sandbox may share its name with one of theirs (two Countries once
# did). Compares the top-level qualifiers of the symbols each static library defines.
#   namesapart.sh SANDBOX_LIB OTHER_LIB...
set -eu
names() {
    nm -C --defined-only "$1" 2>/dev/null | awk '$2 ~ /^[TDBR]$/' | cut -d' ' -f3- \
        | grep -v '^(anonymous\|^std::\|^__gnu\|^Qt\|^Q[A-Z]' \
        | sed -n 's/^\([A-Za-z_][A-Za-z0-9_]*\)::.*/\1/p' | sort -u
}
sandbox=$1
shift
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
names "$sandbox" >"$tmp"
[ -s "$tmp" ] || { echo "no symbols read from $sandbox (is nm installed?)"; exit 1; }
status=0
for lib in "$@"; do
    both=$(names "$lib" | comm -12 "$tmp" -)
    if [ -n "$both" ]; then
        echo "FAIL: $(basename "$sandbox") and $(basename "$lib") both define:" $both
        status=1
    fi
done
[ $status -eq 0 ] && echo "PASS: the sandbox's names are its own"
exit $status
