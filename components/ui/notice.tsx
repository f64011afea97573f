import type { ReactNode } from "react";

/** Inline notice (success / info), announced politely to screen readers. */
export function Notice({ tone = "info", children }: { tone?: "info" | "success" | "warn"; children: ReactNode }) {
  const style =
    tone === "success" ? "border-success bg-white" : tone === "warn" ? "border-[#8a6d00] bg-warn-bg" : "border-brand-600 bg-brand-50";
  return (
    <div role="status" className={`mb-6 border-l-8 p-4 ${style}`}>
      {children}
    </div>
  );
}
