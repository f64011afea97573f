import "server-only";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";

/** Route params are strings: anything but a positive integer is a 404, as is a NOT_FOUND from the caller. */
export function parseId(raw: string): number {
  const id = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}

export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}
