// @ts-check
// Next.js cache handler (next.config.ts `cacheHandler`) for cached pages and tagged data.
//
// - Every instance keeps entries in its own memory (an LRU bounded by `cacheMaxMemorySize`), so a
//   cached page costs one Map lookup.
// - With REDIS_URL, entries are also written to Redis, and tag revalidations are stored in a Redis
//   hash and broadcast on a channel: every instance applies them to Next.js's tag manifest at once,
//   so an admin's edit through instance A expires the page on instance B too, and the instance that
//   re-renders first shares the new page with the others through Redis.
// - Each cached HTML page gets its own Content-Security-Policy header here: the hashes of exactly
//   the scripts in that HTML (a per-request nonce would force every page to render per request).
//
// Plain JavaScript: Next.js imports this file at run time with Node.js, outside the bundle.
import { readFileSync } from "node:fs";
import path from "node:path";
import tagsManifestModule from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { addScriptIntegrity, hashPolicy, publicOriginIsHttps } from "../lib/csp.mjs";

const { tagsManifest } = tagsManifestModule;

const TAGS_HEADER = "x-next-cache-tags";
/** REDIS_PREFIX keeps apps (or test runs) sharing one Redis apart. */
const NAMESPACE = `${process.env.REDIS_PREFIX ?? "nt:"}page-cache:`;
const CHANNEL = `${NAMESPACE}tags`;
const TAGS_HASH = `${NAMESPACE}tags`;
const DAY_SECONDS = 24 * 3600;
const NOT_FOUND_TTL_SECONDS = 10 * 60;
const RESYNC_MS = 30_000;
/** How long after a missed lookup its set() still counts as that render (longer, and the lookup led nowhere). */
const RENDER_START_WINDOW_MS = 60_000;

/**
 * @typedef {{ stale?: number, expired?: number }} TagTimes
 * @typedef {{ revalidate?: number | false, expire?: number }} CacheControl
 * @typedef {{ kind: string, html?: string, rscData?: Buffer, segmentData?: Map<string, Buffer>, body?: Buffer,
 *   headers?: Record<string, string | string[] | number | undefined>, status?: number, postponed?: string,
 *   data?: unknown, tags?: string[], revalidate?: number | false }} CacheValue
 * @typedef {{ value: CacheValue | null, lastModified: number, cacheControl?: CacheControl }} Entry
 */

/** Bounded in-memory LRU of entries; size is the rough byte length of the bodies. */
class MemoryLru {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, { entry: Entry, size: number }>} */
    this.map = new Map();
  }
  /** @param {string} key */
  get(key) {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    this.map.delete(key);
    this.map.set(key, hit);
    return hit.entry;
  }
  /** @param {string} key @param {Entry} entry */
  set(key, entry) {
    this.delete(key);
    const size = key.length + entrySize(entry);
    if (size > this.maxBytes) return;
    this.map.set(key, { entry, size });
    this.bytes += size;
    for (const [oldest, { size: s }] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(oldest);
      this.bytes -= s;
    }
  }
  /** @param {string} key */
  delete(key) {
    const hit = this.map.get(key);
    if (!hit) return;
    this.map.delete(key);
    this.bytes -= hit.size;
  }
}

/** @param {Entry} entry */
function entrySize(entry) {
  const v = entry.value;
  if (!v) return 32;
  let size = (v.html?.length ?? 0) + (v.rscData?.length ?? 0) + (v.body?.length ?? 0) + (v.postponed?.length ?? 0);
  if (v.segmentData) for (const [k, b] of v.segmentData) size += k.length + b.length;
  if (v.kind === "FETCH") size += JSON.stringify(v.data ?? "").length;
  return Math.max(size, 32);
}

/** Buffers and Maps as base64 so an entry survives JSON in Redis. @param {Entry} entry */
export function serializeEntry(entry) {
  const v = entry.value;
  /** @type {Record<string, unknown> | null} */
  let value = v ? { ...v } : null;
  if (v && value) {
    if (v.rscData) value.rscData = v.rscData.toString("base64");
    if (v.body) value.body = v.body.toString("base64");
    if (v.segmentData) value.segmentData = [...v.segmentData].map(([k, b]) => [k, b.toString("base64")]);
  }
  return JSON.stringify({ ...entry, value });
}

