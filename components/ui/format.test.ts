import { describe, expect, it } from "vitest";
import {
  formatDateTime,
  formatFileSize,
  formatIsoDate,
  formatNumber,
  formatPercent,
  formatPreciseDateTime,
  formatShortDateTime,
} from "./format";

// 2025-09-30 16:30:05 UTC is already 1 October, 00:30 in China.
const lateUtc = new Date("2025-09-30T16:30:05Z");

describe("format", () => {
  it("writes moments in China time whatever the machine's zone", () => {
    expect(formatDateTime(lateUtc)).toBe("2025年10月1日 00:30");
    expect(formatShortDateTime(lateUtc)).toBe("2025/10/1 00:30");
    expect(formatPreciseDateTime(lateUtc)).toBe("2025/10/1 00:30:05");
    expect(formatIsoDate(lateUtc)).toBe("2025-10-01");
  });

  it("shows a dash where there is no moment", () => {
    expect(formatDateTime(null)).toBe("—");
    expect(formatShortDateTime(undefined)).toBe("—");
    expect(formatPreciseDateTime(null)).toBe("—");
  });

  it("writes file sizes in KB below a megabyte", () => {
    expect(formatFileSize(10)).toBe("1 KB");
    expect(formatFileSize(300 * 1024)).toBe("300 KB");
    expect(formatFileSize(4.2 * 1024 * 1024)).toBe("4.2 MB");
  });

  it("groups thousands and writes ratios as percentages with one decimal", () => {
    expect(formatNumber(25560)).toBe("25,560");
    expect(formatPercent(0.9945)).toBe("99.5%");
    expect(formatPercent(0)).toBe("0.0%");
    expect(formatPercent(null)).toBe("—");
    expect(formatPercent(Number.NaN)).toBe("—");
  });
});
