import { describe, expect, it } from "vitest";
import { confirmationNumber, slotState, suspensionDue, unavailableReason } from "./service";
import type { SlotFacts } from "./rules";
import { healthConfig } from "@/server/modules/health/config";
import { hospitalRules } from "@/server/modules/health/service";

const t0 = new Date("2026-12-09T00:00:00Z");
const slot: SlotFacts = {
  id: 1,
  resourceId: 1,
  resourceName: "r",
  kind: "hospital_doctor",
  ownerId: 1,
  serviceDate: "2026-12-09",
  startsAt: new Date(t0.getTime() + 10 * 3_600_000),
  endsAt: new Date(t0.getTime() + 10.5 * 3_600_000),
  opensAt: t0,
  closesAt: new Date(t0.getTime() + 10 * 3_600_000),
  capacity: 2,
  booked: 0,
  feeFen: 1500,
  groupKey: "dept:1",
  label: "上午",
  withdrawnAt: null,
};

describe("slot availability", () => {
  it("is not open before opensAt, says when it opens, then open, full, closed", () => {
    expect(unavailableReason(slot, new Date(t0.getTime() - 1))?.message).toContain("开放预约");
    expect(slotState(slot, new Date(t0.getTime() - 1))).toMatchObject({ state: "not_open", opensAt: t0 });
    expect(unavailableReason(slot, t0)).toBeNull();
    expect(slotState(slot, t0)).toEqual({ state: "open", remaining: 2 });
    expect(unavailableReason({ ...slot, booked: 2 }, t0)?.message).toContain("约满");
    expect(slotState({ ...slot, booked: 2 }, t0).state).toBe("full");
    expect(unavailableReason(slot, slot.closesAt)?.message).toContain("停止预约");
    expect(slotState({ ...slot, withdrawnAt: t0 }, t0).state).toBe("withdrawn");
  });

  it("numbers confirmations by prefix, service date and id", () => {
    expect(confirmationNumber("GH", "2026-12-09", 123)).toBe("GH2026120900000123");
  });

  it("suspends at the limit, not before", () => {
    expect(suspensionDue(2, 3)).toBe(false);
    expect(suspensionDue(3, 3)).toBe(true);
  });
});

describe("hospital rules and configuration", () => {
  it("defaults: 07:00 release, 7 days, 5 active, cancel until 2 h before, 3 no-shows in 90 days → 30 days", () => {
    const cfg = healthConfig({});
    expect(cfg).toEqual({
      releaseTime: "07:00",
      bookingDays: 7,
      maxActive: 5,
      cancelHours: 2,
      noShowLimit: 3,
      noShowWindowDays: 90,
      suspensionDays: 30,
    });
    const rules = hospitalRules(cfg);
    expect(rules.cancelDeadline(slot).getTime()).toBe(slot.startsAt.getTime() - 2 * 3_600_000);
    expect(rules.noShow).toEqual({ limit: 3, windowDays: 90, suspendDays: 30 });
  });

  it("reads the environment and rejects bad values with the variable's name", () => {
    expect(healthConfig({ HEALTH_RELEASE_TIME: "08:30", HEALTH_CANCEL_HOURS: "4", HEALTH_MAX_ACTIVE: "2" })).toMatchObject({
      releaseTime: "08:30",
      cancelHours: 4,
      maxActive: 2,
    });
    expect(() => healthConfig({ HEALTH_RELEASE_TIME: "7am" })).toThrow("HEALTH_RELEASE_TIME");
    expect(() => healthConfig({ HEALTH_BOOKING_DAYS: "0" })).toThrow("HEALTH_BOOKING_DAYS");
  });
});
