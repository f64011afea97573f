import { z } from "zod";
import { createTRPCRouter, permissionProcedure, publicProcedure } from "@/server/trpc";
import { ZId } from "@/server/lib/validation";
import { ZBookInput } from "@/server/modules/booking/validation";
import * as health from "@/server/modules/health/service";
import { citizenWriteProcedure, siteOrigin, ZCode, ZIsoDate } from "./procedures";
import {
  ZAppointment,
  ZAppointmentListItem,
  ZAttendance,
  ZDayList,
  ZHospital,
  ZHospitalListItem,
  ZSchedule,
  ZSlotDetail,
  ZSuspension,
} from "./outputs";

/** 健康南通: hospitals → clinics → doctors' 7-day schedules → slots; booking, my appointments, the hospital desk. */
export const healthRouter = createTRPCRouter({
  hospitals: publicProcedure.output(z.array(ZHospitalListItem)).query(({ ctx }) => health.listHospitals(ctx.db)),

  hospital: publicProcedure
    .input(z.object({ code: ZCode }))
    .output(ZHospital)
    .query(({ ctx, input }) => health.getHospital(ctx.db, input.code)),

  /** Slots change by the minute (places left, 07:00 release): read per request, never cached. */
  schedule: publicProcedure
    .input(z.object({ hospitalCode: ZCode, departmentCode: ZCode }))
    .output(ZSchedule)
    .query(async ({ ctx, input }) => {
      const cfg = health.healthConfig();
      const s = await health.departmentSchedule(ctx.db, input.hospitalCode, input.departmentCode, new Date(), cfg);
      return { ...s, releaseTime: cfg.releaseTime, bookingDays: cfg.bookingDays };
    }),

  slot: publicProcedure
    .input(z.object({ id: ZId }))
    .output(ZSlotDetail)
    .query(({ ctx, input }) => health.slotDetail(ctx.db, input.id)),

  book: citizenWriteProcedure
    .input(ZBookInput)
    .output(ZAppointment.extend({ created: z.boolean() }))
    .mutation(({ ctx, input }) => health.bookAppointment(ctx, ctx.user, input)),

  cancel: citizenWriteProcedure
    .input(z.object({ id: ZId }))
    .output(ZAppointment)
    .mutation(({ ctx, input }) => health.cancelAppointment(ctx, ctx.user, input.id)),

  mine: permissionProcedure("citizen.services")
    .output(z.array(ZAppointmentListItem))
    .query(({ ctx }) => health.listMyAppointments(ctx.db, ctx.user)),

  get: permissionProcedure("citizen.services")
    .input(z.object({ id: ZId }))
    .output(ZAppointment)
    .query(({ ctx, input }) => health.getMyAppointment(ctx.db, ctx.user, input.id)),

  /** The `.ics` file of one's own appointment (served by /me/appointments/[id]/ics). */
  ics: permissionProcedure("citizen.services")
    .input(z.object({ id: ZId }))
    .output(z.object({ fileName: z.string(), body: z.string() }))
    .query(({ ctx, input }) => health.appointmentIcs(ctx.db, ctx.user, input.id, siteOrigin())),

  suspensions: permissionProcedure("citizen.services")
    .output(z.array(ZSuspension))
    .query(({ ctx }) => health.mySuspensions(ctx.db, ctx.user)),

  /** The hospital desk (staff bound to that hospital): the day's list and attendance. */
  dayList: permissionProcedure("life.desk")
    .input(z.object({ date: ZIsoDate.optional() }))
    .output(ZDayList)
    .query(({ ctx, input }) => health.staffDayList(ctx, ctx.user, { date: input.date })),

  mark: permissionProcedure("life.desk")
    .input(z.object({ id: ZId, outcome: z.enum(["used", "no_show"], { error: "请选择已就诊或爽约" }) }))
    .output(ZAttendance)
    .mutation(({ ctx, input }) => health.markAppointment(ctx, ctx.user, input.id, input.outcome)),
});