/** @param {string} text @returns {Entry} */
export function deserializeEntry(text) {
  const raw = JSON.parse(text);
  const v = raw.value;
  if (v) {
    if (typeof v.rscData === "string") v.rscData = Buffer.from(v.rscData, "base64");
    if (typeof v.body === "string") v.body = Buffer.from(v.body, "base64");
    if (Array.isArray(v.segmentData)) v.segmentData = new Map(v.segmentData.map(([k, b]) => [k, Buffer.from(b, "base64")]));
  }
  return raw;
}

/** Tags an entry answers to, as Next.js checks them. @param {Entry} entry @param {any} ctx */
function entryTags(entry, ctx) {
  const v = entry.value;
  if (!v) return [];
  if (v.kind === "FETCH") return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? []), ...(v.tags ?? [])];
  const header = v.headers?.[TAGS_HEADER];
  return typeof header === "string" ? header.split(",") : [];
}

/**
 * As Next.js's own FileSystemCache does: a revalidation moves `stale` forward and replaces `expired`
 * (an immediate expiry after a profile's far-future one must win).
 * @param {string} tag @param {TagTimes} times
 */
function applyTagTimes(tag, times) {
  const current = tagsManifest.get(tag) ?? {};
  tagsManifest.set(tag, {
    stale: Math.max(current.stale ?? 0, times.stale ?? 0) || undefined,
    expired: times.expired ?? current.expired,
  });
}

/** Whether an entry may be older than what another instance has: a tag changed, or its time ran out. */
function outdated(/** @type {Entry} */ entry, /** @type {any} */ ctx) {
  for (const tag of entryTags(entry, ctx)) {
    const t = tagsManifest.get(tag);
    if (t && ((t.stale ?? 0) > entry.lastModified || (t.expired ?? 0) > entry.lastModified)) return true;
  }
  const revalidate = entry.value?.kind === "FETCH" ? (ctx?.revalidate ?? entry.value.revalidate) : entry.cacheControl?.revalidate;
  return typeof revalidate === "number" && revalidate > 0 && entry.lastModified + revalidate * 1000 < Date.now();
}

/**
 * Next.js's storage key of a page ends with its path: /route-cache/APP_PAGE/<route hash>/$/standard/economy.
 * @param {string} key
 */
function pagePathOf(key) {
  const i = key.indexOf("/$/");
  return i >= 0 ? key.slice(i + 2) : null;
}

/** @param {string} key @param {Entry | null | undefined} entry */
function indexPage(key, entry) {
  const path = entry?.value?.kind === "APP_PAGE" ? pagePathOf(key) : null;
  if (path) shared.pageKeys.set(path, key);
}

/**
 * Fresh, stale or expired, as Next.js's IncrementalCache decides for a page (tags-manifest
 * areTagsExpired / areTagsStale, then the entry's revalidate and expire times).
 * @param {Entry} entry
 * @returns {"fresh" | "stale" | "expired"}
 */
function freshness(entry) {
  const now = Date.now();
  /** @type {"fresh" | "stale"} */
  let state = "fresh";
  for (const tag of entryTags(entry, undefined)) {
    const t = tagsManifest.get(tag);
    if (!t) continue;
    if (typeof t.expired === "number" && t.expired <= now && t.expired > entry.lastModified) return "expired";
    if ((t.stale ?? 0) > entry.lastModified) state = "stale";
  }
  const { revalidate, expire } = entry.cacheControl ?? {};
  if (typeof expire === "number" && entry.lastModified + expire * 1000 < now) return "expired";
  if (typeof revalidate === "number" && revalidate > 0 && entry.lastModified + revalidate * 1000 < now) state = "stale";
  return state;
}

/** Seconds Redis keeps an entry: a page's own expiry, short for "not found" pages, else a week. */
function redisTtl(/** @type {Entry} */ entry) {
  if (entry.value?.status === 404) return NOT_FOUND_TTL_SECONDS;
  const expire = entry.cacheControl?.expire;
  if (typeof expire === "number" && expire > 0) return Math.min(Math.ceil(expire), 30 * DAY_SECONDS);
  return 7 * DAY_SECONDS;
}

