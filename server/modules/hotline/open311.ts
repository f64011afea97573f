import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, desc, eq, gte, inArray, isNotNull, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { DB } from "@/server/db";
import { hotlineCategory, hotlineTicket, open311ApiKey, orgDepartment, type HotlineCategoryAttribute } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { hasPermission } from "@/server/auth/roles";
import type { SessionUser } from "@/server/modules/account/service";
import { createTicket, type ServiceCtx } from "./service";
import { maskPersonalData } from "./privacy";
import { STATUS_NAMES, type TicketStatus } from "./labels";
import { DISTRICTS } from "./validation";

/**
 * Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2) over the 12345 hotline:
 *  - services = the leaf categories of the 12345 tree (service_code = category code, group = parent);
 *    a category with extra fields has `metadata: true` and a service definition with attributes;
 *  - POST requests (api_key required) creates an ordinary ticket, channel `open311`, in the agents'
 *    "new" queue through `createTicket` — the same path as every other channel;
 *  - GET requests never returns personal data: contact name/phone are never selected and the
 *    description and answer go through `maskPersonalData`. Only requests that are public (the
 *    citizen ticked 公开) or came in through Open311 are listed; private requests from other
 *    channels are not published.
 *
 * service_request_id is the ticket number shown to citizens (12345yyyymmddNNNNNN). Requests get
 * their id synchronously, so no tokens are issued (`tokens/…` answers 404).
 */

export const OPEN311_SPEC_URL = "http://wiki.open311.org/GeoReport_v2";
/** Changes when the service list or a service definition changes (Service Discovery `changeset`). */
export const OPEN311_CHANGESET = "2026-11-30T00:00:00+08:00";
export const MAX_DESCRIPTION = 4000;
/** GET requests: at most this many per response, newest first; the date range spans ≤ 90 days. */
export const MAX_REQUESTS = 1000;
export const DEFAULT_RANGE_DAYS = 90;
export const MAX_IDS = 100;
/** Open311 requests arrive untyped; agents classify them like any new ticket. */
export const OPEN311_TICKET_TYPE = "其他" as const;
export const DEMO_KEY = "nantong-open311-demo";
/** Answer key that keeps the client's `media_url` (never a category attribute code). */
export const MEDIA_URL_KEY = "media_url";

export type Open311Format = "json" | "xml";

/** An Open311 error: the HTTP status is also the error's `code` in the body (`[{code, description}]`). */
export class Open311Error extends Error {
  constructor(
    public readonly status: 400 | 403 | 404 | 405 | 429 | 500,
    description: string,
  ) {
    super(description);
    this.name = "Open311Error";
  }
}

// ---------------------------------------------------------------------------------------------
// Time

/** ISO 8601 in China time with the zone, e.g. 2026-11-30T09:05:00+08:00. */
export function iso8601(d: Date): string {
  const s = new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19);
  return `${s}+08:00`;
}

/**
 * Parses a start_date/end_date parameter (ISO 8601; a date alone means 00:00 China time). A `+`
 * in a query string decodes to a space (`…T08:00:00 08:00`), which is put back.
 */
export function parseIsoParam(name: string, raw: string): Date {
  let v = raw.trim();
  v = v.replace(/ (\d{2}:?\d{2})$/, "+$1");
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) v = `${v}T00:00:00+08:00`;
  const ok = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(v);
  const d = new Date(v);
  if (!ok || Number.isNaN(d.getTime()))
    throw new Open311Error(400, `${name} 格式有误：请使用带时区的 ISO 8601 时间，如 2026-11-01T00:00:00+08:00`);
  return d;
}

// ---------------------------------------------------------------------------------------------
// Discovery and services

