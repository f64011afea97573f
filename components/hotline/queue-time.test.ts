import { describe, expect, it } from "vitest";
import { countdownText, waitingText } from "./queue-time";

describe("queue times", () => {
  const now = new Date("2026-12-02T10:00:00Z");
  it("says how long a ticket has waited", () => {
    expect(waitingText(new Date("2026-12-02T09:15:00Z"), now)).toBe("45分钟");
    expect(waitingText(new Date("2026-12-02T05:00:00Z"), now)).toBe("5小时");
    expect(waitingText(new Date("2026-11-29T06:00:00Z"), now)).toBe("3天4小时");
    expect(waitingText(new Date("2026-11-30T10:00:00Z"), now)).toBe("2天");
  });
  it("counts down to the due date and flags overdue", () => {
    expect(countdownText(null, "2026-12-02")).toBeNull();
    expect(countdownText("2026-12-05", "2026-12-02")).toEqual({ text: "还剩3天", overdue: false });
    expect(countdownText("2026-12-02", "2026-12-02")).toEqual({ text: "今日到期", overdue: false });
    expect(countdownText("2026-11-30", "2026-12-02")).toEqual({ text: "超期2天", overdue: true });
  });
});
