import { and, asc, between, eq, gte, inArray } from "drizzle-orm";
import type { DB } from "@/server/db";
import { bookingResource, bookingSlot, cultureEvent, cultureSpace } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import type { ServiceCtx, SessionUser } from "@/server/modules/account/service";
import { book, cancelBooking, getOwnBooking, listOwnBookings, slotState } from "@/server/modules/booking/service";
import type { BookingRules } from "@/server/modules/booking/rules";
import type { TBookInput } from "@/server/modules/booking/validation";
import { addDays, atShanghai, formatShanghai, shanghaiDate } from "@/server/modules/life";
import { cultureEventUrl, cultureSpaceUrl } from "./events";

/**
 * Registration for cultural events and booking of innovation-space (Fab Lab) slots, both through the
 * shared booking module: its single conditional UPDATE is the capacity guarantee, its idempotency key
 * makes a retried form post harmless. This file holds only what differs: the rules and the slots.
 */

/** booking_resource.kind of an event (one slot: the event itself, capacity = places). */
export const EVENT_KIND = "culture_event";
/** booking_resource.kind of an innovation space (one slot per period of an opening day). */
export const SPACE_KIND = "culture_space";
/** Registration opens this many days before an event. */
export const EVENT_REGISTRATION_DAYS = 30;
/** Space slots are bookable this many days ahead. */
export const SPACE_BOOKING_DAYS = 7;
/** A space booking can be cancelled until this many hours before its start. */
export const SPACE_CANCEL_HOURS = 2;

export const eventRules: BookingRules = {
  kind: EVENT_KIND,
  confirmationPrefix: "WH",
  requireRealName: false,
  onePerGroupPerDay: true,
  duplicateMessage: "您已报名该活动，无需重复报名",
  maxActivePerPerson: 10,
  cancelDeadline: (slot) => slot.startsAt,
  cancelTooLateMessage: () => "活动已开始，不能取消报名",
  noShow: null,
  notices: {
    booked: (b) => ({
      title: "文化活动报名成功",
      body: `${b.slot.resourceName}，${formatShanghai(b.slot.startsAt)}开始，确认号${b.confirmationNo}。请准时到场。`,
      link: cultureEventUrl(b.slot.ownerId),
    }),
    cancelled: (b) => ({
      title: "文化活动报名已取消",
      body: `${b.slot.resourceName}（确认号${b.confirmationNo}）的报名已取消。`,
      link: cultureEventUrl(b.slot.ownerId),
    }),
    suspended: (until) => ({ title: "活动报名已暂停", body: `暂停至${formatShanghai(until)}。`, link: "/culture/events" }),
  },
};

export const spaceRules: BookingRules = {
  kind: SPACE_KIND,
  confirmationPrefix: "CK",
  requireRealName: false,
  onePerGroupPerDay: true,
  duplicateMessage: "您当天已预约过该空间的一个时段，每人每天限约一个时段",
  maxActivePerPerson: 5,
  cancelDeadline: (slot) => new Date(slot.startsAt.getTime() - SPACE_CANCEL_HOURS * 3600_000),
  cancelTooLateMessage: () => `开始前${SPACE_CANCEL_HOURS}小时内不能取消`,
  noShow: { limit: 3, windowDays: 30, suspendDays: 14 },
  notices: {
    booked: (b) => ({
      title: "创新空间预约成功",
      body: `${b.slot.resourceName}，${formatShanghai(b.slot.startsAt)}，确认号${b.confirmationNo}。`,
      link: cultureSpaceUrl(b.slot.ownerId),
    }),
    cancelled: (b) => ({
      title: "创新空间预约已取消",
      body: `${b.slot.resourceName}，${formatShanghai(b.slot.startsAt)}（确认号${b.confirmationNo}）已取消。`,
      link: cultureSpaceUrl(b.slot.ownerId),
    }),
    suspended: (until) => ({
      title: "创新空间预约已暂停",
      body: `30天内爽约3次，暂停预约至${formatShanghai(until)}。`,
      link: "/culture/spaces",
    }),
  },
};

const WEEKDAYS = "一二三四五六日";
/**
 * Opening days and hours from a space's opening text ("周二至周日 9:00–17:00（周一闭馆）"): the weekdays
 * (1 = Monday … 7 = Sunday) and the daily window. Text it cannot read gives null (no slots).
 */
