#!/usr/bin/env bash
# CI gate: every tracked .cpp/.h file is formatted as the project's .clang-format says.
# Names the files that are off and exits 1; fix them with
#   clang-format -i FILE...
# The format is the one of Debian 12's clang-format (14); another version may disagree.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v clang-format >/dev/null 2>&1; then
    echo "$0: clang-format is missing (packaging/install-deps.sh installs it)" >&2
    exit 2
fi

mapfile -d '' files < <(git ls-files -z -- '*.cpp' '*.h')
# One process for all the files: it prints "FILE:LINE:COL: error: ..." for each place off.
status=0
report=$(clang-format --style=file --dry-run -Werror "${files[@]}" 2>&1 >/dev/null) || status=$?
mapfile -t off < <(sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: .*/\1/p' <<<"$report" | sort -u)
if [[ ${#off[@]} -eq 0 && $status -ne 0 ]]; then
    echo "format: clang-format failed:" >&2
    echo "$report" >&2
    exit 2
fi

if [[ ${#off[@]} -gt 0 ]]; then
    echo "format: ${#off[@]} of ${#files[@]} files are not formatted ($(clang-format --version)):" >&2
    printf '  %s\n' "${off[@]}" >&2
    echo "fix with: clang-format -i ${off[*]}" >&2
    exit 1
fi
echo "format: ${#files[@]} files formatted"
