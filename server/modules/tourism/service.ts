import { and, asc, between, eq, inArray } from "drizzle-orm";
import type { DB } from "@/server/db";
import { bookingResource, bookingSlot, tourismSpot, tourismTicketType, transportStop } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { z } from "zod";
import type { SessionUser } from "@/server/modules/account/service";
import { maskName } from "@/server/lib/mask";
import {
  book,
  cancelBooking,
  findBookingByToken,
  getOwnBooking,
  listOwnBookings,
  markAttendance,
  slotState,
} from "@/server/modules/booking/service";
import type { BookingRules } from "@/server/modules/booking/rules";
import type { TBookInput } from "@/server/modules/booking/validation";
import { requireStaffUnit } from "@/server/modules/life";
import { addDays, atShanghai, formatShanghai, shanghaiDate } from "@/server/modules/life";
import { looksLikeToken, qrSvg } from "@/server/modules/life";

export type ServiceCtx = { db: DB; ip?: string | null };

/** booking_resource.kind of a scenic spot's daily tickets. */
export const SPOT_KIND = "scenic_spot";

const ZEnv = z.object({ TOURISM_BOOKING_DAYS: z.coerce.number().int().min(1).max(30).default(7) });
/** How many days ahead tickets can be booked (TOURISM_BOOKING_DAYS, default 7). */
export function tourismBookingDays(env: Record<string, string | undefined> = process.env): number {
  const r = ZEnv.safeParse({ TOURISM_BOOKING_DAYS: env.TOURISM_BOOKING_DAYS || undefined });
  if (!r.success) throw new Error("TOURISM_BOOKING_DAYS 应为 1–30 的整数");
  return r.data.TOURISM_BOOKING_DAYS;
}

/**
 * 景区门票 rules: visitor real name; one ticket per visitor per spot per day; at most 10 upcoming tickets per
 * visitor; unused tickets can be cancelled until the day's last entry; the ticket type sets the price.
 */
export const spotRules: BookingRules = {
  kind: SPOT_KIND,
  confirmationPrefix: "MP",
  requireRealName: true,
  onePerGroupPerDay: true,
  duplicateMessage: "该游客当天已预约过该景区，无需重复预约",
  maxActivePerPerson: 10,
  cancelDeadline: (slot) => slot.closesAt,
  cancelTooLateMessage: () => "已过当天入园截止时间，不能取消",
  noShow: null,
  async option(db, slot, optionCode) {
    const types = await db
      .select({ code: tourismTicketType.code, name: tourismTicketType.name, priceFen: tourismTicketType.priceFen })
      .from(tourismTicketType)
      .where(eq(tourismTicketType.spotId, slot.ownerId))
      .orderBy(asc(tourismTicketType.sortOrder));
    const chosen = optionCode ? types.find((t) => t.code === optionCode) : types.length === 1 ? types[0] : undefined;
    if (!chosen) throw new AppError("BAD_REQUEST", "请选择票种", { optionCode: ["请选择票种"] });
    return { code: chosen.code, label: chosen.name, feeFen: chosen.priceFen };
  },
  notices: {
    booked: (b) => ({
      title: "景区门票预约成功",
      body: `${b.slot.resourceName}，${b.slot.serviceDate}，${b.optionLabel ?? "门票"}，游客${maskName(b.subjectName) ?? ""}，确认号${b.confirmationNo}。入园时请出示二维码和身份证。`,
      link: `/me/tickets/${b.id}`,
    }),
    cancelled: (b) => ({
      title: "景区门票已取消",
      body: `${b.slot.resourceName}，${b.slot.serviceDate}的门票（确认号${b.confirmationNo}）已取消。`,
      link: `/me/tickets/${b.id}`,
    }),
    suspended: (until) => ({ title: "景区预约已暂停", body: `暂停至${formatShanghai(until)}。`, link: "/me/tickets" }),
  },
};

const spotColumns = {
  id: tourismSpot.id,
  code: tourismSpot.code,
  name: tourismSpot.name,
  district: tourismSpot.district,
  address: tourismSpot.address,
  rating: tourismSpot.rating,
  summary: tourismSpot.summary,
  highlights: tourismSpot.highlights,
  openTime: tourismSpot.openTime,
  closeTime: tourismSpot.closeTime,
  lastEntryTime: tourismSpot.lastEntryTime,
  hoursNote: tourismSpot.hoursNote,
  dailyCapacity: tourismSpot.dailyCapacity,
  transit: tourismSpot.transit,
  nearbyStops: tourismSpot.nearbyStops,
  dataNote: tourismSpot.dataNote,
};

