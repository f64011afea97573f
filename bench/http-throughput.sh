#!/usr/bin/env bash
# Requests/second and latency of every public page against a static file from public/ on a running
# production server (npm start), measured with wrk in one run at 32 connections. Prints a table with
# each page's share of the static file's rate and its p95 latency; exits 1 when a page misses the
# budget (QUALITY.md: ≥ 0.25 × static, p95 ≤ 50 ms). Needs Debian's wrk.
# Usage: bench/http-throughput.sh [BASE_URL] [SECONDS] [PATH...]
#   BENCH_HEADER='Cookie: nt-elder=1' adds a request header (e.g. to measure the 长辈版 variant).
set -euo pipefail
BASE=${1:-http://127.0.0.1:3000}
DUR=${2:-10}
shift 2 || shift $# || true
PAGES=("$@")
[ ${#PAGES[@]} -eq 0 ] && PAGES=(/ /economy /culture /governance /transport /environment /life /services /services/1 /12345 /12345/public /accessibility)
STATIC=/icon.svg
MIN_SHARE=0.25
MAX_P95_MS=50
command -v wrk >/dev/null || {
  echo "wrk is missing: sudo apt-get install -y wrk"
  exit 1
}

LUA=$(mktemp --suffix=.lua)
trap 'rm -f "$LUA"' EXIT
cat >"$LUA" <<'EOF'
local extra = os.getenv("BENCH_HEADER")
if extra and extra ~= "" then
  local k, v = extra:match("^([^:]+):%s*(.*)$")
  if k then wrk.headers[k] = v end
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, summary.errors.status, errors))
end
EOF

# Prints "rps p50 p95 non2xx errors" for one path.
measure() { wrk -t2 -c32 -d"${DUR}s" -s "$LUA" "$BASE$1" | awk '/^RESULT/ {print $2, $3, $4, $5, $6}'; }

# Warm every page first so the table measures the cache, not the first render.
for p in "${PAGES[@]}"; do curl -s -o /dev/null "$BASE$p" || true; done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)   ($(nproc) cores, wrk -t2 -c32 -d${DUR}s)"
read -r S_RPS S_P50 S_P95 _ _ <<<"$(measure "$STATIC")"
printf "%-20s %10s %9s %9s %8s  %s\n" "path" "req/s" "p50 ms" "p95 ms" "share" "budget"
printf "%-20s %10s %9s %9s %8s  %s\n" "$STATIC (static)" "$S_RPS" "$S_P50" "$S_P95" "1.00" "-"
FAILED=0
for p in "${PAGES[@]}"; do
  read -r RPS P50 P95 NON2XX ERRS <<<"$(measure "$p")"
  SHARE=$(awk -v r="$RPS" -v s="$S_RPS" 'BEGIN { printf "%.2f", r / s }')
  OK=$(awk -v sh="$SHARE" -v p95="$P95" -v n="$NON2XX" -v e="$ERRS" -v ms="$MIN_SHARE" -v mp="$MAX_P95_MS" \
    'BEGIN { print (sh >= ms && p95 <= mp && n == 0 && e == 0) ? "ok" : "MISS" }')
  NOTE=""
  [ "$NON2XX" != "0" ] && NOTE=" ($NON2XX non-2xx)"
  [ "$ERRS" != "0" ] && NOTE="$NOTE ($ERRS socket errors)"
  [ "$OK" = "ok" ] || FAILED=1
  printf "%-20s %10s %9s %9s %8s  %s%s\n" "$p" "$RPS" "$P50" "$P95" "$SHARE" "$OK" "$NOTE"
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)   budget: share ≥ $MIN_SHARE and p95 ≤ ${MAX_P95_MS} ms"
exit $FAILED
