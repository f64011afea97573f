/**
 * The site's public origin for absolute links in API responses. Route handlers see the bind
 * address (e.g. http://0.0.0.0:3000), so the configured AUTH_URL wins when it is set.
 */
export function publicOrigin(requestUrl: string): string {
  const configured = process.env.AUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // fall through to the request's own origin
    }
  }
  return new URL(requestUrl).origin;
}
