import type { DraftValues } from "./desk-forms";

/** A Date as a datetime-local value in China time ("2026-12-02T18:00"). */
export function chinaLocalInput(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}

type Content = {
  type: string;
  event: string;
  severity: string;
  headline: string;
  description: string;
  instruction: string;
  capStatus: string;
  effectiveAt: Date;
  expiresAt: Date;
  areas: readonly string[];
};

/** The form's values from an alert (editing a draft, or updating a published alert). */
export function draftValuesOf(a: Content): DraftValues {
  return {
    type: a.type,
    event: a.event,
    severity: a.severity,
    headline: a.headline,
    description: a.description,
    instruction: a.instruction,
    capStatus: a.capStatus,
    effectiveAt: chinaLocalInput(a.effectiveAt),
    expiresAt: chinaLocalInput(a.expiresAt),
    areas: a.areas.join(","),
  };
}

/** A blank form: in effect from now (to the minute) for 24 hours. */
export function blankDraftValues(nowMs: number): DraftValues {
  const now = new Date(Math.floor(nowMs / 60_000) * 60_000);
  return {
    type: "weather",
    event: "",
    severity: "",
    headline: "",
    description: "",
    instruction: "",
    capStatus: "actual",
    effectiveAt: chinaLocalInput(now),
    expiresAt: chinaLocalInput(new Date(now.getTime() + 24 * 3_600_000)),
    areas: "",
  };
}
