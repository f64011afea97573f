import { and, asc, between, count, eq, inArray, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import {
  accountUser,
  booking,
  bookingResource,
  bookingSlot,
  familyMember,
  healthDepartment,
  healthDoctor,
  healthHospital,
} from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import type { SessionUser } from "@/server/modules/account/service";
import { maskName } from "@/server/lib/mask";
import {
  activeSuspension,
  bookInSlot,
  cancelBooking,
  getOwnBooking,
  listOwnBookings,
  loadSlot,
  markAttendance,
  slotState,
  type BookingConfirmation,
} from "@/server/modules/booking/service";
import type { BookingRules, SlotFacts } from "@/server/modules/booking/rules";
import { bookingIcs } from "@/server/modules/booking";
import type { TBookInput } from "@/server/modules/booking/validation";
import { requireStaffUnit } from "@/server/modules/life";
import { addDays, atShanghai, formatShanghai, shanghaiDate, weekday } from "@/server/modules/life";
import { healthConfig, type HealthConfig } from "./config";
import { slotCapacity, slotFeeFen } from "./fees";

export { healthConfig, type HealthConfig };

export type ServiceCtx = { db: DB; ip?: string | null };

/** booking_resource.kind of a doctor's clinic. */
export const HOSPITAL_KIND = "hospital_doctor";

/** Clinic sessions: half-hour slots from 08:00 (7) and from 14:00 (6). */
export const SESSIONS = { am: { start: "08:00", count: 7, label: "上午" }, pm: { start: "14:00", count: 6, label: "下午" } } as const;
const SLOT_MINUTES = 30;
const WEEKDAY_CODES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/**
 * 预约挂号 rules: real name; one active appointment per patient per department per day; at most
 * HEALTH_MAX_ACTIVE upcoming per patient; cancel until HEALTH_CANCEL_HOURS before; HEALTH_NO_SHOW_LIMIT
 * no-shows in HEALTH_NO_SHOW_WINDOW_DAYS suspend online booking for HEALTH_SUSPENSION_DAYS.
 */
export function hospitalRules(cfg: HealthConfig = healthConfig()): BookingRules {
  return {
    kind: HOSPITAL_KIND,
    confirmationPrefix: "GH",
    requireRealName: true,
    onePerGroupPerDay: true,
    duplicateMessage: "该就诊人当天在该科室已有预约，同一就诊人同一天同一科室只能预约一次",
    maxActivePerPerson: cfg.maxActive,
    cancelDeadline: (slot) => new Date(slot.startsAt.getTime() - cfg.cancelHours * 3_600_000),
    cancelTooLateMessage: () => `就诊前${cfg.cancelHours}小时内不能在线取消，如不能按时就诊请联系医院`,
    noShow: { limit: cfg.noShowLimit, windowDays: cfg.noShowWindowDays, suspendDays: cfg.suspensionDays },
    notices: {
      booked: (b) => ({
        title: "预约挂号成功",
        body: `${b.slot.resourceName}，${formatShanghai(b.slot.startsAt)}就诊，就诊人${maskName(b.subjectName) ?? ""}，确认号${b.confirmationNo}。请携带身份证按时就诊。`,
        link: `/me/appointments/${b.id}`,
      }),
      cancelled: (b) => ({
        title: "预约已取消",
        body: `${b.slot.resourceName}，${formatShanghai(b.slot.startsAt)}的预约（确认号${b.confirmationNo}）已取消。`,
        link: `/me/appointments/${b.id}`,
      }),
      suspended: (until) => ({
        title: "网上预约挂号已暂停",
        body: `因${cfg.noShowWindowDays}天内爽约${cfg.noShowLimit}次，该就诊人的网上预约挂号暂停至${formatShanghai(until)}。`,
        link: "/me/appointments",
      }),
    },
  };
}

// ——— reference data ———

/** All hospitals with their clinic counts, in display order. */
export async function listHospitals(db: DB) {
  return db
    .select({
      id: healthHospital.id,
      code: healthHospital.code,
      name: healthHospital.name,
      shortName: healthHospital.shortName,
      level: healthHospital.level,
      type: healthHospital.type,
      district: healthHospital.district,
      address: healthHospital.address,
      summary: healthHospital.summary,
      departmentCount: sql<number>`(select count(*)::int from ${healthDepartment} where ${healthDepartment.hospitalId} = ${healthHospital.id})`,
    })
    .from(healthHospital)
    .orderBy(asc(healthHospital.sortOrder), asc(healthHospital.id));
}

async function hospitalByCode(db: DB, code: string) {
  const [h] = await db
    .select({
      id: healthHospital.id,
      code: healthHospital.code,
      name: healthHospital.name,
      shortName: healthHospital.shortName,
      level: healthHospital.level,
      type: healthHospital.type,
      district: healthHospital.district,
      address: healthHospital.address,
      phone: healthHospital.phone,
      foundedYear: healthHospital.foundedYear,
      summary: healthHospital.summary,
      dataNote: healthHospital.dataNote,
    })
    .from(healthHospital)
    .where(eq(healthHospital.code, code))
    .limit(1);
  if (!h) throw new AppError("NOT_FOUND", "找不到该医院");
  return h;
}

/** A hospital with its clinics (科室). */
export async function getHospital(db: DB, code: string) {
  const hospital = await hospitalByCode(db, code);
  const departments = await db
    .select({
      id: healthDepartment.id,
      code: healthDepartment.code,
      name: healthDepartment.name,
      category: healthDepartment.category,
      summary: healthDepartment.summary,
      location: healthDepartment.location,
    })
    .from(healthDepartment)
    .where(eq(healthDepartment.hospitalId, hospital.id))
    .orderBy(asc(healthDepartment.sortOrder), asc(healthDepartment.id));
  return { ...hospital, departments };
}

async function departmentOf(db: DB, hospitalId: number, departmentCode: string) {
  const [dept] = await db
    .select({
      id: healthDepartment.id,
      code: healthDepartment.code,
      name: healthDepartment.name,
      category: healthDepartment.category,
      summary: healthDepartment.summary,
      location: healthDepartment.location,
    })
    .from(healthDepartment)
    .where(and(eq(healthDepartment.hospitalId, hospitalId), eq(healthDepartment.code, departmentCode)))
    .limit(1);
  if (!dept) throw new AppError("NOT_FOUND", "找不到该科室");
  return dept;
}

/**
 * A clinic's doctors and their slots for today … today + HEALTH_BOOKING_DAYS, by day. Each slot says whether
 * it can be booked now, how many places remain, or when it opens (day + 7 opens at HEALTH_RELEASE_TIME).
 */
export async function departmentSchedule(db: DB, hospitalCode: string, departmentCode: string, now = new Date(), cfg = healthConfig()) {
  const hospital = await hospitalByCode(db, hospitalCode);
  const department = await departmentOf(db, hospital.id, departmentCode);
  const doctors = await db
    .select({ id: healthDoctor.id, name: healthDoctor.name, title: healthDoctor.title, specialty: healthDoctor.specialty })
    .from(healthDoctor)
    .where(eq(healthDoctor.departmentId, department.id))
    .orderBy(asc(healthDoctor.sortOrder), asc(healthDoctor.id));
  const today = shanghaiDate(now);
  const slots = doctors.length
    ? await db
        .select({
          id: bookingSlot.id,
          doctorId: bookingResource.ownerId,
          serviceDate: bookingSlot.serviceDate,
          startsAt: bookingSlot.startsAt,
          endsAt: bookingSlot.endsAt,
          opensAt: bookingSlot.opensAt,
          closesAt: bookingSlot.closesAt,
          capacity: bookingSlot.capacity,
          booked: bookingSlot.booked,
          feeFen: bookingSlot.feeFen,
          label: bookingSlot.label,
          withdrawnAt: bookingSlot.withdrawnAt,
        })
        .from(bookingSlot)
        .innerJoin(bookingResource, eq(bookingResource.id, bookingSlot.resourceId))
        .where(
          and(
            between(bookingSlot.serviceDate, today, addDays(today, cfg.bookingDays)),
            eq(bookingResource.kind, HOSPITAL_KIND),
            inArray(
              bookingResource.ownerId,
              doctors.map((x) => x.id),
            ),
          ),
        )
        .orderBy(asc(bookingSlot.startsAt))
    : [];
  const days = Array.from({ length: cfg.bookingDays + 1 }, (_, i) => addDays(today, i)).map((date) => ({
    date,
    weekday: weekday(date),
    doctors: doctors
      .map((doc) => ({
        ...doc,
        slots: slots
          .filter((s) => s.serviceDate === date && s.doctorId === doc.id)
          .map((s) => ({
            id: s.id,
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            feeFen: s.feeFen,
            session: s.label,
            ...slotState(s, now),
            opensAt: s.opensAt,
          })),
      }))
      .filter((doc) => doc.slots.length > 0),
  }));
  return { hospital: { code: hospital.code, name: hospital.name, address: hospital.address }, department, days };
}

// ——— slot generation ———

/** Makes sure every doctor has a booking resource. */
export async function ensureDoctorResources(db: DB): Promise<void> {
  const doctors = await db
    .select({ id: healthDoctor.id, name: healthDoctor.name, dept: healthDepartment.name, hospital: healthHospital.shortName })
    .from(healthDoctor)
    .innerJoin(healthDepartment, eq(healthDepartment.id, healthDoctor.departmentId))
    .innerJoin(healthHospital, eq(healthHospital.id, healthDoctor.hospitalId));
  for (let i = 0; i < doctors.length; i += 200) {
    await db
      .insert(bookingResource)
      .values(doctors.slice(i, i + 200).map((x) => ({ kind: HOSPITAL_KIND, ownerId: x.id, name: `${x.hospital} ${x.dept} ${x.name}` })))
      .onConflictDoNothing();
  }
}

/**
 * Creates the slots of today … today + HEALTH_BOOKING_DAYS from each doctor's weekly sessions (idempotent:
 * existing slots are kept with their bookings). A slot of day D opens at HEALTH_RELEASE_TIME on D − days,
 * and closes when it starts. Run daily (the seed runs it at start).
 * @returns how many slots were created
 */
export async function generateHospitalSlots(db: DB, now = new Date(), cfg = healthConfig()): Promise<number> {
  await ensureDoctorResources(db);
  const doctors = await db
    .select({
      resourceId: bookingResource.id,
      sessions: healthDoctor.sessions,
      departmentId: healthDoctor.departmentId,
      title: healthDoctor.title,
    })
    .from(healthDoctor)
    .innerJoin(bookingResource, and(eq(bookingResource.kind, HOSPITAL_KIND), eq(bookingResource.ownerId, healthDoctor.id)));
  const today = shanghaiDate(now);
  const rows: (typeof bookingSlot.$inferInsert)[] = [];
  for (let offset = 0; offset <= cfg.bookingDays; offset++) {
    const date = addDays(today, offset);
    const code = WEEKDAY_CODES[weekday(date)];
    const opensAt = atShanghai(addDays(date, -cfg.bookingDays), cfg.releaseTime);
    for (const doc of doctors) {
      for (const part of ["am", "pm"] as const) {
        if (!doc.sessions.includes(`${code}-${part}`)) continue;
        const session = SESSIONS[part];
        const first = atShanghai(date, session.start).getTime();
        for (let i = 0; i < session.count; i++) {
          const startsAt = new Date(first + i * SLOT_MINUTES * 60_000);
          rows.push({
            resourceId: doc.resourceId,
            serviceDate: date,
            startsAt,
            endsAt: new Date(startsAt.getTime() + SLOT_MINUTES * 60_000),
            opensAt,
            closesAt: startsAt,
            capacity: slotCapacity(doc.title),
            feeFen: slotFeeFen(doc.title),
            groupKey: `dept:${doc.departmentId}`,
            label: session.label,
          });
        }
      }
    }
  }
  let created = 0;
  for (let i = 0; i < rows.length; i += 500) {
    // A slot whose opening is already past when created opens at once (CHECK: closes_at > opens_at).
    const chunk = rows.slice(i, i + 500).filter((r) => r.closesAt > r.opensAt);
    if (chunk.length === 0) continue;
    const inserted = await db.insert(bookingSlot).values(chunk).onConflictDoNothing().returning({ id: bookingSlot.id });
    created += inserted.length;
  }
  return created;
}

// ——— citizen: book, cancel, my appointments ———

/** One hospital slot with its doctor, clinic and hospital, and whether it can be booked now (the booking page). */
export async function slotDetail(db: DB, slotId: number, now = new Date(), cfg = healthConfig()) {
  const slot = await loadSlot(db, slotId);
  if (!slot || slot.kind !== HOSPITAL_KIND) throw new AppError("NOT_FOUND", "找不到该预约时段，请刷新后重新选择");
  const info = (await doctorInfo(db, [slot.ownerId])).get(slot.ownerId);
  if (!info) throw new AppError("NOT_FOUND", "找不到该预约时段，请刷新后重新选择");
  const deadline = hospitalRules(cfg).cancelDeadline(slot);
  return {
    id: slot.id,
    serviceDate: slot.serviceDate,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    feeFen: slot.feeFen,
    session: slot.label,
    ...slotState(slot, now),
    opensAt: slot.opensAt,
    /** Online cancellation ends here; the booking page says so, and warns when that moment has passed. */
    cancelDeadline: deadline,
    cancelHours: cfg.cancelHours,
    cancellableOnline: now <= deadline,
    ...info,
  };
}

type DoctorInfo = {
  doctorName: string;
  doctorTitle: string;
  departmentCode: string;
  departmentName: string;
  departmentLocation: string | null;
  hospitalName: string;
  hospitalCode: string;
  hospitalAddress: string;
};

async function doctorInfo(db: DB, doctorIds: number[]): Promise<Map<number, DoctorInfo>> {
  if (doctorIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: healthDoctor.id,
      doctorName: healthDoctor.name,
      doctorTitle: healthDoctor.title,
      departmentCode: healthDepartment.code,
      departmentName: healthDepartment.name,
      departmentLocation: healthDepartment.location,
      hospitalName: healthHospital.name,
      hospitalCode: healthHospital.code,
      hospitalAddress: healthHospital.address,
    })
    .from(healthDoctor)
    .innerJoin(healthDepartment, eq(healthDepartment.id, healthDoctor.departmentId))
    .innerJoin(healthHospital, eq(healthHospital.id, healthDoctor.hospitalId))
    .where(inArray(healthDoctor.id, [...new Set(doctorIds)]));
  return new Map(rows.map(({ id, ...info }) => [id, info]));
}

