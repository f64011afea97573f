import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { and, eq, inArray, like } from "drizzle-orm";
import { accountDevSmsOutbox, accountMessage, accountUser } from "@/drizzle/schema";
import { createRealNameCitizens } from "@/drizzle/seed/life/sample-people";
import { notifyUser, textsSent } from "@/server/modules/life";
import type { DB } from "@/server/db";
import type { SessionUser } from "@/server/modules/account/service";
import { BACKENDS, createTestDatabase } from "../helpers/db";

/** What the SMS gateway is sent (server/lib/sms.ts). */
const Sms = z.object({ phone: z.string(), text: z.string() });

describe.each(BACKENDS)("智慧生活 notifications (%s)", (backend) => {
  let cleanup: () => Promise<void>;
  let db: DB;
  let people: SessionUser[];
  const phones = new Map<string, string>();

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    cleanup = t.cleanup;
    db = t.handle.db;
    people = await createRealNameCitizens(db, 4, "1390500", 60_000);
    const rows = await db
      .select({ id: accountUser.id, phone: accountUser.phone })
      .from(accountUser)
      .where(
        inArray(
          accountUser.id,
          people.map((p) => p.id),
        ),
      );
    for (const r of rows) phones.set(r.id, r.phone);
  });
  afterAll(async () => cleanup());

  const outbox = (tag: string) =>
    db
      .select({ phone: accountDevSmsOutbox.phone, body: accountDevSmsOutbox.body })
      .from(accountDevSmsOutbox)
      .where(like(accountDevSmsOutbox.body, `%${tag}%`));

  /** Runs `body` with these environment variables set, then restores them. */
  async function withEnv(vars: Record<string, string>, body: () => Promise<void>) {
    const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
    Object.assign(process.env, vars);
    try {
      await body();
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  }
  const withBatchMs = (ms: number, body: () => Promise<void>) => withEnv({ SMS_BATCH_MS: String(ms) }, body);

  /** Runs `body` with SMS_TRANSPORT=http to a local gateway that answers each text with `answer`. */
  async function withGateway(answer: (sms: z.infer<typeof Sms>, res: http.ServerResponse) => void, body: () => Promise<void>) {
    const gateway = http.createServer((req, res) => {
      let raw = "";
      req.on("data", (c: Buffer) => (raw += c.toString()));
      req.on("end", () => answer(Sms.parse(JSON.parse(raw)), res));
    });
    await new Promise<void>((r) => gateway.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`;
      await withEnv({ SMS_TRANSPORT: "http", SMS_GATEWAY_URL: url }, body);
    } finally {
      await new Promise((r) => gateway.close(r));
    }
  }

  it("writes 我的消息 before it returns and texts the person's phone a moment later, in one batch", () =>
    withBatchMs(60_000, async () => {
      const tag = `批次${backend}`;
      const [a, b] = [people[0]!, people[1]!];
      await notifyUser(db, a.id, { title: "预约挂号成功", body: `${tag}甲`, link: "/me/appointments/1" });
      await notifyUser(db, b.id, { title: "预约挂号成功", body: `${tag}乙`, link: "/me/appointments/2" });
      const messages = await db
        .select({ userId: accountMessage.userId, body: accountMessage.body, link: accountMessage.link })
        .from(accountMessage)
        .where(and(inArray(accountMessage.userId, [a.id, b.id]), like(accountMessage.body, `${tag}%`)));
      expect(messages).toHaveLength(2);
      // The texts wait for the batch (SMS_BATCH_MS) — and then both go out.
      expect(await outbox(tag)).toEqual([]);
      await textsSent();
      const sent = await outbox(tag);
      expect(sent.map((s) => s.phone).sort()).toEqual([phones.get(a.id), phones.get(b.id)].sort());
      expect(sent.find((s) => s.phone === phones.get(a.id))?.body).toBe(`【智慧南通】预约挂号成功：${tag}甲`);
    }));

  it("goes out by itself after SMS_BATCH_MS, without anyone waiting for it", async () => {
    const tag = `定时${backend}`;
    await notifyUser(db, people[2]!.id, { title: "预约已取消", body: tag, link: "/me/appointments" });
    for (let i = 0; i < 50 && (await outbox(tag)).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await outbox(tag)).toEqual([{ phone: phones.get(people[2]!.id), body: `【智慧南通】预约已取消：${tag}` }]);
  });

  it("waiting for the texts also waits for a notification made meanwhile (a server shutting down)", () => {
    const got: string[] = [];
    // A slow gateway: the first text is still being sent when the second notification is made.
    const slow = (sms: z.infer<typeof Sms>, res: http.ServerResponse) =>
      setTimeout(() => (got.push(sms.text), res.writeHead(200).end("{}")), 300);
    return withBatchMs(60_000, () =>
      withGateway(slow, async () => {
        const tag = `关机${backend}`;
        await notifyUser(db, people[0]!.id, { title: "预约挂号成功", body: `${tag}一`, link: "/me/appointments" });
        const allSent = textsSent();
        await notifyUser(db, people[1]!.id, { title: "预约挂号成功", body: `${tag}二`, link: "/me/appointments" });
        await allSent;
        expect(got.filter((t) => t.includes(tag)).sort()).toEqual([
          `【智慧南通】预约挂号成功：${tag}一`,
          `【智慧南通】预约挂号成功：${tag}二`,
        ]);
      }),
    );
  });

  it("with an SMS gateway, a text the gateway refuses does not keep the others from going out", () => {
    const got: z.infer<typeof Sms>[] = [];
    const refused = phones.get(people[0]!.id)!;
    const refusing = (sms: z.infer<typeof Sms>, res: http.ServerResponse) => {
      if (sms.phone === refused) return void res.writeHead(503).end();
      got.push(sms);
      res.writeHead(200).end("{}");
    };
    return withGateway(refusing, async () => {
      const tag = `网关${backend}`;
      for (const p of people) await notifyUser(db, p.id, { title: "预约挂号成功", body: tag, link: "/me/appointments" });
      await textsSent();
      expect(got.map((g) => g.phone).sort()).toEqual(
        people
          .map((p) => phones.get(p.id)!)
          .filter((p) => p !== refused)
          .sort(),
      );
      expect(got.every((g) => g.text === `【智慧南通】预约挂号成功：${tag}`)).toBe(true);
      // The message of the person whose text failed is there all the same.
      const [m] = await db
        .select({ id: accountMessage.id })
        .from(accountMessage)
        .where(and(eq(accountMessage.userId, people[0]!.id), eq(accountMessage.body, tag)));
      expect(m).toBeDefined();
    });
  });
});
