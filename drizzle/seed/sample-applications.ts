import { and, eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountUser, applicationCase, applicationEvent, applicationRating, catalogueItem } from "@/drizzle/schema";
import type { FormField } from "./catalogue/types";
import { SAMPLE_ID_NUMBER, SAMPLE_USCC } from "./demo-accounts";

// SAMPLE DATA: a few applications by the demo citizen so the demo's queues and "我的办件" are not
// empty. Dates are relative to the seeding day; the content is invented.

function sampleAnswer(f: FormField): string | string[] {
  const v = f.validation ?? {};
  switch (f.type) {
    case "phone":
      return "13800000001";
    case "idcard":
      return SAMPLE_ID_NUMBER;
    case "email":
      return "zhou.xiaotong@example.com";
    case "date":
      return "2026-12-15";
    case "number":
      return String(Math.min(v.max ?? 1000, Math.max(v.min ?? 0, 100)));
    case "select":
    case "radio":
      return f.options?.[0]?.value ?? "";
    case "checkbox":
      return f.options?.length ? [f.options[0]!.value] : "yes";
    case "file":
      return "";
    default: {
      const re = v.pattern ? new RegExp(v.pattern) : null;
      const byLabel =
        /单位|企业|公司/.test(f.label) && /名称/.test(f.label)
          ? "南通江海智造科技有限公司（示例）"
          : /姓名|联系人/.test(f.label)
            ? "周晓彤"
            : /代码/.test(f.label)
              ? SAMPLE_USCC
              : null;
      const candidates = [
        ...(byLabel ? [byLabel] : []),
        "南通市崇川区工农路100号幸福小区3幢",
        "周晓彤",
        "6222020200112233445",
        "苏F12345",
        "320613",
        "ABCD1234",
      ];
      return (
        candidates.find(
          (c) =>
            (!re || re.test(c)) &&
            (!v.maxLength || Array.from(c).length <= v.maxLength) &&
            (!v.minLength || Array.from(c).length >= v.minLength),
        ) ?? "示例内容"
      );
    }
  }
}

const PLAN = [
  { name: "装修垃圾和大件垃圾清运预约", status: "submitted", daysAgo: 1 },
  { name: "店招标牌设置备案", status: "accepted", daysAgo: 20 },
  { name: "临时占道经营审批", status: "completed", daysAgo: 30 },
] as const;

/** Idempotent: skipped once the demo citizen has any application. */
export async function seedSampleApplications(db: DB): Promise<number> {
  const [citizen] = await db.select({ id: accountUser.id }).from(accountUser).where(eq(accountUser.phone, "13800000001"));
  if (!citizen) return 0;
  const [existing] = await db
    .select({ id: applicationCase.id })
    .from(applicationCase)
    .where(eq(applicationCase.userId, citizen.id))
    .limit(1);
  if (existing) return 0;
  let created = 0;
  const day = 24 * 3600_000;
  for (const p of PLAN) {
    const [item] = await db
      .select({ id: catalogueItem.id, form: catalogueItem.form, departmentId: catalogueItem.departmentId })
      .from(catalogueItem)
      .where(and(eq(catalogueItem.name, p.name), eq(catalogueItem.online, true)))
      .limit(1);
    if (!item?.form) continue;
    const answers: Record<string, string | string[]> = {};
    for (const page of item.form) for (const f of page.fields) if (f.type !== "file") answers[f.name] = sampleAnswer(f);
    const submittedAt = new Date(Date.now() - p.daysAgo * day);
    const acceptedAt = p.status === "submitted" ? null : new Date(submittedAt.getTime() + day);
    const dueDate = acceptedAt ? new Date(acceptedAt.getTime() + 7 * day).toISOString().slice(0, 10) : null;
    const [row] = await db
      .insert(applicationCase)
      .values({
        itemId: item.id,
        userId: citizen.id,
        departmentId: item.departmentId,
        status: p.status,
        answers,
        submittedAt,
        acceptedAt,
        dueDate,
        closedAt: p.status === "completed" ? new Date(submittedAt.getTime() + 5 * day) : null,
        resultNote: p.status === "completed" ? "经审核符合条件，准予许可（示例数据）" : null,
        createdAt: submittedAt,
        updatedAt: submittedAt,
      })
      .returning({ id: applicationCase.id });
    if (!row) continue;
    const serial = `NT${submittedAt.toISOString().slice(0, 10).replaceAll("-", "")}${String(row.id).padStart(8, "0")}`;
    await db.update(applicationCase).set({ serialNo: serial }).where(eq(applicationCase.id, row.id));
    const events = [{ at: submittedAt, from: "draft", to: "submitted", note: "提交申请" }];
    if (acceptedAt) events.push({ at: acceptedAt, from: "submitted", to: "accepted", note: `已受理，承诺于 ${dueDate} 前办结` });
    if (p.status === "completed")
      events.push({
        at: new Date(submittedAt.getTime() + 5 * day),
        from: "accepted",
        to: "completed",
        note: "经审核符合条件，准予许可（示例数据）",
      });
    await db.insert(applicationEvent).values(
      events.map((e) => ({
        applicationId: row.id,
        at: e.at,
        fromStatus: e.from,
        toStatus: e.to,
        note: e.note,
        actorRole: e.to === "submitted" ? "citizen" : "staff",
      })),
    );
    if (p.status === "completed")
      await db
        .insert(applicationRating)
        .values({ applicationId: row.id, itemId: item.id, departmentId: item.departmentId, score: 5, comment: "办理很快（示例数据）" });
    created++;
  }
  return created;
}