/**
 * Process-wide state: Next.js may construct a handler per request.
 * @type {{ lru?: MemoryLru, redis?: Promise<import("ioredis").default | null>, prefix?: string, sri: Record<string, string>,
 *   pageKeys: Map<string, string>, renderStarts: Map<string, number>, log: (msg: string, err?: unknown) => void }}
 */
const shared = {
  sri: {},
  pageKeys: new Map(),
  renderStarts: new Map(),
  log: (msg, err) => console.warn(`[page-cache] ${msg}${err ? `: ${err instanceof Error ? err.message : String(err)}` : ""}`),
};

/** Connects to Redis (once per process) when REDIS_URL is set and this is not `next build`. */
async function connectRedis() {
  const url = process.env.REDIS_URL;
  if (!url || process.env.NEXT_PHASE === "phase-production-build") return null;
  const { default: Redis } = await import("ioredis");
  // Fail fast when Redis is away: pages are then served from this instance's memory only.
  const options = { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000, lazyConnect: true };
  const client = new Redis(url, options);
  const subscriber = new Redis(url, options);
  client.on("error", (e) => shared.log("redis", e));
  subscriber.on("error", (e) => shared.log("redis subscriber", e));
  try {
    await Promise.all([client.connect(), subscriber.connect()]);
  } catch (e) {
    shared.log("Redis unavailable, using this instance's memory only", e);
    client.disconnect();
    subscriber.disconnect();
    return null;
  }
  const loadTags = async () => {
    const all = await client.hgetall(TAGS_HASH);
    for (const [tag, json] of Object.entries(all)) applyTagTimes(tag, JSON.parse(json));
  };
  subscriber.on("message", (_channel, message) => {
    try {
      const { tags, times } = JSON.parse(message);
      for (const tag of tags) applyTagTimes(tag, times);
    } catch (e) {
      shared.log("bad tag message", e);
    }
  });
  // A message lost while reconnecting is caught up by re-reading the hash.
  subscriber.on("ready", () => void loadTags().catch((e) => shared.log("tag resync", e)));
  await subscriber.subscribe(CHANNEL);
  await loadTags();
  setInterval(() => void loadTags().catch((e) => shared.log("tag resync", e)), RESYNC_MS).unref();
  return client;
}

export default class PageCacheHandler {
  /** @param {{ serverDistDir?: string, maxMemoryCacheSize?: number }} ctx */
  constructor(ctx) {
    if (!shared.lru) {
      shared.lru = new MemoryLru(ctx.maxMemoryCacheSize || 64 * 1024 * 1024);
      let buildId = "dev";
      try {
        if (ctx.serverDistDir) buildId = readFileSync(path.join(ctx.serverDistDir, "..", "BUILD_ID"), "utf8").trim();
      } catch {
        // no BUILD_ID yet (during `next build`)
      }
      try {
        if (ctx.serverDistDir)
          shared.sri = JSON.parse(readFileSync(path.join(ctx.serverDistDir, "subresource-integrity-manifest.json"), "utf8"));
      } catch {
        // no manifest (sri off, or during `next build`): external scripts then need no integrity here
      }
      // Pages of one build only: another build's HTML names chunks this build does not have.
      shared.prefix = `${NAMESPACE}${buildId}:`;
    }
    shared.redis ??= connectRedis().catch((e) => {
      shared.log("Redis setup failed", e);
      return null;
    });
  }

