import { describe, expect, it } from "vitest";
import { nextRun, releaseJobConfig } from "./jobs";

const cfg = { releaseTime: "07:00", leadMinutes: 30 };
const at = (iso: string) => new Date(iso);

describe("the daily slot release schedule (China time)", () => {
  it("runs at 00:00:30, at release − lead and just after release, every day", () => {
    expect(nextRun(at("2026-12-08T23:00:00+08:00"), cfg)).toEqual(at("2026-12-09T00:00:30+08:00"));
    expect(nextRun(at("2026-12-09T00:00:30+08:00"), cfg)).toEqual(at("2026-12-09T06:30:00+08:00"));
    expect(nextRun(at("2026-12-09T06:30:00+08:00"), cfg)).toEqual(at("2026-12-09T07:00:05+08:00"));
    expect(nextRun(at("2026-12-09T07:00:05+08:00"), cfg)).toEqual(at("2026-12-10T00:00:30+08:00"));
    // UTC midnight is 08:00 in China: no confusion of the two days
    expect(nextRun(at("2026-12-09T00:00:00Z"), cfg)).toEqual(at("2026-12-10T00:00:30+08:00"));
  });

  it("follows HEALTH_RELEASE_TIME and the lead", () => {
    expect(nextRun(at("2026-12-09T01:00:00+08:00"), { releaseTime: "08:30", leadMinutes: 90 })).toEqual(at("2026-12-09T07:00:00+08:00"));
  });

  it("reads its settings and refuses bad ones with a message naming them", () => {
    expect(releaseJobConfig({})).toEqual({ enabled: true, releaseTime: "07:00", leadMinutes: 30 });
    expect(releaseJobConfig({ LIFE_RELEASE_JOB: "off", HEALTH_RELEASE_TIME: "06:45" })).toMatchObject({
      enabled: false,
      releaseTime: "06:45",
    });
    expect(() => releaseJobConfig({ LIFE_RELEASE_LEAD_MINUTES: "0" })).toThrow("LIFE_RELEASE_LEAD_MINUTES");
    expect(() => releaseJobConfig({ HEALTH_RELEASE_TIME: "7点" })).toThrow("HEALTH_RELEASE_TIME");
  });
});
