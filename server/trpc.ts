import { initTRPC, TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { DB } from "./db";
import { AppError, type AppErrorCode } from "./lib/errors";
import { hasPermission, type Permission } from "./auth/roles";
import type { SessionUser } from "./modules/account/service";
import { logger } from "./lib/logger";

export type TRPCContext = { db: DB; user: SessionUser | null; ip: string | null };

const CODE_MAP: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  LOCKED: "FORBIDDEN",
  INTERNAL: "INTERNAL_SERVER_ERROR",
};

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const fieldErrors =
      cause instanceof ZodError ? z.flattenError(cause).fieldErrors : cause instanceof AppError ? (cause.fieldErrors ?? null) : null;
    const message =
      cause instanceof ZodError
        ? "提交的信息有误，请按提示修改"
        : error.code === "INTERNAL_SERVER_ERROR"
          ? "系统繁忙，请稍后再试"
          : shape.message;
    return { ...shape, message, data: { ...shape.data, stack: undefined, fieldErrors } };
  },
});

/** Services throw AppError; this turns it into the matching tRPC error and logs real faults. */
const errorMapper = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      return { ...result, error: new TRPCError({ code: CODE_MAP[cause.code], message: cause.message, cause }) };
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR") logger.error({ err: result.error, path }, "procedure failed");
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(errorMapper);

/** A signed-in person; ctx.user is non-null. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "请先登录" });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A signed-in person whose role holds `permission` (server/auth/roles.ts). */
export function permissionProcedure(permission: Permission) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!hasPermission(ctx.user.role, permission)) throw new TRPCError({ code: "FORBIDDEN", message: "您没有权限进行此操作" });
    return next({ ctx });
  });
}
