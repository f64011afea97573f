import { describe, expect, it } from "vitest";
import { HOLIDAY_ROWS } from "@/drizzle/seed/holidays";
import { addWorkingDays, calendarFromRows, isWorkingDay, shanghaiDate, workingDaysBetween } from "./working-days";

const cal = calendarFromRows(HOLIDAY_ROWS);
const empty = calendarFromRows([]);

/** Noon on the given China calendar date. */
const cn = (date: string, time = "12:00"): Date => new Date(`${date}T${time}:00+08:00`);

describe("shanghaiDate", () => {
  it("returns the next calendar day from 16:00Z onwards", () => {
    expect(shanghaiDate(new Date("2025-09-30T16:30:00Z"))).toBe("2025-10-01");
    expect(shanghaiDate(new Date("2025-09-30T16:00:00Z"))).toBe("2025-10-01");
    expect(shanghaiDate(new Date("2025-09-30T15:59:59.999Z"))).toBe("2025-09-30");
    expect(shanghaiDate(new Date("2025-12-31T16:00:00Z"))).toBe("2026-01-01");
  });

  it("throws on an invalid Date", () => {
    expect(() => shanghaiDate(new Date("not a date"))).toThrow();
  });
});

describe("isWorkingDay", () => {
  it("treats ordinary weekdays as working and weekends as not", () => {
    expect(isWorkingDay("2025-03-07", cal)).toBe(true); // Fri
    expect(isWorkingDay("2025-03-08", cal)).toBe(false); // Sat
    expect(isWorkingDay("2025-03-09", cal)).toBe(false); // Sun
    expect(isWorkingDay("2025-03-10", cal)).toBe(true); // Mon
  });

  it("treats holidays as non-working even on weekdays", () => {
    expect(isWorkingDay("2025-10-01", cal)).toBe(false); // Wed, 国庆
    expect(isWorkingDay("2026-02-16", cal)).toBe(false); // Mon, 春节
    expect(isWorkingDay("2025-10-01", empty)).toBe(true); // same day without a calendar
  });

  it("treats weekend make-up days as working", () => {
    expect(isWorkingDay("2025-09-28", cal)).toBe(true); // Sun
    expect(isWorkingDay("2025-10-11", cal)).toBe(true); // Sat
    expect(isWorkingDay("2026-01-04", cal)).toBe(true); // Sun
    expect(isWorkingDay("2025-09-27", cal)).toBe(false); // the Sat before is a normal weekend day
  });

  it("lets a holiday win if a hand-built calendar lists both", () => {
    const both = { holidays: new Set(["2025-03-08"]), makeupWorkdays: new Set(["2025-03-08"]) };
    expect(isWorkingDay("2025-03-08", both)).toBe(false);
  });

  it("throws on malformed or impossible dates", () => {
    expect(() => isWorkingDay("2025-02-30", cal)).toThrow();
    expect(() => isWorkingDay("2025-9-1", cal)).toThrow();
    expect(() => isWorkingDay("", cal)).toThrow();
  });
});