/** All scenic spots with their lowest ticket price. */
export async function listSpots(db: DB) {
  const spots = await db.select(spotColumns).from(tourismSpot).orderBy(asc(tourismSpot.sortOrder), asc(tourismSpot.id));
  const types = await db.select({ spotId: tourismTicketType.spotId, priceFen: tourismTicketType.priceFen }).from(tourismTicketType);
  return spots.map((s) => {
    const prices = types.filter((t) => t.spotId === s.id).map((t) => t.priceFen);
    return { ...s, fromPriceFen: prices.length ? Math.min(...prices) : null };
  });
}

/** One spot: facts, ticket types, how to get there and the bookable days with places left. */
export async function getSpot(db: DB, code: string, now = new Date()) {
  const [spot] = await db.select(spotColumns).from(tourismSpot).where(eq(tourismSpot.code, code)).limit(1);
  if (!spot) throw new AppError("NOT_FOUND", "找不到该景区");
  const ticketTypes = await db
    .select({
      code: tourismTicketType.code,
      name: tourismTicketType.name,
      priceFen: tourismTicketType.priceFen,
      eligibility: tourismTicketType.eligibility,
    })
    .from(tourismTicketType)
    .where(eq(tourismTicketType.spotId, spot.id))
    .orderBy(asc(tourismTicketType.sortOrder));
  // The entrance's stops, in the spot's order; an id the transit feed does not have (yet) is left out.
  const stopRows = spot.nearbyStops.length
    ? await db
        .select({ id: transportStop.id, name: transportStop.name })
        .from(transportStop)
        .where(inArray(transportStop.id, spot.nearbyStops))
    : [];
  const stops = spot.nearbyStops.flatMap((id) => stopRows.filter((r) => r.id === id));
  const today = shanghaiDate(now);
  const days = await db
    .select({
      slotId: bookingSlot.id,
      date: bookingSlot.serviceDate,
      opensAt: bookingSlot.opensAt,
      closesAt: bookingSlot.closesAt,
      capacity: bookingSlot.capacity,
      booked: bookingSlot.booked,
      withdrawnAt: bookingSlot.withdrawnAt,
    })
    .from(bookingSlot)
    .innerJoin(
      bookingResource,
      and(eq(bookingResource.id, bookingSlot.resourceId), eq(bookingResource.kind, SPOT_KIND), eq(bookingResource.ownerId, spot.id)),
    )
    .where(between(bookingSlot.serviceDate, today, addDays(today, tourismBookingDays())))
    .orderBy(asc(bookingSlot.serviceDate));
  return { ...spot, stops, ticketTypes, days: days.map((d) => ({ slotId: d.slotId, date: d.date, ...slotState(d, now) })) };
}

/**
 * Creates the daily ticket slots of today … today + TOURISM_BOOKING_DAYS for every spot (idempotent): the
 * day runs from opening to closing time, entry (and booking) until the last entry, capacity = the spot's
 * daily capacity; a day becomes bookable TOURISM_BOOKING_DAYS before, at 00:00.
 */
export async function generateTicketSlots(db: DB, now = new Date()): Promise<number> {
  const days = tourismBookingDays();
  const spots = await db
    .select({
      id: tourismSpot.id,
      name: tourismSpot.name,
      open: tourismSpot.openTime,
      close: tourismSpot.closeTime,
      last: tourismSpot.lastEntryTime,
      capacity: tourismSpot.dailyCapacity,
    })
    .from(tourismSpot);
  if (spots.length === 0) return 0;
  await db
    .insert(bookingResource)
    .values(spots.map((s) => ({ kind: SPOT_KIND, ownerId: s.id, name: s.name })))
    .onConflictDoNothing();
  const resources = await db
    .select({ id: bookingResource.id, ownerId: bookingResource.ownerId })
    .from(bookingResource)
    .where(
      and(
        eq(bookingResource.kind, SPOT_KIND),
        inArray(
          bookingResource.ownerId,
          spots.map((s) => s.id),
        ),
      ),
    );
  const resourceOf = new Map(resources.map((r) => [r.ownerId, r.id]));
  const today = shanghaiDate(now);
  const rows: (typeof bookingSlot.$inferInsert)[] = [];
  for (let offset = 0; offset <= days; offset++) {
    const date = addDays(today, offset);
    for (const s of spots) {
      rows.push({
        resourceId: resourceOf.get(s.id)!,
        serviceDate: date,
        startsAt: atShanghai(date, s.open),
        endsAt: atShanghai(date, s.close),
        opensAt: atShanghai(addDays(date, -days), "00:00"),
        closesAt: atShanghai(date, s.last),
        capacity: s.capacity,
        feeFen: 0,
        groupKey: `spot:${s.id}`,
        label: "全天",
      });
    }
  }
  const inserted = await db.insert(bookingSlot).values(rows).onConflictDoNothing().returning({ id: bookingSlot.id });
  return inserted.length;
}

