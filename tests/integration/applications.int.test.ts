import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, count, eq } from "drizzle-orm";
import {
  accountMessage,
  accountUser,
  applicationAttachment,
  applicationCase,
  applicationEvent,
  catalogueItem,
  orgDepartment,
} from "@/drizzle/schema";
import type { FormPage } from "@/server/modules/catalogue/form-types";
import {
  closeFollowUp,
  getDepartmentApplication,
  getOwnApplication,
  handleApplication,
  listDepartmentQueue,
  rateApplication,
  savePage,
  startApplication,
  submitApplication,
  trackApplication,
} from "@/server/modules/applications/service";
import type { SessionUser } from "@/server/modules/account/service";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { DEMO, demoUser, freshPhone } from "../helpers/fixtures";
import { expectAppError } from "../helpers/errors";

process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "nt-uploads-"));

const FORM: FormPage[] = [
  {
    id: "applicant",
    title: "申请人信息",
    fields: [
      { name: "fullName", label: "姓名", type: "text", required: true, validation: { maxLength: 20 } },
      { name: "mobile", label: "联系电话", type: "phone", required: true },
      { name: "rent", label: "月租金（元）", type: "number", required: true, validation: { min: 0, max: 100000 } },
    ],
  },
  { id: "files", title: "上传材料", fields: [{ name: "lease", label: "租房合同", type: "file", required: true, accept: ["pdf"] }] },
  { id: "declare", title: "承诺", fields: [{ name: "declare", label: "本人承诺所填信息真实有效", type: "checkbox", required: true }] },
];

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");