  /** @param {string} key @param {any} ctx @returns {Promise<Entry | null>} */
  async get(key, ctx) {
    const lru = /** @type {MemoryLru} */ (shared.lru);
    let entry = lru.get(key);
    if (entry && !outdated(entry, ctx)) return entry;
    const redis = await shared.redis;
    if (redis) {
      try {
        const text = await redis.get(shared.prefix + key);
        if (text) {
          const remote = deserializeEntry(text);
          if (!entry || remote.lastModified > entry.lastModified) {
            entry = remote;
            lru.set(key, remote);
            indexPage(key, remote);
          }
        }
      } catch (e) {
        shared.log(`get ${key}`, e);
      }
    }
    // A miss or an outdated entry: Next.js renders (or refetches) next and then calls set().
    if ((!entry || outdated(entry, ctx)) && !shared.renderStarts.has(key)) {
      // Lookups that led to no set() (a failed render) are dropped once they are too old to matter.
      if (shared.renderStarts.size >= 10_000) {
        const cutoff = Date.now() - RENDER_START_WINDOW_MS;
        for (const [k, t] of shared.renderStarts) if (t < cutoff) shared.renderStarts.delete(k);
      }
      shared.renderStarts.set(key, Date.now());
    }
    return entry ?? null;
  }

  /** @param {string} key @param {CacheValue | null} data @param {any} ctx */
  async set(key, data, ctx) {
    if (data?.kind === "APP_PAGE" && typeof data.html === "string") {
      // Next.js sends this very value (html, headers) with the response that produced the entry, so
      // the first visitor gets the same page and policy as everyone after.
      data.html = addScriptIntegrity(data.html, shared.sri);
      data.headers ??= {};
      data.headers["content-security-policy"] = hashPolicy(data.html, { https: publicOriginIsHttps() });
    }
    /** @type {Entry} */
    // The entry is as old as the data it was made from: the render began at the lookup that missed.
    // Stamped with the time of set() instead, a slow background re-render that began before a tag was
    // revalidated would count as newer than the change and serve the old data as fresh (seen under load).
    const now = Date.now();
    const started = shared.renderStarts.get(key);
    shared.renderStarts.delete(key);
    const lastModified = started !== undefined && now - started < RENDER_START_WINDOW_MS ? started : now;
    const entry = { value: data, lastModified, cacheControl: ctx?.cacheControl };
    if (data?.kind === "FETCH" && Array.isArray(ctx?.tags)) data.tags = ctx.tags;
    /** @type {MemoryLru} */ (shared.lru).set(key, entry);
    indexPage(key, entry);
    const redis = await shared.redis;
    if (!redis) return;
    try {
      await redis.set(shared.prefix + key, serializeEntry(entry), "EX", redisTtl(entry));
    } catch (e) {
      shared.log(`set ${key}`, e);
    }
  }

  /**
   * revalidateTag(tag, profile) marks entries stale (served once more while a fresh render runs);
   * without a profile, or with `{ expire: 0 }`, they expire at once.
   * @param {string | string[]} tags @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    const now = Date.now();
    /** @type {TagTimes} */
    const times = durations
      ? { stale: now, ...(durations.expire !== undefined ? { expired: now + durations.expire * 1000 } : {}) }
      : { expired: now };
    for (const tag of list) applyTagTimes(tag, times);
    const redis = await shared.redis;
    if (!redis) return;
    try {
      const merged = list.map((tag) => [tag, JSON.stringify(tagsManifest.get(tag))]);
      await redis.hset(TAGS_HASH, Object.fromEntries(merged));
      await redis.publish(CHANNEL, JSON.stringify({ tags: list, times }));
    } catch (e) {
      shared.log(`revalidateTag ${list.join(",")}`, e);
    }
  }

  resetRequestCache() {}

  /**
   * The cached page at an internal path (e.g. "/elder/economy") if this instance holds it, with how
   * Next.js would treat it: "fresh"; "stale" (a tag was revalidated with a profile, or its revalidate
   * time passed: served while one request re-renders it); "expired" (a tag expired at once, or its
   * expire time passed: the next request must wait for a fresh render). Only status-200 HTML pages.
   * The server's fast path (scripts/serve.ts) answers from this; anything else goes to Next.js.
   * @param {string} pagePath
   * @returns {{ entry: Entry, state: "fresh" | "stale" | "expired" } | null}
   */
  static peek(pagePath) {
    const key = shared.pageKeys.get(pagePath);
    const entry = key && shared.lru ? shared.lru.get(key) : undefined;
    if (!entry?.value || entry.value.kind !== "APP_PAGE" || (entry.value.status ?? 200) !== 200) return null;
    if (typeof entry.value.html !== "string" || entry.value.postponed) return null;
    return { entry, state: freshness(entry) };
  }
}
