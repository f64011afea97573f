import { afterAll, beforeAll, describe, expect, it } from "vitest";
import superjson from "superjson";
import { serveTrpc, TRPC_MAX_BATCH } from "@/server/lib/trpc-http";
import { appRouter } from "@/server/root";
import { INT4_MAX } from "@/server/lib/validation";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { DEMO, demoUser } from "../helpers/fixtures";
import type { SessionUser } from "@/server/modules/account/service";
import { z } from "zod";

const ORIGIN = "http://localhost:3000";
const SESSION = "authjs.session-token=x";

describe.each(BACKENDS)("the tRPC HTTP endpoint on %s", (backend) => {
  let cleanup: () => Promise<void>;
  let citizen: SessionUser;
  let asked = 0;
  const asCitizen = async () => {
    asked++;
    return citizen;
  };
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    cleanup = t.cleanup;
    citizen = await demoUser(t.handle.db, DEMO.citizen);
  });
  afterAll(() => cleanup());

  const input = (json: unknown) => encodeURIComponent(JSON.stringify(superjson.serialize(json)));

  it("takes JSON only: a form or multipart POST is refused before any procedure runs", async () => {
    const form = new FormData();
    form.set("0", "{}");
    const multipart = await serveTrpc(new Request(`${ORIGIN}/api/trpc/account.me`, { method: "POST", body: form }), asCitizen);
    expect(multipart.status).toBe(415);
    const urlencoded = await serveTrpc(
      new Request(`${ORIGIN}/api/trpc/account.me`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "a=1",
      }),
      asCitizen,
    );
    expect(urlencoded.status).toBe(415);
  });

  it("refuses signed-in calls from another origin, before reading the session", async () => {
    const before = asked;
    const cross = await serveTrpc(
      new Request(`${ORIGIN}/api/trpc/catalogue.public.item?input=${input({ id: 1 })}`, {
        headers: { cookie: SESSION, origin: "https://evil.example", host: "localhost:3000" },
      }),
      asCitizen,
    );
    expect(cross.status).toBe(403);
    const fetchMeta = await serveTrpc(
      new Request(`${ORIGIN}/api/trpc/catalogue.public.item?input=${input({ id: 1 })}`, {
        headers: { cookie: SESSION, "sec-fetch-site": "cross-site" },
      }),
      asCitizen,
    );
    expect(fetchMeta.status).toBe(403);
    expect(asked).toBe(before);
    // Same origin is served.
    const same = await serveTrpc(
      new Request(`${ORIGIN}/api/trpc/catalogue.public.item?input=${input({ id: 1 })}`, {
        headers: { cookie: SESSION, "sec-fetch-site": "same-origin" },
      }),
      asCitizen,
    );
    expect(same.status).toBe(200);
  });

  it(`runs at most ${TRPC_MAX_BATCH} calls in one batch`, async () => {
    const batch = (n: number) => {
      const paths = Array.from({ length: n }, () => "catalogue.public.item").join(",");
      const inputs = Object.fromEntries(Array.from({ length: n }, (_, i) => [i, superjson.serialize({ id: 1 })]));
      return new Request(`${ORIGIN}/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`);
    };
    expect((await serveTrpc(batch(TRPC_MAX_BATCH), async () => null)).status).toBe(200);
    let asked = 0;
    const over = await serveTrpc(batch(150), async () => (asked++, null));
    expect(over.status).toBe(400);
    expect(((await over.json()) as { error: { message: string } }).error.message).toBe("一次最多批量调用10个接口，本次150个");
    expect(asked).toBe(0); // refused before the session is looked up
    expect((await serveTrpc(batch(TRPC_MAX_BATCH + 1), async () => null)).status).toBe(400);
  });

  it("a signed-in caller's answer (health records) is never stored by a browser or proxy; a guest's may be", async () => {
    const mine = await serveTrpc(new Request(`${ORIGIN}/api/trpc/life.healthRecords.people`), asCitizen);
    expect(mine.status).toBe(200);
    expect(mine.headers.get("cache-control")).toBe("private, no-store");
    const guest = await serveTrpc(new Request(`${ORIGIN}/api/trpc/catalogue.public.item?input=${input({ id: 1 })}`), async () => null);
    expect(guest.headers.get("cache-control")).toBeNull();
  });

  it("an id the database cannot hold is a 400, not a 500", async () => {
    const res = await serveTrpc(
      new Request(`${ORIGIN}/api/trpc/catalogue.public.item?input=${input({ id: 2147483648 })}`),
      async () => null,
    );
    expect(res.status).toBe(400);
  });
});

describe("procedure inputs", () => {
  it("bound every integer id to int4, so no id reaches the database as a 500", () => {
    const unbounded: string[] = [];
    const walk = (schema: unknown, path: string) => {
      if (!schema || typeof schema !== "object") return;
      const s = schema as { type?: string; maximum?: number; properties?: Record<string, unknown>; items?: unknown; anyOf?: unknown[] };
      const name = path.split(".").pop() ?? "";
      if (
        s.type === "integer" &&
        /^(id|.*Id|.*Ids)$/.test(name.replace(/\[\]$/, "")) &&
        !(s.maximum !== undefined && s.maximum <= INT4_MAX)
      )
        unbounded.push(path);
      for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, `${path}.${k}`);
      if (s.items) walk(s.items, `${path}[]`);
      for (const v of s.anyOf ?? []) walk(v, path);
    };
    for (const [path, procedure] of Object.entries(appRouter._def.procedures)) {
      const inputs = (procedure as unknown as { _def: { inputs: unknown[] } })._def.inputs;
      for (const schema of inputs) {
        if (!(schema instanceof z.ZodType)) continue;
        walk(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }), path);
      }
    }
    expect(unbounded).toEqual([]);
  });
});
