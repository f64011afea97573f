/**
 * Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2) over the 12345 hotline. The pieces:
 *  - services.ts: discovery, the service list (leaf categories) and service definitions (attributes);
 *  - requests.ts: POST requests (an ordinary ticket through `createTicket`, channel open311) and GET requests;
 *  - params.ts, attributes.ts: parsing of the form parameters and the attribute answers;
 *  - keys.ts: API keys (hash only stored) and their admin; rate-limit.ts: POSTs per key;
 *  - http.ts: the route handler's edge — formats (JSON/XML) and AppError → `[{code, description}]`.
 * Errors are AppErrors like everywhere else; only http.ts knows the Open311 error shape.
 */

export const OPEN311_SPEC_URL = "http://wiki.open311.org/GeoReport_v2";
/** Changes when the service list or a service definition changes (Service Discovery `changeset`). */
export const OPEN311_CHANGESET = "2026-11-30T00:00:00+08:00";
export const MAX_DESCRIPTION = 4000;
/** GET requests: at most this many per response, newest first; the date range spans ≤ 90 days. */
export const MAX_REQUESTS = 1000;
export const DEFAULT_RANGE_DAYS = 90;
export const MAX_IDS = 100;
/** Open311 requests arrive untyped; agents classify them like any new ticket. */
export const OPEN311_TICKET_TYPE = "其他" as const;
export const DEMO_KEY = "nantong-open311-demo";
/** Answer key that keeps the client's `media_url` (never a category attribute code). */
export const MEDIA_URL_KEY = "media_url";

export type Open311Format = "json" | "xml";
