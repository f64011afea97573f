import { describe, expect, it } from "vitest";
import { HOLIDAY_ROWS } from "./holidays";

/** Day of week (0 = Sunday) of a `YYYY-MM-DD` date. */
const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

const rowsOf = (year: string, kind: "holiday" | "workday"): string[] =>
  HOLIDAY_ROWS.filter((r) => r.date.startsWith(year) && r.kind === kind).map((r) => r.date);

describe("HOLIDAY_ROWS", () => {
  it("contains only real dates, each once, in ascending order", () => {
    const dates = HOLIDAY_ROWS.map((r) => r.date);
    for (const d of dates) {
      expect(d, d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10), d).toBe(d);
    }
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
  });

  it("gives every row a name", () => {
    for (const r of HOLIDAY_ROWS) expect(r.name.length, r.date).toBeGreaterThan(0);
  });

  it("puts make-up workdays only on weekends", () => {
    for (const d of HOLIDAY_ROWS.filter((r) => r.kind === "workday").map((r) => r.date)) {
      expect([0, 6], d).toContain(weekday(d));
    }
  });

  it("matches the 2025 schedule (国办发明电〔2024〕12号)", () => {
    expect(rowsOf("2025", "workday")).toEqual(["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]);
    const holidays = rowsOf("2025", "holiday");
    expect(holidays).toHaveLength(1 + 8 + 3 + 5 + 3 + 8);
    for (const d of ["2025-01-01", "2025-01-28", "2025-02-04", "2025-04-04", "2025-05-05", "2025-05-31", "2025-06-02", "2025-10-08"]) {
      expect(holidays, d).toContain(d);
    }
    expect(holidays).not.toContain("2025-10-09");
  });

  it("matches the 2026 schedule (国办发明电〔2025〕7号)", () => {
    expect(rowsOf("2026", "workday")).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
    const holidays = rowsOf("2026", "holiday");
    expect(holidays).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    for (const d of ["2026-01-03", "2026-02-15", "2026-02-23", "2026-04-06", "2026-06-19", "2026-09-25", "2026-10-07"]) {
      expect(holidays, d).toContain(d);
    }
    expect(holidays).not.toContain("2026-10-08");
  });

  it("has only statutory days and no make-up workdays for provisional 2027", () => {
    expect(rowsOf("2027", "workday")).toEqual([]);
    expect(rowsOf("2027", "holiday")).toEqual([
      "2027-01-01",
      "2027-02-05",
      "2027-02-06",
      "2027-02-07",
      "2027-02-08",
      "2027-04-05",
      "2027-05-01",
      "2027-05-02",
      "2027-06-09",
      "2027-09-15",
      "2027-10-01",
      "2027-10-02",
      "2027-10-03",
    ]);
  });
});
