#!/bin/sh
# Runs a command with a real Secret Service: a private D-Bus session and an unlocked
# gnome-keyring-daemon inside it, with HOME and the XDG directories in a temporary
# directory so that the user's own keyring is never read or written.
#   scripts/with-keyring.sh ctest --test-dir build/dev
# Nested calls (ctest under this script running a test registered through it) reuse
# the session already set up.
set -eu

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

if [ "${JOBBERS_KEYRING_READY:-}" = 1 ] && [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    exec "$@"
fi

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is missing (install dbus and gnome-keyring)" >&2
        exit 77
    fi
done

if [ "${JOBBERS_KEYRING_INNER:-}" != 1 ]; then
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/jobbers-keyring.XXXXXX")
    mkdir -p "$tmp/home" "$tmp/config" "$tmp/data" "$tmp/cache" "$tmp/runtime"
    chmod 700 "$tmp/runtime"
    status=0
    HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
        XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/runtime" JOBBERS_KEYRING_INNER=1 \
        dbus-run-session -- "$0" "$@" || status=$?
    rm -rf "$tmp"
    exit "$status"
fi

# Inside the private session. A throw-away login keyring, made the default collection and
# stored unencrypted (it lives in the temporary directory only), so that nothing ever
# asks for a password or tries to show a prompt.
mkdir -p "$XDG_DATA_HOME/keyrings"
printf '[keyring]\ndisplay-name=login\nctime=0\nmtime=0\nlock-on-idle=false\nlock-after=false\n' \
    >"$XDG_DATA_HOME/keyrings/login.keyring"
printf 'login' >"$XDG_DATA_HOME/keyrings/default"
chmod 600 "$XDG_DATA_HOME/keyrings/login.keyring"
eval "$(printf '' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL="${GNOME_KEYRING_CONTROL:-}"
export JOBBERS_KEYRING_READY=1
unset JOBBERS_KEYRING_INNER
exec "$@"
