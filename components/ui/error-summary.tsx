"use client";

import { useEffect, useRef } from "react";

export type FieldErrors = Partial<Record<string, string[] | undefined>>;

/** GOV.UK error summary: takes focus when shown and links to each field in error. */
export function ErrorSummary({ message, fieldErrors }: { message?: string | null; fieldErrors?: FieldErrors | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(fieldErrors ?? {}).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].length > 0);
  const shown = Boolean(message) || entries.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, message]);
  if (!shown) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-6 border-4 border-danger bg-white p-4">
      <h2 id="error-summary-title" className="mb-2 text-lg font-bold">
        出现问题
      </h2>
      <ul className="list-none space-y-1">
        {message && entries.length === 0 ? <li className="font-semibold text-danger">{message}</li> : null}
        {entries.map(([field, msgs]) => (
          <li key={field}>
            <a href={`#${field}`} className="font-semibold text-danger underline">
              {msgs[0]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
