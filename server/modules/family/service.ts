import { and, asc, count, eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountUser, familyMember } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { decryptField, encryptField, lookupHash } from "@/server/lib/crypto";
import { maskIdCard, validateIdCard } from "@/server/lib/id-card";
import { idKeys } from "@/server/lib/secrets";
import { maskName } from "@/server/modules/account/service";
import type { SessionUser } from "@/server/modules/account/service";
import { parseInput } from "@/server/modules/life/parse";
import { RELATION_NAMES, ZAddFamilyMember, type TAddFamilyMember } from "./validation";

export type ServiceCtx = { db: DB; ip?: string | null };

const RELATION_LABELS = new Map<string, string>(Object.entries(RELATION_NAMES));

/** A citizen may keep this many family members (就诊人/出行人). */
export const MAX_FAMILY_MEMBERS = 10;

/**
 * A real person for a booking or a request: `hash` is the keyed hash of their ID number (the same for the
 * account holder and for a family member), `name` the name on the ID.
 */
export type Person = {
  hash: string;
  name: string;
  familyMemberId: number | null;
  birthDate: string | null;
  phone: string | null;
};

/** Adds a family member with their own real-name data (GB 11643 check digit; encrypted at rest). */
export async function addFamilyMember(ctx: ServiceCtx, user: SessionUser, raw: TAddFamilyMember) {
  const { db } = ctx;
  const input = parseInput(ZAddFamilyMember, raw);
  const checked = validateIdCard(input.idNumber);
  if (!checked.ok) throw new AppError("BAD_REQUEST", checked.message, { idNumber: [checked.message] });
  const keys = idKeys();
  const hash = lookupHash(checked.normalized, keys.hmac);
  const [self] = await db.select({ hash: accountUser.idNumberHash }).from(accountUser).where(eq(accountUser.id, user.id)).limit(1);
  if (self?.hash === hash)
    throw new AppError("BAD_REQUEST", "这是您本人的身份证号，为本人预约时无需添加", { idNumber: ["这是您本人的身份证号"] });
  const [{ n }] = await db.select({ n: count() }).from(familyMember).where(eq(familyMember.ownerUserId, user.id));
  if ((n ?? 0) >= MAX_FAMILY_MEMBERS) throw new AppError("CONFLICT", `最多可添加${MAX_FAMILY_MEMBERS}位家庭成员，请先删除不再需要的成员`);
  const [row] = await db
    .insert(familyMember)
    .values({
      ownerUserId: user.id,
      relation: input.relation,
      name: input.name,
      idNumberEnc: encryptField(checked.normalized, keys.enc),
      idNumberHash: hash,
      birthDate: checked.birthDate,
      gender: checked.gender,
      phone: input.phone ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: familyMember.id });
  if (!row) throw new AppError("CONFLICT", "该成员已在您的家庭成员中", { idNumber: ["该成员已在您的家庭成员中"] });
  await audit(db, {
    actorId: user.id,
    actorRole: user.role,
    ip: ctx.ip,
    action: "family.add",
    outcome: "success",
    targetType: "family_member",
    targetId: String(row.id),
  });
  return { id: row.id, nameMasked: maskName(input.name), idMasked: maskIdCard(checked.normalized) };
}

/** The citizen's own family members, masked (name and ID number never leave in full). */
export async function listFamilyMembers(db: DB, user: SessionUser) {
  const rows = await db
    .select({
      id: familyMember.id,
      relation: familyMember.relation,
      name: familyMember.name,
      idNumberEnc: familyMember.idNumberEnc,
      birthDate: familyMember.birthDate,
      gender: familyMember.gender,
    })
    .from(familyMember)
    .where(eq(familyMember.ownerUserId, user.id))
    .orderBy(asc(familyMember.id));
  const key = idKeys().enc;
  return rows.map((r) => ({
    id: r.id,
    relation: r.relation,
    relationName: RELATION_LABELS.get(r.relation) ?? "家庭成员",
    nameMasked: maskName(r.name),
    idMasked: maskIdCard(decryptField(r.idNumberEnc, key)),
    birthDate: r.birthDate,
    gender: r.gender === "female" ? ("female" as const) : ("male" as const),
  }));
}

/**
 * Removes one of the citizen's family members. Another person's member is "not found". Bookings keep the
 * name they were made with (their family_member_id becomes null).
 */
export async function removeFamilyMember(ctx: ServiceCtx, user: SessionUser, id: number): Promise<void> {
  const removed = await ctx.db
    .delete(familyMember)
    .where(and(eq(familyMember.id, id), eq(familyMember.ownerUserId, user.id)))
    .returning({ id: familyMember.id });
  if (removed.length === 0) throw new AppError("NOT_FOUND", "找不到该家庭成员");
  await audit(ctx.db, {
    actorId: user.id,
    actorRole: user.role,
    ip: ctx.ip,
    action: "family.remove",
    outcome: "success",
    targetType: "family_member",
    targetId: String(id),
  });
}

/**
 * The real person a booking or request is for: the signed-in user (must be real-name verified when
 * `requireRealName`) or one of their own family members (always real-name). Without real name and when not
 * required, the account itself is the subject (`user:<id>`).
 */
export async function resolvePerson(
  db: Pick<DB, "select">,
  user: SessionUser,
  ref: { familyMemberId?: number | null },
  opts: { requireRealName: boolean },
): Promise<Person> {
  if (ref.familyMemberId) {
    const [m] = await db
      .select({
        id: familyMember.id,
        name: familyMember.name,
        hash: familyMember.idNumberHash,
        birthDate: familyMember.birthDate,
        phone: familyMember.phone,
      })
      .from(familyMember)
      .where(and(eq(familyMember.id, ref.familyMemberId), eq(familyMember.ownerUserId, user.id)))
      .limit(1);
    if (!m) throw new AppError("NOT_FOUND", "找不到该家庭成员，请先在“家庭成员”中添加", { familyMemberId: ["请选择家庭成员"] });
    return { hash: m.hash, name: m.name, familyMemberId: m.id, birthDate: m.birthDate, phone: m.phone };
  }
  const [u] = await db
    .select({
      realName: accountUser.realName,
      hash: accountUser.idNumberHash,
      enc: accountUser.idNumberEnc,
      verifiedAt: accountUser.realNameVerifiedAt,
      nickname: accountUser.nickname,
      phone: accountUser.phone,
    })
    .from(accountUser)
    .where(eq(accountUser.id, user.id))
    .limit(1);
  if (!u) throw new AppError("UNAUTHORIZED", "请先登录");
  if (u.verifiedAt && u.hash && u.realName && u.enc) {
    const checked = validateIdCard(decryptField(u.enc, idKeys().enc));
    return { hash: u.hash, name: u.realName, familyMemberId: null, birthDate: checked.ok ? checked.birthDate : null, phone: u.phone };
  }
  if (opts.requireRealName) throw new AppError("FORBIDDEN", "请先完成实名认证，再为本人预约；也可以为已添加的家庭成员预约");
  return { hash: `user:${user.id}`, name: u.nickname, familyMemberId: null, birthDate: null, phone: u.phone };
}
