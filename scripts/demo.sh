#!/usr/bin/env bash
# Installs what is missing, builds, and starts the app in demo mode: an embedded
# sandbox of the Jobbers One API, signed in with no credentials to type.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target jobbers-backoffice
exec build/dev/app/jobbers-backoffice --demo "$@"