/**
 * A doctor's details for a booking's answer, kept for a minute per database: at 07:00 hundreds of answers name
 * the same few doctors, and a read per answer was one round trip of every winner's (an edit of a doctor's
 * name, title or department shows in new answers within the minute; 我的预约 always reads them).
 */
const DOCTOR_CACHE_MS = 60_000;
const doctorCache = new WeakMap<DB, Map<number, { info: DoctorInfo; at: number }>>();
async function cachedDoctor(db: DB, doctorId: number, now = Date.now()): Promise<DoctorInfo> {
  let cache = doctorCache.get(db);
  if (!cache) doctorCache.set(db, (cache = new Map()));
  const hit = cache.get(doctorId);
  if (hit && now - hit.at < DOCTOR_CACHE_MS) return hit.info;
  const info = await doctorOf(db, doctorId);
  if (cache.size >= 5000) cache.clear();
  cache.set(doctorId, { info, at: now });
  return info;
}

/** 预约挂号 for the signed-in citizen or a family member (input.familyMemberId). See hospitalRules. */
export async function bookAppointment(ctx: ServiceCtx, user: SessionUser, input: TBookInput, now = new Date(), cfg = healthConfig()) {
  const { confirmation, made } = await bookInSlot(ctx, user, hospitalRules(cfg), input, now);
  if (!made) return { ...(await getMyAppointment(ctx.db, user, confirmation.id, now, cfg)), created: false };
  // Made by this call: the answer from what the booking knows (only the doctor's details are read).
  const b = { ...confirmation, createdAt: made.createdAt, cancelledAt: null, slot: made.slot };
  return { ...appointmentOf(b, await cachedDoctor(ctx.db, made.slot.ownerId), now, cfg), created: true };
}

