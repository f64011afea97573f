import { describe, expect, it } from "vitest";
import { addDays, ageOn, atShanghai, formatShanghai, shanghaiTime, weekday } from "./time";
import { looksLikeToken, newToken, qrSvg } from "./tokens";
import { checkViolation, firstRow, uniqueViolation } from "./db-errors";

describe("China time helpers", () => {
  it("places local times at UTC+8 and counts local days", () => {
    expect(atShanghai("2026-12-09", "07:00").toISOString()).toBe("2026-12-08T23:00:00.000Z");
    expect(shanghaiTime(new Date("2026-12-08T23:00:00Z"))).toBe("07:00");
    expect(formatShanghai(new Date("2026-12-08T23:00:00Z"))).toBe("12月9日 07:00");
    expect(addDays("2026-12-28", 7)).toBe("2027-01-04");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(weekday("2026-12-06")).toBe(0);
    expect(() => atShanghai("2026-13-01", "07:00")).toThrow();
  });

  it("computes age on a date (birthday not yet reached → one less)", () => {
    expect(ageOn("1958-06-12", "2018-06-11")).toBe(59);
    expect(ageOn("1958-06-12", "2018-06-12")).toBe(60);
  });
});

describe("tokens and QR codes", () => {
  it("issues url-safe tokens of at least 128 bits, all different", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newToken()));
    expect(tokens.size).toBe(1000);
    for (const t of tokens) {
      expect(t).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Buffer.from(t, "base64url")).toHaveLength(16);
      expect(looksLikeToken(t)).toBe(true);
    }
    expect(() => newToken(8)).toThrow();
    expect(looksLikeToken("../../etc/passwd")).toBe(false);
    expect(looksLikeToken("short")).toBe(false);
  });

  it("renders a QR code as standalone SVG", async () => {
    const svg = await qrSvg("https://www.example.gov.cn/card/abc");
    expect(svg).toMatch(/^<svg[^>]+viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain("</svg>");
  });
});

describe("database error helpers", () => {
  it("read code and constraint through a wrapper, for both drivers", () => {
    const pg = { code: "23505", constraint_name: "booking_idempotency_key" };
    const pglite = { code: "23505", constraint: "booking_idempotency_key" };
    expect(uniqueViolation(new Error("Failed query", { cause: pg }))).toBe("booking_idempotency_key");
    expect(uniqueViolation(pglite)).toBe("booking_idempotency_key");
    expect(uniqueViolation({ code: "23514", constraint: "x" })).toBeNull();
    expect(checkViolation({ code: "23514", constraint: "booking_slot_booked_check" })).toBe("booking_slot_booked_check");
    expect(uniqueViolation(new Error("plain"))).toBeNull();
    expect(firstRow([{ id: "7" }])).toEqual({ id: "7" });
    expect(firstRow({ rows: [{ id: 7 }] })).toEqual({ id: 7 });
    expect(firstRow({})).toBeUndefined();
  });
});