export function discovery(origin: string) {
  return {
    changeset: OPEN311_CHANGESET,
    contact: "南通市12345政务服务便民热线（电话 12345）",
    key_service: "API key 由市12345热线管理员在管理后台“Open311 接口”中发放；请来函或致电 12345 申请。",
    endpoints: [
      {
        specification: OPEN311_SPEC_URL,
        url: `${origin}/open311/v2`,
        changeset: OPEN311_CHANGESET,
        type: "production",
        formats: ["text/xml", "application/json"],
      },
    ],
  };
}

type CategoryRow = {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  departmentId: number | null;
  needsLocation: boolean;
  attributes: HotlineCategoryAttribute[] | null;
  sortOrder: number;
};

async function categories(db: DB): Promise<CategoryRow[]> {
  return db
    .select({
      id: hotlineCategory.id,
      code: hotlineCategory.code,
      name: hotlineCategory.name,
      parentId: hotlineCategory.parentId,
      departmentId: hotlineCategory.departmentId,
      needsLocation: hotlineCategory.needsLocation,
      attributes: hotlineCategory.attributes,
      sortOrder: hotlineCategory.sortOrder,
    })
    .from(hotlineCategory)
    .orderBy(hotlineCategory.sortOrder, hotlineCategory.id);
}

async function departmentNames(db: DB): Promise<Map<number, string>> {
  const rows = await db.select({ id: orgDepartment.id, name: orgDepartment.name }).from(orgDepartment);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** GET services: every leaf category (groups are only the `group` of their children). */
export async function listServices(db: DB) {
  const all = await categories(db);
  const depts = await departmentNames(db);
  const groups = all.filter((c) => c.parentId === null);
  const out = [];
  for (const g of groups) {
    for (const c of all.filter((x) => x.parentId === g.id)) {
      const dept = c.departmentId ? depts.get(c.departmentId) : undefined;
      out.push({
        service_code: c.code,
        service_name: c.name,
        description: `${g.name} · ${c.name}${dept ? `，由${dept}办理` : ""}${c.needsLocation ? "；请提供发生地点" : ""}`,
        metadata: (c.attributes?.length ?? 0) > 0,
        type: "realtime",
        keywords: [g.name, c.name].join(","),
        group: g.name,
      });
    }
  }
  return out;
}

async function leafCategory(db: DB, code: string): Promise<CategoryRow | null> {
  const [row] = await db
    .select({
      id: hotlineCategory.id,
      code: hotlineCategory.code,
      name: hotlineCategory.name,
      parentId: hotlineCategory.parentId,
      departmentId: hotlineCategory.departmentId,
      needsLocation: hotlineCategory.needsLocation,
      attributes: hotlineCategory.attributes,
      sortOrder: hotlineCategory.sortOrder,
    })
    .from(hotlineCategory)
    .where(and(eq(hotlineCategory.code, code), isNotNull(hotlineCategory.parentId)))
    .limit(1);
  return row ?? null;
}

const DATATYPE_DESCRIPTIONS: Record<HotlineCategoryAttribute["datatype"], string> = {
  string: "一行文字，不超过500字",
  number: "数字，如 12 或 3.5",
  datetime: "带时区的 ISO 8601 时间，如 2026-11-30T08:30:00+08:00",
  text: "一段文字，不超过500字",
  singlevaluelist: "从 values 中选一个 key",
  multivaluelist: "从 values 中选一个或多个 key（参数重复提交）",
};

function sortedAttributes(c: CategoryRow): HotlineCategoryAttribute[] {
  return [...(c.attributes ?? [])].sort((a, b) => a.order - b.order);
}

/** GET services/{code}: the service definition (attributes); an unknown code is 404. */
export async function serviceDefinition(db: DB, code: string) {
  const c = await leafCategory(db, code);
  if (!c) throw new Open311Error(404, `找不到服务代码 ${code}，请先查询 services 列表`);
  return {
    service_code: c.code,
    attributes: sortedAttributes(c).map((a) => ({
      variable: true,
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      datatype_description: DATATYPE_DESCRIPTIONS[a.datatype],
      order: a.order,
      description: a.description,
      ...(a.datatype === "singlevaluelist" || a.datatype === "multivaluelist"
        ? { values: (a.values ?? []).map((v) => ({ key: v.key, name: v.name })) }
        : {}),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// API keys

export function hashKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** Characters shown in the admin list to tell keys apart (never enough to use one). */
export function keyPrefix(key: string): string {
  return key.slice(0, 10);
}

/** A new random key: `nt311_` + 32 base64url characters (192 bits). */
export function generateKey(): string {
  return `nt311_${randomBytes(24).toString("base64url")}`;
}

/** The key's id and name, or 403 for a missing, unknown or revoked key; records the last use. */
export async function authenticateKey(
  db: DB,
  apiKey: string | null | undefined,
  now = new Date(),
): Promise<{ id: number; name: string; keyHash: string }> {
  const key = (apiKey ?? "").trim();
  if (!key) throw new Open311Error(403, "缺少 api_key：提交诉求需要 API key，请向市12345热线申请");
  if (key.length > 200) throw new Open311Error(403, "api_key 无效或已被撤销");
  const [row] = await db
    .select({ id: open311ApiKey.id, name: open311ApiKey.name, revokedAt: open311ApiKey.revokedAt })
    .from(open311ApiKey)
    .where(eq(open311ApiKey.keyHash, hashKey(key)))
    .limit(1);
  if (!row || row.revokedAt) throw new Open311Error(403, "api_key 无效或已被撤销");
  await db.update(open311ApiKey).set({ lastUsedAt: now }).where(eq(open311ApiKey.id, row.id));
  return { id: row.id, name: row.name, keyHash: hashKey(key) };
}

const multiplier = Math.max(1, Number(process.env.RATE_LIMIT_MULTIPLIER ?? 1));
/** POST requests per API key: 60 a minute (in memory per instance, like server/lib/rate-limit.ts). */
export const postLimiter = new RateLimiterMemory({ points: 60 * multiplier, duration: 60, keyPrefix: "open311-post" });

/** Limited by the key's hash (unique across databases sharing one process, unlike the row id). */
async function consumePost(keyHash: string) {
  try {
    await postLimiter.consume(keyHash);
  } catch (e) {
    if (e instanceof RateLimiterRes)
      throw new Open311Error(429, `提交过于频繁：每个 API key 每分钟最多提交60件，请${Math.ceil(e.msBeforeNext / 1000)}秒后再试`);
    throw e;
  }
}

function requireKeyAdmin(user: SessionUser) {
  if (!hasPermission(user.role, "hotline.admin")) throw new AppError("FORBIDDEN", "您没有管理 Open311 接口的权限");
}

/** Admin list of keys (never the key itself or its hash). */
export async function listApiKeys(db: DB, user: SessionUser) {
  requireKeyAdmin(user);
  return db
    .select({
      id: open311ApiKey.id,
      name: open311ApiKey.name,
      keyPrefix: open311ApiKey.keyPrefix,
      createdAt: open311ApiKey.createdAt,
      lastUsedAt: open311ApiKey.lastUsedAt,
      revokedAt: open311ApiKey.revokedAt,
    })
    .from(open311ApiKey)
    .orderBy(sql`${open311ApiKey.revokedAt} is not null`, desc(open311ApiKey.createdAt), desc(open311ApiKey.id));
}

/** Creates a key for `name` (the client and who runs it); the key is returned once, only its hash is stored. */
export async function createApiKey(ctx: ServiceCtx, user: SessionUser, rawName: string, now = new Date()) {
  requireKeyAdmin(user);
  const name = (rawName ?? "").trim();
  if (name.length < 2)
    throw new AppError("BAD_REQUEST", "请填写使用方名称，至少2个字", {
      name: ["请填写使用方名称，至少2个字，如“某某区网格化平台（张工）”"],
    });
  if (name.length > 100) throw new AppError("BAD_REQUEST", "使用方名称不超过100字", { name: ["使用方名称不超过100字"] });
  const key = generateKey();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(open311ApiKey)
      .values({ name, keyHash: hashKey(key), keyPrefix: keyPrefix(key), createdById: user.id, createdAt: now })
      .returning({ id: open311ApiKey.id });
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "open311.key.create",
      outcome: "success",
      targetType: "open311_api_key",
      targetId: String(row!.id),
    });
    return { id: row!.id, name, key, keyPrefix: keyPrefix(key) };
  });
}

/** Revokes a key at once; revoking twice is harmless. */
export async function revokeApiKey(ctx: ServiceCtx, user: SessionUser, id: number, now = new Date()) {
  requireKeyAdmin(user);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: open311ApiKey.id, name: open311ApiKey.name, revokedAt: open311ApiKey.revokedAt })
      .from(open311ApiKey)
      .where(eq(open311ApiKey.id, id))
      .limit(1);
    if (!row) throw new AppError("NOT_FOUND", "找不到该 API key");
    if (row.revokedAt) return { id: row.id, name: row.name, revokedAt: row.revokedAt };
    await tx
      .update(open311ApiKey)
      .set({ revokedAt: now })
      .where(and(eq(open311ApiKey.id, id), isNull(open311ApiKey.revokedAt)));
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "open311.key.revoke",
      outcome: "success",
      targetType: "open311_api_key",
      targetId: String(id),
    });
    return { id: row.id, name: row.name, revokedAt: now };
  });
}

