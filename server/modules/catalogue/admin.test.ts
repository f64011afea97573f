import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { and, desc, eq, inArray } from "drizzle-orm";
import { ZodError } from "zod";
import { auditLog, catalogueItem, orgDepartment } from "@/drizzle/schema";
import type { FormPage } from "./form-types";
import type { DB } from "@/server/db";
import { AppError } from "@/server/lib/errors";
import { BACKENDS, createTestDatabase } from "@/tests/helpers/db";
import { callerAs } from "@/tests/helpers/fixtures";
import { ZItemEdit, type TItemEdit } from "./validation";

const FORM: FormPage[] = [
  {
    id: "applicant",
    title: "申请人信息",
    fields: [
      { name: "applicantName", label: "姓名", type: "text", required: true, validation: { maxLength: 30 } },
      { name: "idNumber", label: "身份证号", type: "idcard", required: true },
      {
        name: "mobile",
        label: "手机号",
        type: "phone",
        required: true,
        validation: { pattern: "^1\\d{10}$", patternMessage: "请输入11位手机号" },
      },
    ],
  },
];

/** Everything thrown, as the user-facing messages: AppError field errors, zod issues, or the message. */
async function failure(p: Promise<unknown>): Promise<{ code: string; messages: string[] }> {
  try {
    await p;
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    const cause = e.cause;
    const messages =
      cause instanceof ZodError
        ? cause.issues.map((i) => i.message)
        : cause instanceof AppError
          ? [cause.message, ...Object.values(cause.fieldErrors ?? {}).flat()]
          : [e.message];
    return { code: e.code, messages };
  }
  throw new Error("expected the call to fail");
}

