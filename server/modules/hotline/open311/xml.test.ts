import { describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { AppError } from "@/server/lib/errors";
import { escapeXml, toXmlDocument } from "./xml";
import { attributeParams, iso8601, parseIsoParam } from "./params";
import { validateAttributes } from "./attributes";

describe("Open311 XML", () => {
  it("escapes markup and drops characters XML 1.0 cannot carry", () => {
    expect(escapeXml(`a<b>&"c'\u0001\u0008d\t`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;d\t");
    const doc = toXmlDocument("service_requests", [
      { service_request_id: "1", description: "<script>alert(1)</script> & 路灯\u000b", lat: null },
    ]);
    expect(doc.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<service_requests>')).toBe(true);
    expect(XMLValidator.validate(doc)).toBe(true);
    const parsed = new XMLParser({ parseTagValue: false }).parse(doc);
    expect(parsed.service_requests.request.description).toBe("<script>alert(1)</script> & 路灯");
    expect(doc).toContain("<lat/>");
  });

  it("names repeated elements as the spec does", () => {
    const doc = toXmlDocument("service_definition", { service_code: "x", attributes: [{ code: "a", values: [{ key: "k", name: "n" }] }] });
    expect(doc).toContain("<attributes>\n    <attribute>");
    expect(doc).toContain("<values>\n        <value>\n          <key>k</key>");
    expect(toXmlDocument("errors", [{ code: 403, description: "x" }])).toContain("<errors>\n  <error>\n    <code>403</code>");
    expect(toXmlDocument("services", [])).toContain("<services/>");
  });
});

describe("Open311 parameters", () => {
  it("formats times in China time with the zone and reads ISO 8601 parameters", () => {
    expect(iso8601(new Date("2026-11-30T16:30:00Z"))).toBe("2026-12-01T00:30:00+08:00");
    expect(parseIsoParam("start_date", "2026-11-01T00:00:00+08:00").toISOString()).toBe("2026-10-31T16:00:00.000Z");
    expect(parseIsoParam("start_date", "2026-11-01T00:00:00 08:00").toISOString()).toBe("2026-10-31T16:00:00.000Z");
    expect(parseIsoParam("start_date", "2026-11-01").toISOString()).toBe("2026-10-31T16:00:00.000Z");
    expect(parseIsoParam("end_date", "2026-11-01T00:00:00Z").toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(() => parseIsoParam("start_date", "2026-11-01T00:00:00")).toThrow(AppError); // no zone
    expect(() => parseIsoParam("start_date", "yesterday")).toThrow(/start_date/);
  });

  it("collects attribute[code] and attribute[code][] and checks them against the definition", () => {
    const p = new URLSearchParams([
      ["attribute[a]", "x"],
      ["attribute[m][]", "k1"],
      ["attribute[m][]", "k2"],
      ["attribute[]", "bad"],
      ["other", "1"],
    ]);
    const given = attributeParams(p);
    expect([...given.entries()]).toEqual([
      ["a", ["x"]],
      ["m", ["k1", "k2"]],
    ]);
    const defs = [
      { code: "a", description: "A", datatype: "string" as const, required: true, order: 1 },
      {
        code: "m",
        description: "M",
        datatype: "multivaluelist" as const,
        required: false,
        order: 2,
        values: [
          { key: "k1", name: "一" },
          { key: "k2", name: "二" },
        ],
      },
      { code: "n", description: "N", datatype: "number" as const, required: false, order: 3 },
    ];
    expect(validateAttributes(defs, given)).toEqual({ a: "x", m: ["k1", "k2"] });
    expect(() => validateAttributes(defs, new Map([["m", ["k1"]]]))).toThrow(/attribute\[a\]/);
    expect(() =>
      validateAttributes(
        defs,
        new Map([
          ["a", ["x"]],
          ["m", ["k3"]],
        ]),
      ),
    ).toThrow(/k3/);
    expect(() =>
      validateAttributes(
        defs,
        new Map([
          ["a", ["x"]],
          ["n", ["1e3"]],
        ]),
      ),
    ).toThrow(/数字/);
    expect(
      validateAttributes(
        defs,
        new Map([
          ["a", ["x"]],
          ["n", ["-2.5"]],
        ]),
      ),
    ).toEqual({ a: "x", n: "-2.5" });
  });
});