async function spotNames(db: DB, ids: number[]) {
  if (ids.length === 0) return new Map<number, { code: string; name: string; address: string }>();
  const rows = await db
    .select({ id: tourismSpot.id, code: tourismSpot.code, name: tourismSpot.name, address: tourismSpot.address })
    .from(tourismSpot)
    .where(inArray(tourismSpot.id, [...new Set(ids)]));
  return new Map(rows.map(({ id, ...r }) => [id, r]));
}

/** One of the citizen's own tickets, with the QR code of its token (NOT_FOUND for anyone else's). */
export async function getMyTicket(db: DB, user: SessionUser, bookingId: number, now = new Date()) {
  const b = await getOwnBooking(db, user, SPOT_KIND, bookingId);
  const spot = (await spotNames(db, [b.slot.ownerId])).get(b.slot.ownerId);
  return {
    id: b.id,
    confirmationNo: b.confirmationNo,
    status: b.status,
    date: b.serviceDate,
    ticketType: b.optionLabel,
    feeFen: b.feeFen,
    visitorNameMasked: b.subjectNameMasked,
    spotCode: spot?.code ?? "",
    spotName: spot?.name ?? b.slot.resourceName,
    spotAddress: spot?.address ?? "",
    lastEntry: b.slot.closesAt,
    canCancel: b.status === "active" && now <= b.slot.closesAt,
    qrSvg: b.status === "active" ? await qrSvg(b.ticketToken) : null,
  };
}

/** Books a ticket (input.optionCode = ticket type) for the citizen or a family member. */
export async function bookTicket(ctx: ServiceCtx, user: SessionUser, input: TBookInput, now = new Date()) {
  const c = await book(ctx, user, spotRules, input, now);
  return { ...(await getMyTicket(ctx.db, user, c.id, now)), created: c.created };
}

/** Cancels the citizen's own unused ticket (until the day's last entry). */
export async function cancelTicket(ctx: ServiceCtx, user: SessionUser, bookingId: number, now = new Date()) {
  await cancelBooking(ctx, user, spotRules, bookingId, now);
  return getMyTicket(ctx.db, user, bookingId, now);
}

/** The citizen's tickets, newest first. */
export async function listMyTickets(db: DB, user: SessionUser) {
  const rows = await listOwnBookings(db, user, SPOT_KIND, { limit: 100 });
  const names = await spotNames(
    db,
    rows.map((r) => r.ownerId),
  );
  return rows.map((r) => ({
    id: r.id,
    confirmationNo: r.confirmationNo,
    status: r.status,
    date: r.serviceDate,
    ticketType: r.optionLabel,
    feeFen: r.feeFen,
    visitorNameMasked: r.subjectNameMasked,
    spotName: names.get(r.ownerId)?.name ?? r.resourceName,
  }));
}

/**
 * Gate check by a spot's staff: the scanned token must be an active ticket for today at their spot; it is
 * then marked used (a second scan says so). Audited through markAttendance.
 */
export async function checkTicket(ctx: ServiceCtx, staff: SessionUser, token: string, now = new Date()) {
  if (!looksLikeToken(token)) throw new AppError("NOT_FOUND", "无效的门票二维码");
  const b = await findBookingByToken(ctx.db, SPOT_KIND, token);
  if (!b) throw new AppError("NOT_FOUND", "无效的门票二维码");
  await requireStaffUnit(ctx.db, staff, "scenic_spot", b.ownerId);
  if (b.status === "used") throw new AppError("CONFLICT", `该门票已于${b.attendedAt ? formatShanghai(b.attendedAt) : "此前"}检票入园`);
  if (b.status !== "active") throw new AppError("CONFLICT", "该门票已取消");
  if (b.serviceDate !== shanghaiDate(now)) throw new AppError("CONFLICT", `该门票的游览日期是${b.serviceDate}，不是今天`);
  await markAttendance(ctx, staff, spotRules, b.id, "used", now);
  return {
    confirmationNo: b.confirmationNo,
    visitorNameMasked: maskName(b.subjectName) ?? "",
    ticketType: b.optionLabel,
    status: "used" as const,
  };
}
