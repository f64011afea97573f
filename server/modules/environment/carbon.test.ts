import { describe, expect, it } from "vitest";
import { AppError } from "@/server/lib/errors";
import { EMISSION_FACTORS, carKgPerKm, co2SavedGrams, computeFootprint } from "./carbon";

describe("emission factors", () => {
  it("derive from the cited defaults", () => {
    expect(EMISSION_FACTORS.electricityKgPerKwh).toBe(0.5703);
    expect(EMISSION_FACTORS.naturalGasKgPerM3).toBe(2.162);
    expect(EMISSION_FACTORS.lpgKgPerKg).toBe(3.103);
    expect(EMISSION_FACTORS.petrolKgPerL).toBeCloseTo(2.165, 3);
    expect(EMISSION_FACTORS.dieselKgPerL).toBeCloseTo(2.602, 3);
  });

  it("price a car km by fuel", () => {
    expect(carKgPerKm("petrol")).toBeCloseTo(0.15155, 5);
    expect(carKgPerKm("electric")).toBeCloseTo(0.0855, 4);
    expect(carKgPerKm("diesel", 10)).toBeCloseTo(0.2602, 4);
  });
});

describe("footprint", () => {
  it("adds up a household's year", () => {
    const f = computeFootprint({ electricityKwh: 3000, naturalGasM3: 200, carKm: 10_000, metroKm: 1000, flightKm: 2000 });
    const by = Object.fromEntries(f.items.map((i) => [i.key, i.kg]));
    expect(by.electricity).toBe(1710.9);
    expect(by.naturalGas).toBe(432.4);
    expect(by.car).toBe(1515.5);
    expect(by.metro).toBe(40);
    expect(by.flight).toBe(190);
    expect(f.totalKg).toBeCloseTo(1710.9 + 432.4 + 1515.5 + 40 + 190, 1);
    expect(f.treesToAbsorb).toBe(Math.ceil(f.totalKg / 18));
  });

  it("is zero for nothing and refuses negative or absurd input with field errors", () => {
    expect(computeFootprint({}).totalKg).toBe(0);
    try {
      computeFootprint({ electricityKwh: -5 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).fieldErrors?.electricityKwh?.[0]).toBe("用电量不能为负数");
    }
  });

  it("counts what a green trip saves against a petrol car", () => {
    expect(co2SavedGrams("walk", 2)).toBe(303);
    expect(co2SavedGrams("metro", 10)).toBe(1116);
    expect(co2SavedGrams("bus", 10)).toBeLessThan(co2SavedGrams("metro", 10));
  });
});