describe("addWorkingDays", () => {
  it("crosses the Sunday make-up day before 国庆 2025 (from Fri 2025-09-26)", () => {
    // 9-27 Sat off; 9-28 Sun make-up = 1; 9-29 = 2; 9-30 = 3
    expect(addWorkingDays(cn("2025-09-26"), 1, cal)).toBe("2025-09-28");
    expect(addWorkingDays(cn("2025-09-26"), 3, cal)).toBe("2025-09-30");
    // 10-1..10-8 off → 4th working day is 10-9
    expect(addWorkingDays(cn("2025-09-26"), 4, cal)).toBe("2025-10-09");
  });

  it("skips 国庆/中秋 2025 and counts the Saturday make-up day (from 2025-09-30)", () => {
    // 10-9 = 1, 10-10 = 2, 10-11 Sat make-up = 3, 10-12 Sun off, 10-13 = 4, 10-14 = 5
    expect(addWorkingDays(cn("2025-09-30"), 3, cal)).toBe("2025-10-11");
    expect(addWorkingDays(cn("2025-09-30"), 5, cal)).toBe("2025-10-14");
  });

  it("crosses 春节 2026 (from Thu 2026-02-12)", () => {
    // 2-13 Fri = 1, 2-14 Sat make-up = 2, 2-15..2-23 off, 2-24 = 3, 2-25 = 4, 2-26 = 5,
    // 2-27 = 6, 2-28 Sat make-up = 7, 3-1 Sun off, 3-2 = 8
    expect(addWorkingDays(cn("2026-02-12"), 1, cal)).toBe("2026-02-13");
    expect(addWorkingDays(cn("2026-02-12"), 2, cal)).toBe("2026-02-14");
    expect(addWorkingDays(cn("2026-02-12"), 3, cal)).toBe("2026-02-24");
    expect(addWorkingDays(cn("2026-02-12"), 7, cal)).toBe("2026-02-28");
    expect(addWorkingDays(cn("2026-02-12"), 8, cal)).toBe("2026-03-02");
  });

  it("crosses 元旦 2026 onto the Sunday make-up day", () => {
    expect(addWorkingDays(cn("2025-12-31"), 1, cal)).toBe("2026-01-04");
  });

  it("crosses 劳动节 2026 and its Saturday make-up day", () => {
    expect(addWorkingDays(cn("2026-04-30"), 1, cal)).toBe("2026-05-06");
    expect(addWorkingDays(cn("2026-05-08"), 1, cal)).toBe("2026-05-09");
  });

  it("uses the provisional 2027 春节 days (2-5 to 2-8)", () => {
    expect(addWorkingDays(cn("2027-02-04"), 1, cal)).toBe("2027-02-09");
  });

  it("does not count ordinary weekends", () => {
    expect(addWorkingDays(cn("2025-03-07"), 1, cal)).toBe("2025-03-10"); // Fri → Mon
    expect(addWorkingDays(cn("2025-03-07"), 5, cal)).toBe("2025-03-14");
    expect(addWorkingDays(cn("2025-03-07"), 6, cal)).toBe("2025-03-17");
  });

  it("counts a make-up Saturday", () => {
    expect(addWorkingDays(cn("2025-02-07"), 1, cal)).toBe("2025-02-08");
    expect(addWorkingDays(cn("2025-02-07"), 1, empty)).toBe("2025-02-10"); // without the calendar it is skipped
  });

  it("starts counting the day after the start date even when the start is a non-working day", () => {
    expect(addWorkingDays(cn("2025-03-08"), 1, cal)).toBe("2025-03-10"); // Sat start
    expect(addWorkingDays(cn("2025-10-01"), 1, cal)).toBe("2025-10-09"); // holiday start
  });

  it("uses the China calendar date of the start instant", () => {
    // 2025-09-25T16:30Z is 2025-09-26 00:30 in Shanghai.
    expect(addWorkingDays(new Date("2025-09-25T16:30:00Z"), 3, cal)).toBe("2025-09-30");
    // 2025-09-25T15:59Z is still Thu 2025-09-25 in Shanghai: 9-26 = 1, 9-28 = 2, 9-29 = 3.
    expect(addWorkingDays(new Date("2025-09-25T15:59:00Z"), 3, cal)).toBe("2025-09-29");
  });

  it("returns the start date for 0 days and rejects negative or fractional days", () => {
    expect(addWorkingDays(cn("2025-10-01", "23:30"), 0, cal)).toBe("2025-10-01");
    expect(() => addWorkingDays(cn("2025-10-01"), -1, cal)).toThrow(RangeError);
    expect(() => addWorkingDays(cn("2025-10-01"), 1.5, cal)).toThrow(RangeError);
  });

  it("fails instead of looping forever on a calendar with no working days", () => {
    const holidays = new Set<string>();
    for (let ms = Date.UTC(2030, 0, 1); ms < Date.UTC(2032, 0, 1); ms += 86_400_000) {
      holidays.add(new Date(ms).toISOString().slice(0, 10));
    }
    expect(() => addWorkingDays(cn("2029-12-31"), 1, { holidays, makeupWorkdays: new Set() })).toThrow(/calendar/);
  });
});

