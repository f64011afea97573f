#!/usr/bin/env bash
# Requests/second of public pages vs a static file from public/ on a running production server
# (npm start), measured with wrk in one run; prints each page's share of the static figure
# (QUALITY.md budget: a public page ≥ 1/4 of the static file's rate). Needs Debian's wrk.
# Usage: bench/http-throughput.sh [BASE_URL] [SECONDS]
set -euo pipefail
BASE=${1:-http://127.0.0.1:3000}
DUR=${2:-10}
command -v wrk >/dev/null || { echo "wrk is missing: sudo apt-get install -y wrk"; exit 1; }
rps() { wrk -t2 -c32 -d"${DUR}s" --latency "$BASE$1" | awk '/Requests\/sec/ {print $2}'; }
STATIC=$(rps /icon.svg)
printf "%-22s %10s req/s\n" "/icon.svg (static)" "$STATIC"
for p in / /services /services/1 /12345 /economy; do
  R=$(rps "$p")
  printf "%-22s %10s req/s  %5.2f of static\n" "$p" "$R" "$(echo "$R / $STATIC" | bc -l)"
done
