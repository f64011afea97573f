import { z } from "zod";
import { AppError } from "@/server/lib/errors";

/**
 * Validates service input with its zod schema; problems become one AppError with per-field messages (the
 * routers validate too, but services are also called from scripts, benches and other modules).
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const i of r.error.issues) (fieldErrors[String(i.path[0] ?? "_")] ??= []).push(i.message);
  throw new AppError("BAD_REQUEST", r.error.issues[0]?.message ?? "提交的信息有误，请按提示修改", fieldErrors);
}
