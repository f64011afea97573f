import type { z } from "zod";
import { AppError } from "./errors";

/**
 * Validates with `schema` or throws BAD_REQUEST with the first message and every message per
 * top-level field. (Issue 9 brings one shared `parseInput` in server/lib/validation.ts with the same
 * signature; the modules of issue 15 switch their import to it when it lands.)
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of r.error.issues) (fieldErrors[typeof issue.path[0] === "string" ? issue.path[0] : "_"] ??= []).push(issue.message);
  throw new AppError("BAD_REQUEST", r.error.issues[0]?.message ?? "提交的信息有误，请按提示修改", fieldErrors);
}
