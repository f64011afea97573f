import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { auditLog, hotlineTicket, open311ApiKey } from "@/drizzle/schema";
import { GET, POST } from "@/app/open311/v2/[...path]/route";
import { answerDirectly, createTicket } from "@/server/modules/hotline/service";
import { listQueue } from "@/server/modules/hotline/queues";
import { DEMO_KEY } from "@/server/modules/hotline/open311/constants";
import { createApiKey, hashKey, listApiKeys, revokeApiKey } from "@/server/modules/hotline/open311/keys";
import { consume, LIMITS } from "@/server/lib/rate-limit";
import { createRequest } from "@/server/modules/hotline/open311/requests";
import { AppError } from "@/server/lib/errors";
import type { SessionUser } from "@/server/modules/account/service";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { DEMO, demoUser } from "../helpers/fixtures";

/**
 * Open311 GeoReport v2 conformance, with a small client written from the spec
 * (wiki.open311.org/GeoReport_v2, /Service_Discovery): resources end in .json or .xml, POST bodies
 * are application/x-www-form-urlencoded, errors are a list of {code, description}.
 */
type Format = "json" | "xml";
type Res = { status: number; type: string; text: string; body: unknown };

// Repeated elements are lists even when one element comes back; values stay text (ids are long digit strings).
const xml = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => ["service", "request", "error", "attribute", "value", "endpoint", "format"].includes(name),
});

async function read(r: Response, format: Format): Promise<Res> {
  const text = await r.text();
  const type = r.headers.get("content-type") ?? "";
  if (format === "json") {
    expect(type).toBe("application/json; charset=utf-8");
    return { status: r.status, type, text, body: JSON.parse(text) };
  }
  expect(type).toBe("text/xml; charset=utf-8");
  expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
  expect(XMLValidator.validate(text)).toBe(true); // well-formed
  return { status: r.status, type, text, body: xml.parse(text) };
}

