import { eq, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountMessage, accountRole, accountUser, calendarDay, catalogueItem, orgDepartment } from "@/drizzle/schema";
import { ROLES, ROLE_NAMES } from "@/server/auth/roles";
import { encryptField, lookupHash } from "@/server/lib/crypto";
import { idKeys } from "@/server/lib/secrets";
import { hashPassword } from "@/server/modules/account/passwords";
import { HOLIDAY_ROWS } from "./holidays";
import { DEPARTMENTS } from "./departments";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { CATALOGUE_ITEMS } from "./catalogue/items";
import { seedSampleApplications } from "./sample-applications";
import { seedHotline } from "./hotline";
import { seedOpen311 } from "./open311";
import { seedKnowledge } from "./knowledge";
import { seedHotlineSamples } from "./hotline-samples";
import { seedEconomy } from "./economy";
import { seedCulture } from "./culture";
import { seedGovernance } from "./governance";
import { seedTransport } from "./transport";
import { seedEnvironment } from "./environment";
import { seedLife } from "./life";
import { seedAlerts } from "./alerts";
import { seedHealthRecords } from "./health-records";

const ROLE_DESCRIPTIONS: Record<(typeof ROLES)[number], string> = {
  citizen: "注册市民，可实名后在线办事",
  enterprise: "代表企业办事的账号",
  agent: "12345热线坐席",
  staff: "部门办理人，办理本部门的工单和申请",
  admin: "平台管理员",
};

/**
 * Idempotent: reference data is upserted, demo accounts are created once. `demo: false` (a production
 * database: PostgreSQL without SEED_DEMO=1, see server/lib/deployment.ts) seeds reference data only —
 * no demo accounts with their published password, no sample Open311 key, no sample tickets or
 * applications; the section seeds skip their demo people when the demo accounts are absent.
 */
export async function seed(db: DB, opts: { demo: boolean } = { demo: true }): Promise<{ created: number }> {
  await db
    .insert(accountRole)
    .values(ROLES.map((code) => ({ code, name: ROLE_NAMES[code], description: ROLE_DESCRIPTIONS[code] })))
    .onConflictDoUpdate({ target: accountRole.code, set: { name: sql`excluded.name`, description: sql`excluded.description` } });

  await db
    .insert(orgDepartment)
    .values(DEPARTMENTS)
    .onConflictDoUpdate({
      target: orgDepartment.code,
      set: { name: sql`excluded.name`, shortName: sql`excluded.short_name`, kind: sql`excluded.kind` },
    });

  await db
    .insert(calendarDay)
    .values(HOLIDAY_ROWS.map((r) => ({ date: r.date, kind: r.kind, name: r.name })))
    .onConflictDoNothing();

  // Catalogue items are inserted once by code; later admin edits are kept (no overwrite on reseed).
  const departments = await db.select({ id: orgDepartment.id, code: orgDepartment.code }).from(orgDepartment);
  const departmentId = new Map(departments.map((d) => [d.code, d.id]));
  for (let i = 0; i < CATALOGUE_ITEMS.length; i += 100) {
    const chunk = CATALOGUE_ITEMS.slice(i, i + 100).map(({ departmentCode, form, place, ...item }) => {
      const id = departmentId.get(departmentCode);
      if (id === undefined) throw new Error(`catalogue item ${item.code}: unknown department ${departmentCode}`);
      return { ...item, departmentId: id, form: form ?? null, place: place ?? null };
    });
    await db.insert(catalogueItem).values(chunk).onConflictDoNothing({ target: catalogueItem.code });
  }

  const keys = idKeys();
  const passwordHash = opts.demo ? await hashPassword(DEMO_PASSWORD) : "";
  let created = 0;
  for (const a of opts.demo ? DEMO_ACCOUNTS : []) {
    const [existing] = await db.select({ id: accountUser.id }).from(accountUser).where(eq(accountUser.phone, a.phone)).limit(1);
    if (existing) continue;
    const [dept] = a.departmentCode
      ? await db.select({ id: orgDepartment.id }).from(orgDepartment).where(eq(orgDepartment.code, a.departmentCode)).limit(1)
      : [];
    const [user] = await db
      .insert(accountUser)
      .values({
        phone: a.phone,
        nickname: a.nickname,
        passwordHash,
        role: a.role,
        departmentId: dept?.id ?? null,
        realName: a.realName?.name ?? null,
        idNumberEnc: a.realName ? encryptField(a.realName.idNumber, keys.enc) : null,
        idNumberHash: a.realName ? lookupHash(a.realName.idNumber, keys.hmac) : null,
        realNameVerifiedAt: a.realName ? new Date() : null,
        enterpriseName: a.enterprise?.name ?? null,
        enterpriseUscc: a.enterprise?.uscc ?? null,
      })
      .returning({ id: accountUser.id });
    if (!user) continue;
    created++;
    await db.insert(accountMessage).values({
      userId: user.id,
      title: "欢迎使用智慧南通",
      body: "这是演示账号。您可以在“我的”中查看资料、实名状态和登录方式。",
      link: "/me",
    });
  }
  await seedHotline(db);
  if (opts.demo) await seedOpen311(db); // the published sample key nantong-open311-demo
  await seedKnowledge(db); // 12345 knowledge base sample articles
  if (opts.demo) {
    await seedSampleApplications(db);
    await seedHotlineSamples(db);
  }
  await seedEconomy(db); // 智慧经济 (issue 15)
  await seedCulture(db); // 智慧人文 (issue 15)
  await seedGovernance(db); // 政务公开 (issue 15)
  await seedTransport(db); // GTFS feed, parking, bikes, road notices (sample data labelled 示例)
  await seedEnvironment(db); // air stations and readings, water sections, 环保百科, 垃圾分类
  await seedLife(db); // 智慧生活: hospitals, slots, scenic spots, centres, Wi-Fi, demo card/fund/family
  if (opts.demo) await seedHealthRecords(db); // 健康档案 (issue 17): sample records of the demo citizen and her son
  await seedAlerts(db); // 突发事件预警: past sample alerts (labelled 示例), an update → cancel chain
  return { created };
}