/** Cancels the citizen's own appointment (until HEALTH_CANCEL_HOURS before it). */
export async function cancelAppointment(ctx: ServiceCtx, user: SessionUser, bookingId: number, now = new Date(), cfg = healthConfig()) {
  await cancelBooking(ctx, user, hospitalRules(cfg), bookingId, now);
  return getMyAppointment(ctx.db, user, bookingId, now, cfg);
}

/** The citizen's appointments (all patients they booked for), newest first, with what they may still do. */
export async function listMyAppointments(db: DB, user: SessionUser, now = new Date(), cfg = healthConfig()) {
  const rows = await listOwnBookings(db, user, HOSPITAL_KIND, { limit: 100 });
  const info = await doctorInfo(
    db,
    rows.map((r) => r.ownerId),
  );
  const rules = hospitalRules(cfg);
  return rows.map((r) => {
    const i = info.get(r.ownerId);
    return {
      id: r.id,
      confirmationNo: r.confirmationNo,
      status: r.status,
      serviceDate: r.serviceDate,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      feeFen: r.feeFen,
      patientNameMasked: r.subjectNameMasked,
      hospitalName: i?.hospitalName ?? "",
      departmentName: i?.departmentName ?? "",
      doctorName: i?.doctorName ?? "",
      doctorTitle: i?.doctorTitle ?? "",
      upcoming: r.status === "active" && r.endsAt > now,
      canCancel: r.status === "active" && now <= rules.cancelDeadline(r),
    };
  });
}

