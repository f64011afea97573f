import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { and, count, eq, inArray } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import type { DB } from "@/server/db";
import { accountUser, booking, bookingResource, bookingSlot, healthDoctor } from "@/drizzle/schema";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { createRealNameCitizens } from "@/drizzle/seed/life/sample-people";
import { createBookingGate } from "@/server/lib/booking-gate-http";
import { sessionUserOf } from "@/server/auth/request-session";
import { serveTrpc } from "@/server/lib/trpc-http";
import {
  BookingAdmission,
  BUSY_MESSAGE,
  HELD_MESSAGE,
  KEYS_WHEN_LEFT,
  loadGateSlot,
  type AdmissionOptions,
  type GateDecision,
} from "@/server/modules/booking/admission";
import { HOSPITAL_KIND } from "@/server/modules/health/service";
import { bookAppointment, cancelAppointment } from "@/server/modules/health/service";
import { addDays, shanghaiDate } from "@/server/modules/life/time";
import { slotChanged } from "@/server/modules/booking/events";
import { eraseAccount } from "@/server/modules/account/closure";
import type { SessionUser } from "@/server/modules/account/service";

/** A tRPC answer, as far as these tests read it. */
type TrpcJson = {
  result?: { data?: { json?: { id?: number; confirmationNo?: string; created?: boolean } } };
  error?: { json?: { message?: string; data?: { fieldErrors?: unknown } } };
};

/** What scripts/serve.ts does: the gate first, everything else to "Next.js" (here a handler answering 599). */
const NEXT_STATUS = 599;

let minute = 0;
/** Slots of a seeded doctor six days ahead, at minutes no seeded slot uses (like bench/booking-http.ts). */
async function doctorSlot(db: DB, capacity: number, opts: { opensAt?: Date } = {}): Promise<number> {
  const [doctor] = await db
    .select({ resourceId: bookingResource.id })
    .from(healthDoctor)
    .innerJoin(bookingResource, and(eq(bookingResource.kind, HOSPITAL_KIND), eq(bookingResource.ownerId, healthDoctor.id)))
    .limit(1);
  const serviceDate = addDays(shanghaiDate(new Date()), 6);
  const startsAt = new Date(Date.parse(`${serviceDate}T21:00:00+08:00`) + minute++ * 60_000);
  const [s] = await db
    .insert(bookingSlot)
    .values({
      resourceId: doctor!.resourceId,
      serviceDate,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      opensAt: opts.opensAt ?? new Date(Date.now() - 60_000),
      closesAt: startsAt,
      capacity,
      feeFen: 1500,
      groupKey: `gate-test:${minute}`,
      label: "测试",
    })
    .returning({ id: bookingSlot.id });
  return s!.id;
}

