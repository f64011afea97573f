import { zodFieldErrors } from "@/server/lib/validation";
import { and, count, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { z } from "zod";
import { governanceSnapReport, hotlineAttachment, hotlineCategory, hotlineTicket } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import type { ServiceCtx, SessionUser } from "@/server/modules/account/service";
import { contactDefaults, submitRequest } from "@/server/modules/hotline";
import { STATUS_NAMES, type TicketStatus } from "@/server/modules/hotline/labels";
import type { UploadedPhoto, WebChannel } from "@/server/modules/hotline/photos";
import type { REQUEST_TYPES } from "@/server/modules/hotline/validation";

/**
 * 随手拍: a citizen photographs a city problem, puts a point on the map and sends it; it becomes an
 * ordinary 12345 request through the hotline module's `submitRequest` (same validation, photo
 * checks, idempotency, queue and deadlines), in the 12345 category that fits the kind of problem,
 * and a row here remembers it was a 随手拍 (for the citizen's list and, in phase 2, 积分 when the
 * request is confirmed).
 */

type Kind = { label: string; category: string; type: (typeof REQUEST_TYPES)[number]; attributes?: Record<string, string | string[]> };

/** The kinds of problem 随手拍 offers, each mapped to a 12345 leaf category (hotline seed codes). */
export const SNAP_KINDS = {
  pothole: { label: "道路坑洼", category: "jt-dlss", type: "求助", attributes: { facility: "pothole" } },
  manhole: { label: "井盖缺失或破损", category: "jt-dlss", type: "求助", attributes: { facility: "manhole" } },
  streetlight: { label: "路灯不亮", category: "cg-ld", type: "求助", attributes: { fault: "off" } },
  illegal_parking: { label: "违法停车", category: "jt-wzt", type: "举报" },
  garbage: { label: "垃圾堆放", category: "cg-ljql", type: "投诉", attributes: { waste_type: ["household"] } },
  street_vending: { label: "占道经营", category: "cg-zdjy", type: "投诉" },
  illegal_building: { label: "违章搭建", category: "cg-wzdj", type: "举报" },
  billboard: { label: "户外广告牌隐患", category: "cg-ggp", type: "求助" },
} as const satisfies Record<string, Kind>;
export type SnapKind = keyof typeof SNAP_KINDS;
const KIND_CODES = Object.keys(SNAP_KINDS) as [SnapKind, ...SnapKind[]];

export const ZSnapReport = z.object({
  kind: z.enum(KIND_CODES, { error: "请选择问题类型" }),
  description: z.string({ error: "请简单描述问题" }).trim().min(5, "请简单描述问题，至少5个字").max(1000, "描述不超过1000字"),
  lat: z
    .number({ error: "请在地图上标出问题位置" })
    .min(31, "位置不在南通范围内，请在地图上重新选点")
    .max(33, "位置不在南通范围内，请在地图上重新选点"),
  lng: z
    .number({ error: "请在地图上标出问题位置" })
    .min(120, "位置不在南通范围内，请在地图上重新选点")
    .max(122, "位置不在南通范围内，请在地图上重新选点"),
  address: z.string().trim().max(200, "地址不超过200字").optional(),
  district: z.enum(["崇川区", "通州区", "海门区", "如皋市", "启东市", "海安市", "如东县"], { error: "请选择所在区县" }).optional(),
  isPublic: z.boolean().default(false),
  contactName: z.string().trim().max(50, "联系人姓名不超过50字").optional(),
  contactPhone: z.string().trim().max(20).optional(),
  idempotencyKey: z
    .string({ error: "提交标识无效，请刷新页面后重试" })
    .trim()
    .min(8, "提交标识无效，请刷新页面后重试")
    .max(100, "提交标识无效，请刷新页面后重试"),
});
// Loose on purpose (like the 12345 form): every field is checked here, and every problem of every field is reported together.
export type TSnapReportInput = Partial<Record<keyof z.input<typeof ZSnapReport>, unknown>> & {
  photos?: UploadedPhoto[];
  channel?: WebChannel;
};

/**
 * Files a 随手拍 report as a 12345 request. A map point and at least one photo are required; the
 * contact defaults to the account's verified name and phone. A retry with the same idempotency key
 * returns the first request (`created: false`).
 */
export async function submitSnapReport(ctx: ServiceCtx, user: SessionUser, raw: TSnapReportInput, now = new Date()) {
  const { photos = [], channel, ...fields } = raw;
  const fieldErrors: Record<string, string[]> = {};
  const parsed = ZSnapReport.safeParse(fields);
  if (!parsed.success)
    for (const [field, messages] of Object.entries(zodFieldErrors(parsed.error))) (fieldErrors[field] ??= []).push(...messages);
  if (photos.length === 0) (fieldErrors.photos ??= []).push("请至少拍一张照片，方便承办部门找到和核实问题");
  if (!parsed.success || Object.keys(fieldErrors).length) {
    // lat/lng problems are one "location" problem on the form
    for (const k of ["lat", "lng"] as const) {
      if (fieldErrors[k]) {
        fieldErrors.location ??= fieldErrors[k];
        delete fieldErrors[k];
      }
    }
    throw new AppError("BAD_REQUEST", Object.values(fieldErrors)[0]?.[0] ?? "提交的信息有误，请按提示修改", fieldErrors);
  }
  const input = parsed.data;
  const kind = SNAP_KINDS[input.kind];
  // The hotline module exports no lookup by code; the category table is read-only reference data.
  const [category] = await ctx.db
    .select({ id: hotlineCategory.id })
    .from(hotlineCategory)
    .where(and(eq(hotlineCategory.code, kind.category), isNotNull(hotlineCategory.parentId)))
    .limit(1);
  if (!category) throw new AppError("INTERNAL", "随手拍的问题分类尚未配置，请改用12345诉求表单");
  const contact = await contactDefaults(ctx.db, user);
  const result = await submitRequest(
    ctx,
    user,
    {
      type: kind.type,
      categoryId: category.id,
      channel: channel ?? "web",
      description: `【随手拍·${kind.label}】${input.description}`,
      lat: input.lat,
      lng: input.lng,
      address: input.address,
      district: input.district,
      isPublic: input.isPublic,
      contactName: input.contactName || contact.name,
      contactPhone: input.contactPhone || contact.phone,
      attributes: "attributes" in kind ? kind.attributes : undefined,
      idempotencyKey: input.idempotencyKey,
      photos,
    },
    now,
  );
  // On a retry the row may exist already: one row per ticket.
  await ctx.db
    .insert(governanceSnapReport)
    .values({ ticketId: result.id, userId: user.id, kind: input.kind, createdAt: now })
    .onConflictDoNothing({ target: governanceSnapReport.ticketId });
  return { ticketId: result.id, ticketNo: result.ticketNo, created: result.created };
}

/** The citizen's 随手拍 reports, newest first, with the 12345 status of each. */
export async function listMySnapReports(ctx: ServiceCtx, user: SessionUser, opts: { limit?: number } = {}) {
  const rows = await ctx.db
    .select({
      id: governanceSnapReport.id,
      kind: governanceSnapReport.kind,
      ticketId: governanceSnapReport.ticketId,
      ticketNo: hotlineTicket.ticketNo,
      status: hotlineTicket.status,
      createdAt: governanceSnapReport.createdAt,
    })
    .from(governanceSnapReport)
    .innerJoin(hotlineTicket, eq(hotlineTicket.id, governanceSnapReport.ticketId))
    .where(eq(governanceSnapReport.userId, user.id))
    .orderBy(desc(governanceSnapReport.createdAt), desc(governanceSnapReport.id))
    .limit(Math.min(100, opts.limit ?? 50));
  const photos = rows.length
    ? await ctx.db
        .select({ ticketId: hotlineAttachment.ticketId, n: count() })
        .from(hotlineAttachment)
        .where(
          inArray(
            hotlineAttachment.ticketId,
            rows.map((r) => r.ticketId),
          ),
        )
        .groupBy(hotlineAttachment.ticketId)
    : [];
  const photoCount = new Map(photos.map((p) => [p.ticketId, p.n]));
  return rows.map((r) => ({
    ...r,
    photoCount: photoCount.get(r.ticketId) ?? 0,
    kindName: SNAP_KINDS[r.kind as SnapKind]?.label ?? r.kind,
    statusName: STATUS_NAMES[r.status as TicketStatus] ?? r.status,
    url: `/me/requests/${r.ticketId}`,
  }));
}
