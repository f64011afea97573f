#!/usr/bin/env bash
# Lighthouse mobile scores of a running production server (npm start), one line per page.
# Usage: bench/lighthouse.sh [BASE_URL] [PATH...]   (defaults: http://127.0.0.1:3000 and the public pages)
set -euo pipefail
BASE=${1:-http://127.0.0.1:3000}
shift || true
PATHS=("$@")
[ ${#PATHS[@]} -eq 0 ] && PATHS=(/ /economy /culture /governance /transport /environment /life /services /services/1 /12345)
OUT=$(mktemp -d)
for p in "${PATHS[@]}"; do
  f="$OUT/$(echo "$p" | tr -c 'a-zA-Z0-9' '_').json"
  CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} npx --yes lighthouse@12 "$BASE$p" --quiet --output=json --output-path="$f" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 || { echo "$p: lighthouse failed"; continue; }
  node -e '
    const r = require(process.argv[1]); const c = r.categories; const a = r.audits;
    const s = (k) => c[k] ? c[k].score.toFixed(2) : "n/a";
    // JavaScript sent to the page (compressed transfer size), QUALITY.md budget 150 KiB.
    const js = (a["network-requests"]?.details?.items ?? []).filter((i) => i.resourceType === "Script").reduce((n, i) => n + (i.transferSize ?? 0), 0);
    console.log(`${process.argv[2].padEnd(14)} perf ${s("performance")}  a11y ${s("accessibility")}  best ${s("best-practices")}  seo ${s("seo")}  LCP ${a["largest-contentful-paint"].displayValue}  CLS ${a["cumulative-layout-shift"].displayValue}  TBT ${a["total-blocking-time"].displayValue}  JS ${(js / 1024).toFixed(1)} KiB`);
  ' "$f" "$p"
done
