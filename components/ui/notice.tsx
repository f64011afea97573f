import type { ReactNode } from "react";

const TONES = {
  info: "border-brand-600 bg-brand-50",
  success: "border-success bg-white",
  warn: "border-warn bg-warn-bg",
  /** Work that needs attention now (overdue tickets and applications). */
  danger: "border-danger bg-white font-semibold text-danger",
} as const;

/** Inline notice (info, success, warning, attention), announced politely to screen readers. */
export function Notice({ tone = "info", children }: { tone?: keyof typeof TONES; children: ReactNode }) {
  return (
    <div role="status" className={`mb-6 border-l-8 p-4 ${TONES[tone]}`}>
      {children}
    </div>
  );
}