const BASE = "http://open311.test/open311/v2/";
function client() {
  return {
    async get(resource: string, format: Format, query: Record<string, string> = {}) {
      const url = new URL(`${resource}.${format}`, BASE);
      for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
      const path = url.pathname.replace("/open311/v2/", "").split("/").map(decodeURIComponent);
      return read(await GET(new Request(url), { params: Promise.resolve({ path }) }), format);
    },
    async post(format: Format, form: [string, string][], headers: Record<string, string> = {}) {
      const url = new URL(`requests.${format}`, BASE);
      const body = new URLSearchParams(form).toString();
      const req = new Request(url, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded", ...headers } });
      return read(await POST(req, { params: Promise.resolve({ path: [`requests.${format}`] }) }), format);
    },
  };
}
const api = client();

/** Errors in either format as [{code, description}]. */
function errors(r: Res, format: Format): { code: number; description: string }[] {
  if (format === "json") return r.body as { code: number; description: string }[];
  const doc = r.body as { errors: { error: { code: string; description: string }[] } };
  return doc.errors.error.map((e) => ({ code: Number(e.code), description: e.description }));
}
function requests(r: Res, format: Format): Record<string, unknown>[] {
  if (format === "json") return r.body as Record<string, unknown>[];
  const doc = r.body as { service_requests: "" | { request: Record<string, unknown>[] } };
  return doc.service_requests === "" ? [] : doc.service_requests.request;
}
async function expectError(p: Promise<Res>, format: Format, status: number, description?: RegExp) {
  const r = await p;
  expect(r.status).toBe(status);
  const errs = errors(r, format);
  expect(errs).toHaveLength(1);
  expect(errs[0]!.code).toBe(status);
  expect(errs[0]!.description.length).toBeGreaterThan(3);
  if (description) expect(errs[0]!.description).toMatch(description);
}

const FORMATS: Format[] = ["json", "xml"];
const DAY = 86_400_000;

describe.each(BACKENDS)("Open311 GeoReport v2 on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let admin: SessionUser;
  let agent: SessionUser;
  let citizen: SessionUser;
  let key: string;
  let keyId: number;
  const ctx = () => ({ db, ip: "10.0.0.9" });
  // The reporter's personal data: must reach the ticket (for the agent) and never any GET.
  const PERSON = { first_name: "小明", last_name: "欧阳", phone: "13912345678", email: "xiaoming.ouyang@example.com" };
  const located = (over: [string, string][] = []): [string, string][] => [
    ["api_key", key],
    ["service_code", "cg-ld"],
    ["lat", "32.0101"],
    ["long", "120.8642"],
    ["address_string", "崇川区工农路57号北侧"],
    ["description", "路口北侧第三根路灯连续三晚不亮，夜间行人看不清路。"],
    ["attribute[fault]", "off"],
    ...over,
  ];

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    admin = await demoUser(db, DEMO.admin);
    agent = await demoUser(db, DEMO.agent);
    citizen = await demoUser(db, DEMO.citizen);
    const created = await createApiKey(ctx(), admin, "集成测试客户端（测试组）");
    key = created.key;
    keyId = created.id;
  }, 120_000);

  afterAll(async () => {
    await cleanup?.();
  });

  it.each(FORMATS)("serves the Service Discovery document (%s)", async (f) => {
    const r = await api.get("discovery", f);
    expect(r.status).toBe(200);
    const d = f === "json" ? (r.body as Record<string, unknown>) : (r.body as { discovery: Record<string, unknown> }).discovery;
    expect(d.changeset).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    expect(typeof d.contact).toBe("string");
    expect(typeof d.key_service).toBe("string");
    const endpoints =
      f === "json" ? (d.endpoints as Record<string, unknown>[]) : (d.endpoints as { endpoint: Record<string, unknown>[] }).endpoint;
    expect(endpoints).toHaveLength(1);
    const e = endpoints[0]!;
    expect(e.specification).toBe("http://wiki.open311.org/GeoReport_v2");
    expect(e.url).toMatch(/\/open311\/v2$/);
    expect(e.type).toBe("production");
    const formats = f === "json" ? e.formats : (e.formats as { format: string[] }).format;
    expect(formats).toEqual(["text/xml", "application/json"]);
  });

  it.each(FORMATS)("lists the 12345 categories as services, metadata true where attributes exist (%s)", async (f) => {
    const r = await api.get("services", f);
    expect(r.status).toBe(200);
    const list =
      f === "json"
        ? (r.body as Record<string, unknown>[])
        : (r.body as { services: { service: Record<string, unknown>[] } }).services.service;
    expect(list.length).toBeGreaterThan(30);
    const ld = list.find((s) => s.service_code === "cg-ld")!;
    expect(ld).toMatchObject({ service_name: "路灯", type: "realtime", group: "城市管理" });
    expect(String(ld.metadata)).toBe("true");
    const gj = list.find((s) => s.service_code === "jt-gj")!;
    expect(String(gj.metadata)).toBe("false");
    // Groups are not services of their own.
    expect(list.find((s) => s.service_code === "cg")).toBeUndefined();
    for (const s of list)
      for (const k of ["service_code", "service_name", "description", "metadata", "type", "keywords", "group"]) expect(s).toHaveProperty(k);
  });

  it.each(FORMATS)("serves a service definition with typed attributes and value lists (%s)", async (f) => {
    const r = await api.get("services/cg-ld", f);
    expect(r.status).toBe(200);
    type Attr = Record<string, unknown>;
    let code: unknown;
    let attrs: Attr[];
    if (f === "json") {
      const d = r.body as { service_code: string; attributes: Attr[] };
      code = d.service_code;
      attrs = d.attributes;
    } else {
      const d = (r.body as { service_definition: { service_code: string; attributes: { attribute: Attr[] } } }).service_definition;
      code = d.service_code;
      attrs = d.attributes.attribute.map((a) => ({ ...a, values: a.values ? (a.values as { value: Attr[] }).value : undefined }));
    }
    expect(code).toBe("cg-ld");
    expect(attrs.map((a) => a.code)).toEqual(["fault", "pole_no", "found_at"]);
    const fault = attrs[0]!;
    expect(String(fault.variable)).toBe("true");
    expect(fault.datatype).toBe("singlevaluelist");
    expect(String(fault.required)).toBe("true");
    expect(String(fault.order)).toBe("1");
    expect(fault.description).toBe("故障情况");
    expect(typeof fault.datatype_description).toBe("string");
    expect((fault.values as Attr[]).map((v) => v.key)).toEqual(["off", "on_daytime", "flicker", "damaged"]);
    expect((fault.values as Attr[])[0]).toEqual({ key: "off", name: "不亮" });
    expect(attrs[2]!.datatype).toBe("datetime");
  });

  it.each(FORMATS)("POST creates a ticket in the agents' new queue, with the attributes, atomically (%s)", async (f) => {
    const r = await api.post(
      f,
      located([
        ["first_name", PERSON.first_name],
        ["last_name", PERSON.last_name],
        ["phone", PERSON.phone],
        ["email", PERSON.email],
        ["device_id", "device-123"],
        ["attribute[pole_no]", "CC-0123"],
        ["attribute[found_at]", "2026-11-29T20:30:00+08:00"],
        ["media_url", "https://img.example.com/ld/1.jpg"],
      ]),
    );
    expect(r.status).toBe(200);
    const list = requests(r, f);
    expect(list).toHaveLength(1);
    const id = String(list[0]!.service_request_id);
    expect(id).toMatch(/^12345\d{14}$/);
    expect(String(list[0]!.service_notice)).toContain(id);

    const [t] = await db.select().from(hotlineTicket).where(eq(hotlineTicket.ticketNo, id));
    expect(t).toMatchObject({
      channel: "open311",
      status: "new",
      type: "其他",
      district: "崇川区",
      address: "崇川区工农路57号北侧",
      lat: 32.0101,
      lng: 120.8642,
      contactName: "欧阳小明",
      contactPhone: PERSON.phone,
      idempotencyScope: `open311:${keyId}`,
      citizenUserId: null,
    });
    expect(t!.attributes).toEqual({
      fault: "off",
      pole_no: "CC-0123",
      found_at: "2026-11-29T20:30:00+08:00",
      media_url: "https://img.example.com/ld/1.jpg",
    });

    // Same queue as every other channel (other tickets may be there too: page until found).
    let found = false;
    for (let offset = 0; !found; offset += 200) {
      const page = await listQueue(db, "new", { limit: 200, offset });
      if (page.length === 0) break;
      found = page.some((q) => q.ticketNo === id && q.channel === "open311" && q.categoryName === "路灯");
    }
    expect(found).toBe(true);
    const [k] = await db.select({ lastUsedAt: open311ApiKey.lastUsedAt }).from(open311ApiKey).where(eq(open311ApiKey.id, keyId));
    expect(k!.lastUsedAt).not.toBeNull();
  });

  it("accepts multivaluelist answers repeated as attribute[code][] and the seeded demo key; each POST is a new request unless Idempotency-Key repeats", async () => {
    const form: [string, string][] = [
      ["api_key", DEMO_KEY],
      ["service_code", "cg-ljql"],
      ["address_string", "通州区金沙镇人民路18号"],
      ["description", "小区门口建筑垃圾和大件家具堆放一周无人清运。"],
      ["attribute[waste_type][]", "construction"],
      ["attribute[waste_type][]", "bulky"],
    ];
    const a = requests(await api.post("json", form), "json")[0]!.service_request_id;
    const b = requests(await api.post("json", form), "json")[0]!.service_request_id;
    expect(a).not.toBe(b);
    const [t] = await db
      .select({ attributes: hotlineTicket.attributes, district: hotlineTicket.district })
      .from(hotlineTicket)
      .where(eq(hotlineTicket.ticketNo, String(a)));
    expect(t).toEqual({ attributes: { waste_type: ["construction", "bulky"] }, district: "通州区" });
    const c = requests(await api.post("json", form, { "idempotency-key": "client-retry-0001" }), "json")[0]!.service_request_id;
    const d = requests(await api.post("xml", form, { "idempotency-key": "client-retry-0001" }), "xml")[0]!.service_request_id;
    expect(d).toBe(c);
  });

  describe.each(FORMATS)("errors as [{code, description}] (%s)", (f) => {
    it("403 without an api_key, with an unknown one, and with a revoked one", async () => {
      await expectError(
        api.post(
          f,
          located().filter(([k]) => k !== "api_key"),
        ),
        f,
        403,
        /api_key/,
      );
      await expectError(
        api.post(
          f,
          located([["api_key", "nt311_not-a-real-key"]]).filter(([k, v]) => k !== "api_key" || v !== key),
        ),
        f,
        403,
        /无效/,
      );
      const temp = await createApiKey(ctx(), admin, `临时密钥 ${f}`);
      const ok = await api.post(
        f,
        located().map(([k, v]) => [k, k === "api_key" ? temp.key : v] as [string, string]),
      );
      expect(ok.status).toBe(200);
      await revokeApiKey(ctx(), admin, temp.id);
      await expectError(
        api.post(
          f,
          located().map(([k, v]) => [k, k === "api_key" ? temp.key : v] as [string, string]),
        ),
        f,
        403,
        /撤销/,
      );
    });

    it("400 for a missing service_code, 404 for an unknown one", async () => {
      await expectError(
        api.post(
          f,
          located().filter(([k]) => k !== "service_code"),
        ),
        f,
        400,
        /service_code/,
      );
      await expectError(
        api.post(
          f,
          located().map(([k, v]) => [k, k === "service_code" ? "no-such-code" : v] as [string, string]),
        ),
        f,
        404,
        /no-such-code/,
      );
      // A group code is not a service.
      await expectError(
        api.post(
          f,
          located().map(([k, v]) => [k, k === "service_code" ? "cg" : v] as [string, string]),
        ),
        f,
        404,
      );
    });

    it("400 without a location (lat+long, address_string or address_id), or with half of one", async () => {
      await expectError(
        api.post(
          f,
          located().filter(([k]) => !["lat", "long", "address_string"].includes(k)),
        ),
        f,
        400,
        /位置/,
      );
      await expectError(
        api.post(
          f,
          located().filter(([k]) => !["long", "address_string"].includes(k)),
        ),
        f,
        400,
        /lat/,
      );
      const byId = await api.post(f, [
        ...located().filter(([k]) => !["lat", "long", "address_string"].includes(k)),
        ["address_id", "GJ-320602-0001"],
      ]);
      expect(byId.status).toBe(200);
      await expectError(
        api.post(
          f,
          located([["lat", "39.9"]]).filter(([k, v]) => k !== "lat" || v !== "32.0101"),
        ),
        f,
        400,
        /南通/,
      );
    });

    it("400 for a description over 4,000 characters (4,000 is fine)", async () => {
      const at = (n: number) => located().map(([k, v]) => [k, k === "description" ? "路灯不亮".repeat(n / 4) : v] as [string, string]);
      await expectError(api.post(f, at(4004)), f, 400, /4000/);
      expect((await api.post(f, at(4000))).status).toBe(200);
    });

    it("400 for attributes the definition does not allow", async () => {
      await expectError(
        api.post(
          f,
          located().filter(([k]) => k !== "attribute[fault]"),
        ),
        f,
        400,
        /fault/,
      ); // required
      await expectError(api.post(f, located([["attribute[colour]", "red"]])), f, 400, /colour/); // unknown code
      await expectError(
        api.post(
          f,
          located().map(([k, v]) => [k, k === "attribute[fault]" ? "exploded" : v] as [string, string]),
        ),
        f,
        400,
        /exploded/,
      ); // not in the list
      await expectError(api.post(f, located([["attribute[fault]", "flicker"]])), f, 400, /一个值/); // two values for a single-value list
      await expectError(api.post(f, located([["attribute[found_at]", "昨天晚上"]])), f, 400, /found_at/); // datetime
      const noise: [string, string][] = [
        ["api_key", key],
        ["service_code", "hb-zs"],
        ["address_string", "海门区解放中路1号"],
        ["attribute[duration_hours]", "三小时"],
      ];
      await expectError(api.post(f, noise), f, 400, /数字/);
    });

    it("404 for unknown paths, service codes and request ids; 400 for bad GET parameters", async () => {
      await expectError(api.get("nothing-here", f), f, 404);
      await expectError(api.get("services/no-such-code", f), f, 404, /no-such-code/);
      await expectError(api.get("requests/12345209901010000001", f), f, 404);
      await expectError(api.get("tokens/abc", f), f, 404);
      await expectError(api.get("requests", f, { start_date: "last tuesday" }), f, 400, /start_date/);
      await expectError(
        api.get("requests", f, { start_date: "2026-01-01T00:00:00+08:00", end_date: "2026-06-01T00:00:00+08:00" }),
        f,
        400,
        /90/,
      );
      await expectError(api.get("requests", f, { status: "pending" }), f, 400, /status/);
    });
  });

  it.each(FORMATS)("429 when one key posts more than the per-minute limit (%s)", async (f) => {
    const burst = await createApiKey(ctx(), admin, `限流测试 ${f}`);
    // Use up the key's allowance through the limiter itself, then the next POST is refused.
    for (let i = 0; i < LIMITS.open311Post.points; i++) await consume(db, "open311Post", hashKey(burst.key));
    await expectError(
      api.post(
        f,
        located().map(([k, v]) => [k, k === "api_key" ? burst.key : v] as [string, string]),
      ),
      f,
      429,
      /频繁/,
    );
    // Other keys are not affected.
    expect((await api.post(f, located())).status).toBe(200);
  });

  it("answers unknown paths in the format asked for, XML by default", async () => {
    const r = await GET(new Request(`${BASE}whatever`), { params: Promise.resolve({ path: ["whatever"] }) });
    expect(r.status).toBe(404);
    expect(r.headers.get("content-type")).toBe("text/xml; charset=utf-8");
    expect(XMLValidator.validate(await r.text())).toBe(true);
    const p = await POST(new Request(`${BASE}services.json`, { method: "POST", body: "" }), {
      params: Promise.resolve({ path: ["services.json"] }),
    });
    expect(p.status).toBe(405);
    expect(await p.json()).toEqual([{ code: 405, description: expect.any(String) }]);
  });

  it("GET requests filters by ids, service_code, dates and status; the default is the last 90 days", async () => {
    const now = Date.now();
    const make = async (code: string, ageDays: number, attrs: [string, string][] = []) => {
      const params = new URLSearchParams([
        ["service_code", code],
        ["address_string", `如皋市如城街道测试路${ageDays}号`],
        ["description", `第${ageDays}天前发现的问题，请尽快处理。`],
        ...attrs,
      ]);
      const r = await createRequest(ctx(), params, { apiKey: key, now: new Date(now - ageDays * DAY) });
      return r.service_request_id;
    };
    const recent = await make("cg-zdjy", 2);
    const older = await make("jt-gj", 30);
    const ancient = await make("cg-zdjy", 100);
    const closed = await make("cg-zdjy", 3);
    const [ct] = await db
      .select({ id: hotlineTicket.id, version: hotlineTicket.version })
      .from(hotlineTicket)
      .where(eq(hotlineTicket.ticketNo, closed));
    await answerDirectly(ctx(), agent, ct!.id, ct!.version, "已通知城管中队到场处理，摊贩已劝离。");

    for (const f of FORMATS) {
      const ids = (r: Res) => requests(r, f).map((x) => String(x.service_request_id));
      const all = ids(await api.get("requests", f));
      expect(all).toEqual(expect.arrayContaining([recent, older, closed]));
      expect(all).not.toContain(ancient); // older than 90 days
      // Newest first.
      expect(all.indexOf(recent)).toBeLessThan(all.indexOf(older));

      const byIds = ids(await api.get("requests", f, { service_request_id: `${recent},${ancient}`, status: "closed" }));
      expect(byIds.sort()).toEqual([recent, ancient].sort()); // ids override every other parameter

      const byCode = ids(await api.get("requests", f, { service_code: "jt-gj" }));
      expect(byCode).toContain(older);
      expect(byCode).not.toContain(recent);

      const range = ids(
        await api.get("requests", f, {
          start_date: new Date(now - 101 * DAY).toISOString(),
          end_date: new Date(now - 99 * DAY).toISOString(),
        }),
      );
      expect(range).toContain(ancient);
      expect(range).not.toContain(recent);
      // A "+08:00" zone arriving as a space (unencoded "+" in the query string) is still understood.
      const s = new Date(now - 31 * DAY + 8 * 3_600_000).toISOString().slice(0, 19);
      const e = new Date(now - 29 * DAY + 8 * 3_600_000).toISOString().slice(0, 19);
      const spaced = ids(await api.get("requests", f, { start_date: `${s} 08:00`, end_date: `${e}+08:00` }));
      // (the seed's sample tickets may fall in the same window, so assert on ours only)
      expect(spaced).toContain(older);
      expect(spaced).not.toContain(recent);
      expect(spaced).not.toContain(ancient);

      const closedOnly = await api.get("requests", f, { status: "closed" });
      expect(ids(closedOnly)).toContain(closed);
      expect(ids(closedOnly)).not.toContain(recent);
      const openOnly = ids(await api.get("requests", f, { status: "open" }));
      expect(openOnly).toContain(recent);
      expect(openOnly).not.toContain(closed);
      expect(ids(await api.get("requests", f, { status: "open,closed" }))).toEqual(expect.arrayContaining([recent, closed]));

      const one = requests(await api.get(`requests/${closed}`, f), f);
      expect(one).toHaveLength(1);
      expect(one[0]).toMatchObject({
        service_request_id: closed,
        status: "closed",
        service_code: "cg-zdjy",
        service_name: "占道经营",
        agency_responsible: "南通市城市管理局",
      });
      expect(String(one[0]!.status_notes)).toContain("已通知城管中队到场处理");
      expect(String(one[0]!.requested_datetime)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect(String(one[0]!.updated_datetime)).toMatch(/\+08:00$/);
      expect(String(one[0]!.address)).toBe("如皋市如城街道测试路"); // street level: the public location rule
    }
  });

  it("GET never returns personal data, and lists only public requests or those sent through Open311", async () => {
    const posted = await api.post(
      "json",
      located([
        ["first_name", PERSON.first_name],
        ["last_name", PERSON.last_name],
        ["phone", PERSON.phone],
        ["email", PERSON.email],
        ["description", "路灯不亮，有事请打我电话13912345678，或发邮件 xiaoming.ouyang@example.com 联系我。"],
      ]).filter(([k, v]) => k !== "description" || v.includes("电话")),
    );
    const openId = String(requests(posted, "json")[0]!.service_request_id);
    const pub = await createTicket(ctx(), citizen, {
      type: "投诉",
      categoryId: (await db.query.hotlineCategory.findFirst({ where: (c, { eq: e }) => e(c.code, "cg-zdjy") }))!.id,
      description: "南大街夜市占道，联系电话 13800000001。",
      address: "崇川区南大街",
      isPublic: true,
      contactName: "公开的张三",
      contactPhone: "13800000001",
      idempotencyKey: "open311-test-public",
    });
    const priv = await createTicket(ctx(), citizen, {
      type: "投诉",
      categoryId: (await db.query.hotlineCategory.findFirst({ where: (c, { eq: e }) => e(c.code, "cg-zdjy") }))!.id,
      description: "不愿公开的诉求内容，门牌在我家对面。",
      address: "崇川区私人路1号",
      isPublic: false,
      idempotencyKey: "open311-test-private",
    });
    const [pubNo] = await db.select({ no: hotlineTicket.ticketNo }).from(hotlineTicket).where(eq(hotlineTicket.id, pub.id));
    const [privNo] = await db.select({ no: hotlineTicket.ticketNo }).from(hotlineTicket).where(eq(hotlineTicket.id, priv.id));

    for (const f of FORMATS) {
      const responses = [
        await api.get("requests", f),
        await api.get(`requests/${openId}`, f),
        await api.get(`requests/${pubNo!.no}`, f),
        await api.get("requests", f, { service_request_id: `${openId},${pubNo!.no},${privNo!.no}` }),
      ];
      for (const r of responses) {
        expect(r.status).toBe(200);
        for (const secret of [PERSON.phone, PERSON.email, PERSON.first_name, PERSON.last_name, "13800000001", "公开的张三", "不愿公开"])
          expect(r.text).not.toContain(secret);
      }
      const listed = responses[3]!;
      expect(
        requests(listed, f)
          .map((x) => String(x.service_request_id))
          .sort(),
      ).toEqual([openId, pubNo!.no].sort());
      const mine = requests(responses[1]!, f)[0]!;
      expect(String(mine.description)).toContain("139****5678");
      expect(String(mine.media_url ?? "")).toBe("");
      await expectError(api.get(`requests/${privNo!.no}`, f), f, 404);
    }
  });

  it("keys are stored hashed, listed without the secret, and only hotline admins manage them", async () => {
    const [row] = await db.select().from(open311ApiKey).where(eq(open311ApiKey.id, keyId));
    expect(row!.keyHash).toBe(hashKey(key));
    expect(JSON.stringify(row)).not.toContain(key);
    expect(row!.keyPrefix).toBe(key.slice(0, 10));
    const list = await listApiKeys(db, admin);
    expect(list.some((k) => k.name === "演示密钥（示例数据，可撤销）" && k.revokedAt === null)).toBe(true);
    expect(JSON.stringify(list)).not.toContain(key);
    for (const who of [agent, citizen]) {
      await expect(createApiKey(ctx(), who, "不该成功")).rejects.toBeInstanceOf(AppError);
      await expect(listApiKeys(db, who)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(createApiKey(ctx(), admin, " ")).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const audits = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetType, "open311_api_key"));
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(["open311.key.create", "open311.key.revoke"]));
  });
});