/** One of the citizen's own appointments (NOT_FOUND for anyone else's). */
export async function getMyAppointment(db: DB, user: SessionUser, bookingId: number, now = new Date(), cfg = healthConfig()) {
  const b = await getOwnBooking(db, user, HOSPITAL_KIND, bookingId);
  return appointmentOf(b, await doctorOf(db, b.slot.ownerId), now, cfg);
}

async function doctorOf(db: DB, doctorId: number): Promise<DoctorInfo> {
  const i = (await doctorInfo(db, [doctorId])).get(doctorId);
  if (!i) throw new AppError("NOT_FOUND", "找不到该预约");
  return i;
}

/** An appointment as the citizen sees it (我的预约, the booking's answer). */
function appointmentOf(
  b: BookingConfirmation & { createdAt: Date; cancelledAt: Date | null; slot: SlotFacts },
  i: DoctorInfo,
  now: Date,
  cfg: HealthConfig,
) {
  const deadline = hospitalRules(cfg).cancelDeadline(b.slot);
  return {
    id: b.id,
    confirmationNo: b.confirmationNo,
    status: b.status,
    serviceDate: b.serviceDate,
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    session: b.slot.label,
    feeFen: b.feeFen,
    patientNameMasked: b.subjectNameMasked,
    ...i,
    createdAt: b.createdAt,
    cancelledAt: b.cancelledAt,
    cancelDeadline: deadline,
    canCancel: b.status === "active" && now <= deadline,
  };
}

