import { describe, expect, it } from "vitest";
import { hasPermission, isIdleExpired, isRole, PERMISSIONS, permissionsOf, ROLES, rolesWith } from "./roles";

describe("role → permission table", () => {
  it("gives citizens their own account and their own 12345 requests", () => {
    expect(permissionsOf("citizen")).toEqual(["account.self", "hotline.submit", "citizen.services", "jobs.apply"]);
    expect(hasPermission("citizen", "agent.console")).toBe(false);
    expect(hasPermission("citizen", "admin.users")).toBe(false);
  });
  it("separates agent, staff and admin consoles", () => {
    expect(hasPermission("agent", "agent.console")).toBe(true);
    expect(hasPermission("agent", "staff.console")).toBe(false);
    expect(hasPermission("staff", "department.handle")).toBe(true);
    expect(hasPermission("staff", "hotline.dispatch")).toBe(false);
    expect(hasPermission("admin", "admin.users")).toBe(true);
    expect(hasPermission("enterprise", "enterprise.act")).toBe(true);
    expect(hasPermission("citizen", "enterprise.act")).toBe(false);
  });
  it("lets citizens and enterprises file requests, agents and hotline admins read the knowledge base", () => {
    expect(rolesWith("hotline.submit")).toEqual(["citizen", "enterprise"]);
    expect(rolesWith("hotline.knowledge")).toEqual(["agent", "admin"]);
    expect(hasPermission("staff", "hotline.knowledge")).toBe(false);
  });
  it("denies guests everything", () => {
    for (const p of PERMISSIONS) expect(hasPermission(null, p)).toBe(false);
  });
  it("only grants known permissions and every role can use its own account", () => {
    for (const r of ROLES) {
      expect(permissionsOf(r)).toContain("account.self");
      for (const p of permissionsOf(r)) expect(PERMISSIONS).toContain(p);
    }
  });
  it("recognises roles", () => {
    expect(isRole("staff")).toBe(true);
    expect(isRole("root")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});

describe("idle timeout", () => {
  const t0 = Date.UTC(2026, 0, 5, 2, 0);
  it("ends privileged sessions after 30 idle minutes", () => {
    for (const r of ["agent", "staff", "admin"] as const) {
      expect(isIdleExpired(r, t0, t0 + 30 * 60_000)).toBe(false);
      expect(isIdleExpired(r, t0, t0 + 30 * 60_000 + 1)).toBe(true);
    }
  });
  it("does not apply to citizens and enterprises", () => {
    expect(isIdleExpired("citizen", t0, t0 + 24 * 3600_000)).toBe(false);
    expect(isIdleExpired("enterprise", t0, t0 + 24 * 3600_000)).toBe(false);
  });
});
