import { describe, expect, it } from "vitest";
import { categoryForAge, formatFen, metroBaseFareFen, metroFare, metroFareBands } from "./fares";

describe("metro base fare (南通发改委 2022)", () => {
  it.each([
    [0, 200],
    [6000, 200],
    [6001, 300],
    [11000, 300],
    [11001, 400],
    [16000, 400],
    [16001, 500],
    [23000, 500],
    [23001, 600],
    [30000, 600],
    [30001, 700],
    [45000, 700],
    [45001, 800],
    [65000, 800],
    [65001, 900],
  ])("%i m costs %i fen", (m, fen) => expect(metroBaseFareFen(m)).toBe(fen));

  it("rejects impossible distances", () => {
    expect(() => metroBaseFareFen(-1)).toThrow(RangeError);
    expect(() => metroBaseFareFen(Number.NaN)).toThrow(RangeError);
  });

  it("lists the bands for the fare table", () => {
    expect(metroFareBands(45)).toEqual([
      { fromKm: 0, toKm: 6, fareFen: 200 },
      { fromKm: 6, toKm: 11, fareFen: 300 },
      { fromKm: 11, toKm: 16, fareFen: 400 },
      { fromKm: 16, toKm: 23, fareFen: 500 },
      { fromKm: 23, toKm: 30, fareFen: 600 },
      { fromKm: 30, toKm: 45, fareFen: 700 },
    ]);
  });
});

describe("concessions", () => {
  it.each([
    [59, "adult", 300],
    [60, "senior60", 150],
    [64, "senior60", 150],
    [65, "senior65", 0],
    [90, "senior65", 0],
  ])("age %i rides as %s and pays %i fen for a 3 元 trip", (age, category, pay) => {
    expect(categoryForAge(age)).toBe(category);
    expect(metroFare(8000, { age })).toMatchObject({ baseFen: 300, payFen: pay, category });
  });

  it("gives children and veterans free rides, pupils half, 市民卡 5 % off", () => {
    expect(metroFare(8000, { category: "child" }).payFen).toBe(0);
    expect(metroFare(8000, { category: "veteran" }).payFen).toBe(0);
    expect(metroFare(8000, { category: "student" }).payFen).toBe(150);
    expect(metroFare(8000, { category: "citizenCard" }).payFen).toBe(285);
  });

  it("takes 1 元 off after a bus transfer before the concession", () => {
    expect(metroFare(8000, { transferFromBus: true }).payFen).toBe(200);
    expect(metroFare(8000, { age: 62, transferFromBus: true }).payFen).toBe(100);
    expect(metroFare(1000, { transferFromBus: true }).payFen).toBe(100);
  });

  it("rejects impossible ages and formats money", () => {
    expect(() => categoryForAge(-1)).toThrow(RangeError);
    expect(() => categoryForAge(30.5)).toThrow(RangeError);
    expect(formatFen(150)).toBe("¥1.50");
    expect(formatFen(0)).toBe("免费");
  });
});
