import { expect } from "vitest";
import { TRPCError } from "@trpc/server";
import { AppError } from "@/server/lib/errors";

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => null,
    (err: unknown) => err,
  );
}

/** `p` rejects with an AppError of `code` (and a message matching `message`); returns it for further checks. */
export async function expectAppError(p: Promise<unknown>, code: AppError["code"], message?: RegExp | string): Promise<AppError> {
  const e = await rejection(p);
  if (!(e instanceof AppError)) throw new Error(`expected an AppError ${code}, got ${e === null ? "success" : String(e)}`);
  expect(e.code).toBe(code);
  if (message) expect(e.message).toMatch(message);
  return e;
}

/** `p` (a procedure call) rejects with a TRPCError; returns it. */
export async function trpcError(p: Promise<unknown>): Promise<TRPCError> {
  const e = await rejection(p);
  if (!(e instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${e === null ? "success" : String(e)}`);
  return e;
}

/** `p` (a procedure call) rejects with a TRPCError of `code`; returns it. */
export async function expectTrpcError(p: Promise<unknown>, code: TRPCError["code"]): Promise<TRPCError> {
  const e = await trpcError(p);
  expect(e.code).toBe(code);
  return e;
}

/** The field errors a procedure failure carries (its AppError's), or {}. */
export function fieldErrorsOf(e: TRPCError): Record<string, string[]> {
  return e.cause instanceof AppError ? (e.cause.fieldErrors ?? {}) : {};
}
