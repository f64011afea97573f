import { and, count, desc, eq, gte, lt, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountUser, citycardCard, citycardOutlet, citycardStatusEvent, citycardTransaction } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { lookupHash } from "@/server/lib/crypto";
import { validateIdCard } from "@/server/lib/id-card";
import { idKeys } from "@/server/lib/secrets";
import type { SessionUser } from "@/server/modules/account/service";
import { maskName } from "@/server/modules/account/service";
import { uniqueViolation } from "@/server/modules/life/db-errors";
import { notifyUser } from "@/server/modules/life/notify";
import { parseInput } from "@/server/modules/life/parse";
import { requireStaffUnit } from "@/server/modules/life/staff";
import { addDays, atShanghai, formatShanghai } from "@/server/modules/life/time";
import {
  CARD_FUNCTIONS,
  CARD_STATUS_NAMES,
  TX_TYPES,
  ZCardTransactionIngest,
  ZCardTxFilter,
  ZCounterRestore,
  type TCardTransactionIngest,
  type TCardTxFilter,
  type TCounterRestore,
} from "./validation";

export type ServiceCtx = { db: DB; ip?: string | null };
export const CARD_TX_PAGE_SIZE = 20;

const FUNCTION_NAMES = new Map<string, string>(Object.entries(CARD_FUNCTIONS));
const TX_NAMES = new Map<string, string>(Object.entries(TX_TYPES));
const STATUS_NAMES = new Map<string, string>(Object.entries(CARD_STATUS_NAMES));

/** `3206 **** **** 5678`: the first and last four digits. */
export function maskCardNo(cardNo: string): string {
  return cardNo.length <= 8 ? "*".repeat(cardNo.length) : `${cardNo.slice(0, 4)} **** **** ${cardNo.slice(-4)}`;
}

async function holderHash(db: DB, user: SessionUser): Promise<string> {
  const [u] = await db
    .select({ hash: accountUser.idNumberHash, verifiedAt: accountUser.realNameVerifiedAt })
    .from(accountUser)
    .where(eq(accountUser.id, user.id))
    .limit(1);
  if (!u?.hash || !u.verifiedAt) throw new AppError("FORBIDDEN", "请先完成实名认证，再查询本人的市民卡");
  return u.hash;
}

const cardColumns = {
  id: citycardCard.id,
  cardNo: citycardCard.cardNo,
  holderName: citycardCard.holderName,
  status: citycardCard.status,
  balanceFen: citycardCard.balanceFen,
  issuedOn: citycardCard.issuedOn,
  functions: citycardCard.functions,
  statusChangedAt: citycardCard.statusChangedAt,
};

async function myCardRow(db: DB, user: SessionUser) {
  const hash = await holderHash(db, user);
  const [card] = await db.select(cardColumns).from(citycardCard).where(eq(citycardCard.holderIdHash, hash)).limit(1);
  return card ?? null;
}

/** The signed-in (real-name) citizen's 市民卡, or null when they have none. */
export async function getMyCard(db: DB, user: SessionUser) {
  const card = await myCardRow(db, user);
  if (!card) return null;
  return {
    cardNoMasked: maskCardNo(card.cardNo),
    holderNameMasked: maskName(card.holderName),
    status: card.status,
    statusName: STATUS_NAMES.get(card.status) ?? card.status,
    balanceFen: card.balanceFen,
    issuedOn: card.issuedOn,
    functions: card.functions.map((code) => ({ code, name: FUNCTION_NAMES.get(code) ?? code })),
    statusChangedAt: card.statusChangedAt,
  };
}

