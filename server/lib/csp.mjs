// @ts-check
// Content Security Policy for every HTML response. Plain JavaScript because the cache handler that
// adds the hash-based policy to cached pages is loaded by Node.js at run time, outside the bundle.
import { createHash } from "node:crypto";

/** Headers on every response (next.config.ts headers(), and the server's cached-page fast path). */
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self), payment=(), usb=(), interest-cohort=()" },
];

/** Sent when the request came over HTTPS (the load balancer's X-Forwarded-Proto). */
export const HSTS_HEADER = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };

/** Non-HttpOnly hint that a session exists (display name and role only, never a secret). */
export const ACCOUNT_HINT_COOKIE = "nt-account";

/**
 * The one inline script we write ourselves: before first paint it marks <html> as signed in or out
 * from the hint cookie, so a cached page never shows a stale "登录" (CSS picks the header variant),
 * and marks WeChat's in-app browser (data-wechat), whose title bar already shows the page <title>.
 * Its hash is in every policy.
 */
export const ACCOUNT_STATE_SCRIPT = `var d=document.documentElement;d.dataset.account=/(?:^|;\\s*)${ACCOUNT_HINT_COOKIE}=/.test(document.cookie)?"in":"out";if(/MicroMessenger/i.test(navigator.userAgent))d.dataset.wechat="1"`;

/** @param {string} text */
export function sha256Source(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

export const ACCOUNT_STATE_SCRIPT_HASH = sha256Source(ACCOUNT_STATE_SCRIPT);

/** Origins the sign-in forms may post or redirect to (WeChat OAuth; a local fake in tests). */
function oauthOrigins() {
  const urls = [process.env.WECHAT_AUTHORIZATION_URL, process.env.WECHAT_QR_AUTHORIZATION_URL, "https://open.weixin.qq.com"];
  const origins = new Set();
  for (const u of urls) {
    if (!u) continue;
    try {
      origins.add(new URL(u).origin);
    } catch {
      // ignore malformed env; the provider fails loudly on use
    }
  }
  return [...origins].join(" ");
}

/**
 * The whole policy around a script-src list. Styles keep 'unsafe-inline' (React style attributes);
 * scripts never get 'unsafe-inline' or (outside development) 'unsafe-eval'.
 * @param {string[]} scriptSources
 * @param {{ https: boolean }} options
 */
function policy(scriptSources, { https }) {
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${oauthOrigins()}`.trim(),
    "frame-ancestors 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * Policy of a page rendered for one request: Next.js puts the nonce on its scripts, and
 * 'strict-dynamic' trusts what those load.
 * @param {string} nonce
 * @param {{ https: boolean, dev?: boolean }} options
 */
export function noncePolicy(nonce, { https, dev = false }) {
  const sources = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ACCOUNT_STATE_SCRIPT_HASH];
  if (dev) sources.push("'unsafe-eval'");
  return policy(sources, { https });
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTR = /\ssrc\s*=/i;
const INTEGRITY_ATTR = /\sintegrity\s*=\s*"([^"]+)"/i;

/**
 * Hash sources for the scripts of one HTML document: the SHA-256 of every inline script's text,
 * and the integrity value of every external script that carries one (experimental.sri), which
 * CSP 3 accepts as a hash source for that external script.
 * @param {string} html
 * @returns {string[]}
 */
export function scriptHashes(html) {
  const sources = new Set([ACCOUNT_STATE_SCRIPT_HASH]);
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    if (SRC_ATTR.test(attrs)) {
      const integrity = INTEGRITY_ATTR.exec(attrs)?.[1];
      if (integrity) for (const value of integrity.split(/\s+/)) if (value) sources.add(`'${value}'`);
    } else {
      sources.add(sha256Source(body));
    }
  }
  return [...sources];
}

const SCRIPT_OPEN = /<script\b[^>]*>/gi;
const NEXT_SRC = /\ssrc="\/_next\/([^"?]+)(?:\?[^"]*)?"/i;

/**
 * Adds integrity="…" (from Next.js's subresource-integrity manifest, `experimental.sri`) to the
 * Next.js script tags that lack it. Next.js sets it on its bootstrap scripts but not on the chunks
 * of client components, and under 'strict-dynamic' a parser-inserted script is allowed only by a
 * nonce or by a hash matching its integrity.
 * @param {string} html
 * @param {Record<string, string>} manifest keys like "static/chunks/x.js"
 */
export function addScriptIntegrity(html, manifest) {
  return html.replace(SCRIPT_OPEN, (tag) => {
    if (INTEGRITY_ATTR.test(tag)) return tag;
    const file = NEXT_SRC.exec(tag)?.[1];
    const integrity = file ? manifest[file] : undefined;
    return integrity ? `${tag.slice(0, -1)} integrity="${integrity}">` : tag;
  });
}

/**
 * Policy of a page rendered once and served from the cache to everyone: no nonce (a shared nonce
 * would be no secret), instead the hashes of exactly the scripts in this HTML.
 * @param {string} html
 * @param {{ https: boolean }} options
 */
export function hashPolicy(html, { https }) {
  return policy(["'self'", "'strict-dynamic'", ...scriptHashes(html)], { https });
}

/** Whether cached pages are served over HTTPS (AUTH_URL is the public origin). */
export function publicOriginIsHttps() {
  return (process.env.AUTH_URL ?? "").startsWith("https:");
}
