import { z } from "zod";
import { permissionProcedure } from "@/server/trpc";
import { consume } from "@/server/lib/rate-limit";
import { publicOrigin } from "@/server/lib/public-origin";

/**
 * A citizen's write in 智慧生活 (book, cancel, report loss, request care, save a card): `citizen.services`,
 * and at most `lifeWriteUser` of them per person (server/lib/rate-limit.ts). Counted per person, not per IP:
 * at 07:00 many people book from behind the same carrier NAT.
 */
export const citizenWriteProcedure = permissionProcedure("citizen.services").use(async ({ ctx, next }) => {
  await consume(ctx.db, "lifeWriteUser", ctx.user.id);
  return next();
});

/** Codes in URLs (hospital, clinic, scenic spot): short, lower-case ASCII. */
export const ZCode = z
  .string({ error: "缺少编号" })
  .trim()
  .min(1, "缺少编号")
  .max(60, "编号过长")
  .regex(/^[a-z0-9-]+$/, "编号无效");

export const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 年-月-日，例如 2026-12-09");

export const ZToken = z.string({ error: "缺少二维码内容" }).trim().min(1, "缺少二维码内容").max(200, "二维码内容无效");

/** The site's origin for links printed in QR codes (AUTH_URL; `npm start` sets it). */
export function siteOrigin(): string {
  return publicOrigin("http://localhost:3000");
}
