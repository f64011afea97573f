import "server-only";
import { notFound } from "next/navigation";
import { appErrorOf } from "@/server/lib/form-state";
import { ZId } from "@/server/lib/validation";

/*
 * Page helpers: what a page does with route params and with a procedure's NOT_FOUND (Next's 404).
 * They live outside server/modules because modules never import Next.
 */

/** Route params are strings: anything but an id procedures accept (a positive int4) is a 404, as is a NOT_FOUND from the caller. */
export function parseId(raw: string): number {
  const id = ZId.safeParse(/^\d+$/.test(raw) ? Number(raw) : NaN);
  if (!id.success) notFound();
  return id.data;
}

export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (appErrorOf(e)?.code === "NOT_FOUND") notFound();
    throw e;
  }
}