describe.each(BACKENDS)("online applications on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let itemId: number;
  let realNameItemId: number;
  let citizen: SessionUser;
  let staff: SessionUser; // 市城管局
  let otherStaff: SessionUser; // 市民政局
  let stranger: SessionUser;

  async function newUser(role: "citizen" | "staff", deptCode?: string): Promise<SessionUser> {
    const [dept] = deptCode ? await db.select({ id: orgDepartment.id }).from(orgDepartment).where(eq(orgDepartment.code, deptCode)) : [];
    const [u] = await db
      .insert(accountUser)
      .values({ phone: freshPhone(), nickname: `测试${role}`, role, departmentId: dept?.id ?? null })
      .returning({ id: accountUser.id });
    return { id: u!.id, role, name: `测试${role}` };
  }

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    const [cgj] = await db.select({ id: orgDepartment.id }).from(orgDepartment).where(eq(orgDepartment.code, "cgj"));
    const base = {
      section: "life",
      departmentId: cgj!.id,
      audience: "personal",
      theme: "住房",
      kind: "公共服务",
      summary: "测试事项（测试数据）",
      conditions: ["测试条件"],
      materials: [{ name: "租房合同", form: "原件" as const, copies: 1, required: true }],
      steps: ["网上申请", "受理", "办结"],
      fees: "不收费",
      legalBasis: ["《测试办法》"],
      legalDays: 10,
      promisedDays: 5,
      visits: 0,
      phone: "0513-12345",
      online: true,
      keywords: [],
      form: FORM,
    };
    const rows = await db
      .insert(catalogueItem)
      .values([
        { ...base, code: `TEST-${backend}-1`, name: "测试租房补贴申领", requiresRealName: false },
        { ...base, code: `TEST-${backend}-2`, name: "测试需实名事项", requiresRealName: true },
      ])
      .returning({ id: catalogueItem.id });
    itemId = rows[0]!.id;
    realNameItemId = rows[1]!.id;
    citizen = await demoUser(db, DEMO.citizen);
    staff = await demoUser(db, DEMO.staff);
    otherStaff = await newUser("staff", "mzj");
    stranger = await newUser("citizen");
  });
  afterAll(() => cleanup());

  async function completeDraft(user: SessionUser) {
    const { id } = await startApplication({ db }, user, itemId);
    await savePage({ db }, user, {
      id,
      pageId: "applicant",
      answers: { fullName: "周晓彤", mobile: "13800000001", rent: "2500" },
      files: [],
      mode: "continue",
    });
    await savePage({ db }, user, {
      id,
      pageId: "files",
      answers: {},
      files: [{ field: "lease", name: "合同.pdf", bytes: PDF }],
      mode: "continue",
    });
    await savePage({ db }, user, { id, pageId: "declare", answers: { declare: "yes" }, files: [], mode: "continue" });
    return id;
  }

  it("shows each validation message and keeps what was typed", async () => {
    const { id } = await startApplication({ db }, citizen, itemId);
    const r = await savePage({ db }, citizen, {
      id,
      pageId: "applicant",
      answers: { fullName: "", mobile: "123", rent: "abc" },
      files: [],
      mode: "continue",
    });
    expect(r.nextPageId).toBeNull();
    expect(r.errors?.fullName?.[0]).toBe("请输入姓名");
    expect(r.errors?.mobile?.[0]).toBe("联系电话应为11位手机号");
    expect(r.errors?.rent?.[0]).toMatch(/必须是数字/);
    expect(r.answers.mobile).toBe("123");
    const neg = await savePage({ db }, citizen, {
      id,
      pageId: "applicant",
      answers: { fullName: "周晓彤", mobile: "13800000001", rent: "-5" },
      files: [],
      mode: "continue",
    });
    expect(neg.errors?.rent?.[0]).toBe("月租金（元）不能小于0");
    const ok = await savePage({ db }, citizen, {
      id,
      pageId: "applicant",
      answers: { fullName: "周晓彤", mobile: "13800000001", rent: "2500" },
      files: [],
      mode: "continue",
    });
    expect(ok.errors).toBeNull();
    expect(ok.nextPageId).toBe("files");
  });

  it("saves a draft without validation and resumes the same draft", async () => {
    const a = await startApplication({ db }, stranger, itemId);
    await savePage({ db }, stranger, {
      id: a.id,
      pageId: "applicant",
      answers: { fullName: "半", mobile: "", rent: "" },
      files: [],
      mode: "draft",
    });
    const b = await startApplication({ db }, stranger, itemId);
    expect(b.id).toBe(a.id);
    const own = await getOwnApplication(db, stranger, a.id);
    expect(own.answers.fullName).toBe("半");
  });

  it("two concurrent starts make one draft", async () => {
    const u = await newUser("citizen");
    const [a, b] = await Promise.all([startApplication({ db }, u, itemId), startApplication({ db }, u, itemId)]);
    expect(a.id).toBe(b.id);
  });

  it("stores an attachment under the extension of its real type, not the one it was uploaded with", async () => {
    const { id } = await startApplication({ db }, citizen, itemId);
    await savePage({ db }, citizen, {
      id,
      pageId: "files",
      answers: {},
      files: [{ field: "lease", name: "../合同.html", bytes: PDF }],
      mode: "continue",
    });
    const [row] = await db
      .select({ fileName: applicationAttachment.fileName, mimeType: applicationAttachment.mimeType })
      .from(applicationAttachment)
      .where(eq(applicationAttachment.applicationId, id));
    expect(row).toEqual({ fileName: "合同.pdf", mimeType: "application/pdf" });
  });

  it("rejects attachments by content type and by size", async () => {
    const { id } = await startApplication({ db }, citizen, itemId);
    const fake = new TextEncoder().encode("<html>not a pdf</html>");
    const r1 = await savePage({ db }, citizen, {
      id,
      pageId: "files",
      answers: {},
      files: [{ field: "lease", name: "合同.pdf", bytes: fake }],
      mode: "continue",
    });
    expect(r1.errors?.lease?.[0]).toBe("租房合同只能是PDF文件，请重新选择");
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    const r2 = await savePage({ db }, citizen, {
      id,
      pageId: "files",
      answers: {},
      files: [{ field: "lease", name: "合同.png", bytes: png }],
      mode: "continue",
    });
    expect(r2.errors?.lease?.[0]).toMatch(/只能是PDF/);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PDF);
    const r3 = await savePage({ db }, citizen, {
      id,
      pageId: "files",
      answers: {},
      files: [{ field: "lease", name: "大文件.pdf", bytes: big }],
      mode: "continue",
    });
    expect(r3.errors?.lease?.[0]).toBe("租房合同不能超过10MB，请压缩后重新上传");
    const r4 = await savePage({ db }, citizen, {
      id,
      pageId: "files",
      answers: {},
      files: [{ field: "lease", name: "合同.pdf", bytes: PDF }],
      mode: "continue",
    });
    expect(r4.errors).toBeNull();
  });

  it("needs real-name verification for items marked so", async () => {
    await expectAppError(startApplication({ db }, stranger, realNameItemId), "FORBIDDEN", /实名认证/);
    const ok = await startApplication({ db }, citizen, realNameItemId);
    expect(ok.firstPageId).toBe("applicant");
  });

  it("a retried submission creates one application and one serial number", async () => {
    const u = await newUser("citizen");
    const id = await completeDraft(u);
    const key = "6f1c1f0e-6a55-4d3a-9a55-0d5a8d2c1b11";
    const [a, b] = await Promise.all([
      submitApplication({ db }, u, { id, idempotencyKey: key }),
      submitApplication({ db }, u, { id, idempotencyKey: key }),
    ]);
    const c = await submitApplication({ db }, u, { id, idempotencyKey: key });
    expect(a.serialNo).toMatch(/^NT\d{16}$/);
    expect(b.serialNo).toBe(a.serialNo);
    expect(c.serialNo).toBe(a.serialNo);
    const [n] = await db.select({ n: count() }).from(applicationCase).where(eq(applicationCase.userId, u.id));
    expect(n?.n).toBe(1);
    const events = await db
      .select({ n: count() })
      .from(applicationEvent)
      .where(and(eq(applicationEvent.applicationId, id), eq(applicationEvent.toStatus, "submitted")));
    expect(events[0]?.n).toBe(1);
  });

  it("refuses to submit an incomplete application", async () => {
    const u = await newUser("citizen");
    const { id } = await startApplication({ db }, u, itemId);
    // the check-answers page lists the pages that still fail their rules (from the service)
    expect((await getOwnApplication(db, u, id)).incompletePages.map((p) => p.pageId)).toEqual(FORM.map((p) => p.id));
    await expectAppError(
      submitApplication({ db }, u, { id, idempotencyKey: "0b7f4c36-3a8e-4a53-9a2c-9f0a3f5d2e10" }),
      "BAD_REQUEST",
      /申请人信息/,
    );
    expect((await getOwnApplication(db, u, await completeDraft(u))).incompletePages).toEqual([]);
  });

  it("keeps other departments and other citizens out (tried)", async () => {
    const u = await newUser("citizen");
    const id = await completeDraft(u);
    await submitApplication({ db }, u, { id, idempotencyKey: "c3c1a2b4-1d2e-4f5a-8b9c-0d1e2f3a4b5c" });
    await expectAppError(getDepartmentApplication(db, otherStaff, id), "NOT_FOUND");
    await expectAppError(handleApplication({ db }, otherStaff, { id, action: { kind: "accept" } }), "NOT_FOUND");
    await expectAppError(getOwnApplication(db, stranger, id), "NOT_FOUND");
    await expectAppError(
      savePage({ db }, stranger, { id, pageId: "applicant", answers: { fullName: "x" }, files: [], mode: "draft" }),
      "NOT_FOUND",
    );
    await expectAppError(handleApplication({ db }, stranger, { id, action: { kind: "accept" } }), "FORBIDDEN");
    const queue = await listDepartmentQueue(db, otherStaff, { tab: "pending", page: 1 });
    expect(queue.items.map((i) => i.id)).not.toContain(id);
    const mine = await listDepartmentQueue(db, staff, { tab: "pending", page: 1 });
    expect(mine.items.map((i) => i.id)).toContain(id);
  });

  it("counts deadlines in working days across 国庆 and 春节 with make-up days", async () => {
    const u = await newUser("citizen");
    const id1 = await completeDraft(u);
    await submitApplication({ db }, u, { id: id1, idempotencyKey: "a1a1a1a1-1d2e-4f5a-8b9c-0d1e2f3a4b5c" });
    await handleApplication({ db }, staff, { id: id1, action: { kind: "accept" } }, new Date("2025-09-30T02:00:00Z"));
    const [r1] = await db.select({ due: applicationCase.dueDate }).from(applicationCase).where(eq(applicationCase.id, id1));
    expect(r1?.due).toBe("2025-10-14"); // 10-09, 10-10, 10-11 (Sat, make-up), 10-13, 10-14

    const u2 = await newUser("citizen");
    const id2 = await completeDraft(u2);
    await submitApplication({ db }, u2, { id: id2, idempotencyKey: "b2b2b2b2-1d2e-4f5a-8b9c-0d1e2f3a4b5c" });
    await handleApplication({ db }, staff, { id: id2, action: { kind: "accept" } }, new Date("2026-02-12T02:00:00Z"));
    const [r2] = await db.select({ due: applicationCase.dueDate }).from(applicationCase).where(eq(applicationCase.id, id2));
    expect(r2?.due).toBe("2026-02-26"); // 02-13, 02-14 (Sat, make-up), 02-24, 02-25, 02-26
    const overdue = await listDepartmentQueue(db, staff, { tab: "overdue", page: 1 }, new Date("2026-03-02T02:00:00Z"));
    expect(overdue.items.map((i) => i.id)).toEqual(expect.arrayContaining([id1, id2]));
  });

  it("runs the whole loop: 补正 → resubmit → 办结 → 差评 with a reason → follow-up", async () => {
    const u = await newUser("citizen");
    const id = await completeDraft(u);
    const { serialNo } = await submitApplication({ db }, u, { id, idempotencyKey: "d4d4d4d4-1d2e-4f5a-8b9c-0d1e2f3a4b5c" });
    await expectAppError(handleApplication({ db }, staff, { id, action: { kind: "complete", note: "太早" } }), "CONFLICT");
    await handleApplication({ db }, staff, { id, action: { kind: "correction", reason: "租房合同缺少出租人签字页" } });
    // a late retry of the first submit must not resubmit the uncorrected application
    await submitApplication({ db }, u, { id, idempotencyKey: "d4d4d4d4-1d2e-4f5a-8b9c-0d1e2f3a4b5c" });
    const own = await getOwnApplication(db, u, id);
    expect(own.status).toBe("correction");
    expect(own.correctionReason).toContain("签字页");
    await savePage({ db }, u, {
      id,
      pageId: "files",
      answers: {},
      files: [{ field: "lease", name: "合同-补正.pdf", bytes: PDF }],
      mode: "continue",
    });
    const again = await submitApplication({ db }, u, { id, idempotencyKey: "e5e5e5e5-1d2e-4f5a-8b9c-0d1e2f3a4b5c" });
    expect(again.serialNo).toBe(serialNo);
    expect((await getOwnApplication(db, u, id)).status).toBe("submitted");
    await handleApplication({ db }, staff, { id, action: { kind: "accept" } });
    await handleApplication({ db }, staff, { id, action: { kind: "complete", note: "补贴已核准发放" } });
    await expectAppError(rateApplication({ db }, u, { id, score: 1 }), "BAD_REQUEST", /原因/);
    const rated = await rateApplication({ db }, u, { id, score: 1, reason: "等待时间太长" });
    expect(rated.followUp).toBe(true);
    await expectAppError(rateApplication({ db }, u, { id, score: 5 }), "CONFLICT");
    const followups = await listDepartmentQueue(db, staff, { tab: "followups", page: 1 });
    expect(followups.items.map((i) => i.id)).toContain(id);
    await closeFollowUp({ db }, staff, { id, note: "已电话致歉并优化审核流程" });
    const msgs = await db.select({ title: accountMessage.title }).from(accountMessage).where(eq(accountMessage.userId, u.id));
    expect(msgs.map((m) => m.title)).toEqual(expect.arrayContaining(["申请已提交", "办件待补正", "办件办理中", "办件已办结"]));
    const phone = (await db.select({ p: accountUser.phone }).from(accountUser).where(eq(accountUser.id, u.id)))[0]!.p;
    const track = await trackApplication(db, { serialNo, phoneLast4: phone.slice(-4) });
    expect(track.status).toBe("completed");
    expect(JSON.stringify(track)).not.toContain(phone);
    expect(JSON.stringify(track)).not.toContain("周晓彤");
    await expectAppError(trackApplication(db, { serialNo, phoneLast4: "0000" }), "NOT_FOUND");
  });
});