describe.each(BACKENDS)("catalogue admin on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let onlineId: number;
  let offlineId: number;

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    const [dept] = await db.select({ id: orgDepartment.id }).from(orgDepartment).where(eq(orgDepartment.code, "rsj")).limit(1);
    const common = {
      section: "life",
      departmentId: dept!.id,
      audience: "personal",
      theme: "社会保障",
      kind: "公共服务",
      conditions: ["本市参保人员"],
      materials: [{ name: "居民身份证", form: "原件" as const, copies: 1, required: true }],
      steps: ["网上申请", "审核", "办结"],
      fees: "不收费",
      legalBasis: ["《社会保险法》"],
      legalDays: 10,
      promisedDays: 3,
      phone: "0513-12345",
      requiresRealName: true,
      keywords: ["社保"],
    };
    const rows = await db
      .insert(catalogueItem)
      .values([
        { ...common, code: "ZZ-ADMIN-001", name: "测试事项社保卡补领", summary: "补领社会保障卡", visits: 0, online: true, form: FORM },
        {
          ...common,
          code: "ZZ-ADMIN-002",
          name: "测试事项现场核验",
          summary: "到窗口核验",
          visits: 1,
          online: false,
          place: "南通市政务服务中心",
          form: null,
        },
      ])
      .returning({ id: catalogueItem.id, code: catalogueItem.code });
    onlineId = rows.find((r) => r.code === "ZZ-ADMIN-001")!.id;
    offlineId = rows.find((r) => r.code === "ZZ-ADMIN-002")!.id;
  });
  afterAll(() => cleanup());

  async function editOf(id: number): Promise<TItemEdit> {
    const item = await (await callerAs(db, "admin")).catalogue.public.item({ id });
    return {
      id,
      version: item.version,
      name: item.name,
      summary: item.summary,
      theme: item.theme,
      kind: item.kind as TItemEdit["kind"],
      conditions: item.conditions,
      materials: item.materials,
      steps: item.steps,
      fees: item.fees,
      legalBasis: item.legalBasis,
      legalDays: item.legalDays,
      promisedDays: item.promisedDays,
      visits: item.visits,
      phone: item.phone,
      online: item.online,
      requiresRealName: item.requiresRealName,
      keywords: item.keywords,
      place: item.place,
      form: item.form,
    };
  }

  it("lists items by code and finds them by search", async () => {
    const admin = await callerAs(db, "admin");
    const all = await admin.catalogue.admin.list({ page: 1 });
    expect(all.pageSize).toBe(20);
    expect(all.total).toBeGreaterThanOrEqual(2);
    const codes = all.items.map((i) => i.code);
    expect([...codes].sort()).toEqual(codes);
    const found = await admin.catalogue.admin.list({ q: "现场核验", page: 1 });
    expect(found.items.map((i) => i.code)).toContain("ZZ-ADMIN-002");
    expect(found.items[0]).toMatchObject({ version: expect.any(Number), departmentName: "市人社局" });
  });

  it("saves an edit, bumps the version, audits it and updates the search", async () => {
    const admin = await callerAs(db, "admin");
    const before = await editOf(onlineId);
    const form = structuredClone(FORM);
    form[0]!.fields.push({
      name: "reason",
      label: "补领原因",
      type: "radio",
      required: true,
      options: [
        { value: "lost", label: "遗失" },
        { value: "broken", label: "损坏" },
      ],
    });
    const saved = await admin.catalogue.admin.update({
      ...before,
      name: "测试事项社保卡挂失补领",
      promisedDays: 1,
      keywords: ["社保", "挂失"],
      form,
    });
    expect(saved).toMatchObject({ id: onlineId, code: "ZZ-ADMIN-001", version: before.version + 1 });

    const item = await admin.catalogue.public.item({ id: onlineId });
    expect(item).toMatchObject({
      name: "测试事项社保卡挂失补领",
      promisedDays: 1,
      keywords: ["社保", "挂失"],
      version: before.version + 1,
    });
    expect(item.form?.[0]?.fields.map((f) => f.name)).toEqual(["applicantName", "idNumber", "mobile", "reason"]);

    const [entry] = await db
      .select({ actorRole: auditLog.actorRole, outcome: auditLog.outcome, targetId: auditLog.targetId, detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.action, "catalogue.update"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry).toEqual({
      actorRole: "admin",
      outcome: "success",
      targetId: String(onlineId),
      detail: { code: "ZZ-ADMIN-001", version: before.version + 1 },
    });

    const search = await admin.catalogue.admin.list({ q: "挂失补领", page: 1 });
    expect(search.items.map((i) => i.id)).toContain(onlineId);
  });

  it("refuses an edit made on a stale version with CONFLICT and keeps the newer data", async () => {
    const admin = await callerAs(db, "admin");
    const loaded = await editOf(offlineId);
    await admin.catalogue.admin.update({ ...loaded, summary: "第一位管理员的修改" });
    const err = await failure(admin.catalogue.admin.update({ ...loaded, summary: "第二位管理员的修改" }));
    expect(err.code).toBe("CONFLICT");
    expect(err.messages[0]).toBe("该事项已被其他管理员修改，请刷新后重新编辑");
    const item = await admin.catalogue.public.item({ id: offlineId });
    expect(item.summary).toBe("第一位管理员的修改");
    expect(item.version).toBe(loaded.version + 1);
  });

  it("rejects a promised time limit longer than the legal one", async () => {
    const admin = await callerAs(db, "admin");
    const err = await failure(admin.catalogue.admin.update({ ...(await editOf(offlineId)), legalDays: 5, promisedDays: 8 }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.messages).toContain("承诺时限不能超过法定时限");
  });

  it("rejects an online item without a form", async () => {
    const admin = await callerAs(db, "admin");
    for (const form of [null, []]) {
      const err = await failure(admin.catalogue.admin.update({ ...(await editOf(onlineId)), form }));
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.messages.join("\n")).toMatch(/全程网办的事项必须有在线表单/);
    }
  });

  it("rejects a form field whose pattern is not a valid regular expression, naming the field", async () => {
    const admin = await callerAs(db, "admin");
    const edit = await editOf(onlineId);
    const form = structuredClone(edit.form!);
    form[0]!.fields[2]!.validation = { pattern: "^1[3-9\\d{9}$" };
    const err = await failure(admin.catalogue.admin.update({ ...edit, form }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.messages.join("\n")).toMatch(/字段“手机号”（mobile）的 pattern 不是有效的正则表达式/);
  });

  it("checks the form definition and the place as a whole", () => {
    const base = {
      id: 1,
      version: 1,
      name: "事项",
      summary: "简介",
      theme: "主题",
      kind: "公共服务",
      conditions: [],
      materials: [],
      steps: [],
      fees: "不收费",
      legalBasis: [],
      legalDays: 5,
      promisedDays: 5,
      visits: 0,
      phone: "12345",
      online: true,
      requiresRealName: false,
      keywords: [],
      place: null,
    } satisfies Partial<TItemEdit>;
    const form: FormPage[] = [
      { id: "p1", title: "第一页", fields: [{ name: "a", label: "甲", type: "select", required: true }] },
      { id: "p2", title: "第二页", fields: [{ name: "a", label: "乙", type: "file", required: true }] },
    ];
    const r = ZItemEdit.safeParse({ ...base, visits: 2, form });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message).join("\n");
    expect(messages).toMatch(/需要到现场办理的事项请填写办理地点/);
    expect(messages).toMatch(/字段“甲”（a）是下拉选择，请至少提供一个选项/);
    expect(messages).toMatch(/字段“乙”（a）的字段名与第1页的“甲”重复/);
    expect(messages).toMatch(/字段“乙”（a）是文件上传，请用 accept 写明/);
    expect(ZItemEdit.safeParse({ ...base, form: FORM }).success).toBe(true);
  });

  it("gives non-admins FORBIDDEN for every procedure and guests UNAUTHORIZED", async () => {
    const edit = await editOf(offlineId);
    for (const role of ["citizen", "agent", "staff"] as const) {
      const c = await callerAs(db, role);
      expect((await failure(c.catalogue.admin.list({ page: 1 }))).code).toBe("FORBIDDEN");
      expect((await failure(c.catalogue.admin.update(edit))).code).toBe("FORBIDDEN");
      expect((await failure(c.catalogue.admin.export())).code).toBe("FORBIDDEN");
      expect((await failure(c.catalogue.admin.import({ items: [] }))).code).toBe("FORBIDDEN");
    }
    expect((await failure((await callerAs(db, "guest")).catalogue.admin.export())).code).toBe("UNAUTHORIZED");
    expect((await editOf(offlineId)).version).toBe(edit.version);
  });

  it("imports an export unchanged: same data, every item updated and re-versioned", async () => {
    const admin = await callerAs(db, "admin");
    const exported = await admin.catalogue.admin.export();
    expect(exported.length).toBeGreaterThanOrEqual(2);
    const mine = exported.find((i) => i.code === "ZZ-ADMIN-002")!;
    expect(mine).toMatchObject({ departmentCode: "rsj", place: "南通市政务服务中心" });
    expect(mine).not.toHaveProperty("form");
    expect(mine).not.toHaveProperty("id");

    const versionsBefore = await db.select({ version: catalogueItem.version }).from(catalogueItem).where(eq(catalogueItem.id, onlineId));
    const result = await admin.catalogue.admin.import({ items: JSON.parse(JSON.stringify(exported)) });
    expect(result).toEqual({ created: 0, updated: exported.length, total: exported.length });
    expect(await admin.catalogue.admin.export()).toEqual(exported);
    const [after] = await db.select({ version: catalogueItem.version }).from(catalogueItem).where(eq(catalogueItem.id, onlineId));
    expect(after!.version).toBe(versionsBefore[0]!.version + 1);

    const [entry] = await db
      .select({ outcome: auditLog.outcome, detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.action, "catalogue.import"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry).toEqual({ outcome: "success", detail: { created: 0, updated: exported.length } });
  });

  it("creates new items on import and finds them in search", async () => {
    const admin = await callerAs(db, "admin");
    const exported = await admin.catalogue.admin.export();
    const template = exported.find((i) => i.code === "ZZ-ADMIN-001")!;
    const result = await admin.catalogue.admin.import({ items: [{ ...template, code: "ZZ-ADMIN-003", name: "测试事项导入新增" }] });
    expect(result).toEqual({ created: 1, updated: 0, total: 1 });
    const found = await admin.catalogue.admin.list({ q: "导入新增", page: 1 });
    expect(found.items.map((i) => i.code)).toEqual(["ZZ-ADMIN-003"]);
  });

  it("writes nothing when one item of the file is invalid, and says which item and why", async () => {
    const admin = await callerAs(db, "admin");
    const before = await admin.catalogue.admin.export();
    const good = before.map((i) => (i.code === "ZZ-ADMIN-002" ? { ...i, summary: "不应写入的修改" } : i));
    const items = [
      ...good,
      { ...before[0]!, code: "ZZ-ADMIN-NEW", name: "不应创建的事项" },
      { ...before[0]!, code: "ZZ-ADMIN-BAD", departmentCode: "nosuchdept", legalDays: 2, promisedDays: 9 },
    ];
    const err = await failure(admin.catalogue.admin.import({ items }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.messages[0]).toMatch(/有1个有误，未写入任何数据/);
    const detail = err.messages.slice(1).join("\n");
    expect(detail).toContain(`第${items.length}项（ZZ-ADMIN-BAD）：承诺时限不能超过法定时限`);

    expect(await admin.catalogue.admin.export()).toEqual(before);
    const created = await db
      .select({ id: catalogueItem.id })
      .from(catalogueItem)
      .where(inArray(catalogueItem.code, ["ZZ-ADMIN-NEW", "ZZ-ADMIN-BAD"]));
    expect(created).toEqual([]);

    const unknownDept = await failure(
      admin.catalogue.admin.import({ items: [{ ...before[0]!, code: "ZZ-ADMIN-BAD", departmentCode: "nosuchdept" }] }),
    );
    expect(unknownDept.messages.join("\n")).toContain("第1项（ZZ-ADMIN-BAD）：实施部门代码“nosuchdept”不存在");
    const [failed] = await db
      .select({ outcome: auditLog.outcome })
      .from(auditLog)
      .where(and(eq(auditLog.action, "catalogue.import"), eq(auditLog.outcome, "failure")))
      .limit(1);
    expect(failed).toEqual({ outcome: "failure" });
  });

  it("rejects files that are not a list, empty, too long, or repeat a code", async () => {
    const admin = await callerAs(db, "admin");
    expect((await failure(admin.catalogue.admin.import({ items: { code: "x" } }))).messages[0]).toMatch(/应为事项列表/);
    expect((await failure(admin.catalogue.admin.import({ items: [] }))).messages[0]).toMatch(/没有事项/);
    expect((await failure(admin.catalogue.admin.import({ items: new Array(2001).fill({}) }))).messages[0]).toMatch(
      /一次最多导入2000个事项/,
    );
    const [one] = await admin.catalogue.admin.export();
    const dup = await failure(admin.catalogue.admin.import({ items: [one, one] }));
    expect(dup.messages.join("\n")).toMatch(/第2项（.+）：事项编码与第1项重复/);
    const many = await failure(admin.catalogue.admin.import({ items: new Array(80).fill({ name: 1 }) }));
    expect(many.messages.length - 1).toBe(50);
    expect(many.messages[0]).toMatch(/以下列出前50处/);
  });
});
