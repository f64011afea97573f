import { and, asc, eq, gte } from "drizzle-orm";
import type { DB } from "@/server/db";
import { cultureEvent, cultureSpace } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { excerpt, type SearchDocument } from "@/server/lib/search-document";
import { shanghaiDate } from "@/server/lib/working-days";

/**
 * Cultural events and innovation spaces — the catalogue only. Registration for events and slot
 * booking for spaces use the shared capacity-limited booking module (phase 2): `capacity` and
 * `capacityPerSlot`/`slotMinutes` here are what that module is configured with.
 */

export const cultureEventUrl = (id: number) => `/culture/events/${id}`;
export const cultureSpaceUrl = (id: number) => `/culture/spaces/${id}`;

const eventColumns = {
  id: cultureEvent.id,
  code: cultureEvent.code,
  title: cultureEvent.title,
  category: cultureEvent.category,
  venue: cultureEvent.venue,
  address: cultureEvent.address,
  district: cultureEvent.district,
  startsAt: cultureEvent.startsAt,
  endsAt: cultureEvent.endsAt,
  capacity: cultureEvent.capacity,
  priceFen: cultureEvent.priceFen,
  organiser: cultureEvent.organiser,
  audience: cultureEvent.audience,
};

/** Events that have not ended, soonest first (the calendar); optionally one category. */
export async function listCultureEvents(db: DB, opts: { category?: string; now?: Date } = {}) {
  const now = opts.now ?? new Date();
  return db
    .select(eventColumns)
    .from(cultureEvent)
    .where(and(gte(cultureEvent.endsAt, now), opts.category ? eq(cultureEvent.category, opts.category) : undefined))
    .orderBy(asc(cultureEvent.startsAt), asc(cultureEvent.id));
}

/** The calendar grouped by China date ("YYYY-MM-DD" → events starting that day). */
export function groupEventsByDay<T extends { startsAt: Date }>(events: T[]): { day: string; events: T[] }[] {
  const out: { day: string; events: T[] }[] = [];
  for (const e of events) {
    const day = shanghaiDate(e.startsAt);
    const last = out[out.length - 1];
    if (last?.day === day) last.events.push(e);
    else out.push({ day, events: [e] });
  }
  return out;
}

export async function getCultureEvent(db: DB, id: number) {
  const [row] = await db
    .select({ ...eventColumns, description: cultureEvent.description })
    .from(cultureEvent)
    .where(eq(cultureEvent.id, id))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "找不到该活动");
  return row;
}

const spaceColumns = {
  id: cultureSpace.id,
  code: cultureSpace.code,
  name: cultureSpace.name,
  kind: cultureSpace.kind,
  address: cultureSpace.address,
  district: cultureSpace.district,
  description: cultureSpace.description,
  equipment: cultureSpace.equipment,
  openingHours: cultureSpace.openingHours,
  slotMinutes: cultureSpace.slotMinutes,
  capacityPerSlot: cultureSpace.capacityPerSlot,
  rules: cultureSpace.rules,
};

export const SPACE_KINDS = { fablab: "Fab Lab 数字制造实验室", makerspace: "众创空间", incubator: "孵化器" } as const;

export async function listCultureSpaces(db: DB) {
  const rows = await db.select(spaceColumns).from(cultureSpace).orderBy(asc(cultureSpace.id));
  return rows.map((r) => ({ ...r, kindName: SPACE_KINDS[r.kind as keyof typeof SPACE_KINDS] ?? r.kind }));
}

export async function getCultureSpace(db: DB, id: number) {
  const [row] = await db.select(spaceColumns).from(cultureSpace).where(eq(cultureSpace.id, id)).limit(1);
  if (!row) throw new AppError("NOT_FOUND", "找不到该创新空间");
  return { ...row, kindName: SPACE_KINDS[row.kind as keyof typeof SPACE_KINDS] ?? row.kind };
}

/** Search documents for the global search: upcoming events and every space. */
export async function cultureEventSearchDocuments(db: DB, now = new Date()): Promise<SearchDocument[]> {
  const events = await db
    .select({
      id: cultureEvent.id,
      title: cultureEvent.title,
      venue: cultureEvent.venue,
      category: cultureEvent.category,
      description: cultureEvent.description,
      startsAt: cultureEvent.startsAt,
    })
    .from(cultureEvent)
    .where(gte(cultureEvent.endsAt, now));
  const spaces = await db
    .select({ id: cultureSpace.id, name: cultureSpace.name, description: cultureSpace.description, district: cultureSpace.district })
    .from(cultureSpace);
  return [
    ...events.map((e) => ({
      kind: "culture.event",
      id: String(e.id),
      title: e.title,
      url: cultureEventUrl(e.id),
      body: excerpt(`${shanghaiDate(e.startsAt)} · ${e.venue} · ${e.description}`),
      keywords: [e.venue, e.category, "文化活动"],
      date: shanghaiDate(e.startsAt),
    })),
    ...spaces.map((s) => ({
      kind: "culture.space",
      id: String(s.id),
      title: s.name,
      url: cultureSpaceUrl(s.id),
      body: excerpt(s.description),
      keywords: [s.district, "创新空间", "创客", "Fab Lab"],
    })),
  ];
}
