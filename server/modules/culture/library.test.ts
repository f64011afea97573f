import { describe, expect, it } from "vitest";
import { MAX_RENEWALS, RENEW_DAYS, addDays, daysBetween, renewalCheck } from "./library";

const today = "2026-12-01";

describe("library renewal rules", () => {
  it("renews a current loan for RENEW_DAYS from today", () => {
    expect(RENEW_DAYS).toBe(30);
    expect(renewalCheck({ dueOn: "2026-12-10", renewals: 0, returned: false }, { today, reservedByOthers: false })).toEqual({
      ok: true,
      newDueOn: "2026-12-31",
    });
  });

  it("renews on the due date itself", () => {
    expect(renewalCheck({ dueOn: today, renewals: 0, returned: false }, { today, reservedByOthers: false })).toEqual({
      ok: true,
      newDueOn: "2026-12-31",
    });
  });

  it("refuses an overdue loan", () => {
    expect(renewalCheck({ dueOn: "2026-11-30", renewals: 0, returned: false }, { today, reservedByOthers: false })).toEqual({
      ok: false,
      reason: "overdue",
      message: "这本书已超过应还日期（2026-11-30），不能续借，请尽快归还；逾期期间暂停借书",
    });
  });

  it(`refuses after ${MAX_RENEWALS} renewal(s)`, () => {
    expect(
      renewalCheck({ dueOn: "2026-12-20", renewals: MAX_RENEWALS, returned: false }, { today, reservedByOthers: false }),
    ).toMatchObject({
      ok: false,
      reason: "maxRenewals",
      message: "每本书最多续借1次，这本书已续借过，请在2026-12-20前归还",
    });
  });

  it("refuses when another reader is waiting for the book", () => {
    expect(renewalCheck({ dueOn: "2026-12-20", renewals: 0, returned: false }, { today, reservedByOthers: true })).toMatchObject({
      ok: false,
      reason: "reserved",
      message: "这本书已有其他读者预约，不能续借，请在2026-12-20前归还",
    });
  });

  it("refuses a returned loan, and checks overdue before the other rules", () => {
    expect(renewalCheck({ dueOn: "2026-12-20", renewals: 0, returned: true }, { today, reservedByOthers: false })).toMatchObject({
      reason: "returned",
    });
    expect(renewalCheck({ dueOn: "2026-11-01", renewals: 1, returned: false }, { today, reservedByOthers: true })).toMatchObject({
      reason: "overdue",
    });
  });
});

describe("dates", () => {
  it("adds and counts calendar days across months and leap days", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-12-01", "2026-12-31")).toBe(30);
    expect(daysBetween("2026-12-05", "2026-12-01")).toBe(-4);
  });
});
