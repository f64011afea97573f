import { randomUUID } from "node:crypto";
import { and, desc, eq, gte, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import type { DB } from "@/server/db";
import { hotlineCategory, hotlineTicket } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { consume } from "@/server/lib/rate-limit";
import { createTicket, haversineMeters, type ServiceCtx } from "../service";
import { boundingBox } from "../supporters";
import { maskPersonalData, publicAddress, publicCoordinate } from "../privacy";
import { isTicketStatus, STATUS_NAMES } from "../labels";
import { DISTRICTS } from "../validation";
import { DEFAULT_RANGE_DAYS, MAX_DESCRIPTION, MAX_IDS, MAX_REQUESTS, MEDIA_URL_KEY, OPEN311_TICKET_TYPE } from "./constants";
import { attributeParams, iso8601, numberParam, parseIsoParam, str, type Params } from "./params";
import { sortedAttributes, validateAttributes } from "./attributes";
import { authenticateKey } from "./keys";
import { departmentNames, leafCategory } from "./services";

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
  await consume(ctx.db, "open311Post", key.keyHash);

  const serviceCode = str(params.get("service_code"));
  if (!serviceCode) throw new AppError("BAD_REQUEST", "缺少 service_code（服务代码），请从 services 列表中选择");
  const category = await leafCategory(ctx.db, serviceCode);
  if (!category) throw new AppError("NOT_FOUND", `找不到服务代码 ${serviceCode}，请先查询 services 列表`);

  const lat = numberParam("lat", str(params.get("lat")));
  const lng = numberParam("long", str(params.get("long")));
  if ((lat === undefined) !== (lng === undefined)) throw new AppError("BAD_REQUEST", "lat 和 long 须同时提供");
  const addressString = str(params.get("address_string"));
  const addressId = str(params.get("address_id"));
  if (lat === undefined && !addressString && !addressId)
    throw new AppError("BAD_REQUEST", "缺少位置：请提供 lat 和 long，或 address_string，或 address_id");
  if (addressString.length > 200) throw new AppError("BAD_REQUEST", "address_string 不超过200字");
  if (addressId.length > 100) throw new AppError("BAD_REQUEST", "address_id 不超过100字");

  const rawDescription = str(params.get("description"));
  if (rawDescription.length > MAX_DESCRIPTION)
    throw new AppError("BAD_REQUEST", `description 不超过${MAX_DESCRIPTION}字（当前 ${rawDescription.length} 字）`);

  const attributes: Record<string, string | string[]> = validateAttributes(sortedAttributes(category.attributes), attributeParams(params));
  const mediaUrl = str(params.get("media_url"));
  if (mediaUrl) {
    let ok = false;
    try {
      const u = new URL(mediaUrl);
      ok = (u.protocol === "https:" || u.protocol === "http:") && mediaUrl.length <= 500;
    } catch {
      ok = false;
    }
    if (!ok) throw new AppError("BAD_REQUEST", "media_url 应为 http(s) 网址，不超过500字");
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
  if (idem && (idem.length < 8 || idem.length > 100)) throw new AppError("BAD_REQUEST", "Idempotency-Key 应为8到100个字符");

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
    if (e instanceof AppError && e.code === "BAD_REQUEST") throw new AppError("BAD_REQUEST", e.message.replace("联系电话", "phone"));
    throw e;
  }
}

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
  const label = isTicketStatus(r.status) ? STATUS_NAMES[r.status] : r.status;
  const answer = r.answer && (r.status === "replied" || closed) ? maskPersonalData(r.answer) : null;
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
    // The public location rule of /12345/public: street level, about 100 m (privacy.ts).
    address: publicAddress(r.district, r.address),
    address_id: null,
    zipcode: null,
    lat: publicCoordinate(r.lat),
    long: publicCoordinate(r.lng),
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
  lat?: string | null;
  long?: string | null;
  radius?: string | null;
};

/** GET requests by location: `radius` in metres, at most 2,000; without it 750 m (SeeClickFix's default area). */
export const MAX_RADIUS_M = 2_000;
export const DEFAULT_RADIUS_M = 750;
/** How far rounding to 0.001° moves a point at most (half a step both ways, ~75 m here), with a margin. */
const ROUNDING_SLACK_M = 100;

/**
 * The point and radius of a location search, or null when none is asked. A half-given point, a radius
 * without a point, or a radius out of (0, 2000] is a 400.
 */
export function parseNear(q: Pick<ListQuery, "lat" | "long" | "radius">): { lat: number; lng: number; radiusM: number } | null {
  const lat = numberParam("lat", str(q.lat));
  const lng = numberParam("long", str(q.long));
  const rawRadius = str(q.radius);
  if ((lat === undefined) !== (lng === undefined)) throw new AppError("BAD_REQUEST", "lat 和 long 须同时提供");
  if (lat === undefined || lng === undefined) {
    if (rawRadius) throw new AppError("BAD_REQUEST", "radius 须与 lat 和 long 一起使用");
    return null;
  }
  if (lat < -90 || lat > 90 || lng < -180 || lng > 180)
    throw new AppError("BAD_REQUEST", "lat 应在 -90 到 90 之间，long 应在 -180 到 180 之间");
  if (!rawRadius) return { lat, lng, radiusM: DEFAULT_RADIUS_M };
  const radiusM = /^\d+(\.\d+)?$/.test(rawRadius) ? Number(rawRadius) : NaN;
  if (!(radiusM > 0 && radiusM <= MAX_RADIUS_M)) throw new AppError("BAD_REQUEST", `radius 应为 1 到 ${MAX_RADIUS_M} 之间的米数`);
  return { lat, lng, radiusM };
}

