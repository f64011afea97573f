/**
 * How large a form post may be, enforced before the body is read (scripts/serve.ts) and by Next.js
 * while it reads (next.config.ts: server actions and proxy.ts get the same limit, so the proxy never
 * cuts a body short and the action always sees it whole).
 *
 * The documented limits are 6 photos × 5 MB for a 12345 request and 10 MB per application attachment.
 * The hard limit leaves room above them, so a post just over a documented limit (a 12 MB photo, a
 * seventh photo) still reaches the form's action and gets its clear Chinese message with every typed
 * field kept; only a post over the hard limit is refused here, with a Chinese page.
 */
export const FORM_BODY_LIMIT_BYTES = 40 * 1024 * 1024;
/** Without a valid session a form post may carry at most this much (sign-in, registration, search…). */
export const GUEST_BODY_LIMIT_BYTES = 1024 * 1024;
