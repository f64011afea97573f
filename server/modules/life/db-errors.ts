/**
 * PostgreSQL error details through Drizzle's wrapper (DrizzleQueryError keeps the driver's error as `cause`);
 * postgres.js names the constraint `constraint_name`, PGlite `constraint`.
 */
function pgFields(e: unknown): { code?: string; constraint?: string } {
  let cur: unknown = e;
  for (let depth = 0; depth < 4 && typeof cur === "object" && cur !== null; depth++) {
    const code = "code" in cur && typeof cur.code === "string" ? cur.code : undefined;
    if (code && /^[0-9A-Z]{5}$/.test(code)) {
      const constraint =
        "constraint_name" in cur && typeof cur.constraint_name === "string"
          ? cur.constraint_name
          : "constraint" in cur && typeof cur.constraint === "string"
            ? cur.constraint
            : undefined;
      return { code, constraint };
    }
    cur = "cause" in cur ? cur.cause : undefined;
  }
  return {};
}

/** The name of the unique constraint a statement violated, or null for any other error. */
export function uniqueViolation(e: unknown): string | null {
  const f = pgFields(e);
  return f.code === "23505" ? (f.constraint ?? "") : null;
}

/** The name of the CHECK constraint a statement violated, or null. */
export function checkViolation(e: unknown): string | null {
  const f = pgFields(e);
  return f.code === "23514" ? (f.constraint ?? "") : null;
}

/** First row of a raw `execute()` result: postgres.js returns the rows, PGlite `{ rows }`. */
export function firstRow(result: unknown): Record<string, unknown> | undefined {
  const rows: unknown[] = Array.isArray(result)
    ? result
    : typeof result === "object" && result !== null && "rows" in result && Array.isArray(result.rows)
      ? result.rows
      : [];
  const row = rows[0];
  return typeof row === "object" && row !== null ? Object.fromEntries(Object.entries(row)) : undefined;
}