describe.each(BACKENDS)("the booking admission gate on %s", (backend) => {
  let cleanup: () => Promise<void>;
  let db: DB;
  let server: http.Server;
  let base: string;
  let people: SessionUser[];
  const cookies = new Map<string, string>();
  let gate: ReturnType<typeof createBookingGate>;
  /** Attempts that went past the gate into the tRPC path (each reads its session once). */
  let ran = 0;

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    cleanup = t.cleanup;
    db = t.handle.db;
    people = await createRealNameCitizens(db, 70, "1390800", 40_000);
    const versions = await db
      .select({ id: accountUser.id, sv: accountUser.sessionVersion })
      .from(accountUser)
      .where(
        inArray(
          accountUser.id,
          people.map((p) => p.id),
        ),
      );
    const now = Date.now();
    for (const v of versions) {
      const p = people.find((x) => x.id === v.id)!;
      const token = await encode({
        token: { sub: p.id, uid: p.id, role: p.role, name: p.name, sv: v.sv, signedInAt: now, lastActive: now },
        secret: process.env.AUTH_SECRET!,
        salt: "authjs.session-token",
      });
      cookies.set(p.id, `authjs.session-token=${token}`);
    }
    gate = createBookingGate({
      sessionUser: (headers) => {
        ran++;
        return sessionUserOf(headers);
      },
      // Exact counts of the attempts that pass: none before the gate's first read of a slot (its own tests below).
      admission: { firstReadRunners: 0 },
    });
    server = http.createServer((req, res) => {
      if (gate.handle(req, res)) return;
      req.resume();
      res.writeHead(NEXT_STATUS).end("next");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    gate?.admission.close();
    await new Promise((r) => server?.close(r));
    await cleanup();
  });

  async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(base + path, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      text,
      headers: res.headers,
      json: text.startsWith("{") ? (JSON.parse(text) as TrpcJson) : null,
    };
  }
  const bookAs = (p: SessionUser, slotId: number, key: string) =>
    post("/api/trpc/life.health.book", { json: { slotId, idempotencyKey: key } }, { cookie: cookies.get(p.id)! });

  /** A gate of its own for one test (the real slot read unless `load` wraps it), closed afterwards. */
  async function withAdmission(options: Partial<AdmissionOptions>, body: (admission: BookingAdmission) => Promise<void>) {
    // Before-the-read runners off unless a test asks for them: the other cases are about what a read decides, and an
    // attempt let through before it would race the read against the test's own database changes.
    const admission = new BookingAdmission({ load: (id, now) => loadGateSlot(db, id, now), firstReadRunners: 0, ...options });
    try {
      await body(admission);
    } finally {
      admission.close();
    }
  }

  /** A gate and server of their own for one test (`send` books through them), closed afterwards. */
  async function withGateServer(
    options: Parameters<typeof createBookingGate>[0],
    body: (
      send: (cookie: string, slotId: number, key: string) => Promise<{ status: number; json: TrpcJson }>,
      own: ReturnType<typeof createBookingGate>,
    ) => Promise<void>,
  ) {
    const own = createBookingGate(options);
    const srv = http.createServer((req, res) => void (own.handle(req, res) || res.writeHead(NEXT_STATUS).end()));
    await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/api/trpc/life.health.book`;
      await body(
        (cookie, slotId, key) =>
          fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json", cookie },
            body: JSON.stringify({ json: { slotId, idempotencyKey: key } }),
          }).then(async (r) => ({ status: r.status, json: (await r.json()) as TrpcJson })),
        own,
      );
    } finally {
      own.admission.close();
      await new Promise((r) => srv.close(r));
    }
  }

  /** An attempt the gate lets run (and that finishes at once, booking nothing). */
  async function runsThrough(admission: BookingAdmission, slotId: number, kind: string, key: string) {
    const d = await admission.enter(slotId, kind, key);
    expect(d.kind).toBe("run");
    if (d.kind === "run") d.done();
  }

  /** Waits until `cond` holds (polling; fails after 3 s). */
  async function until(cond: () => boolean) {
    for (const t = Date.now(); !cond(); await new Promise((r) => setTimeout(r, 5)))
      if (Date.now() - t > 3000) throw new Error("timed out waiting for the gate");
  }

  let cookieNo = 0;
  /** What the booking path does for an attempt the gate lets run with a session cookie this site issued (each its own). */
  const vouch = (...ds: GateDecision[]) => {
    for (const d of ds) if (d.kind === "run") expect(d.vouch(`cookie-${++cookieNo}`)).toBe(true);
  };

  async function counts(slotId: number) {
    const [s] = await db.select({ booked: bookingSlot.booked }).from(bookingSlot).where(eq(bookingSlot.id, slotId));
    const [a] = await db
      .select({ n: count() })
      .from(booking)
      .where(and(eq(booking.slotId, slotId), eq(booking.status, "active")));
    return { booked: s!.booked, active: a!.n };
  }

  it("lets exactly capacity attempts book under a burst and answers the rest as the procedure does", async () => {
    const slotId = await doctorSlot(db, 5);
    const ranBefore = ran;
    const burst = await Promise.all(people.slice(0, 40).map((p, i) => bookAs(p, slotId, `gate-burst-${slotId}-${i}`)));
    const confirmed = burst.filter((r) => r.status === 200);
    const refused = burst.filter((r) => r.status !== 200);
    expect(confirmed).toHaveLength(5);
    for (const r of confirmed) expect(r.json?.result?.data?.json?.confirmationNo).toMatch(/^GH/);
    expect(new Set(refused.map((r) => r.status))).toEqual(new Set([409]));
    // Told 约满 once the slot is full, or, while its places were all being tried, that others are booking them.
    const messages = new Set(refused.map((r) => r.json?.error?.json?.message));
    expect(messages.size).toBeGreaterThan(0);
    for (const m of messages) expect(["该时段已约满，请选择其他时段", HELD_MESSAGE]).toContain(m);
    expect(await counts(slotId)).toEqual({ booked: 5, active: 5 });
    // Only as many attempts as there were places went past the gate; the other 35 were answered by it.
    expect(ran - ranBefore).toBe(5);

    // The same refusal, status and headers as the tRPC endpoint itself gives once the slot is full.
    const late = await bookAs(people[45]!, slotId, `gate-burst-${slotId}-late`);
    const direct = await serveTrpc(
      new Request(`${base}/api/trpc/life.health.book`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: cookies.get(people[46]!.id)! },
        body: JSON.stringify({ json: { slotId, idempotencyKey: `gate-burst-${slotId}-direct` } }),
      }),
      async () => people[46]!,
    );
    expect(late.status).toBe(direct.status);
    expect(late.text).toBe(await direct.text());
    expect(late.headers.get("content-type")).toBe(direct.headers.get("content-type"));
    expect(late.headers.get("cache-control")).toBe("private, no-store");
    expect(late.headers.get("vary")).toBe(direct.headers.get("vary"));
    expect(late.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("gives a retry of a confirmed attempt its booking, even when the slot is full", async () => {
    const slotId = await doctorSlot(db, 1);
    const first = await bookAs(people[50]!, slotId, `gate-retry-${slotId}`);
    expect(first.status).toBe(200);
    const other = await bookAs(people[51]!, slotId, `gate-retry-${slotId}-other`);
    expect(other.json?.error?.json?.message).toBe("该时段已约满，请选择其他时段");
    const retry = await bookAs(people[50]!, slotId, `gate-retry-${slotId}`);
    expect(retry.status).toBe(200);
    expect(retry.json?.result?.data?.json?.id).toBe(first.json?.result?.data?.json?.id);
    expect(retry.json?.result?.data?.json?.created).toBe(false);
    expect(await counts(slotId)).toEqual({ booked: 1, active: 1 });
  });

  it("leaves an invalid key at a full slot to the procedure (its field error, not 约满)", async () => {
    const slotId = await doctorSlot(db, 1);
    expect((await bookAs(people[58]!, slotId, `gate-invalid-${slotId}-a`)).status).toBe(200);
    const bad = await bookAs(people[59]!, slotId, "bad key with spaces!");
    expect(bad.status).toBe(400);
    expect(bad.json?.error?.json?.message).not.toMatch(/约满/);
    expect(bad.json?.error?.json?.data?.fieldErrors).toBeTruthy();
  });

  it("leaves a closed slot to the service: a retry there still gets its booking", async () => {
    const slotId = await doctorSlot(db, 2);
    const first = await bookAs(people[60]!, slotId, `gate-closed-${slotId}`);
    expect(first.status).toBe(200);
    await db
      .update(bookingSlot)
      .set({ closesAt: new Date(Date.now() - 1000) })
      .where(eq(bookingSlot.id, slotId));
    // A fresh gate (the test's gate read this slot before it closed).
    await withGateServer({}, async (send) => {
      const retry = await send(cookies.get(people[60]!.id)!, slotId, `gate-closed-${slotId}`);
      expect(retry.status).toBe(200);
      expect(retry.json.result?.data?.json?.id).toBe(first.json?.result?.data?.json?.id);
      const late = await send(cookies.get(people[61]!.id)!, slotId, `gate-closed-${slotId}-late`);
      expect(late.json.error?.json?.message).toBe("该时段已停止预约，请选择其他时段");
    });
  });

  it("sees a cancellation at once: the freed place can be booked through the gate", async () => {
    const slotId = await doctorSlot(db, 1);
    const first = await bookAs(people[52]!, slotId, `gate-cancel-${slotId}-a`);
    expect(first.status).toBe(200);
    expect((await bookAs(people[53]!, slotId, `gate-cancel-${slotId}-b`)).status).toBe(409);
    await cancelAppointment({ db }, people[52]!, first.json!.result!.data!.json!.id!);
    const after = await bookAs(people[53]!, slotId, `gate-cancel-${slotId}-c`);
    expect(after.status).toBe(200);
    expect(await counts(slotId)).toEqual({ booked: 1, active: 1 });
  });

  it("answers a slot that is not open yet with the service's own message", async () => {
    const slotId = await doctorSlot(db, 3, { opensAt: new Date(Date.now() + 3_600_000) });
    const r = await bookAs(people[54]!, slotId, `gate-early-${slotId}`);
    const direct = await serveTrpc(
      new Request(`${base}/api/trpc/life.health.book`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: "authjs.session-token=x" },
        body: JSON.stringify({ json: { slotId, idempotencyKey: `gate-early-${slotId}-direct` } }),
      }),
      async () => people[55]!,
    );
    expect(r.status).toBe(400);
    expect(r.text).toBe(await direct.text());
    expect(r.json?.error?.json?.message).toMatch(/开放预约，请届时再来$/);
  });

  it("leaves guests, other sites, batches, other procedures and other bodies to Next.js", async () => {
    const slotId = await doctorSlot(db, 1);
    const body = { json: { slotId, idempotencyKey: `gate-pass-${slotId}` } };
    const cookie = cookies.get(people[56]!.id)!;
    expect((await post("/api/trpc/life.health.book", body)).status).toBe(NEXT_STATUS);
    expect((await post("/api/trpc/life.health.book", body, { cookie, "sec-fetch-site": "cross-site" })).status).toBe(NEXT_STATUS);
    expect((await post("/api/trpc/life.health.book", body, { cookie, origin: "https://evil.example" })).status).toBe(NEXT_STATUS);
    expect((await post("/api/trpc/life.health.book?batch=1", { 0: body }, { cookie })).status).toBe(NEXT_STATUS);
    expect((await post("/api/trpc/life.health.cancel", { json: { id: 1 } }, { cookie })).status).toBe(NEXT_STATUS);
    const form = await fetch(`${base}/api/trpc/life.health.book`, { method: "POST", headers: { cookie }, body: "slotId=1" });
    expect(form.status).toBe(NEXT_STATUS);
    // A malformed call is the procedure's to answer (through the gate's own tRPC path): a field error, nothing booked.
    const bad = await post("/api/trpc/life.health.book", { json: { slotId: "x", idempotencyKey: "gate-bad-key-1" } }, { cookie });
    expect(bad.status).toBe(400);
    expect(bad.json?.error?.json?.data?.fieldErrors).toBeTruthy();
    expect(await counts(slotId)).toEqual({ booked: 0, active: 0 });
  });

  it("an expired or forged session gets 请先登录 when the slot can still be booked", async () => {
    const slotId = await doctorSlot(db, 2);
    const r = await post(
      "/api/trpc/life.health.book",
      { json: { slotId, idempotencyKey: `gate-forged-${slotId}` } },
      { cookie: "authjs.session-token=forged" },
    );
    expect(r.status).toBe(401);
    expect(r.json?.error?.json?.message).toBe("请先登录");
    expect(await counts(slotId)).toEqual({ booked: 0, active: 0 });
  });

  it("answers at once while every place left is being tried; a retry of a running attempt waits for it, within bounds", async () => {
    const slotId = await doctorSlot(db, 1);
    let reads = 0;
    await withAdmission(
      {
        load: (id, now) => (reads++, loadGateSlot(db, id, now)),
        maxWaiting: 1,
        maxWaitMs: 200,
        freshMs: 60_000,
      },
      async (admission) => {
        const key = (n: number) => `gate-held-${slotId}-${n}`;
        const first = await admission.enter(slotId, HOSPITAL_KIND, key(1));
        expect(first.kind).toBe("run");
        vouch(first);
        // Someone else while the one place is being tried by a signed-in person: answered now, not queued.
        expect(await admission.enter(slotId, HOSPITAL_KIND, key(2))).toEqual({ kind: "refuse", code: "CONFLICT", message: HELD_MESSAGE });
        expect(admission.stats(slotId)).toEqual({ running: 1, waiting: 0 });
        // A retry of the running attempt (same key) waits for it; a second retry finds the queue full.
        const retry = admission.enter(slotId, HOSPITAL_KIND, key(1));
        await new Promise((r) => setTimeout(r, 20));
        expect(admission.stats(slotId)).toEqual({ running: 1, waiting: 1 });
        expect(await admission.enter(slotId, HOSPITAL_KIND, key(1))).toEqual({ kind: "busy", message: BUSY_MESSAGE });
        // The running attempt booked nothing: its retry gets the place to try.
        if (first.kind === "run") first.done();
        const next = await retry;
        expect(next.kind).toBe("run");
        // A retry that nobody's finish decides within maxWaitMs is told to try again.
        expect(await admission.enter(slotId, HOSPITAL_KIND, key(1))).toEqual({ kind: "busy", message: BUSY_MESSAGE });
        expect(admission.stats(slotId)).toEqual({ running: 1, waiting: 0 });
        if (next.kind === "run") next.done();
        // Nothing was booked: the place is free again for whoever comes next, without another read.
        await runsThrough(admission, slotId, HOSPITAL_KIND, key(3));
        expect(reads).toBe(1);
      },
    );
  });

  it("while a taker is not vouched for (no cookie issued here, or one another taker carries), the others wait instead of being turned away", async () => {
    const slotId = await doctorSlot(db, 1);
    await withAdmission({ freshMs: 60_000 }, async (admission) => {
      const key = (n: number) => `gate-unsigned-${slotId}-${n}`;
      const first = await admission.enter(slotId, HOSPITAL_KIND, key(1));
      expect(first.kind).toBe("run");
      const second = admission.enter(slotId, HOSPITAL_KIND, key(2));
      const third = admission.enter(slotId, HOSPITAL_KIND, key(3));
      await new Promise((r) => setTimeout(r, 20));
      expect(admission.stats(slotId)).toEqual({ running: 1, waiting: 2 });
      // Its session was not valid (a made-up cookie): it finishes without booking, and the next in line runs.
      if (first.kind === "run") first.done();
      const next = await second;
      expect(next.kind).toBe("run");
      expect(admission.stats(slotId)).toEqual({ running: 1, waiting: 1 });
      // This one is signed in: the one still waiting is told at once that the place is being booked.
      vouch(next);
      expect(await third).toEqual({ kind: "refuse", code: "CONFLICT", message: HELD_MESSAGE });
      if (next.kind === "run") next.done();
    });
    // One cookie vouches for one taker at a slot: the same cookie replayed by a second taker leaves it unvouched.
    const two = await doctorSlot(db, 2);
    await withAdmission({ freshMs: 60_000 }, async (admission) => {
      const key = (n: number) => `gate-replay-${two}-${n}`;
      const [a, b] = [await admission.enter(two, HOSPITAL_KIND, key(1)), await admission.enter(two, HOSPITAL_KIND, key(2))];
      if (a.kind !== "run" || b.kind !== "run") throw new Error("both should run");
      expect(a.vouch("the-same-cookie")).toBe(true);
      expect(b.vouch("the-same-cookie")).toBe(false);
      const c = admission.enter(two, HOSPITAL_KIND, key(3));
      await until(() => admission.stats(two).waiting === 1);
      b.done();
      expect((await c).kind).toBe("run");
      a.done();
      if ((await c).kind === "run") ((await c) as Extract<GateDecision, { kind: "run" }>).done();
    });
  });

  it("attempts that take no place (a retry of a booking made, another kind's slot) do not hold one", async () => {
    const slotId = await doctorSlot(db, 2);
    await withAdmission({ freshMs: 60_000 }, async (admission) => {
      const key = (n: number) => `gate-pass-${slotId}-${n}`;
      const a = await admission.enter(slotId, HOSPITAL_KIND, key(1));
      await bookAppointment({ db }, people[69]!, { slotId, idempotencyKey: key(1) });
      if (a.kind === "run") a.done();
      // One place left. A retry of the booking and attempts naming this slot as a tourism ticket run (the service
      // answers them) without taking it: a real attempt still gets the place to try, and nobody is told it is held.
      const passes = [
        await admission.enter(slotId, HOSPITAL_KIND, key(1)),
        ...(await Promise.all([2, 3, 4].map((n) => admission.enter(slotId, "tourism-spot", key(n))))),
      ];
      expect(passes.map((d) => d.kind)).toEqual(["run", "run", "run", "run"]);
      for (const d of passes) if (d.kind === "run") expect(d.vouch(`cookie-${++cookieNo}`)).toBe(false);
      const real = await admission.enter(slotId, HOSPITAL_KIND, key(5));
      expect(real.kind).toBe("run");
      for (const d of [...passes, real]) if (d.kind === "run") d.done();
    });
  });

  it("an arrival does not overtake attempts waiting for a place while the gate reads the slot", async () => {
    const slotId = await doctorSlot(db, KEYS_WHEN_LEFT + 2);
    let hold: Promise<void> | null = null;
    await withAdmission(
      {
        load: async (id, now) => {
          if (hold) await hold;
          return loadGateSlot(db, id, now);
        },
        freshMs: 60_000,
      },
      async (admission) => {
        const key = (n: number) => `gate-order-${slotId}-${n}`;
        // Every place taken by a running attempt (the keys are not read: many places left), then one waits.
        const runners: GateDecision[] = [];
        for (let n = 0; n < KEYS_WHEN_LEFT + 2; n++) runners.push(await admission.enter(slotId, HOSPITAL_KIND, key(n)));
        expect(runners.every((d) => d.kind === "run")).toBe(true);
        vouch(...runners);
        const first = admission.enter(slotId, HOSPITAL_KIND, key(100));
        await until(() => admission.stats(slotId).waiting === 1);
        // A cancellation makes the gate read again; the read hangs. Meanwhile a running attempt finishes unbooked, and
        // someone new comes: they wait behind the first, who gets the freed place once the read is in.
        let release!: () => void;
        hold = new Promise<void>((r) => (release = r));
        slotChanged(slotId);
        const finished = runners.pop()!;
        if (finished.kind === "run") finished.done();
        const later = admission.enter(slotId, HOSPITAL_KIND, key(101));
        await until(() => admission.stats(slotId).waiting === 2);
        hold = null;
        release();
        expect((await first).kind).toBe("run");
        expect(admission.stats(slotId).waiting).toBe(1);
        for (const d of runners) if (d.kind === "run") d.done();
        const after = await later;
        expect(after.kind).toBe("run");
        for (const d of [await first, after]) if (d.kind === "run") d.done();
      },
    );
  });

  it("requests with made-up session cookies at a slot do not turn a signed-in citizen away", async () => {
    const slotId = await doctorSlot(db, 1);
    // A gate of its own whose session read of a made-up cookie is held until the test lets it go, so that they hold the
    // one place in turn when the citizen's attempt comes.
    let letGo!: () => void;
    const held = new Promise<void>((r) => (letGo = r));
    const slow = async (headers: Headers) => {
      if (headers.get("cookie")?.includes("forged")) await held;
      return sessionUserOf(headers);
    };
    await withGateServer({ sessionUser: slow, admission: { firstReadRunners: 0 } }, async (send, own) => {
      const forged = Array.from({ length: 3 }, (_, i) => send(`authjs.session-token=forged-${i}`, slotId, `gate-flood-${slotId}-${i}`));
      await until(() => own.admission.stats(slotId).running === 1 && own.admission.stats(slotId).waiting === 2);
      // The citizen waits behind them (told HELD at once, it would not be waiting).
      const real = send(cookies.get(people[68]!.id)!, slotId, `gate-flood-${slotId}-real`);
      await until(() => own.admission.stats(slotId).waiting === 3);
      letGo();
      expect((await real).status).toBe(200);
      expect((await real).json.result?.data?.json?.confirmationNo).toMatch(/^GH/);
      // The made-up ones ran in turn and were told 请先登录.
      const answers = await Promise.all(forged);
      expect(answers.map((a) => a.status)).toEqual([401, 401, 401]);
      expect(await counts(slotId)).toEqual({ booked: 1, active: 1 });
    });
  });

  it("someone whose cookie turned out to be no session is not vouched for again for a while", async () => {
    const slotId = await doctorSlot(db, 1);
    const p = people[48]!;
    const now = Date.now();
    // Signed out everywhere since (its session version is old): this site made it, but it is nobody's session now.
    const stale = `authjs.session-token=${await encode({
      token: { sub: p.id, uid: p.id, role: p.role, name: p.name, sv: -1, signedInAt: now, lastActive: now },
      secret: process.env.AUTH_SECRET!,
      salt: "authjs.session-token",
    })}`;
    let hold: Promise<void> | null = null;
    const slow = async (headers: Headers) => {
      if (headers.get("cookie") === stale && hold) await hold;
      return sessionUserOf(headers);
    };
    await withGateServer({ sessionUser: slow, admission: { firstReadRunners: 0 } }, async (send, own) => {
      expect((await send(stale, slotId, `gate-stale-${slotId}-1`)).status).toBe(401);
      // Again, held in its session read: it runs unvouched, so the citizen who comes meanwhile waits for it instead of
      // being told the place is being booked.
      let letGo!: () => void;
      hold = new Promise<void>((r) => (letGo = r));
      const again = send(stale, slotId, `gate-stale-${slotId}-2`);
      await until(() => own.admission.stats(slotId).running === 1);
      const real = send(cookies.get(people[47]!.id)!, slotId, `gate-stale-${slotId}-real`);
      await until(() => own.admission.stats(slotId).waiting === 1);
      letGo();
      expect((await again).status).toBe(401);
      expect((await real).status).toBe(200);
    });
  });

  it("a booking's commit frees its taker's count, and attempts let through before the first read are sorted by it", async () => {
    // The commit: the place is in `booked` now, so when the other taker books nothing its place is free at once.
    const slotId = await doctorSlot(db, 2);
    await withAdmission({ freshMs: 60_000 }, async (admission) => {
      const key = (n: number) => `gate-count-${slotId}-${n}`;
      const [a, b] = [await admission.enter(slotId, HOSPITAL_KIND, key(1)), await admission.enter(slotId, HOSPITAL_KIND, key(2))];
      vouch(a, b);
      await bookAppointment({ db }, people[44]!, { slotId, idempotencyKey: key(1) });
      if (b.kind === "run") b.done();
      const c = await admission.enter(slotId, HOSPITAL_KIND, key(3));
      expect(c.kind).toBe("run");
      for (const d of [a, c]) if (d.kind === "run") d.done();
    });
    // Before the first read: a retry of a booking made runs as a taker until the read shows what it is.
    const other = await doctorSlot(db, 2);
    await bookAppointment({ db }, people[43]!, { slotId: other, idempotencyKey: `gate-count-${other}-1` });
    let letGo!: () => void;
    const held = new Promise<void>((r) => (letGo = r));
    await withAdmission(
      {
        load: async (id, now) => {
          await held;
          return loadGateSlot(db, id, now);
        },
        freshMs: 60_000,
        firstReadRunners: 1,
      },
      async (admission) => {
        const retry = await admission.enter(other, HOSPITAL_KIND, `gate-count-${other}-1`);
        expect(retry.kind).toBe("run");
        vouch(retry);
        const next = admission.enter(other, HOSPITAL_KIND, `gate-count-${other}-2`);
        letGo();
        // One place left and nobody taking it: the retry takes none.
        const d = await next;
        expect(d.kind).toBe("run");
        for (const x of [retry, d]) if (x.kind === "run") x.done();
      },
    );
  });

  it("the commits tell the gate the slot is full, without reading it again; a retry of a booking made reaches the service", async () => {
    const slotId = await doctorSlot(db, 2);
    let reads = 0;
    await withAdmission({ load: (id, now) => (reads++, loadGateSlot(db, id, now)), freshMs: 60_000 }, async (admission) => {
      const key = (n: number) => `gate-commit-${slotId}-${n}`;
      const a = await admission.enter(slotId, HOSPITAL_KIND, key(1));
      const b = await admission.enter(slotId, HOSPITAL_KIND, key(2));
      expect([a.kind, b.kind]).toEqual(["run", "run"]);
      vouch(a, b);
      expect(await admission.enter(slotId, HOSPITAL_KIND, key(3))).toEqual({ kind: "refuse", code: "CONFLICT", message: HELD_MESSAGE });
      // A retry of the first, sent before its answer came: it waits for the first attempt.
      const early = admission.enter(slotId, HOSPITAL_KIND, key(1));
      await new Promise((r) => setTimeout(r, 20));
      expect(admission.stats(slotId)).toEqual({ running: 2, waiting: 1 });
      // The two running attempts book through the service; neither has finished (done) when the second commits.
      const first = await bookAppointment({ db }, people[62]!, { slotId, idempotencyKey: key(1) });
      // The first's commit tells the gate its key: the waiting retry goes on to the service (which returns the booking).
      const retried = await early;
      expect(retried.kind).toBe("run");
      await bookAppointment({ db }, people[63]!, { slotId, idempotencyKey: key(2) });
      expect(await admission.enter(slotId, HOSPITAL_KIND, key(4))).toEqual({
        kind: "refuse",
        code: "CONFLICT",
        message: "该时段已约满，请选择其他时段",
      });
      expect(reads).toBe(1);
      // A retry of a booking committed since the read goes to the service (which gives it its booking).
      const retry = await admission.enter(slotId, HOSPITAL_KIND, key(1));
      expect(retry.kind).toBe("run");
      expect((await admission.enter(slotId, HOSPITAL_KIND, key(5))).kind).toBe("refuse");
      expect(reads).toBe(1);
      for (const d of [a, b, retried, retry]) if (d.kind === "run") d.done();
      expect(reads).toBe(1);
      // A cancellation: the gate reads the slot again, and the freed place can be tried.
      await cancelAppointment({ db }, people[62]!, first.id);
      expect((await admission.enter(slotId, HOSPITAL_KIND, key(6))).kind).toBe("run");
      expect(reads).toBe(2);
    });
  });

  it("lets the first attempts at a slot run while its first read is under way, at most firstReadRunners", async () => {
    const slotId = await doctorSlot(db, 1);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let reads = 0;
    await withAdmission(
      {
        load: async (id, now) => {
          reads++;
          await held;
          return loadGateSlot(db, id, now);
        },
        freshMs: 60_000,
        firstReadRunners: 2,
      },
      async (admission) => {
        const key = (n: number) => `gate-first-${slotId}-${n}`;
        // Decided before the read has answered: both run (the service will decide them).
        const [a, b] = [await admission.enter(slotId, HOSPITAL_KIND, key(1)), await admission.enter(slotId, HOSPITAL_KIND, key(2))];
        expect([a.kind, b.kind, reads]).toEqual(["run", "run", 1]);
        vouch(a, b);
        // The third waits for the read, which shows one place and two attempts trying it: answered then.
        const third = admission.enter(slotId, HOSPITAL_KIND, key(3));
        await new Promise((r) => setTimeout(r, 20));
        expect(admission.stats(slotId)).toEqual({ running: 2, waiting: 0 });
        release();
        expect(await third).toEqual({ kind: "refuse", code: "CONFLICT", message: HELD_MESSAGE });
        // Neither booked: the place goes to the next attempt.
        for (const d of [a, b]) if (d.kind === "run") d.done();
        await runsThrough(admission, slotId, HOSPITAL_KIND, key(4));
        expect(reads).toBe(1);
      },
    );
  });

  it("runs an attempt on an old read that left a place while reading again, but refuses only on a fresh read", async () => {
    const slotId = await doctorSlot(db, 2);
    let reads = 0;
    let hold: Promise<void> | null = null;
    /** The latest read, to wait for before the database changes (with a pool it could otherwise read after them). */
    let lastRead: Promise<unknown> = Promise.resolve();
    await withAdmission(
      {
        load: (id, now) => {
          reads++;
          const wait = hold;
          const read = (async () => {
            if (wait) await wait;
            return loadGateSlot(db, id, now);
          })();
          lastRead = read;
          return read;
        },
        freshMs: 20,
      },
      async (admission) => {
        const key = (n: number) => `gate-old-${slotId}-${n}`;
        const first = await admission.enter(slotId, HOSPITAL_KIND, key(1));
        expect([first.kind, reads]).toEqual(["run", 1]);
        if (first.kind === "run") first.done();
        await new Promise((r) => setTimeout(r, 30));
        // The read is old and the next one hangs: the old read's free places are enough to let attempts run.
        let release!: () => void;
        hold = new Promise<void>((r) => (release = r));
        const second = await admission.enter(slotId, HOSPITAL_KIND, key(2));
        expect([second.kind, reads]).toEqual(["run", 2]);
        release();
        hold = null;
        await lastRead;
        if (second.kind === "run") second.done();
        // Full in the database (another instance). The gate's old read still shows places: the next attempt runs
        // (the service would answer it) while the gate reads again; once that read is in, the slot is refused.
        await db.update(bookingSlot).set({ booked: 2 }).where(eq(bookingSlot.id, slotId));
        await new Promise((r) => setTimeout(r, 30));
        const third = await admission.enter(slotId, HOSPITAL_KIND, key(3));
        expect(third.kind).toBe("run");
        await lastRead;
        if (third.kind === "run") third.done();
        expect(await admission.enter(slotId, HOSPITAL_KIND, key(4))).toMatchObject({ kind: "refuse" });
        // Freed again elsewhere: an old read that says full is not enough to refuse — the gate reads first.
        await db.update(bookingSlot).set({ booked: 1 }).where(eq(bookingSlot.id, slotId));
        await new Promise((r) => setTimeout(r, 30));
        await runsThrough(admission, slotId, HOSPITAL_KIND, key(5));
      },
    );
  });

  it("after a failed read nothing runs before the next read but the one probe", async () => {
    const slotId = await doctorSlot(db, 3);
    let down = true;
    await withAdmission(
      {
        load: async (id, now) => {
          if (down) throw new Error("database unreachable (test)");
          return loadGateSlot(db, id, now);
        },
        freshMs: 60_000,
        firstReadRunners: 2,
      },
      async (admission) => {
        const key = (n: number) => `gate-fail-${slotId}-${n}`;
        // The first attempt runs before its read fails; once it has failed, one probe at a time.
        const a = await admission.enter(slotId, HOSPITAL_KIND, key(1));
        expect(a.kind).toBe("run");
        await new Promise((r) => setTimeout(r, 10));
        const b = admission.enter(slotId, HOSPITAL_KIND, key(2));
        await new Promise((r) => setTimeout(r, 20));
        expect(admission.stats(slotId)).toEqual({ running: 1, waiting: 1 });
        down = false;
        if (a.kind === "run") a.done();
        const next = await b;
        expect(next.kind).toBe("run");
        if (next.kind === "run") next.done();
      },
    );
  });

  it("a slot filled by commits it read without keys (many places left) is read again before anyone is refused", async () => {
    const slotId = await doctorSlot(db, KEYS_WHEN_LEFT + 6);
    let reads = 0;
    await withAdmission({ load: (id, now) => (reads++, loadGateSlot(db, id, now)), freshMs: 60_000 }, async (admission) => {
      const run = await admission.enter(slotId, HOSPITAL_KIND, `gate-nokeys-${slotId}-1`);
      expect(run.kind).toBe("run");
      // Another instance books all places but one meanwhile (this gate's read is fresh and does not know).
      await db
        .update(bookingSlot)
        .set({ booked: KEYS_WHEN_LEFT + 5 })
        .where(eq(bookingSlot.id, slotId));
      await bookAppointment({ db }, people[64]!, { slotId, idempotencyKey: `gate-nokeys-${slotId}-1` });
      // Full by the commit, but the gate never read the slot's keys: it reads them before refusing.
      const late = await admission.enter(slotId, HOSPITAL_KIND, `gate-nokeys-${slotId}-2`);
      expect(late).toMatchObject({ kind: "refuse", message: "该时段已约满，请选择其他时段" });
      expect(reads).toBe(2);
      expect((await admission.enter(slotId, HOSPITAL_KIND, `gate-nokeys-${slotId}-1`)).kind).toBe("run");
    });
  });

  it("a read slower than BOOKING_GATE_FRESH_MS still decides (no endless re-reading)", async () => {
    const slotId = await doctorSlot(db, 1);
    let reads = 0;
    await withAdmission(
      {
        load: async (id, now) => {
          reads++;
          await new Promise((r) => setTimeout(r, 40));
          return loadGateSlot(db, id, now);
        },
        freshMs: 20,
        maxWaitMs: 2000,
      },
      async (admission) => {
        const d = await admission.enter(slotId, HOSPITAL_KIND, `gate-slow-${slotId}`);
        expect(d.kind).toBe("run");
        expect(reads).toBe(1);
        if (d.kind === "run") d.done();
      },
    );
  });

  it("a failed read with attempts waiting does not spin; they go on once the database answers", async () => {
    const slotId = await doctorSlot(db, 1);
    let reads = 0;
    let down = false;
    await withAdmission(
      {
        load: async (id, now) => {
          reads++;
          if (down) throw new Error("database unreachable (test)");
          return loadGateSlot(db, id, now);
        },
        freshMs: 60_000,
      },
      async (admission) => {
        const first = await admission.enter(slotId, HOSPITAL_KIND, `gate-down-${slotId}-1`);
        expect(first.kind).toBe("run");
        // A retry of the running attempt: it waits for it.
        const second = admission.enter(slotId, HOSPITAL_KIND, `gate-down-${slotId}-1`);
        await new Promise((r) => setTimeout(r, 20));
        down = true;
        slotChanged(slotId); // as a cancellation in this process: the gate must read again, and cannot
        await new Promise((r) => setTimeout(r, 200));
        expect(reads).toBeLessThanOrEqual(3);
        expect(admission.stats(slotId)).toEqual({ running: 1, waiting: 1 });
        down = false;
        if (first.kind === "run") first.done();
        const next = await second;
        expect(next.kind).toBe("run");
        if (next.kind === "run") next.done();
      },
    );
  });

  it("a commit reported after a cancellation's re-read does not fill the freed place again", async () => {
    const slotId = await doctorSlot(db, 1);
    await withAdmission({ freshMs: 60_000 }, async (admission) => {
      const key = (n: number) => `gate-late-${slotId}-${n}`;
      const a = await admission.enter(slotId, HOSPITAL_KIND, key(1));
      const made = await bookAppointment({ db }, people[65]!, { slotId, idempotencyKey: key(1) });
      if (a.kind === "run") a.done();
      expect((await admission.enter(slotId, HOSPITAL_KIND, key(2))).kind).toBe("refuse");
      await cancelAppointment({ db }, people[65]!, made.id);
      // The gate has read the slot again (a place is free) …
      await runsThrough(admission, slotId, HOSPITAL_KIND, key(3));
      // … when the booking's own commit event arrives late: the read counted it already.
      slotChanged(slotId, { booked: 1, capacity: 1, key: key(1) });
      await runsThrough(admission, slotId, HOSPITAL_KIND, key(4));
    });
  });

  it("leaves a slot to the service once it has closed, even when the gate knows its keys", async () => {
    const slotId = await doctorSlot(db, 1);
    const [row] = await db.select({ closesAt: bookingSlot.closesAt }).from(bookingSlot).where(eq(bookingSlot.id, slotId));
    let clock = Date.now();
    await withAdmission({ freshMs: 30 * 86_400_000, now: () => clock }, async (admission) => {
      const a = await admission.enter(slotId, HOSPITAL_KIND, `gate-shut-${slotId}-1`);
      await bookAppointment({ db }, people[66]!, { slotId, idempotencyKey: `gate-shut-${slotId}-1` });
      if (a.kind === "run") a.done();
      expect(await admission.enter(slotId, HOSPITAL_KIND, `gate-shut-${slotId}-2`)).toMatchObject({ kind: "refuse" });
      clock = row!.closesAt.getTime() + 1000;
      await runsThrough(admission, slotId, HOSPITAL_KIND, `gate-shut-${slotId}-3`);
    });
  });

  it("sees the places an account closing gives back", async () => {
    const slotId = await doctorSlot(db, 1);
    await withAdmission({ freshMs: 60_000 }, async (admission) => {
      const a = await admission.enter(slotId, HOSPITAL_KIND, `gate-erase-${slotId}-1`);
      await bookAppointment({ db }, people[67]!, { slotId, idempotencyKey: `gate-erase-${slotId}-1` });
      if (a.kind === "run") a.done();
      expect((await admission.enter(slotId, HOSPITAL_KIND, `gate-erase-${slotId}-2`)).kind).toBe("refuse");
      await eraseAccount(db, people[67]!.id);
      await runsThrough(admission, slotId, HOSPITAL_KIND, `gate-erase-${slotId}-3`);
    });
  });

  it("tourism tickets and hospital slots are told apart: an attempt at another kind's slot is the procedure's to answer", async () => {
    const slotId = await doctorSlot(db, 1);
    const r = await post(
      "/api/trpc/life.tourism.book",
      { json: { slotId, idempotencyKey: `gate-kind-${slotId}` } },
      { cookie: cookies.get(people[57]!.id)! },
    );
    expect(r.status).toBe(404);
    expect(r.json?.error?.json?.message).toBe("找不到该预约时段，请刷新后重新选择");
  });
});
