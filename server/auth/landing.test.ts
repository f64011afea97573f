import { describe, expect, it } from "vitest";
import { afterSignInPath, landingPath, workspaceOf } from "./landing";

describe("landing after sign-in", () => {
  it("sends each role to its own workspace when no page was asked for", () => {
    expect(workspaceOf("citizen")).toBe("/me");
    expect(workspaceOf("enterprise")).toBe("/me");
    expect(workspaceOf("agent")).toBe("/agent");
    expect(workspaceOf("staff")).toBe("/staff");
    expect(workspaceOf("admin")).toBe("/admin");
    expect(landingPath("agent", null)).toBe("/agent");
    expect(landingPath("staff", "")).toBe("/staff");
  });
  it("returns to the page the person was going to, never off-site or back to /login", () => {
    expect(landingPath("citizen", "/12345#submit")).toBe("/12345#submit");
    expect(landingPath("agent", "/agent/tickets/7")).toBe("/agent/tickets/7");
    expect(landingPath("admin", "//evil.example")).toBe("/admin");
    expect(landingPath("citizen", "/login?method=sms")).toBe("/me");
  });
  it("comes back through /login, which knows the role", () => {
    expect(afterSignInPath(null)).toBe("/login");
    expect(afterSignInPath("/me/requests")).toBe("/login?callbackUrl=%2Fme%2Frequests");
  });
});