/**
 * GET requests. `service_request_id` (comma list, ≤ 100) overrides every other parameter, as the
 * spec says. Otherwise requests created in [start_date, end_date] — by default the last 90 days,
 * never a span over 90 days — filtered by service_code (comma list), status (open, closed or
 * both) and, with `lat`+`long`, within `radius` metres (≤ 2,000; default 750), newest first, at most 1,000.
 * The location search is what an outside app needs for the same duplicate check as the /12345 form.
 */
export async function listRequests(db: DB, q: ListQuery, now = new Date()): Promise<ServiceRequest[]> {
  const depts = await departmentNames(db);
  const ids = (q.service_request_id ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.length > 0) {
    if (ids.length > MAX_IDS) throw new AppError("BAD_REQUEST", `service_request_id 一次最多查询${MAX_IDS}个`);
    const rows = await selectRequests(db)
      .where(and(inArray(hotlineTicket.ticketNo, ids), publishable()))
      .orderBy(desc(hotlineTicket.createdAt), desc(hotlineTicket.id));
    return rows.map((r) => toServiceRequest(r, depts));
  }

  const near = parseNear(q);
  const end = q.end_date ? parseIsoParam("end_date", q.end_date) : null;
  const start = q.start_date ? parseIsoParam("start_date", q.start_date) : null;
  const to = end ?? (start ? new Date(start.getTime() + DEFAULT_RANGE_DAYS * 86_400_000) : now);
  const from = start ?? new Date(to.getTime() - DEFAULT_RANGE_DAYS * 86_400_000);
  if (from.getTime() > to.getTime()) throw new AppError("BAD_REQUEST", "start_date 不能晚于 end_date");
  if (to.getTime() - from.getTime() > DEFAULT_RANGE_DAYS * 86_400_000)
    throw new AppError("BAD_REQUEST", `start_date 到 end_date 不能超过${DEFAULT_RANGE_DAYS}天`);

  const where: SQL[] = [publishable(), gte(hotlineTicket.createdAt, from), lte(hotlineTicket.createdAt, to)];
  const codes = (q.service_code ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (codes.length > 0) {
    if (codes.length > 50) throw new AppError("BAD_REQUEST", "service_code 一次最多50个");
    where.push(inArray(hotlineCategory.code, codes));
  }
  const statuses = (q.status ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const s of statuses)
    if (s !== "open" && s !== "closed") throw new AppError("BAD_REQUEST", "status 只能是 open 或 closed（可用逗号同时查询）");
  if (statuses.length === 1)
    where.push(statuses[0] === "closed" ? eq(hotlineTicket.status, "closed") : sql`${hotlineTicket.status} <> 'closed'`);
  if (near) {
    // A bounding box in SQL (hotline_ticket_lat_idx), the circle here — around the published (rounded) point, so
    // that a search with a small radius tells no more about where a request is than the answer itself.
    const b = boundingBox(near.lat, near.lng, near.radiusM + ROUNDING_SLACK_M);
    where.push(
      gte(hotlineTicket.lat, b.minLat),
      lte(hotlineTicket.lat, b.maxLat),
      gte(hotlineTicket.lng, b.minLng),
      lte(hotlineTicket.lng, b.maxLng),
    );
  }

  const rows = await selectRequests(db)
    .where(and(...where))
    .orderBy(desc(hotlineTicket.createdAt), desc(hotlineTicket.id))
    .limit(near ? MAX_REQUESTS * 2 : MAX_REQUESTS);
  const inCircle = near
    ? rows
        .filter((r) => {
          const lat = publicCoordinate(r.lat);
          const lng = publicCoordinate(r.lng);
          return lat !== null && lng !== null && haversineMeters(near.lat, near.lng, lat, lng) <= near.radiusM;
        })
        .slice(0, MAX_REQUESTS)
    : rows;
  return inCircle.map((r) => toServiceRequest(r, depts));
}

/** GET requests/{id}: one request as a one-element list; unknown or unpublished ids are 404. */
export async function getRequest(db: DB, id: string): Promise<ServiceRequest[]> {
  const depts = await departmentNames(db);
  const rows = await selectRequests(db)
    .where(and(eq(hotlineTicket.ticketNo, id), publishable()))
    .limit(1);
  if (rows.length === 0) throw new AppError("NOT_FOUND", `找不到诉求 ${id}`);
  return rows.map((r) => toServiceRequest(r, depts));
}
