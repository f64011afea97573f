import { mkdtempSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import { accountUser, hotlineAttachment, hotlineCategory, hotlineEvent, hotlineTicket } from "@/drizzle/schema";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { appRouter, createCaller } from "@/server/root";
import { acceptTicket, answerDirectly, dispatchTicket, recordReturnVisit, replyTicket } from "@/server/modules/hotline/service";
import { attachmentForUser, hotTopics } from "@/server/modules/hotline/citizen";
import { toFormState } from "@/server/lib/form-state";
import { ZRate } from "@/server/modules/hotline/validation";
import type { SessionUser } from "@/server/modules/account/service";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { freshIp } from "../helpers/fixtures";
import { fieldErrorsOf, trpcError } from "../helpers/errors";
import { demoUsers, hotlineRefs, newUser } from "../helpers/hotline";

process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "nt-hotline-uploads-"));

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 3]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 9, 9]);
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20]);
const PDF = new TextEncoder().encode("%PDF-1.7 not a photo");

let keyN = 0;
const key = () => `citizen-form-${process.pid}-${Date.now()}-${++keyN}`;

describe.each(BACKENDS)("12345 citizen side on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let agent: SessionUser;
  let staff: SessionUser; // 市城管局
  let admin: SessionUser;
  let cat: Record<string, number>;
  let groupIds: Set<number>;
  const caller = (user: SessionUser | null) => createCaller({ db, user, ip: freshIp() });

  const form = (over: Record<string, unknown> = {}) => ({
    type: "投诉",
    categoryId: cat["cg-ld"]!,
    description: "崇川区濠河北路的路灯连续三个晚上不亮，行人很不安全。",
    district: "崇川区",
    address: "崇川区濠河北路88号对面",
    isPublic: false,
    contactName: "李女士",
    contactPhone: "13912340001",
    channel: "mobile" as const,
    idempotencyKey: key(),
    ...over,
  });

  /** dispatch → accept → reply through the agent and the 市城管局 clerk. */
  async function answer(id: number, text: string, now = new Date()) {
    const d = await dispatchTicket(
      { db },
      agent,
      id,
      1,
      (await db.select({ d: hotlineCategory.departmentId }).from(hotlineCategory).where(eq(hotlineCategory.id, cat["cg-ld"]!)))[0]!.d!,
      now,
    );
    const a = await acceptTicket({ db }, staff, id, now);
    expect(d.version + 1).toBe(a.version);
    return replyTicket({ db }, staff, id, a.version, text, now);
  }

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    ({ agent, staff, admin } = await demoUsers(db));
    ({ cat, groupIds } = await hotlineRefs(db));
  }, 120_000);

  afterAll(async () => {
    await cleanup?.();
  });

  it("gives the form its grouped categories with departments, the SLA table and the contact defaults", async () => {
    const groups = await caller(null).hotline.citizen.categories();
    const cg = groups.find((g) => g.name === "城市管理")!;
    expect(cg.departmentName).toBe("市城管局");
    expect(cg.children.map((c) => c.name)).toContain("路灯");
    expect(cg.children.find((c) => c.name === "路灯")).toMatchObject({ departmentName: "市城管局", needsLocation: true });
    // leaves can map elsewhere than their group (违法停车 → 公安)
    expect(groups.find((g) => g.name === "交通出行")!.children.find((c) => c.name === "违法停车")!.departmentName).toMatch(/公安/);
    expect(await caller(null).hotline.citizen.sla()).toEqual([
      { type: "咨询", workingDays: 3 },
      { type: "求助", workingDays: 3 },
      { type: "投诉", workingDays: 13 },
      { type: "建议", workingDays: 13 },
      { type: "举报", workingDays: 13 },
      { type: "其他", workingDays: 13 },
    ]);
    const verified = await newUser(db, "citizen", { realName: "王小明" });
    const [v] = await db.select({ phone: accountUser.phone }).from(accountUser).where(eq(accountUser.id, verified.id));
    expect(await caller(verified).hotline.citizen.contactDefaults()).toEqual({ name: "王小明", phone: v!.phone });
    const unverified = await newUser(db, "citizen");
    expect((await caller(unverified).hotline.citizen.contactDefaults()).name).toBe("");
    expect((await trpcError(caller(null).hotline.citizen.contactDefaults())).code).toBe("UNAUTHORIZED");
  });

  it("submits once per form key: a double submit or retry returns the same ticket, photos stored once", async () => {
    const me = await newUser(db, "citizen");
    const input = form({
      photos: [
        { name: "路灯.jpg", bytes: JPEG },
        { name: "近景.png", bytes: PNG },
      ],
    });
    const a = await caller(me).hotline.citizen.submit(input);
    const b = await caller(me).hotline.citizen.submit(input);
    const [c, d] = await Promise.all([
      caller(me).hotline.citizen.submit({ ...input, idempotencyKey: "double-click-key" }),
      caller(me).hotline.citizen.submit({ ...input, idempotencyKey: "double-click-key" }),
    ]);
    expect(a.created).toBe(true);
    expect(b).toEqual({ ...a, created: false });
    expect(c.id).toBe(d.id);
    expect(a.ticketNo).toMatch(/^12345\d{14}$/);
    const [row] = await db.select().from(hotlineTicket).where(eq(hotlineTicket.id, a.id));
    expect(row).toMatchObject({
      status: "new",
      channel: "mobile",
      citizenUserId: me.id,
      contactName: "李女士",
      contactPhone: "13912340001",
      district: "崇川区",
      isPublic: false,
    });
    const atts = await db.select().from(hotlineAttachment).where(eq(hotlineAttachment.ticketId, a.id));
    expect(atts.map((x) => [x.fileName, x.mimeType, x.sizeBytes])).toEqual(
      expect.arrayContaining([
        ["近景.png", "image/png", PNG.byteLength],
        ["路灯.jpg", "image/jpeg", JPEG.byteLength],
      ]),
    );
    expect(atts).toHaveLength(2);
    const cAtts = await db.select().from(hotlineAttachment).where(eq(hotlineAttachment.ticketId, c.id));
    expect(cAtts).toHaveLength(2);
    // wechat / web channels come through as given by the form action (from the user agent)
    const w = await caller(me).hotline.citizen.submit(form({ channel: "wechat" }));
    expect((await db.select({ ch: hotlineTicket.channel }).from(hotlineTicket).where(eq(hotlineTicket.id, w.id)))[0]!.ch).toBe("wechat");
    // enterprises may submit too; agents/staff may not through this form
    const ent = await newUser(db, "enterprise");
    expect((await caller(ent).hotline.citizen.submit(form())).created).toBe(true);
    expect((await trpcError(caller(staff).hotline.citizen.submit(form()))).code).toBe("FORBIDDEN");
    expect((await trpcError(caller(null).hotline.citizen.submit(form()))).code).toBe("UNAUTHORIZED");
  });

  it("keeps a request and its photos together or not at all: a failure storing a photo leaves nothing, the retry creates both", async () => {
    const me = await newUser(db, "citizen");
    const input = form({
      photos: [
        { name: "路灯.jpg", bytes: JPEG },
        { name: "近景.png", bytes: PNG },
      ],
    });
    const files = async () =>
      (await readdir(process.env.STORAGE_DIR!, { recursive: true, withFileTypes: true })).filter((f) => f.isFile()).length;
    const before = await files();
    // Inject a failure: the database refuses the photo rows (as a full disk or a lost connection would).
    await db.execute(
      sql.raw(`create or replace function nt_test_refuse_photo() returns trigger language plpgsql as $$
        begin raise exception 'injected photo failure'; end $$`),
    );
    await db.execute(
      sql.raw(
        `create trigger nt_test_refuse_photo before insert on hotline_attachment for each row execute function nt_test_refuse_photo()`,
      ),
    );
    try {
      await expect(caller(me).hotline.citizen.submit(input)).rejects.toThrow();
    } finally {
      await db.execute(sql.raw(`drop trigger nt_test_refuse_photo on hotline_attachment`));
    }
    // Nothing kept: no ticket under the form's key (so the retry is not "already created"), no stray files.
    const kept = await db
      .select({ id: hotlineTicket.id })
      .from(hotlineTicket)
      .where(eq(hotlineTicket.idempotencyKey, input.idempotencyKey));
    expect(kept).toEqual([]);
    expect(await files()).toBe(before);
    // The retry of the same form creates the request with both photos, readable from storage.
    const retry = await caller(me).hotline.citizen.submit(input);
    expect(retry.created).toBe(true);
    const atts = await db.select().from(hotlineAttachment).where(eq(hotlineAttachment.ticketId, retry.id));
    expect(atts.map((a) => a.fileName).sort()).toEqual(["近景.png", "路灯.jpg"].sort());
    for (const a of atts) expect((await readFile(path.join(process.env.STORAGE_DIR!, a.storageKey))).byteLength).toBe(a.sizeBytes);
    expect(await files()).toBe(before + 2);
    // A lost concurrent double submit removes its own copies of the files again.
    const twice = form({ photos: [{ name: "a.jpg", bytes: JPEG }] });
    const [x, y] = await Promise.all([caller(me).hotline.citizen.submit(twice), caller(me).hotline.citizen.submit(twice)]);
    expect(x.id).toBe(y.id);
    expect(await files()).toBe(before + 3);
  });

  it("reports every problem per field, in Chinese, and creates nothing", async () => {
    const me = await newUser(db, "citizen");
    const e = await trpcError(
      caller(me).hotline.citizen.submit({
        type: "闲聊",
        categoryId: undefined,
        description: "短",
        district: "上海市",
        address: "",
        contactName: "",
        contactPhone: "12345",
        lat: 40,
        lng: 116,
        idempotencyKey: key(),
      }),
    );
    expect(e.code).toBe("BAD_REQUEST");
    const f = fieldErrorsOf(e);
    expect(f.type?.[0]).toBe("请选择诉求类型");
    expect(f.categoryId?.[0]).toBe("请选择诉求分类");
    expect(f.description?.[0]).toMatch(/至少5个字/);
    expect(f.district?.[0]).toBe("请选择所在区县");
    expect(f.contactName?.[0]).toBe("请填写联系人姓名");
    expect(f.contactPhone?.[0]).toMatch(/正确的联系电话/);
    expect(f.location?.[0]).toBe("位置不在南通范围内");
    expect(f.lat).toBeUndefined();

    const f2 = fieldErrorsOf(await trpcError(caller(me).hotline.citizen.submit(form({ categoryId: groupIds.values().next().value }))));
    expect(f2.categoryId?.[0]).toBe("请选择具体的诉求分类");
    const f3 = fieldErrorsOf(await trpcError(caller(me).hotline.citizen.submit(form({ address: "  " }))));
    expect(f3.address?.[0]).toMatch(/需要发生地点/);
    // a map point is enough for a category that needs a location
    expect((await caller(me).hotline.citizen.submit(form({ address: undefined, lat: 32.0128, lng: 120.8636 }))).created).toBe(true);
    const f4 = fieldErrorsOf(await trpcError(caller(me).hotline.citizen.submit(form({ lat: 32.01 }))));
    expect(f4.location?.[0]).toMatch(/位置不完整/);
    const f5 = fieldErrorsOf(await trpcError(caller(me).hotline.citizen.submit(form({ description: "长".repeat(4001) }))));
    expect(f5.description?.[0]).toMatch(/4000/);
    const f6 = fieldErrorsOf(await trpcError(caller(me).hotline.citizen.submit(form({ contactPhone: "" }))));
    expect(f6.contactPhone?.[0]).toMatch(/请填写联系电话/);

    const mine = await caller(me).hotline.citizen.mine();
    expect(mine.total).toBe(1); // only the valid one with a map point
  });

  it("checks photos by content, count and size before anything is stored", async () => {
    const me = await newUser(db, "citizen");
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(JPEG);
    const e = await trpcError(
      caller(me).hotline.citizen.submit(
        form({
          photos: [
            { name: "scan.jpg", bytes: PDF },
            { name: "huge.jpg", bytes: big },
          ],
        }),
      ),
    );
    expect(fieldErrorsOf(e).photos).toEqual(["“scan.jpg”不是JPG、PNG或WebP图片，请重新选择", "“huge.jpg”超过5MB，请压缩后重新选择"]);
    const seven = Array.from({ length: 7 }, (_, i) => ({ name: `${i}.jpg`, bytes: JPEG }));
    expect(fieldErrorsOf(await trpcError(caller(me).hotline.citizen.submit(form({ photos: seven })))).photos).toEqual([
      "最多上传6张照片，您选择了7张",
    ]);
    expect((await caller(me).hotline.citizen.mine()).total).toBe(0);
    // six photos, one a WebP named .jpg: stored with its real type and extension
    const six = [...Array.from({ length: 5 }, (_, i) => ({ name: `${i}.jpg`, bytes: JPEG })), { name: "really-webp.jpg", bytes: WEBP }];
    const ok = await caller(me).hotline.citizen.submit(form({ photos: six }));
    const atts = await db.select().from(hotlineAttachment).where(eq(hotlineAttachment.ticketId, ok.id));
    expect(atts).toHaveLength(6);
    expect(atts.find((a) => a.fileName === "really-webp.webp")?.mimeType).toBe("image/webp");
  });

  it("lists and shows the citizen's own requests; another citizen's is NOT_FOUND", async () => {
    const me = await newUser(db, "citizen");
    const other = await newUser(db, "citizen");
    const ids: number[] = [];
    for (let i = 0; i < 12; i++)
      ids.push((await caller(me).hotline.citizen.submit(form({ description: `第${i + 1}件：小区门口路灯不亮，已经一周了。` }))).id);
    const p1 = await caller(me).hotline.citizen.mine({ page: 1 });
    const p2 = await caller(me).hotline.citizen.mine({ page: 2 });
    expect(p1.total).toBe(12);
    expect(p1.items).toHaveLength(10);
    expect(p2.items).toHaveLength(2);
    expect([...p1.items, ...p2.items].map((t) => t.id)).toEqual([...ids].reverse());
    expect((await caller(other).hotline.citizen.mine()).total).toBe(0);

    const withPhoto = await caller(me).hotline.citizen.submit(form({ photos: [{ name: "现场.jpg", bytes: JPEG }] }));
    const detail = await caller(me).hotline.citizen.get({ id: withPhoto.id });
    expect(detail.slaWorkingDays).toBe(13); // 投诉: the SLA table's days, shown on the submitted page
    expect(detail).toMatchObject({
      ticketNo: withPhoto.ticketNo,
      status: "new",
      categoryName: "路灯",
      groupName: "城市管理",
      answer: null,
      canRate: false,
    });
    expect(detail.events.map((e) => e.toStatus)).toEqual(["new"]);
    expect(detail.attachments.map((a) => a.fileName)).toEqual(["现场.jpg"]);

    const e = await trpcError(caller(other).hotline.citizen.get({ id: withPhoto.id }));
    expect(e.code).toBe("NOT_FOUND");
    expect((await trpcError(caller(other).hotline.citizen.get({ id: 987_654_321 }))).message).toBe(e.message); // same answer as a missing one
    expect((await trpcError(caller(other).hotline.citizen.rate({ id: withPhoto.id, rating: 3 }))).code).toBe("NOT_FOUND");

    // the photo: owner, agents, admins and the assigned department's staff; nobody else
    const attId = detail.attachments[0]!.id;
    const row = await attachmentForUser(db, me, attId);
    expect(row.mimeType).toBe("image/jpeg");
    expect(new Uint8Array(await readFile(path.join(process.env.STORAGE_DIR!, row.storageKey)))).toEqual(JPEG);
    await expect(attachmentForUser(db, agent, attId)).resolves.toBeTruthy();
    await expect(attachmentForUser(db, admin, attId)).resolves.toBeTruthy();
    await expect(attachmentForUser(db, other, attId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(attachmentForUser(db, staff, attId)).rejects.toMatchObject({ code: "NOT_FOUND" }); // not dispatched yet
    await expect(attachmentForUser(db, me, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await answer(withPhoto.id, "已安排维修，路灯已恢复照明。");
    await expect(attachmentForUser(db, staff, attId)).resolves.toBeTruthy();
    const otherDept = await newUser(db, "staff", { department: "sthjj" });
    await expect(attachmentForUser(db, otherDept, attId)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const answered = await caller(me).hotline.citizen.get({ id: withPhoto.id });
    expect(answered).toMatchObject({
      status: "replied",
      answer: "已安排维修，路灯已恢复照明。",
      departmentName: "市城管局",
      canRate: true,
    });
    expect(answered.events.map((e) => e.toStatus)).toEqual(["new", "dispatched", "accepted", "replied"]);
  });

  it("rates 满意/基本满意/不满意 (3/2/1) only after the answer, and only once (an event row records it)", async () => {
    const me = await newUser(db, "citizen");
    const t = await caller(me).hotline.citizen.submit(form());
    const early = await trpcError(caller(me).hotline.citizen.rate({ id: t.id, rating: 3 }));
    expect(early.code).toBe("CONFLICT");
    expect(early.message).toMatch(/答复后才能评价/);
    await answer(t.id, "已修复。");
    expect(fieldErrorsOf(await trpcError(caller(me).hotline.citizen.rate({ id: t.id, rating: 4 }))).rating?.[0]).toMatch(
      /满意、基本满意或不满意/,
    );
    // no star chosen: the form's parse with the procedure's schema says so (the input type makes it required)
    expect(toFormState(ZRate.safeParse({ id: t.id }).error).fieldErrors?.rating?.[0]).toMatch(/请选择评价/);
    expect(await caller(me).hotline.citizen.rate({ id: t.id, rating: 2, comment: "修得挺快" })).toEqual({ rating: 2 });
    const again = await trpcError(caller(me).hotline.citizen.rate({ id: t.id, rating: 1 }));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toMatch(/已经评价过/);
    const [row] = await db
      .select({ r: hotlineTicket.citizenRating, c: hotlineTicket.citizenComment, s: hotlineTicket.status })
      .from(hotlineTicket)
      .where(eq(hotlineTicket.id, t.id));
    expect(row).toEqual({ r: 2, c: "修得挺快", s: "replied" });
    const events = await db
      .select({ from: hotlineEvent.fromStatus, to: hotlineEvent.toStatus, note: hotlineEvent.note })
      .from(hotlineEvent)
      .where(eq(hotlineEvent.ticketId, t.id));
    expect(events.at(-1)).toEqual({ from: "replied", to: "replied", note: "市民评价：基本满意，修得挺快" });
    const detail = await caller(me).hotline.citizen.get({ id: t.id });
    expect(detail).toMatchObject({ citizenRating: 2, canRate: false });

    // closed by a direct answer counts as answered; two concurrent ratings: exactly one wins
    const q = await caller(me).hotline.citizen.submit(form({ type: "咨询", categoryId: cat["sb-sb"], address: undefined }));
    await answerDirectly({ db }, agent, q.id, 1, "可在江苏智慧人社App查询。");
    const results = await Promise.allSettled([
      caller(me).hotline.citizen.rate({ id: q.id, rating: 3 }),
      caller(me).hotline.citizen.rate({ id: q.id, rating: 1 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((loser.reason as TRPCError).message).toMatch(/已经评价过/);
    // after the return visit (closed) the rating stays
    const t2 = await caller(me).hotline.citizen.submit(form());
    const replied = await answer(t2.id, "已处理。");
    await recordReturnVisit({ db }, agent, t2.id, replied.version, "满意");
    expect(await caller(me).hotline.citizen.rate({ id: t2.id, rating: 3 })).toEqual({ rating: 3 });
  });

  it("an over-long rating comment gets the same Chinese field message through the form's action path as over HTTP", async () => {
    const me = await newUser(db, "citizen");
    const t = await caller(me).hotline.citizen.submit(form());
    await answer(t.id, "已修复。");
    const long = "好".repeat(2001);
    const message = "评价内容不超过500字";

    // The action's path: the tRPC caller, then toFormState — a field message, not zod's raw text.
    const viaCaller = await trpcError(caller(me).hotline.citizen.rate({ id: t.id, rating: 3, comment: long }));
    expect(viaCaller.code).toBe("BAD_REQUEST");
    const state = toFormState(viaCaller, { rating: "3", comment: long });
    expect(state).toMatchObject({ message, fieldErrors: { comment: [message] }, values: { comment: long }, code: "BAD_REQUEST" });
    // …and the action's own parse with the procedure's schema (before it calls) says the same.
    expect(toFormState(ZRate.safeParse({ id: t.id, rating: 3, comment: long }).error)).toMatchObject({
      fieldErrors: { comment: [message] },
    });

    // HTTP: the tRPC endpoint answers 400 with the same message and field errors.
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://localhost/api/trpc/hotline.citizen.rate", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(superjson.serialize({ id: t.id, rating: 3, comment: long })),
      }),
      router: appRouter,
      createContext: () => ({ db, user: me, ip: freshIp() }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { json: { message: string; data: { fieldErrors: Record<string, string[]> } } } };
    expect(body.error.json.message).toBe(message);
    expect(body.error.json.data.fieldErrors).toEqual({ comment: [message] });

    // A comment inside the limit is stored, as typed (trimmed).
    expect(await caller(me).hotline.citizen.rate({ id: t.id, rating: 3, comment: ` ${"好".repeat(500)} ` })).toEqual({ rating: 3 });
  });

  it("public list: only answered public requests, masked, with no contact or address; hot topics count categories", async () => {
    const me = await newUser(db, "citizen");
    const desc = "濠河北路路灯坏了，请联系我 13912345678，身份证320602199001011234，车牌苏F12345挡路。";
    const pub = await caller(me).hotline.citizen.submit(
      form({ isPublic: true, description: desc, contactName: "赵六六", contactPhone: "13988887777", address: "濠河北路甲1号楼下" }),
    );
    const priv = await caller(me).hotline.citizen.submit(form({ isPublic: false, description: "私密诉求：楼下路灯不亮，不希望公开。" }));
    const pending = await caller(me).hotline.citizen.submit(form({ isPublic: true, description: "公开但还没答复的路灯诉求。" }));
    await answer(pub.id, "已修复。如有问题请致电 0513-85123456 或 13800001111。");
    await answer(priv.id, "已修复。");

    const all: Awaited<ReturnType<ReturnType<typeof caller>["hotline"]["citizen"]["publicList"]>>["items"] = [];
    for (let page = 1; ; page++) {
      const r = await caller(null).hotline.citizen.publicList({ page });
      all.push(...r.items);
      if (page * r.pageSize >= r.total) break;
    }
    const mine = all.find((x) => x.id === pub.id);
    expect(mine).toBeTruthy();
    expect(all.some((x) => x.id === priv.id)).toBe(false);
    expect(all.some((x) => x.id === pending.id)).toBe(false);
    expect(mine!.description).toContain("139****5678");
    expect(mine!.description).not.toContain("13912345678");
    expect(mine!.description).not.toContain("320602199001011234");
    expect(mine!.description).not.toContain("苏F12345");
    expect(mine!.answer).not.toContain("13800001111");
    expect(mine!.answer).not.toContain("85123456");
    expect(mine).toMatchObject({ district: "崇川区", categoryName: "路灯", departmentName: "市城管局", status: "replied" });
    const json = JSON.stringify(all);
    for (const secret of ["赵六六", "13988887777", "濠河北路甲1号", "contactName", "contactPhone", "address", "lat", "ticketNo"])
      expect(json).not.toContain(secret);
    // every listed item is public and answered
    const rows = await db
      .select({ id: hotlineTicket.id, isPublic: hotlineTicket.isPublic, status: hotlineTicket.status })
      .from(hotlineTicket);
    for (const item of all) {
      const r = rows.find((x) => x.id === item.id)!;
      expect(r.isPublic).toBe(true);
      expect(["replied", "closed"]).toContain(r.status);
    }

    const before = await hotTopics(db);
    const lamp = before.items.find((h) => h.categoryId === cat["cg-ld"]);
    expect(lamp?.name).toBe("路灯");
    expect(lamp?.groupName).toBe("城市管理");
    await caller(me).hotline.citizen.submit(form());
    const after = await caller(null).hotline.citizen.hotTopics();
    expect(after.items.find((h) => h.categoryId === cat["cg-ld"])!.count).toBe(lamp!.count + 1);
    expect(after.days).toBe(30);
    for (let i = 1; i < after.items.length; i++) expect(after.items[i - 1]!.count).toBeGreaterThanOrEqual(after.items[i]!.count);
    // older than 30 days is not counted
    const later = await hotTopics(db, { now: new Date(Date.now() + 31 * 86_400_000) });
    expect(later.items.find((h) => h.categoryId === cat["cg-ld"])?.count ?? 0).toBe(0);
  });
});
