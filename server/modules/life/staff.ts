import { hasPermission } from "@/server/auth/roles";
import { and, eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { lifeStaffAssignment } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import type { SessionUser } from "@/server/modules/account/service";

export const STAFF_UNIT_KINDS = ["hospital", "scenic_spot", "community_centre", "citycard_outlet"] as const;
export type StaffUnitKind = (typeof STAFF_UNIT_KINDS)[number];

const UNIT_NAMES: Record<StaffUnitKind, string> = {
  hospital: "医院",
  scenic_spot: "景区",
  community_centre: "社区服务中心",
  citycard_outlet: "市民卡服务网点",
};

/** The units of this kind a staff user is assigned to. */
export async function staffUnits(db: DB, user: SessionUser, unitKind: StaffUnitKind): Promise<number[]> {
  const rows = await db
    .select({ unitId: lifeStaffAssignment.unitId })
    .from(lifeStaffAssignment)
    .where(and(eq(lifeStaffAssignment.userId, user.id), eq(lifeStaffAssignment.unitKind, unitKind)));
  return rows.map((r) => r.unitId);
}

/** The kinds of unit a staff user is bound to, in desk order: the 智慧生活 desks they can use. */
export async function staffUnitKinds(db: DB, user: SessionUser): Promise<StaffUnitKind[]> {
  const rows = await db
    .selectDistinct({ unitKind: lifeStaffAssignment.unitKind })
    .from(lifeStaffAssignment)
    .where(eq(lifeStaffAssignment.userId, user.id));
  return STAFF_UNIT_KINDS.filter((k) => rows.some((r) => r.unitKind === k));
}

/**
 * The unit a staff user acts for: `unitId` when given and assigned, else their only unit of this kind.
 * Anyone else gets FORBIDDEN (staff of another hospital cannot read this one's list).
 */
export async function requireStaffUnit(db: DB, user: SessionUser, unitKind: StaffUnitKind, unitId?: number): Promise<number> {
  if (!hasPermission(user.role, "staff.console")) throw new AppError("FORBIDDEN", "您没有权限进行此操作");
  const units = await staffUnits(db, user, unitKind);
  if (unitId !== undefined) {
    if (!units.includes(unitId)) throw new AppError("FORBIDDEN", `您不是该${UNIT_NAMES[unitKind]}的工作人员`);
    return unitId;
  }
  if (units.length === 0) throw new AppError("FORBIDDEN", `您的账号未绑定${UNIT_NAMES[unitKind]}，请联系管理员`);
  return units[0]!;
}

/** Binds a staff user to a unit (seed and admin tooling); idempotent. */
export async function assignStaff(db: DB, userId: string, unitKind: StaffUnitKind, unitId: number): Promise<void> {
  await db.insert(lifeStaffAssignment).values({ userId, unitKind, unitId }).onConflictDoNothing();
}
