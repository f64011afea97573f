import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { GET } from "@/app/open311/v2/[...path]/route";
import { answerDirectly, createTicket } from "@/server/modules/hotline/service";
import { MAX_RADIUS_M } from "@/server/modules/hotline/open311/requests";
import type { SessionUser } from "@/server/modules/account/service";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { DEMO, demoUser } from "../helpers/fixtures";
import { hotlineRefs } from "../helpers/hotline";

/**
 * Open311 GET requests by location (lat, long, radius — the SeeClickFix extension), so an outside app can
 * run the same duplicate check as the /12345 form: in JSON and XML, with service_code and status.
 */
type Format = "json" | "xml";
const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (n) => ["request", "error"].includes(n) });

async function get(format: Format, query: Record<string, string>) {
  const url = new URL(`http://open311.test/open311/v2/requests.${format}`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const r = await GET(new Request(url), { params: Promise.resolve({ path: [`requests.${format}`] }) });
  const text = await r.text();
  if (format === "json") return { status: r.status, body: JSON.parse(text) as unknown };
  expect(XMLValidator.validate(text)).toBe(true);
  return { status: r.status, body: xml.parse(text) as unknown };
}
function ids(format: Format, body: unknown): string[] {
  if (format === "json") return (body as { service_request_id: string }[]).map((r) => r.service_request_id);
  const doc = body as { service_requests: "" | { request: { service_request_id: string }[] } };
  return doc.service_requests === "" ? [] : doc.service_requests.request.map((r) => r.service_request_id);
}
function errorText(format: Format, body: unknown): string {
  if (format === "json") return (body as { description: string }[])[0]!.description;
  return (body as { errors: { error: { description: string }[] } }).errors.error[0]!.description;
}

// A spot away from the seed's and other suites' requests; 0.001° of latitude is about 111 m.
const LAT = 31.9;
const LNG = 121.1;

describe.each(BACKENDS)("Open311 GET requests by location on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let agent: SessionUser;
  let citizen: SessionUser;
  let cat: Record<string, number>;
  const made: Record<string, string> = {};
  let n = 0;

  async function publicRequest(
    name: string,
    over: { lat: number; lng: number; categoryId?: number; district?: "崇川区"; address?: string },
  ) {
    const r = await createTicket({ db }, citizen, {
      type: "投诉",
      categoryId: over.categoryId ?? cat["cg-ld"]!,
      description: `路灯不亮（位置检索测试 ${name}）`,
      lat: over.lat,
      lng: over.lng,
      district: over.district,
      address: over.address,
      isPublic: true,
      idempotencyKey: `open311-near-${process.pid}-${Date.now()}-${++n}`,
    });
    made[name] = r.ticketNo;
    return r;
  }

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    agent = await demoUser(db, DEMO.agent);
    citizen = await demoUser(db, DEMO.citizen);
    ({ cat } = await hotlineRefs(db));
    await publicRequest("at100m", { lat: LAT + 0.0009, lng: LNG });
    await publicRequest("at500m", { lat: LAT + 0.0045, lng: LNG });
    await publicRequest("at1000m", { lat: LAT, lng: LNG + 0.0106 }); // ~1,000 m east at this latitude
    await publicRequest("at2500m", { lat: LAT + 0.0225, lng: LNG });
    await publicRequest("otherService", { lat: LAT, lng: LNG, categoryId: cat["cg-zdjy"]! });
    // ~3.3 km south of the others, at a house number: published as the street and a point rounded to 0.001°.
    await publicRequest("exact", { lat: LAT - 0.030123, lng: LNG + 0.001234, district: "崇川区", address: "濠河北路88号对面" });
    const closed = await publicRequest("closed", { lat: LAT + 0.0001, lng: LNG });
    await answerDirectly({ db }, agent, closed.id, 1, "已修复");
  }, 120_000);

  afterAll(async () => {
    await cleanup?.();
  });

  for (const format of ["json", "xml"] as Format[]) {
    it(`filters by radius around lat/long, with service_code and status (${format})`, async () => {
      const near = (q: Record<string, string>) => get(format, { lat: String(LAT), long: String(LNG), ...q });
      let r = await near({ radius: "200" });
      expect(r.status).toBe(200);
      expect(ids(format, r.body).sort()).toEqual([made.at100m!, made.closed!, made.otherService!].sort());
      // the 750 m default, then the widest radius
      r = await near({});
      expect(ids(format, r.body)).toEqual(expect.arrayContaining([made.at100m, made.at500m]));
      expect(ids(format, r.body)).not.toContain(made.at1000m);
      r = await near({ radius: String(MAX_RADIUS_M) });
      expect(ids(format, r.body)).toEqual(expect.arrayContaining([made.at100m, made.at500m, made.at1000m]));
      expect(ids(format, r.body)).not.toContain(made.at2500m);
      // the duplicate check: open requests of one service nearby
      r = await near({ radius: "600", service_code: "cg-ld", status: "open" });
      expect(ids(format, r.body).sort()).toEqual([made.at100m!, made.at500m!].sort());
      r = await near({ radius: "600", status: "closed" });
      expect(ids(format, r.body)).toEqual([made.closed]);
    });

    it(`publishes a request's place at street level and its point to about 100 m, like /12345/public (${format})`, async () => {
      const one = async (q: Record<string, string>) => {
        const r = await get(format, q);
        expect(r.status).toBe(200);
        if (format === "json") return (r.body as Record<string, unknown>[]).filter((x) => x.service_request_id === made.exact);
        const doc = r.body as { service_requests: "" | { request: Record<string, unknown>[] } };
        return doc.service_requests === "" ? [] : doc.service_requests.request.filter((x) => x.service_request_id === made.exact);
      };
      const [r] = await one({ service_request_id: made.exact! });
      expect(r).toBeDefined();
      expect(String(r!.address)).toBe("崇川区濠河北路");
      expect(Number(r!.lat)).toBe(31.87);
      expect(Number(r!.long)).toBe(121.101);
      const raw = JSON.stringify(r);
      for (const secret of ["88号", "对面", "31.869877", "121.101234"]) expect(raw).not.toContain(secret);
      // A search tells no more than the answer: a 5 m circle around the exact point misses it, around the published point finds it.
      expect(await one({ lat: String(LAT - 0.030123), long: String(LNG + 0.001234), radius: "5" })).toEqual([]);
      expect(await one({ lat: "31.87", long: "121.101", radius: "5" })).toHaveLength(1);
    });

    it(`answers 400 for a radius out of range or a half-given point (${format})`, async () => {
      for (const [q, msg] of [
        [{ lat: String(LAT) }, /lat 和 long/],
        [{ long: String(LNG), radius: "100" }, /lat 和 long/],
        [{ radius: "100" }, /radius/],
        [{ lat: String(LAT), long: String(LNG), radius: "2001" }, /radius/],
        [{ lat: String(LAT), long: String(LNG), radius: "0" }, /radius/],
        [{ lat: String(LAT), long: String(LNG), radius: "-5" }, /radius/],
        [{ lat: String(LAT), long: String(LNG), radius: "abc" }, /radius/],
        [{ lat: "95", long: String(LNG) }, /lat/],
        [{ lat: "北纬32", long: String(LNG) }, /lat/],
      ] as [Record<string, string>, RegExp][]) {
        const r = await get(format, q);
        expect(r.status, JSON.stringify(q)).toBe(400);
        expect(errorText(format, r.body)).toMatch(msg);
      }
    });
  }
});
