#!/usr/bin/env bash
# Load benchmark of the sandbox: requests per second and p99 latency of
# GET /oneapi/v0/clients/{id} and GET /oneapi/v0/echo/x under concurrent load
# from a second process (wrk), and the count of errors, which must be zero.
#   bench_sandbox.sh SANDBOX_BIN [SECONDS]   (default 20 s per endpoint)
set -euo pipefail
bin=${1:?path to jobbers-sandbox}
seconds=${2:-20}
threads=2
connections=${BENCH_CONNECTIONS:-16}

command -v wrk >/dev/null || { echo "wrk is not installed (packaging/install-deps.sh)"; exit 1; }
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

# The sandbox prints its address first; read it from the pipe (blocking read, bounded).
exec 3< <(exec "$bin" --port 0 --quiet 2>"$work/err")
pid=$!
base=""
while IFS= read -r -t 30 line <&3; do
  case $line in *"listening on "*) base=${line##*listening on }; break ;; esac
done
[ -n "$base" ] || { echo "sandbox did not start"; cat "$work/err"; exit 1; }

token=$(curl -sf -H 'Content-Type: application/json' \
  -d '{"grant_type":"password","username":"demo-20-key","password":"demo-20-secret"}' \
  "$base/oneapi/authentication/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
client=${BENCH_CLIENT_ID:-40301} # the first seeded client of enterprise 20
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/oneapi/v0/clients/$client")
[ "$status" = 200 ] || { echo "GET /oneapi/v0/clients/$client answered $status"; exit 1; }

fail=0
printf '%-32s %10s %10s %10s %8s\n' endpoint 'req/s' 'p50' 'p99' errors
for path in "/oneapi/v0/clients/$client" "/oneapi/v0/echo/x"; do
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency \
    -H "Authorization: Bearer $token" "$base$path" >"$work/wrk" 2>&1 || true
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk")
  p50=$(awk '$1=="50%" {print $2}' "$work/wrk")
  p99=$(awk '$1=="99%" {print $2}' "$work/wrk")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk"); non2xx=${non2xx:-0}
  sockerr=$(awk '/Socket errors/ {gsub(",", ""); print $4+$6+$8+$10}' "$work/wrk"); sockerr=${sockerr:-0}
  errors=$((non2xx + sockerr))
  printf '%-32s %10s %10s %10s %8s\n' "$path" "$rps" "$p50" "$p99" "$errors"
  [ "$errors" -eq 0 ] || { fail=1; cat "$work/wrk"; }
done
echo "($connections connections, $threads wrk threads, ${seconds}s per endpoint)"
exit $fail