export function parseOpeningHours(text: string): { days: Set<number>; open: string; close: string } | null {
  const time = text.match(/(\d{1,2}):(\d{2})\s*[–—-]\s*(\d{1,2}):(\d{2})/);
  if (!time) return null;
  const pad = (h: string, m: string) => `${h.padStart(2, "0")}:${m}`;
  const range = text.match(/周([一二三四五六日])至周([一二三四五六日])/);
  const days = new Set<number>();
  if (range) {
    const from = WEEKDAYS.indexOf(range[1]!) + 1;
    const to = WEEKDAYS.indexOf(range[2]!) + 1;
    for (let d = from; d <= to; d++) days.add(d);
  } else for (let d = 1; d <= 7; d++) days.add(d);
  return { days, open: pad(time[1]!, time[2]!), close: pad(time[3]!, time[4]!) };
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a China date. */
function weekday(date: string): number {
  const d = new Date(`${date}T12:00:00+08:00`).getUTCDay();
  return d === 0 ? 7 : d;
}

async function resources(db: DB, kind: string, owners: { id: number; name: string }[]) {
  if (owners.length === 0) return new Map<number, number>();
  await db
    .insert(bookingResource)
    .values(owners.map((o) => ({ kind, ownerId: o.id, name: o.name })))
    .onConflictDoNothing();
  const rows = await db
    .select({ id: bookingResource.id, ownerId: bookingResource.ownerId })
    .from(bookingResource)
    .where(
      and(
        eq(bookingResource.kind, kind),
        inArray(
          bookingResource.ownerId,
          owners.map((o) => o.id),
        ),
      ),
    );
  return new Map(rows.map((r) => [r.ownerId, r.id]));
}

/**
 * Creates the booking slots of upcoming events (one each, opening EVENT_REGISTRATION_DAYS before and
 * closing at the start) and of the spaces' opening days in the next SPACE_BOOKING_DAYS (idempotent:
 * existing slots and their bookings are kept). The seed runs it; a deployment runs it daily.
 */
export async function generateCultureSlots(db: DB, now = new Date()): Promise<{ eventSlots: number; spaceSlots: number }> {
  const events = await db
    .select({
      id: cultureEvent.id,
      name: cultureEvent.title,
      startsAt: cultureEvent.startsAt,
      endsAt: cultureEvent.endsAt,
      capacity: cultureEvent.capacity,
      priceFen: cultureEvent.priceFen,
    })
    .from(cultureEvent)
    .where(gte(cultureEvent.startsAt, now));
  const eventResource = await resources(db, EVENT_KIND, events);
  const eventRows: (typeof bookingSlot.$inferInsert)[] = events.map((e) => ({
    resourceId: eventResource.get(e.id)!,
    serviceDate: shanghaiDate(e.startsAt),
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    opensAt: new Date(e.startsAt.getTime() - EVENT_REGISTRATION_DAYS * 86_400_000),
    closesAt: e.startsAt,
    capacity: e.capacity,
    feeFen: e.priceFen,
    groupKey: `event:${e.id}`,
    label: "活动报名",
  }));
  const eventSlots = eventRows.length
    ? (await db.insert(bookingSlot).values(eventRows).onConflictDoNothing().returning({ id: bookingSlot.id })).length
    : 0;

  const spaces = await db
    .select({
      id: cultureSpace.id,
      name: cultureSpace.name,
      openingHours: cultureSpace.openingHours,
      slotMinutes: cultureSpace.slotMinutes,
      capacity: cultureSpace.capacityPerSlot,
    })
    .from(cultureSpace);
  const spaceResource = await resources(db, SPACE_KIND, spaces);
  const today = shanghaiDate(now);
  const spaceRows: (typeof bookingSlot.$inferInsert)[] = [];
  for (const s of spaces) {
    const hours = parseOpeningHours(s.openingHours);
    if (!hours || s.slotMinutes <= 0) continue;
    for (let offset = 0; offset <= SPACE_BOOKING_DAYS; offset++) {
      const date = addDays(today, offset);
      if (!hours.days.has(weekday(date))) continue;
      const close = atShanghai(date, hours.close).getTime();
      for (let t = atShanghai(date, hours.open).getTime(); t + s.slotMinutes * 60_000 <= close; t += s.slotMinutes * 60_000) {
        const startsAt = new Date(t);
        spaceRows.push({
          resourceId: spaceResource.get(s.id)!,
          serviceDate: date,
          startsAt,
          endsAt: new Date(t + s.slotMinutes * 60_000),
          opensAt: atShanghai(addDays(date, -SPACE_BOOKING_DAYS), "00:00"),
          closesAt: startsAt,
          capacity: s.capacity,
          feeFen: 0,
          groupKey: `space:${s.id}`,
          label: `${formatShanghai(startsAt).slice(-5)} 起 ${s.slotMinutes} 分钟`,
        });
      }
    }
  }
  const spaceSlots = spaceRows.length
    ? (await db.insert(bookingSlot).values(spaceRows).onConflictDoNothing().returning({ id: bookingSlot.id })).length
    : 0;
  return { eventSlots, spaceSlots };
}

const slotColumns = {
  slotId: bookingSlot.id,
  ownerId: bookingResource.ownerId,
  serviceDate: bookingSlot.serviceDate,
  startsAt: bookingSlot.startsAt,
  endsAt: bookingSlot.endsAt,
  opensAt: bookingSlot.opensAt,
  closesAt: bookingSlot.closesAt,
  capacity: bookingSlot.capacity,
  booked: bookingSlot.booked,
  withdrawnAt: bookingSlot.withdrawnAt,
};

/** Places left for each event (by event id): the registration slot and its state. */
export async function eventAvailability(db: DB, eventIds: number[], now = new Date()) {
  if (eventIds.length === 0) return new Map<number, ReturnType<typeof toAvailability>>();
  const rows = await db
    .select(slotColumns)
    .from(bookingSlot)
    .innerJoin(bookingResource, eq(bookingResource.id, bookingSlot.resourceId))
    .where(and(eq(bookingResource.kind, EVENT_KIND), inArray(bookingResource.ownerId, eventIds)));
  return new Map(rows.map((r) => [r.ownerId, toAvailability(r, now)]));
}

type SlotRow = {
  slotId: number;
  ownerId: number;
  serviceDate: string;
  startsAt: Date;
  endsAt: Date;
  opensAt: Date;
  closesAt: Date;
  capacity: number;
  booked: number;
  withdrawnAt: Date | null;
};

function toAvailability(r: SlotRow, now: Date) {
  return {
    slotId: r.slotId,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    opensAt: r.opensAt,
    closesAt: r.closesAt,
    capacity: r.capacity,
    ...slotState(r, now),
  };
}

/** A space's slots of the next SPACE_BOOKING_DAYS, by day, with places left. */
export async function spaceSlots(db: DB, spaceId: number, now = new Date()) {
  const today = shanghaiDate(now);
  const rows = await db
    .select(slotColumns)
    .from(bookingSlot)
    .innerJoin(
      bookingResource,
      and(eq(bookingResource.id, bookingSlot.resourceId), eq(bookingResource.kind, SPACE_KIND), eq(bookingResource.ownerId, spaceId)),
    )
    .where(between(bookingSlot.serviceDate, today, addDays(today, SPACE_BOOKING_DAYS)))
    .orderBy(asc(bookingSlot.startsAt));
  const days: { date: string; slots: ReturnType<typeof toAvailability>[] }[] = [];
  for (const r of rows) {
    const a = toAvailability(r, now);
    const last = days[days.length - 1];
    if (last?.date === r.serviceDate) last.slots.push(a);
    else days.push({ date: r.serviceDate, slots: [a] });
  }
  return days;
}

/** Registers the citizen (or a family member) for an event: its one slot, through the booking module. */
export async function registerForEvent(
  ctx: ServiceCtx,
  user: SessionUser,
  eventId: number,
  input: Omit<TBookInput, "slotId">,
  now = new Date(),
) {
  const slot = (await eventAvailability(ctx.db, [eventId], now)).get(eventId);
  if (!slot) throw new AppError("NOT_FOUND", "该活动不接受在线报名或已结束");
  const c = await book(ctx, user, eventRules, { ...input, slotId: slot.slotId }, now);
  return { id: c.id, confirmationNo: c.confirmationNo, startsAt: c.startsAt, created: c.created };
}

/** Books a space slot. */
export async function bookSpaceSlot(ctx: ServiceCtx, user: SessionUser, input: TBookInput, now = new Date()) {
  const c = await book(ctx, user, spaceRules, input, now);
  return { id: c.id, confirmationNo: c.confirmationNo, startsAt: c.startsAt, created: c.created };
}

/** Cancels the citizen's own event registration or space booking (each until its deadline). */
export async function cancelCultureBooking(
  ctx: ServiceCtx,
  user: SessionUser,
  kind: "event" | "space",
  bookingId: number,
  now = new Date(),
) {
  const c = await cancelBooking(ctx, user, kind === "event" ? eventRules : spaceRules, bookingId, now);
  return { id: c.id, status: c.status };
}

/** The citizen's event registrations and space bookings, newest first. */
export async function myCultureBookings(ctx: ServiceCtx, user: SessionUser, now = new Date()) {
  const [events, spaces] = await Promise.all([listOwnBookings(ctx.db, user, EVENT_KIND), listOwnBookings(ctx.db, user, SPACE_KIND)]);
  const toItem = (kind: "event" | "space") => (b: (typeof events)[number]) => ({
    id: b.id,
    kind,
    confirmationNo: b.confirmationNo,
    status: b.status,
    title: b.resourceName,
    url: kind === "event" ? cultureEventUrl(b.ownerId) : cultureSpaceUrl(b.ownerId),
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    canCancel: b.status === "active" && now <= (kind === "event" ? eventRules : spaceRules).cancelDeadline({ ...b, closesAt: b.closesAt }),
  });
  return [...events.map(toItem("event")), ...spaces.map(toItem("space"))].sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
}

/** One own booking (for the confirmation page). */
export async function getMyCultureBooking(ctx: ServiceCtx, user: SessionUser, kind: "event" | "space", bookingId: number) {
  const b = await getOwnBooking(ctx.db, user, kind === "event" ? EVENT_KIND : SPACE_KIND, bookingId);
  return { id: b.id, confirmationNo: b.confirmationNo, status: b.status, startsAt: b.startsAt, title: b.slot.resourceName };
}
