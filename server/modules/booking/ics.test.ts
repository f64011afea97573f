import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { bookingIcs } from "./ics";

const event = {
  uid: "GH2026120900000123@smart-nantong",
  title: "就诊：南通大学附属医院 心血管内科",
  startsAt: new Date("2026-12-09T00:30:00Z"),
  endsAt: new Date("2026-12-09T01:00:00Z"),
  location: "南通大学附属医院 门诊楼2楼, 西侧; 3号诊室（崇川区西寺路20号）",
  description:
    "确认号：GH2026120900000123\n医生：顾海燕（示例） 主任医师\n请携带身份证按时就诊。这一行故意写得很长很长，用来检查按字节折行不会把一个汉字切成两半。",
  url: "https://www.example.gov.cn/me/appointments/123",
  alarmMinutesBefore: 60,
  stamp: new Date("2026-12-02T06:00:00Z"),
};

describe("bookingIcs (RFC 5545)", () => {
  const ics = bookingIcs(event);
  const lines = ics.split("\r\n");

  it("is a VCALENDAR with CRLF line ends, VERSION 2.0 and a PRODID", () => {
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(ics).toContain("\r\nVERSION:2.0\r\n");
    expect(ics).toMatch(/\r\nPRODID:[^\r\n]+\r\n/);
    expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    expect(ics.replaceAll("\r\n", "")).not.toContain("\n");
  });

  it("folds lines at 75 octets without splitting a UTF-8 character", () => {
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(" "))).toBe(true); // the long description was folded
    expect(ics).not.toContain("\uFFFD");
  });

  it("escapes TEXT values and round-trips through a parser with UTC times", () => {
    expect(ics).toContain("西侧\\; 3号诊室");
    expect(ics).toMatch(/门诊楼2楼\\,/);
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
    const e = new ICAL.Event(vevent);
    expect(e.uid).toBe(event.uid);
    expect(e.summary).toBe(event.title);
    expect(e.location).toBe(event.location);
    expect(e.description).toBe(event.description);
    expect(e.startDate.toJSDate().toISOString()).toBe("2026-12-09T00:30:00.000Z");
    expect(e.endDate.toJSDate().toISOString()).toBe("2026-12-09T01:00:00.000Z");
    expect(ics).toContain("DTSTART:20261209T003000Z");
    expect(ics).toContain("DTSTAMP:20261202T060000Z");
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(vevent.getFirstSubcomponent("valarm")?.getFirstPropertyValue("action")).toBe("DISPLAY");
  });

  it("marks a cancelled appointment CANCELLED", () => {
    const cancelled = bookingIcs({ ...event, cancelled: true });
    expect(new ICAL.Component(ICAL.parse(cancelled)).getFirstSubcomponent("vevent")!.getFirstPropertyValue("status")).toBe("CANCELLED");
  });
});