describe("workingDaysBetween", () => {
  it("counts working days after `from` up to and including `to`", () => {
    expect(workingDaysBetween(cn("2025-09-26"), cn("2025-09-30"), cal)).toBe(3);
    expect(workingDaysBetween(cn("2025-09-30"), cn("2025-10-14"), cal)).toBe(5);
    expect(workingDaysBetween(cn("2025-03-07"), cn("2025-03-10"), cal)).toBe(1);
  });

  it("is 0 across a span of only holidays and on the same date", () => {
    expect(workingDaysBetween(cn("2025-09-30"), cn("2025-10-08"), cal)).toBe(0);
    expect(workingDaysBetween(cn("2025-09-29", "00:01"), cn("2025-09-29", "23:59"), cal)).toBe(0);
  });

  it("is negative when `to` is before `from` (overdue)", () => {
    expect(workingDaysBetween(cn("2025-09-30"), cn("2025-09-26"), cal)).toBe(-3);
    expect(workingDaysBetween(cn("2025-09-29"), cn("2025-09-28"), cal)).toBe(-1);
    expect(workingDaysBetween(cn("2025-10-14"), cn("2025-09-30"), cal)).toBe(-5);
  });

  it("uses China dates of both instants", () => {
    // 16:30Z on 9-28 is 9-29 in Shanghai, so only 9-30 remains.
    expect(workingDaysBetween(new Date("2025-09-28T16:30:00Z"), cn("2025-09-30"), cal)).toBe(1);
  });

  it("counts 248 working days in each of 2025 and 2026", () => {
    // 2025: 261 weekdays − 18 weekday holidays + 5 make-up days
    expect(workingDaysBetween(cn("2024-12-31"), cn("2025-12-31"), cal)).toBe(248);
    // 2026: 261 weekdays − 19 weekday holidays + 6 make-up days
    expect(workingDaysBetween(cn("2025-12-31"), cn("2026-12-31"), cal)).toBe(248);
  });

  it("is the inverse of addWorkingDays", () => {
    for (const start of ["2025-01-20", "2025-09-26", "2025-12-30", "2026-02-10", "2026-09-18", "2027-02-01"]) {
      for (let n = 0; n <= 30; n++) {
        const end = addWorkingDays(cn(start), n, cal);
        expect(workingDaysBetween(cn(start), cn(end), cal), `${start} + ${n}`).toBe(n);
      }
    }
  });
});

describe("calendarFromRows", () => {
  it("splits rows into holidays and make-up workdays", () => {
    const c = calendarFromRows([
      { date: "2025-10-01", kind: "holiday" },
      { date: "2025-10-11", kind: "workday" },
      { date: "2025-10-01", kind: "holiday" }, // duplicates are harmless
    ]);
    expect([...c.holidays]).toEqual(["2025-10-01"]);
    expect([...c.makeupWorkdays]).toEqual(["2025-10-11"]);
  });

  it("rejects a date listed as both holiday and workday, in either order", () => {
    expect(() =>
      calendarFromRows([
        { date: "2025-10-11", kind: "holiday" },
        { date: "2025-10-11", kind: "workday" },
      ]),
    ).toThrow(/2025-10-11/);
    expect(() =>
      calendarFromRows([
        { date: "2025-10-11", kind: "workday" },
        { date: "2025-10-11", kind: "holiday" },
      ]),
    ).toThrow(/2025-10-11/);
  });

  it("rejects malformed dates", () => {
    expect(() => calendarFromRows([{ date: "2025/10/01", kind: "holiday" }])).toThrow();
    expect(() => calendarFromRows([{ date: "2025-13-01", kind: "workday" }])).toThrow();
  });
});
