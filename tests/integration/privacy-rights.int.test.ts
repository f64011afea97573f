import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationCase, catalogueItem } from "@/drizzle/schema";
import { createTicket, dispatchTicket } from "@/server/modules/hotline/service";
import { getStaffTicket } from "@/server/modules/hotline/staff";
import { agentTicket } from "@/server/modules/hotline/agent";
import { getDepartmentApplication, getOwnApplication } from "@/server/modules/applications/service";
import { accessLog, privacySummary } from "@/server/modules/account/privacy";
import { createCaller } from "@/server/root";
import type { SessionUser } from "@/server/modules/account/service";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { freshIp } from "../helpers/fixtures";
import { demoUsers, hotlineRefs, newDepartment, newUser } from "../helpers/hotline";

let keyN = 0;
const key = () => `privacy-test-${process.pid}-${++keyN}`;

describe.each(BACKENDS)("personal-data rights on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let agent: SessionUser;
  let staff: SessionUser;
  let deptId: number;
  let categoryId: number;
  let itemId: number;
  const ctx = () => ({ db, ip: "10.0.0.3" });

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    ({ agent } = await demoUsers(db));
    deptId = await newDepartment(db, "p");
    staff = await newUser(db, "staff", { department: deptId });
    categoryId = (await hotlineRefs(db)).cat["cg-zdjy"]!;
    const [item] = await db.select({ id: catalogueItem.id }).from(catalogueItem).limit(1);
    itemId = item!.id;
  }, 120_000);
  afterAll(() => cleanup?.());

  async function ticketOf(citizen: SessionUser) {
    const t = await createTicket(
      ctx(),
      citizen,
      {
        type: "投诉",
        categoryId,
        description: "南大街路口晚上有流动摊贩占道经营，影响通行。",
        district: "崇川区",
        address: "崇川区南大街",
        contactName: "周晓彤",
        contactPhone: "13800000009",
        idempotencyKey: key(),
      },
      new Date(),
    );
    await dispatchTicket(ctx(), agent, t.id, 1, deptId, new Date());
    return t.id;
  }

  async function caseOf(citizen: SessionUser, status = "submitted") {
    const [c] = await db
      .insert(applicationCase)
      .values({
        itemId,
        userId: citizen.id,
        departmentId: deptId,
        status,
        answers: { fullName: "周晓彤", mobile: "13800000009" },
        serialNo: key(),
      })
      .returning({ id: applicationCase.id });
    return c!.id;
  }

  it("records every staff or agent opening of a citizen's ticket or case, and shows it only to that citizen", async () => {
    const citizen = await newUser(db, "citizen");
    const other = await newUser(db, "citizen");
    const ticketId = await ticketOf(citizen);
    const caseId = await caseOf(citizen);

    expect(await accessLog(db, citizen.id)).toEqual([]);
    await agentTicket(ctx(), agent, ticketId);
    await getStaffTicket(ctx(), staff, ticketId);
    await getDepartmentApplication(db, staff, caseId);
    // The citizen's own reads are not "someone saw my data".
    await getOwnApplication(db, citizen, caseId);

    const log = await accessLog(db, citizen.id);
    expect(log.map((e) => [e.what, e.targetId, e.roleName]).sort()).toEqual(
      [
        ["查看了您的12345诉求", String(ticketId), "12345坐席"],
        ["查看了您的12345诉求", String(ticketId), "部门办理人"],
        ["查看了您的办件", String(caseId), "部门办理人"],
      ].sort(),
    );
    expect(log.filter((e) => e.roleName === "部门办理人").every((e) => e.departmentName === "测试p")).toBe(true);
    expect(await accessLog(db, other.id)).toEqual([]);

    const viaRouter = await createCaller({ db, user: citizen, ip: freshIp() }).account.accessLog();
    expect(viaRouter).toHaveLength(3);
  });

  it("counts the citizen's own rows by privacy-notice category", async () => {
    const citizen = await newUser(db, "citizen", { realName: "周晓彤" });
    await ticketOf(citizen);
    await ticketOf(citizen);
    await caseOf(citizen);
    const summary = await privacySummary(db, citizen.id);
    const byId = Object.fromEntries(summary.map((c) => [c.id, c]));
    expect(Object.keys(byId)).toEqual([
      "account",
      "wechat",
      "real-name",
      "applications",
      "hotline",
      "messages",
      "security-log",
      "services-upcoming",
    ]);
    expect(byId.hotline!.items.find((i) => i.label === "12345诉求")?.count).toBe(2);
    expect(byId.applications!.items.find((i) => i.label === "网上办件")?.count).toBe(1);
    expect(byId["real-name"]!.items[0]?.count).toBe(1);
    expect(byId.account!.retention).toContain("注销账户后15个工作日内");
    const other = await privacySummary(db, (await newUser(db, "citizen")).id);
    expect(other.find((c) => c.id === "hotline")!.items.find((i) => i.label === "12345诉求")?.count).toBe(0);
  });
});
