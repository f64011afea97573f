import type http from "node:http";
import { getTRPCErrorShape, transformTRPCResponse, TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { appRouter } from "@/server/root";
import { TRPC_CODE_OF } from "@/server/trpc";
import { HSTS_HEADER, SECURITY_HEADERS } from "./csp.mjs";
import { getDb } from "@/server/db";
import type { SessionUser } from "@/server/modules/account/service";
import { BookingAdmission, loadGateSlot, type AdmissionOptions } from "@/server/modules/booking/admission";
import { HOSPITAL_KIND } from "@/server/modules/health/service";
import { SPOT_KIND } from "@/server/modules/tourism/service";
import { ZBookInput } from "@/server/modules/booking/validation";
import { AppError } from "./errors";
import { sessionCookieOwner } from "@/server/auth/session-owner";
import { isCrossOrigin, serveTrpc } from "./trpc-http";
import { logger } from "./logger";

/**
 * The booking mutations at 07:00 (issue 14), answered by scripts/serve.ts before Next.js:
 * `POST /api/trpc/life.health.book` and `life.tourism.book`, one call each (no batch), JSON, same origin,
 * with a session cookie. Each attempt passes the slot's admission gate (server/modules/booking/admission.ts):
 * it runs through the same tRPC endpoint code as the Next.js route (server/lib/trpc-http.ts `serveTrpc`: the
 * same refusals, router, session read by Auth.js, rate limit and booking service), or it is answered with
 * the service's own refusal once the gate knows the slot cannot be booked (admission.ts) — the same tRPC error
 * body and status the procedure would send — or, while signed-in people try every place left, with 409
 * HELD_MESSAGE in the same shape. Everything else goes to Next.js (`false`).
 *
 * Why outside Next.js: a tRPC call through Next.js's route handler costs about 9 ms of CPU (measured with the
 * inspector profiler in bench/booking-http.ts), so 500 simultaneous attempts queue for ~4.5 s on one core
 * before the first 约满 can be answered; in front of Next.js a gate refusal costs well under a millisecond.
 * A refusal from the gate does not read the session: whether a slot is full is public (the schedule page
 * shows it), and an attempt at a full slot could not book whoever made it.
 */

type Route = { path: string; kind: string };
const ROUTES = new Map<string, Route>([
  ["/api/trpc/life.health.book", { path: "life.health.book", kind: HOSPITAL_KIND }],
  ["/api/trpc/life.tourism.book", { path: "life.tourism.book", kind: SPOT_KIND }],
]);
/** A booking call's body is tiny: larger ones go to Next.js and its limits. */
const MAX_BODY = 4096;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

export type BookingGateOptions = {
  /** The person of a request (default: Auth.js, server/auth/request-session.ts). */
  sessionUser?: (headers: Headers) => Promise<SessionUser | null>;
  admission?: Partial<Omit<AdmissionOptions, "load">>;
};

function envMs(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function envCount(name: string, fallback: number): number {
  const n = Number(process.env[name] ?? NaN);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** Whether the gate is on (BOOKING_GATE=off sends every booking call to Next.js, as before the gate). */
export function bookingGateEnabled(): boolean {
  return !["off", "0", "false"].includes((process.env.BOOKING_GATE ?? "").toLowerCase());
}

/** The handler scripts/serve.ts puts before Next.js: true when it took the request. */
export function createBookingGate(options: BookingGateOptions = {}) {
  const admission = new BookingAdmission({
    freshMs: envMs("BOOKING_GATE_FRESH_MS", 1000),
    maxWaitMs: envMs("BOOKING_GATE_MAX_WAIT_MS", 10_000),
    firstReadRunners: envCount("BOOKING_GATE_FIRST_READ_RUNNERS", 8),
    ...options.admission,
    load: async (slotId, now) => loadGateSlot(await getDb(), slotId, now),
  });
  // Auth's module is imported once, on the first attempt that needs it: an import() per attempt went through the
  // module loader each time (under tsx, a round trip to its loader thread: seen in a CPU profile of a burst).
  let reader: Promise<typeof import("@/server/auth/request-session")> | null = null;
  const sessionUser =
    options.sessionUser ??
    (async (headers: Headers) => {
      // A failed import is not kept: the next attempt imports again.
      reader ??= import("@/server/auth/request-session").catch((e: unknown) => {
        reader = null;
        throw e;
      });
      return (await reader).sessionUserOf(headers);
    });
  const base = baseHeaders();
  /** People whose attempts were refused as no session, not allowed to book, or over the rate limit: until when. */
  const unvouchable = new Map<string, number>();

  function handle(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    if (req.method !== "POST") return false;
    const route = ROUTES.get(req.url ?? "");
    if (!route) return false;
    const type = String(req.headers["content-type"] ?? "")
      .split(";")[0]!
      .trim()
      .toLowerCase();
    const length = Number(req.headers["content-length"]);
    if (type !== "application/json" || !(length > 0 && length <= MAX_BODY)) return false;
    // Guests and other sites' pages get Next.js's answers (请先登录, 403).
    if (!SESSION_COOKIE.test(req.headers.cookie ?? "") || isCrossOrigin((name) => header(req, name))) return false;
    if (req.headers["x-forwarded-proto"] === "https") res.setHeader(HSTS_HEADER.key, HSTS_HEADER.value);
    void attempt(req, res, route).catch((err: unknown) => {
      logger.error({ err, path: route.path }, "booking gate failed");
      if (!res.headersSent) send(res, errorAnswer(route.path, "INTERNAL", "系统繁忙，请稍后再试"));
      else res.destroy();
    });
    return true;
  }

  async function attempt(req: http.IncomingMessage, res: http.ServerResponse, route: Route) {
    const body = await readBody(req);
    if (!body) return;
    const call = bookingCall(body);
    const decision = call ? await admission.enter(call.slotId, route.kind, call.key) : null;
    if (decision?.kind === "refuse") return send(res, errorAnswer(route.path, decision.code, decision.message));
    if (decision?.kind === "busy") return send(res, errorAnswer(route.path, "TOO_MANY_REQUESTS", decision.message));
    // The person of a session cookie this site issued vouches for the attempt as a taker of a place, one attempt
    // per person (admission.ts: others are then told at once that the places are being booked; made-up cookies make
    // them wait instead). One HMAC and one AES run, no session read.
    let owner: string | null = null;
    try {
      if (decision?.kind === "run") {
        owner = sessionCookieOwner(req.headers.cookie);
        if (owner && !((unvouchable.get(owner) ?? 0) > Date.now())) decision.vouch(owner);
      }
      const headers = requestHeaders(req);
      // The endpoint reads only the path of the URL (and a malformed Host header must not make this throw).
      const request = new Request(`http://localhost${req.url}`, {
        method: "POST",
        headers,
        body: new Uint8Array(body),
      });
      const response = await serveTrpc(request, () => sessionUser(headers));
      // Someone whose cookie turned out to be no session that may book (signed out, disabled, a role that may not
      // book) or who is over the rate limit is not vouched for during the next 10 minutes: their attempts make the
      // others wait, not be refused. (A rule refusing a person, 409, ends their attempt within milliseconds, and one
      // attempt per person is vouched for at a time.)
      if (owner && [401, 403, 429].includes(response.status)) remember(unvouchable, owner, Date.now() + UNVOUCHED_MS);
      const out: Record<string, string | string[]> = {};
      response.headers.forEach((v, k) => (out[k] = v));
      const cookies = response.headers.getSetCookie();
      if (cookies.length) out["set-cookie"] = cookies;
      send(res, { status: response.status, headers: out, body: Buffer.from(await response.arrayBuffer()) });
    } finally {
      decision?.done();
    }
  }

  function send(res: http.ServerResponse, answer: Answer | CachedAnswer) {
    const { body } = answer;
    res.writeHead(answer.status, "all" in answer ? answer.all : { ...base, ...answer.headers, "content-length": String(body.length) });
    res.end(body);
  }

  /** The body, or null when the client sent more than it announced or went away (answered/closed here). */
  function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on("data", (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY) {
          req.destroy();
          resolve(null);
        } else chunks.push(c);
      });
      req.on("end", () => resolve(Buffer.concat(chunks)));
      req.on("error", () => resolve(null));
      req.on("close", () => resolve(size <= MAX_BODY && req.complete ? Buffer.concat(chunks) : null));
    });
  }

  return { handle, admission };
}