/** The citizen's card transactions, newest first, filtered by local date range and type; 20 a page. */
export async function listMyCardTransactions(db: DB, user: SessionUser, raw: TCardTxFilter = {}) {
  const filter = parseInput(ZCardTxFilter, raw);
  const card = await myCardRow(db, user);
  if (!card) throw new AppError("NOT_FOUND", "未查询到您的市民卡");
  const conds = [eq(citycardTransaction.cardId, card.id)];
  if (filter.from) conds.push(gte(citycardTransaction.occurredAt, atShanghai(filter.from, "00:00")));
  if (filter.to) conds.push(lt(citycardTransaction.occurredAt, atShanghai(addDays(filter.to, 1), "00:00")));
  if (filter.type) conds.push(eq(citycardTransaction.type, filter.type));
  const where = and(...conds);
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: citycardTransaction.id,
        occurredAt: citycardTransaction.occurredAt,
        type: citycardTransaction.type,
        amountFen: citycardTransaction.amountFen,
        balanceAfterFen: citycardTransaction.balanceAfterFen,
        place: citycardTransaction.place,
      })
      .from(citycardTransaction)
      .where(where)
      .orderBy(desc(citycardTransaction.occurredAt), desc(citycardTransaction.id))
      .limit(CARD_TX_PAGE_SIZE)
      .offset((filter.page - 1) * CARD_TX_PAGE_SIZE),
    db.select({ n: count() }).from(citycardTransaction).where(where),
  ]);
  return {
    items: items.map((t) => ({ ...t, typeName: TX_NAMES.get(t.type) ?? t.type })),
    total: total?.n ?? 0,
    page: filter.page,
    pageSize: CARD_TX_PAGE_SIZE,
  };
}

/**
 * 挂失: takes effect at once (every later payment is refused), audited, with a message and an SMS. Reporting
 * a card that is already lost changes nothing. Only a counter can undo it (restoreCardAtCounter).
 */
export async function reportCardLoss(ctx: ServiceCtx, user: SessionUser, now = new Date()) {
  const { db } = ctx;
  const card = await myCardRow(db, user);
  if (!card) throw new AppError("NOT_FOUND", "未查询到您的市民卡");
  if (card.status === "cancelled") throw new AppError("CONFLICT", "该卡已注销，无需挂失");
  if (card.status === "lost") return { status: "lost" as const, lostAt: card.statusChangedAt ?? now, changed: false };
  const changed = await db.transaction(async (tx) => {
    const [done] = await tx
      .update(citycardCard)
      .set({ status: "lost", statusChangedAt: now, updatedAt: now })
      .where(and(eq(citycardCard.id, card.id), eq(citycardCard.status, "active")))
      .returning({ id: citycardCard.id });
    if (!done) return false;
    await tx
      .insert(citycardStatusEvent)
      .values({ cardId: card.id, fromStatus: "active", toStatus: "lost", channel: "online", actorId: user.id, at: now });
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "citycard.report_loss",
      outcome: "success",
      targetType: "citycard_card",
      targetId: String(card.id),
    });
    return true;
  });
  if (changed) {
    await notifyUser(db, user.id, {
      title: "市民卡已挂失",
      body: `您的市民卡（${maskCardNo(card.cardNo)}）已于${formatShanghai(now)}挂失，卡内余额已冻结。解除挂失请本人携带身份证到市民卡服务网点办理。`,
      link: "/life/card",
    });
  }
  return { status: "lost" as const, lostAt: now, changed };
}

/**
 * 解挂 at a counter: a staff member of a 市民卡服务网点 (or an admin) after checking the holder's ID card in
 * person: the ID number given must be the holder's. Audited; the holder gets a message.
 */
export async function restoreCardAtCounter(ctx: ServiceCtx, staff: SessionUser, raw: TCounterRestore, now = new Date()) {
  const { db } = ctx;
  const input = parseInput(ZCounterRestore, raw);
  const outletId = staff.role === "admin" ? (input.outletId ?? null) : await requireStaffUnit(db, staff, "citycard_outlet", input.outletId);
  const [card] = await db
    .select({ id: citycardCard.id, status: citycardCard.status, holderIdHash: citycardCard.holderIdHash, cardNo: citycardCard.cardNo })
    .from(citycardCard)
    .where(eq(citycardCard.cardNo, input.cardNo.replace(/\s/g, "")))
    .limit(1);
  const checked = validateIdCard(input.idNumber);
  const matches = card && checked.ok && lookupHash(checked.normalized, idKeys().hmac) === card.holderIdHash;
  if (!card || !matches) {
    await audit(db, {
      actorId: staff.id,
      actorRole: staff.role,
      ip: ctx.ip,
      action: "citycard.restore",
      outcome: "failure",
      targetType: "citycard_card",
      targetId: card ? String(card.id) : undefined,
      detail: { reason: card ? "id_mismatch" : "unknown_card" },
    });
    throw new AppError("BAD_REQUEST", "卡号与持卡人身份证号不符，请核对证件", { idNumber: ["卡号与持卡人身份证号不符"] });
  }
  if (card.status !== "lost") throw new AppError("CONFLICT", card.status === "active" ? "该卡状态正常，无需解挂" : "该卡已注销，不能解挂");
  await db.transaction(async (tx) => {
    const [done] = await tx
      .update(citycardCard)
      .set({ status: "active", statusChangedAt: now, updatedAt: now })
      .where(and(eq(citycardCard.id, card.id), eq(citycardCard.status, "lost")))
      .returning({ id: citycardCard.id });
    if (!done) throw new AppError("CONFLICT", "该卡状态已变化，请刷新后查看");
    await tx.insert(citycardStatusEvent).values({
      cardId: card.id,
      fromStatus: "lost",
      toStatus: "active",
      channel: "counter",
      actorId: staff.id,
      outletId,
      note: input.note ?? null,
      at: now,
    });
    await audit(tx, {
      actorId: staff.id,
      actorRole: staff.role,
      ip: ctx.ip,
      action: "citycard.restore",
      outcome: "success",
      targetType: "citycard_card",
      targetId: String(card.id),
      detail: { outletId },
    });
  });
  const [holder] = await db
    .select({ id: accountUser.id })
    .from(accountUser)
    .where(eq(accountUser.idNumberHash, card.holderIdHash))
    .limit(1);
  if (holder) {
    await notifyUser(db, holder.id, {
      title: "市民卡已解除挂失",
      body: `您的市民卡（${maskCardNo(card.cardNo)}）已于${formatShanghai(now)}在服务网点解除挂失，可以正常使用。`,
      link: "/life/card",
    });
  }
  return { status: "active" as const };
}