// ---------------------------------------------------------------------------------------------
// POST requests

/** What a POST body offers: URLSearchParams and FormData both fit. */
export type Params = { get(name: string): unknown; getAll(name: string): unknown[]; keys(): Iterable<string> };

const str = (v: unknown): string => (typeof v === "string" ? v.trim() : "");

/** `attribute[code]=v` and `attribute[code][]=v` (repeated for multivaluelist) → { code: [v…] }. */
export function attributeParams(params: Params): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of new Set(params.keys())) {
    const m = /^attribute\[([^\]]{1,50})\](\[\])?$/.exec(name);
    if (!m) continue;
    const values = params
      .getAll(name)
      .map(str)
      .filter((v) => v !== "");
    if (values.length === 0) continue;
    out.set(m[1]!, [...(out.get(m[1]!) ?? []), ...values]);
  }
  return out;
}

/** Checks the answers against the service definition: unknown codes, required, datatypes, value lists. */
export function validateAttributes(defs: HotlineCategoryAttribute[], given: Map<string, string[]>): Record<string, string | string[]> {
  const byCode = new Map(defs.map((d) => [d.code, d]));
  for (const code of given.keys()) {
    if (!byCode.has(code))
      throw new Open311Error(400, `attribute[${code}] 不是该服务定义的属性，请查询 services/{service_code} 的 attributes`);
  }
  const out: Record<string, string | string[]> = {};
  for (const d of defs) {
    const values = given.get(d.code) ?? [];
    if (values.length === 0) {
      if (d.required) throw new Open311Error(400, `缺少必填属性 attribute[${d.code}]（${d.description}）`);
      continue;
    }
    if (values.some((v) => v.length > 500)) throw new Open311Error(400, `attribute[${d.code}] 不超过500字`);
    const keys = new Set((d.values ?? []).map((v) => v.key));
    switch (d.datatype) {
      case "string":
      case "text":
      case "number":
      case "datetime":
      case "singlevaluelist": {
        if (values.length > 1) throw new Open311Error(400, `attribute[${d.code}] 只能有一个值`);
        const v = values[0]!;
        if (d.datatype === "number" && !/^-?\d+(\.\d+)?$/.test(v)) throw new Open311Error(400, `attribute[${d.code}] 应为数字`);
        if (d.datatype === "datetime") parseIsoParam(`attribute[${d.code}]`, v);
        if (d.datatype === "singlevaluelist" && !keys.has(v))
          throw new Open311Error(400, `attribute[${d.code}] 的值 ${v} 不在可选值中，可选：${[...keys].join("、")}`);
        out[d.code] = v;
        break;
      }
      case "multivaluelist": {
        if (values.length > 20) throw new Open311Error(400, `attribute[${d.code}] 最多选20个值`);
        const bad = values.find((v) => !keys.has(v));
        if (bad !== undefined) throw new Open311Error(400, `attribute[${d.code}] 的值 ${bad} 不在可选值中，可选：${[...keys].join("、")}`);
        out[d.code] = [...new Set(values)];
        break;
      }
    }
  }
  return out;
}