function header(req: http.IncomingMessage, name: string): string | null {
  const v = req.headers[name];
  return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
}

function requestHeaders(req: http.IncomingMessage): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(", ") : v);
  return h;
}

/**
 * The slot and key of a `{ json: { slotId, idempotencyKey, … } }` call the procedure's own input schema
 * accepts, or null (then the procedure answers, field errors and all).
 */
function bookingCall(body: Buffer): { slotId: number; key: string } | null {
  try {
    const parsed = JSON.parse(body.toString("utf8")) as { json?: unknown; meta?: unknown } | null;
    if (!parsed || parsed.meta !== undefined) return null;
    const input = ZBookInput.safeParse(parsed.json);
    return input.success ? { slotId: input.data.slotId, key: input.data.idempotencyKey } : null;
  } catch {
    return null;
  }
}

type Answer = { status: number; headers: Record<string, string | string[]>; body: Buffer };
/** A cached answer, with the headers of its response already merged (a burst sends one answer hundreds of times). */
type CachedAnswer = Answer & { all: Record<string, string | string[]> };
const answers = new Map<string, CachedAnswer>();

/**
 * The tRPC error answer a procedure at `path` gives for an AppError of `code` and `message` (formatter,
 * transformer and status as the router's). Made once per path, code and message: a burst gets one answer
 * (约满) hundreds of times, and only "opens at" answers differ per slot.
 */
export function errorAnswer(path: string, code: AppError["code"], message: string): CachedAnswer {
  const key = `${path}\n${code}\n${message}`;
  let answer = answers.get(key);
  if (!answer) {
    if (answers.size >= 1000) answers.clear();
    const made = makeErrorAnswer(path, new AppError(code, message));
    answer = { ...made, all: { ...baseHeaders(), ...made.headers, "content-length": String(made.body.length) } };
    answers.set(key, answer);
  }
  return answer;
}

function makeErrorAnswer(path: string, cause: AppError): Answer {
  const config = appRouter._def._config;
  const error = new TRPCError({ code: TRPC_CODE_OF[cause.code], message: cause.message, cause });
  const shape = getTRPCErrorShape({ config, error, type: "mutation", path, input: undefined, ctx: undefined });
  return {
    status: getHTTPStatusCodeFromError(error),
    // As tRPC's fetch adapter answers (vary), and the endpoint for a signed-in caller (cache-control).
    headers: { "content-type": "application/json", vary: "trpc-accept, accept", "cache-control": "private, no-store" },
    body: Buffer.from(JSON.stringify(transformTRPCResponse(config, { error: shape }))),
  };
}

/** What next.config.ts's headers() gives every answer of Next.js (HSTS is added per request, behind https). */
function baseHeaders(): Record<string, string> {
  return Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value]));
}

const UNVOUCHED_MS = 10 * 60_000;

/** Sets `id` in a map that keeps the 10,000 latest. */
function remember(map: Map<string, number>, id: string, until: number) {
  map.delete(id);
  map.set(id, until);
  if (map.size > 10_000) map.delete(map.keys().next().value!);
}