/**
 * Records a card transaction reported by a payment adapter (bus, metro, bike, library, top-up …).
 * A payment only goes through on an active card with enough balance (one conditional UPDATE), so a card
 * reported lost is refused at once. `externalRef` makes a retried report idempotent.
 */
export async function recordCardTransaction(db: DB, raw: TCardTransactionIngest) {
  const input = parseInput(ZCardTransactionIngest, raw);
  const [card] = await db.select({ id: citycardCard.id }).from(citycardCard).where(eq(citycardCard.cardNo, input.cardNo)).limit(1);
  if (!card) throw new AppError("NOT_FOUND", "卡号不存在");
  const existing = async () => {
    const [t] = await db
      .select({ id: citycardTransaction.id, balanceAfterFen: citycardTransaction.balanceAfterFen })
      .from(citycardTransaction)
      .where(and(eq(citycardTransaction.cardId, card.id), eq(citycardTransaction.externalRef, input.externalRef)))
      .limit(1);
    return t;
  };
  const prior = await existing();
  if (prior) return { ...prior, created: false };
  try {
    return await db.transaction(async (tx) => {
      const [updated] = await tx
        .update(citycardCard)
        .set({ balanceFen: sql`${citycardCard.balanceFen} + ${input.amountFen}`, updatedAt: new Date() })
        .where(
          and(
            eq(citycardCard.id, card.id),
            eq(citycardCard.status, "active"),
            input.amountFen < 0 ? gte(citycardCard.balanceFen, -input.amountFen) : undefined,
          ),
        )
        .returning({ balanceFen: citycardCard.balanceFen, status: citycardCard.status });
      if (!updated) {
        const [now] = await tx.select({ status: citycardCard.status }).from(citycardCard).where(eq(citycardCard.id, card.id));
        throw new AppError("CONFLICT", now?.status === "active" ? "卡内余额不足" : "该卡已挂失或注销，交易被拒绝");
      }
      const [t] = await tx
        .insert(citycardTransaction)
        .values({
          cardId: card.id,
          occurredAt: input.occurredAt,
          type: input.type,
          amountFen: input.amountFen,
          balanceAfterFen: updated.balanceFen,
          place: input.place,
          externalRef: input.externalRef,
        })
        .returning({ id: citycardTransaction.id, balanceAfterFen: citycardTransaction.balanceAfterFen });
      return { ...t!, created: true };
    });
  } catch (e) {
    if (uniqueViolation(e) === "citycard_transaction_ref_key") {
      const winner = await existing();
      if (winner) return { ...winner, created: false };
    }
    throw e;
  }
}

/** 市民卡服务网点 (sample), by district. */
export async function listCardOutlets(db: DB) {
  return db
    .select({
      id: citycardOutlet.id,
      name: citycardOutlet.name,
      district: citycardOutlet.district,
      address: citycardOutlet.address,
      hours: citycardOutlet.hours,
    })
    .from(citycardOutlet)
    .orderBy(citycardOutlet.id);
}
