import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvLine, toCsv } from "./csv";

describe("csv", () => {
  it("quotes commas, quotes and line breaks and doubles quotes", () => {
    expect(csvCell("南通,崇川")).toBe('"南通,崇川"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell("第一行\n第二行")).toBe('"第一行\n第二行"');
    expect(csvCell("濠河")).toBe("濠河");
  });
  it("writes numbers, booleans, dates and empty cells", () => {
    expect(csvLine([5020, -1.5, true, null, undefined, new Date("2026-01-02T03:04:05Z")])).toBe(
      "5020,-1.5,true,,,2026-01-02T03:04:05.000Z\r\n",
    );
    expect(csvCell(Number.NaN)).toBe("");
  });
  it("defuses text that a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+86 513")).toBe("'+86 513");
    expect(csvCell("-5")).toBe("'-5");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  });
  it("starts a table with the UTF-8 BOM and ends lines with CRLF", () => {
    expect(toCsv(["年份", "值"], [[2013, 5020]])).toBe(`${CSV_BOM}年份,值\r\n2013,5020\r\n`);
  });
});
