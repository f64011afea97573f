import { initTRPC, TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import superjson from "superjson";
import { ZodError } from "zod";
import type { DB } from "./db";
import { AppError, type AppErrorCode } from "./lib/errors";
import { invalidInput } from "./lib/validation";
import { consume, type LimitName } from "./lib/rate-limit";
import { hasPermission, type Permission } from "./auth/roles";
import type { SessionUser } from "./modules/account/service";
import { logger } from "./lib/logger";

export type TRPCContext = { db: DB; user: SessionUser | null; ip: string | null };

/** The tRPC code each AppError code leaves a procedure with. */
export const TRPC_CODE_OF: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  LOCKED: "FORBIDDEN",
  INTERNAL: "INTERNAL_SERVER_ERROR",
};

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const fieldErrors = error.cause instanceof AppError ? (error.cause.fieldErrors ?? null) : null;
    const message = error.code === "INTERNAL_SERVER_ERROR" ? "系统繁忙，请稍后再试" : shape.message;
    return { ...shape, message, data: { ...shape.data, stack: undefined, fieldErrors } };
  },
});

/**
 * Every failure leaves a procedure as a TRPCError whose cause is an AppError: services throw AppError,
 * a rejected `.input()` (a ZodError behind BAD_REQUEST) becomes one through `invalidInput` — so HTTP
 * callers and server actions get the same Chinese field messages. Real faults are logged.
 */
const errorMapper = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  const appError =
    cause instanceof AppError ? cause : cause instanceof ZodError && result.error.code === "BAD_REQUEST" ? invalidInput(cause) : null;
  const error = appError ? new TRPCError({ code: TRPC_CODE_OF[appError.code], message: appError.message, cause: appError }) : result.error;
  if (error.code === "INTERNAL_SERVER_ERROR") logger.error({ err: result.error, path }, "procedure failed");
  return { ...result, error };
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(errorMapper);

/** A signed-in person; ctx.user is non-null. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new AppError("UNAUTHORIZED", "请先登录");
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A signed-in person whose role holds `permission` (server/auth/roles.ts). */
export function permissionProcedure(permission: Permission) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!hasPermission(ctx.user.role, permission)) throw new AppError("FORBIDDEN", "您没有权限进行此操作");
    return next({ ctx });
  });
}

/** Anyone, at most as often per client address as the `limit` bucket allows (server/lib/rate-limit.ts); over it, TOO_MANY_REQUESTS. */
export function rateLimitedProcedure(limit: LimitName) {
  return publicProcedure.use(async ({ ctx, next }) => {
    await consume(ctx.db, limit, ctx.ip ?? "unknown");
    return next();
  });
}
