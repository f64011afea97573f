// Types of page-cache-handler.mjs (loaded by Next.js at run time; see next.config.ts).
type CacheValue = {
  kind: string;
  html?: string;
  rscData?: Buffer;
  segmentData?: Map<string, Buffer>;
  body?: Buffer;
  headers?: Record<string, string | string[] | number | undefined>;
  status?: number;
  postponed?: string;
  data?: unknown;
  tags?: string[];
  revalidate?: number | false;
};
export type Entry = { value: CacheValue | null; lastModified: number; cacheControl?: { revalidate?: number | false; expire?: number } };
export declare function serializeEntry(entry: Entry): string;
export declare function deserializeEntry(text: string): Entry;
export default class PageCacheHandler {
  constructor(ctx: { serverDistDir?: string; maxMemoryCacheSize?: number });
  get(key: string, ctx: unknown): Promise<Entry | null>;
  set(key: string, data: CacheValue | null, ctx: unknown): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
  static peek(pagePath: string): { entry: Entry; state: "fresh" | "stale" | "expired" } | null;
}