/** The `.ics` "add to calendar" file of the citizen's own appointment. */
export async function appointmentIcs(db: DB, user: SessionUser, bookingId: number, siteOrigin: string, now = new Date()) {
  const a = await getMyAppointment(db, user, bookingId, now);
  return {
    fileName: `appointment-${a.confirmationNo}.ics`,
    body: bookingIcs({
      uid: `${a.confirmationNo}@smart-nantong`,
      title: `就诊：${a.hospitalName} ${a.departmentName}`,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      location: `${a.hospitalName}${a.departmentLocation ? ` ${a.departmentLocation}` : ""}（${a.hospitalAddress}）`,
      description: `确认号：${a.confirmationNo}\n医生：${a.doctorName} ${a.doctorTitle}\n就诊人：${a.patientNameMasked}\n请携带身份证按时就诊。`,
      url: `${siteOrigin}/me/appointments/${a.id}`,
      alarmMinutesBefore: 60,
      stamp: now,
      cancelled: a.status === "cancelled",
    }),
  };
}

/** Suspensions in force for the citizen and each of their family members (shown before booking). */
export async function mySuspensions(db: DB, user: SessionUser, now = new Date()) {
  const [self] = await db.select({ hash: accountUser.idNumberHash }).from(accountUser).where(eq(accountUser.id, user.id)).limit(1);
  const family = await db
    .select({ id: familyMember.id, name: familyMember.name, hash: familyMember.idNumberHash })
    .from(familyMember)
    .where(eq(familyMember.ownerUserId, user.id));
  const out: { familyMemberId: number | null; nameMasked: string; until: Date; reason: string }[] = [];
  if (self?.hash) {
    const s = await activeSuspension(db, HOSPITAL_KIND, self.hash, now);
    if (s) out.push({ familyMemberId: null, nameMasked: "本人", until: s.endsAt, reason: s.reason });
  }
  for (const m of family) {
    const s = await activeSuspension(db, HOSPITAL_KIND, m.hash, now);
    if (s) out.push({ familyMemberId: m.id, nameMasked: maskName(m.name) ?? "", until: s.endsAt, reason: s.reason });
  }
  return out;
}

