import type { Suggestion } from "@/server/modules/hotline/supporters";

/** "3天前", "今天": how long ago a request came in (China calendar days are close enough for a hint). */
export function ageText(createdAt: Date, now = new Date()): string {
  const days = Math.floor((now.getTime() - createdAt.getTime()) / 86_400_000);
  if (days <= 0) return "今天";
  if (days === 1) return "昨天";
  return `${days}天前`;
}

/**
 * Where the request is relative to the citizen's: same address, or the distance to its published point
 * (which is rounded to about 100 m, so the text claims no more: "100米以内", else to the nearest 50 m).
 */
export function placeText(s: Pick<Suggestion, "sameAddress" | "distanceM">): string {
  if (s.sameAddress) return "同一地址";
  if (s.distanceM === null) return "";
  return s.distanceM < 100 ? "距您100米以内" : `距您约${Math.round(s.distanceM / 50) * 50}米`;
}
