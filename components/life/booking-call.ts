"use client";

import { createTRPCClient, httpLink, isTRPCClientError } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "@/server/root";
import type { FormState } from "@/server/lib/form-state";

/**
 * The booking forms' call when JavaScript runs: one tRPC call per request (httpLink, no batch), so that at 07:00
 * scripts/serve.ts's admission gate answers it before Next.js (server/lib/booking-gate-http.ts takes only
 * single, JSON, same-origin calls of life.health.book and life.tourism.book). Without JavaScript the form posts
 * its server action, as before.
 */
export const bookingClient = createTRPCClient<AppRouter>({ links: [httpLink({ url: "/api/trpc", transformer: superjson })] });

/** A failed booking call as form state: the procedure's message and field errors (renamed to the form's fields). */
export function callFailure(error: unknown, fields: Record<string, string> = {}): FormState {
  // The router's errorFormatter (server/trpc.ts) types `data.fieldErrors`.
  if (isTRPCClientError<AppRouter>(error) && error.shape) {
    const fieldErrors: Record<string, string[]> = {};
    for (const [key, messages] of Object.entries(error.data?.fieldErrors ?? {}))
      (fieldErrors[fields[key] ?? key] ??= []).push(...(messages ?? []));
    return { message: error.message, fieldErrors: Object.keys(fieldErrors).length ? fieldErrors : null };
  }
  // No answer (the connection dropped): the attempt's key makes pressing again safe — never a second booking.
  return { message: "网络连接中断，预约可能没有提交。请检查网络后再点一次（不会重复预约），或到“我的”查看预约结果" };
}
