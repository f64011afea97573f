import "server-only";
import { cachedPublic } from "@/server/request";
import { ALERTS_BANNER_SECONDS, PAGE_TAGS } from "@/server/lib/page-cache";
import type { BannerAlert } from "@/components/alerts/alert-banner";

/**
 * Alerts not yet expired (most severe first), read through the data cache under the `alerts` tag:
 * publishing, updating, cancelling or ingesting an alert revalidates it, so every cached page
 * re-renders with the banner on its next request. Reads no cookie or header, so cached pages stay
 * cached; `ALERTS_BANNER_SECONDS` bounds how long an expired alert can linger for visitors without JavaScript.
 */
function loadLive() {
  return cachedPublic(["alerts", "live"], [PAGE_TAGS.alerts], (c) => c.governance.alerts.public.live(), ALERTS_BANNER_SECONDS);
}

/** The banner's alerts and the time of this render (the island shows those in effect then, then re-checks in the browser). */
export async function loadBannerAlerts(): Promise<{ alerts: BannerAlert[]; renderedAt: number }> {
  const alerts = (await loadLive()).map((a) => ({
    id: a.id,
    severity: a.severity,
    event: a.event,
    headline: a.headline,
    areas: a.areas,
    effectiveAt: a.effectiveAt.getTime(),
    expiresAt: a.expiresAt.getTime(),
  }));
  return { alerts, renderedAt: Date.now() };
}

/** The alerts in effect now, for the home page's list. */
export async function loadCurrentAlerts() {
  const now = Date.now();
  return (await loadLive()).filter((a) => a.effectiveAt.getTime() <= now && now < a.expiresAt.getTime());
}
