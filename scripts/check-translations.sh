#!/usr/bin/env bash
# CI gate: the committed translations/*.ts are what scripts/update-translations.sh makes
# from the sources (nobody forgot to run it), and after it the French file has no
# entry left unfinished (new, or edited in the source), vanished or obsolete (gone from
# the source). Works on a temporary copy of the tracked files: the tree is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."

copy=$(mktemp -d "${TMPDIR:-/tmp}/jobbers-tr-check.XXXXXX")
trap 'rm -rf "$copy"' EXIT
# The working tree as git sees it: tracked files and new ones not ignored (build/ is).
git ls-files -z --cached --others --exclude-standard \
    | tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$copy"
if ! log=$("$copy/scripts/update-translations.sh" 2>&1); then
    echo "translations: lupdate failed:" >&2
    echo "$log" >&2
    exit 2
fi

python3 - "$copy" <<'PY'
import os, sys
import xml.etree.ElementTree as ET

copy = sys.argv[1]
FIX = "run scripts/update-translations.sh, translate with linguist, commit translations/"

def messages(path):
    """{(context, source, comment): (type attribute of <translation>, or '')}"""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source", ""), msg.findtext("comment", ""))
            tr = msg.find("translation")
            out[key] = "" if tr is None else tr.get("type", "")
    return out

def show(key):
    ctx, src, comment = key
    return f"    {ctx}: {src!r}" + (f" ({comment})" if comment else "")

failed = False
for ts in sorted(os.listdir(os.path.join(copy, "translations"))):
    if not ts.endswith(".ts"):
        continue
    committed_path = os.path.join("translations", ts)
    with open(committed_path, "rb") as f:
        committed_bytes = f.read()
    with open(os.path.join(copy, "translations", ts), "rb") as f:
        fresh_bytes = f.read()
    if committed_bytes != fresh_bytes:
        failed = True
        committed, fresh = messages(committed_path), messages(os.path.join(copy, committed_path))
        added = [k for k in fresh if k not in committed]
        gone = [k for k in committed if k not in fresh]
        print(f"translations: {committed_path} is not what lupdate makes from the sources "
              f"({FIX}):", file=sys.stderr)
        if added:
            print(f"  {len(added)} in the sources, missing from the file:", file=sys.stderr)
            print("\n".join(show(k) for k in added), file=sys.stderr)
        if gone:
            print(f"  {len(gone)} in the file, gone from the sources:", file=sys.stderr)
            print("\n".join(show(k) for k in gone), file=sys.stderr)
        if not added and not gone:
            print("  same messages, different form (edited by hand or with other options?)",
                  file=sys.stderr)

# French is the one language translated in full; English only carries the source texts.
fresh_fr = messages(os.path.join(copy, "translations", "jobbers_fr.ts"))
for kind in ("unfinished", "vanished", "obsolete"):
    keys = [k for k, t in fresh_fr.items() if t == kind]
    if keys:
        failed = True
        print(f"translations: French entries {kind} after lupdate: {len(keys)} ({FIX}):",
              file=sys.stderr)
        print("\n".join(show(k) for k in keys), file=sys.stderr)

if failed:
    sys.exit(1)
print(f"translations: up to date, {len(fresh_fr)} French entries all translated")
PY