// ——— hospital staff ———

/**
 * The day's appointments at the staff member's hospital (their life_staff_assignment), by time. Staff of
 * another hospital get FORBIDDEN. Reading the list is audited (it contains patients' names).
 */
export async function staffDayList(
  ctx: ServiceCtx,
  staff: SessionUser,
  opts: { date?: string; hospitalId?: number } = {},
  now = new Date(),
) {
  const { db } = ctx;
  const hospitalId = await requireStaffUnit(db, staff, "hospital", opts.hospitalId);
  const date = opts.date ?? shanghaiDate(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new AppError("BAD_REQUEST", "日期格式应为 YYYY-MM-DD");
  const rows = await db
    .select({
      id: booking.id,
      confirmationNo: booking.confirmationNo,
      status: booking.status,
      patientName: booking.subjectName,
      startsAt: bookingSlot.startsAt,
      endsAt: bookingSlot.endsAt,
      doctorName: healthDoctor.name,
      departmentName: healthDepartment.name,
    })
    .from(booking)
    .innerJoin(bookingSlot, eq(bookingSlot.id, booking.slotId))
    .innerJoin(bookingResource, eq(bookingResource.id, bookingSlot.resourceId))
    .innerJoin(healthDoctor, and(eq(bookingResource.kind, HOSPITAL_KIND), eq(healthDoctor.id, bookingResource.ownerId)))
    .innerJoin(healthDepartment, eq(healthDepartment.id, healthDoctor.departmentId))
    .where(
      and(
        eq(healthDoctor.hospitalId, hospitalId),
        eq(bookingSlot.serviceDate, date),
        inArray(booking.status, ["active", "used", "no_show"]),
      ),
    )
    .orderBy(asc(bookingSlot.startsAt), asc(healthDepartment.sortOrder), asc(booking.id));
  const [h] = await db.select({ name: healthHospital.name }).from(healthHospital).where(eq(healthHospital.id, hospitalId));
  await audit(db, {
    actorId: staff.id,
    actorRole: staff.role,
    ip: ctx.ip,
    action: "health.day_list",
    outcome: "success",
    targetType: "health_hospital",
    targetId: String(hospitalId),
    detail: { date, rows: rows.length },
  });
  return { hospitalId, hospitalName: h?.name ?? "", date, items: rows };
}

/** Hospital staff mark an appointment 已就诊 (used) or 爽约 (no_show). See markAttendance. */
export async function markAppointment(
  ctx: ServiceCtx,
  staff: SessionUser,
  bookingId: number,
  outcome: "used" | "no_show",
  now = new Date(),
  cfg = healthConfig(),
) {
  const [row] = await ctx.db
    .select({ hospitalId: healthDoctor.hospitalId })
    .from(booking)
    .innerJoin(bookingSlot, eq(bookingSlot.id, booking.slotId))
    .innerJoin(bookingResource, eq(bookingResource.id, bookingSlot.resourceId))
    .innerJoin(healthDoctor, and(eq(bookingResource.kind, HOSPITAL_KIND), eq(healthDoctor.id, bookingResource.ownerId)))
    .where(eq(booking.id, bookingId))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "找不到该预约");
  await requireStaffUnit(ctx.db, staff, "hospital", row.hospitalId);
  return markAttendance(ctx, staff, hospitalRules(cfg), bookingId, outcome, now);
}

/** Count of hospitals, clinics and doctors (for the section page). */
export async function healthFigures(db: DB) {
  const [[h], [dp], [dr]] = await Promise.all([
    db.select({ n: count() }).from(healthHospital),
    db.select({ n: count() }).from(healthDepartment),
    db.select({ n: count() }).from(healthDoctor),
  ]);
  return { hospitals: h?.n ?? 0, departments: dp?.n ?? 0, doctors: dr?.n ?? 0 };
}
