import { describe, expect, it } from "vitest";
import { hasPermission } from "./roles";

describe("智慧生活 permissions", () => {
  it("front desks are for staff (scoped further by their assignment); citizens use their own data only", () => {
    expect(hasPermission("staff", "life.desk")).toBe(true);
    expect(hasPermission("citizen", "life.desk")).toBe(false);
    expect(hasPermission("agent", "life.desk")).toBe(false);
  });
  it("the 市民卡 counter is for staff and admins, never citizens", () => {
    expect(hasPermission("staff", "citycard.counter")).toBe(true);
    expect(hasPermission("admin", "citycard.counter")).toBe(true);
    expect(hasPermission("citizen", "citycard.counter")).toBe(false);
    expect(hasPermission("enterprise", "citycard.counter")).toBe(false);
  });
});