function numberParam(name: string, v: string): number | undefined {
  if (v === "") return undefined;
  if (!/^-?\d+(\.\d+)?$/.test(v)) throw new Open311Error(400, `${name} 应为十进制数字（WGS84）`);
  return Number(v);
}

/**
 * POST requests: validates in the spec's order of concerns (api_key → service_code → location →
 * description → attributes), then creates the ticket through `createTicket` (channel open311, scope
 * `open311:<key id>`), so it lands in the agents' "new" queue. Without an `Idempotency-Key` header
 * every POST is a new request (the spec has no idempotency); with one, a retry returns the first ticket.
 */
export async function createRequest(
  ctx: ServiceCtx,
  params: Params,
  opts: { apiKey?: string | null; idempotencyKey?: string | null; now?: Date } = {},
) {
  const now = opts.now ?? new Date();
  const key = await authenticateKey(ctx.db, opts.apiKey ?? str(params.get("api_key")), now);
  await consumePost(key.keyHash);

  const serviceCode = str(params.get("service_code"));
  if (!serviceCode) throw new Open311Error(400, "缺少 service_code（服务代码），请从 services 列表中选择");
  const category = await leafCategory(ctx.db, serviceCode);
  if (!category) throw new Open311Error(404, `找不到服务代码 ${serviceCode}，请先查询 services 列表`);

  const lat = numberParam("lat", str(params.get("lat")));
  const lng = numberParam("long", str(params.get("long")));
  if ((lat === undefined) !== (lng === undefined)) throw new Open311Error(400, "lat 和 long 须同时提供");
  const addressString = str(params.get("address_string"));
  const addressId = str(params.get("address_id"));
  if (lat === undefined && !addressString && !addressId)
    throw new Open311Error(400, "缺少位置：请提供 lat 和 long，或 address_string，或 address_id");
  if (addressString.length > 200) throw new Open311Error(400, "address_string 不超过200字");
  if (addressId.length > 100) throw new Open311Error(400, "address_id 不超过100字");

  const rawDescription = typeof params.get("description") === "string" ? (params.get("description") as string).trim() : "";
  if (rawDescription.length > MAX_DESCRIPTION)
    throw new Open311Error(400, `description 不超过${MAX_DESCRIPTION}字（当前 ${rawDescription.length} 字）`);

  const attributes: Record<string, string | string[]> = validateAttributes(sortedAttributes(category), attributeParams(params));
  const mediaUrl = str(params.get("media_url"));
  if (mediaUrl) {
    let ok = false;
    try {
      const u = new URL(mediaUrl);
      ok = (u.protocol === "https:" || u.protocol === "http:") && mediaUrl.length <= 500;
    } catch {
      ok = false;
    }
    if (!ok) throw new Open311Error(400, "media_url 应为 http(s) 网址，不超过500字");
    attributes[MEDIA_URL_KEY] = mediaUrl;
  }

  // The ticket needs a readable description of ≥ 5 characters; the spec makes it optional.
  const description =
    rawDescription.length >= 5
      ? rawDescription
      : `${category.name}${rawDescription ? `：${rawDescription}` : "（Open311 提交，未填写描述）"}`;
  const address = addressString || (addressId ? `地址编号 ${addressId}` : "");
  const district = DISTRICTS.find((d) => address.includes(d));
  const name = `${str(params.get("last_name"))}${str(params.get("first_name"))}`.slice(0, 50);
  const phone = str(params.get("phone"));
  const idem = (opts.idempotencyKey ?? "").trim();
  if (idem && (idem.length < 8 || idem.length > 100)) throw new Open311Error(400, "Idempotency-Key 应为8到100个字符");

  try {
    const ticket = await createTicket(
      ctx,
      null,
      {
        type: OPEN311_TICKET_TYPE,
        categoryId: category.id,
        channel: "open311",
        description,
        district,
        address: address || undefined,
        lat,
        lng,
        isPublic: false,
        contactName: name || undefined,
        contactPhone: phone || undefined,
        attributes: Object.keys(attributes).length > 0 ? attributes : undefined,
        idempotencyKey: idem || randomUUID(),
      },
      now,
      { scope: `open311:${key.id}` },
    );
    return {
      service_request_id: ticket.ticketNo,
      service_notice: `已受理，工单号 ${ticket.ticketNo}。市12345热线将分派承办部门，可用 GET requests/${ticket.ticketNo} 查询进度。`,
      account_id: null,
    };
  } catch (e) {
    // Validation of the ticket itself (phone format, coordinates outside Nantong…) is a 400.
    if (e instanceof AppError && e.code === "BAD_REQUEST") throw new Open311Error(400, e.message.replace("联系电话", "phone"));
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// GET requests

export type ServiceRequest = {
  service_request_id: string;
  status: "open" | "closed";
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string | null;
  address_id: null;
  zipcode: null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
};

/** Rows that may be published: public ones, and those that came in through Open311. */
const publishable = () => or(eq(hotlineTicket.isPublic, true), eq(hotlineTicket.channel, "open311"))!;

const requestColumns = {
  ticketNo: hotlineTicket.ticketNo,
  status: hotlineTicket.status,
  description: hotlineTicket.description,
  answer: hotlineTicket.answer,
  district: hotlineTicket.district,
  address: hotlineTicket.address,
  lat: hotlineTicket.lat,
  lng: hotlineTicket.lng,
  dueDate: hotlineTicket.dueDate,
  attributes: hotlineTicket.attributes,
  departmentId: hotlineTicket.departmentId,
  createdAt: hotlineTicket.createdAt,
  updatedAt: hotlineTicket.updatedAt,
  categoryCode: hotlineCategory.code,
  categoryName: hotlineCategory.name,
  categoryDepartmentId: hotlineCategory.departmentId,
};
type RequestRow = {
  [K in keyof typeof requestColumns]:
    (typeof requestColumns)[K]["_"]["data"] | ((typeof requestColumns)[K]["_"]["notNull"] extends true ? never : null);
};

function toServiceRequest(r: RequestRow, depts: Map<number, string>): ServiceRequest {
  const closed = r.status === "closed";
  const label = STATUS_NAMES[r.status as TicketStatus] ?? r.status;
  const answer = r.answer && (r.status === "replied" || closed) ? maskPersonalData(r.answer) : null;
  const address =
    r.district && r.address && !r.address.startsWith(r.district) ? `${r.district}${r.address}` : (r.address ?? r.district ?? null);
  const media = r.attributes?.[MEDIA_URL_KEY];
  const deptId = r.departmentId ?? r.categoryDepartmentId;
  return {
    service_request_id: r.ticketNo,
    status: closed ? "closed" : "open",
    status_notes: answer ? `${label}：${answer}` : label,
    service_name: r.categoryName,
    service_code: r.categoryCode,
    description: maskPersonalData(r.description),
    agency_responsible: deptId ? (depts.get(deptId) ?? null) : null,
    service_notice: r.dueDate && !closed ? `办理时限：${r.dueDate}（工作日计算，节假日顺延）` : null,
    requested_datetime: iso8601(r.createdAt),
    updated_datetime: iso8601(r.updatedAt),
    expected_datetime: r.dueDate ? `${r.dueDate}T23:59:59+08:00` : null,
    address: address ? maskPersonalData(address) : null,
    address_id: null,
    zipcode: null,
    lat: r.lat,
    long: r.lng,
    media_url: typeof media === "string" ? media : null,
  };
}

function selectRequests(db: DB) {
  return db.select(requestColumns).from(hotlineTicket).innerJoin(hotlineCategory, eq(hotlineCategory.id, hotlineTicket.categoryId));
}

export type ListQuery = {
  service_request_id?: string | null;
  service_code?: string | null;
  start_date?: string | null;
  end_date?: string | null;
  status?: string | null;
};

/**
 * GET requests. `service_request_id` (comma list, ≤ 100) overrides every other parameter, as the
 * spec says. Otherwise requests created in [start_date, end_date] — by default the last 90 days,
 * never a span over 90 days — filtered by service_code (comma list) and status (open, closed or
 * both), newest first, at most 1,000.
 */
export async function listRequests(db: DB, q: ListQuery, now = new Date()): Promise<ServiceRequest[]> {
  const depts = await departmentNames(db);
  const ids = (q.service_request_id ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.length > 0) {
    if (ids.length > MAX_IDS) throw new Open311Error(400, `service_request_id 一次最多查询${MAX_IDS}个`);
    const rows = await selectRequests(db)
      .where(and(inArray(hotlineTicket.ticketNo, ids), publishable()))
      .orderBy(desc(hotlineTicket.createdAt), desc(hotlineTicket.id));
    return rows.map((r) => toServiceRequest(r, depts));
  }

  const end = q.end_date ? parseIsoParam("end_date", q.end_date) : null;
  const start = q.start_date ? parseIsoParam("start_date", q.start_date) : null;
  const to = end ?? (start ? new Date(start.getTime() + DEFAULT_RANGE_DAYS * 86_400_000) : now);
  const from = start ?? new Date(to.getTime() - DEFAULT_RANGE_DAYS * 86_400_000);
  if (from.getTime() > to.getTime()) throw new Open311Error(400, "start_date 不能晚于 end_date");
  if (to.getTime() - from.getTime() > DEFAULT_RANGE_DAYS * 86_400_000)
    throw new Open311Error(400, `start_date 到 end_date 不能超过${DEFAULT_RANGE_DAYS}天`);

  const where: SQL[] = [publishable(), gte(hotlineTicket.createdAt, from), lte(hotlineTicket.createdAt, to)];
  const codes = (q.service_code ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (codes.length > 0) {
    if (codes.length > 50) throw new Open311Error(400, "service_code 一次最多50个");
    where.push(inArray(hotlineCategory.code, codes));
  }
  const statuses = (q.status ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const s of statuses)
    if (s !== "open" && s !== "closed") throw new Open311Error(400, "status 只能是 open 或 closed（可用逗号同时查询）");
  if (statuses.length === 1)
    where.push(statuses[0] === "closed" ? eq(hotlineTicket.status, "closed") : sql`${hotlineTicket.status} <> 'closed'`);

  const rows = await selectRequests(db)
    .where(and(...where))
    .orderBy(desc(hotlineTicket.createdAt), desc(hotlineTicket.id))
    .limit(MAX_REQUESTS);
  return rows.map((r) => toServiceRequest(r, depts));
}

/** GET requests/{id}: one request as a one-element list; unknown or unpublished ids are 404. */
export async function getRequest(db: DB, id: string): Promise<ServiceRequest[]> {
  const depts = await departmentNames(db);
  const rows = await selectRequests(db)
    .where(and(eq(hotlineTicket.ticketNo, id), publishable()))
    .limit(1);
  if (rows.length === 0) throw new Open311Error(404, `找不到诉求 ${id}`);
  return rows.map((r) => toServiceRequest(r, depts));
}
