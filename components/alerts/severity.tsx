import { SEVERITY_LABELS, type Severity } from "@/server/modules/alerts/labels";

/**
 * Colours of the four levels with their words: the colour is never the only signal (the badge says
 * 红色预警 · I级 · 特别严重). Text colours reach WCAG AA contrast on each background.
 */
export const SEVERITY_STYLES: Record<Severity, { box: string; badge: string; border: string }> = {
  red: { box: "bg-[#b3261e] text-white", badge: "bg-[#b3261e] text-white", border: "border-l-[#b3261e]" },
  orange: { box: "bg-[#b34700] text-white", badge: "bg-[#b34700] text-white", border: "border-l-[#b34700]" },
  yellow: { box: "bg-[#ffd43b] text-ink", badge: "bg-[#ffd43b] text-ink border border-[#8a6d00]", border: "border-l-[#8a6d00]" },
  blue: { box: "bg-[#0b5cad] text-white", badge: "bg-[#0b5cad] text-white", border: "border-l-[#0b5cad]" },
};

/** "橙色预警 · II级 · 严重" as a badge. */
export function SeverityBadge({ severity, className = "" }: { severity: Severity; className?: string }) {
  const l = SEVERITY_LABELS[severity];
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm font-bold elder:text-lg ${SEVERITY_STYLES[severity].badge} ${className}`}>
      {l.colour}预警 · {l.grade} · {l.meaning}
    </span>
  );
}
