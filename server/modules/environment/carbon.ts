import { AppError } from "@/server/lib/errors";
import { ZFootprint, type TFootprintInput } from "./validation";

/**
 * Carbon-footprint calculator (kg CO2 a year). Emission factors and where they come from:
 *
 * - Electricity 0.5703 kg CO2/kWh: 全国电网平均排放因子 in 生态环境部《关于做好2023—2025年发电行业
 *   企业温室气体排放报告管理有关工作的通知》(环办气候函〔2023〕43号), for 2022. (生态环境部 and
 *   国家统计局 have since also published provincial "电力平均二氧化碳排放因子" of another scope.)
 * - Natural gas 2.162 kg CO2/m³: IPCC 2006 Guidelines Vol. 2 Table 2.2 default 56,100 kg CO2/TJ ×
 *   net calorific value 389.31 GJ/10⁴ m³ (GB/T 2589-2020 Appendix) × oxidation 99 % (《省级温室气体
 *   清单编制指南（试行）》) = 56.1 × 0.038931 × 0.99.
 * - LPG ≈ 3.10 kg CO2/kg: IPCC 2006 default 63,100 kg CO2/TJ × NCV 50.179 GJ/t (GB/T 2589-2020) × 98 %.
 * - Petrol ≈ 2.17 kg CO2/L: IPCC 2006 default 69,300 kg CO2/TJ × NCV 43.070 GJ/t (GB/T 2589-2020) ×
 *   density 0.74 kg/L (our assumption) × oxidation 98 %; diesel ≈ 2.60 kg CO2/L likewise from
 *   74,100 kg CO2/TJ, NCV 42.652 GJ/t, density 0.84 kg/L. Computed below from these inputs.
 * - Car consumption defaults (our assumption, typical of a Chinese compact car): petrol 7.0 L/100 km,
 *   diesel 6.5 L/100 km, hybrid 4.5 L/100 km, electric 15 kWh/100 km (charged from the grid above).
 * - Bus 0.045 kg CO2/passenger-km: diesel-equivalent 30 L/100 km × diesel factor ÷ 18 average riders
 *   (our assumption; Nantong's fleet is largely electric and hybrid, so this is conservative).
 * - Metro 0.040 kg CO2/passenger-km: ≈ 0.07 kWh traction and station energy per passenger-km (our
 *   assumption, the order of published Chinese metro figures) × the grid factor.
 * - High-speed rail 0.023 kg CO2/passenger-km: ≈ 0.04 kWh/passenger-km (our assumption) × grid factor.
 * - Flights 0.095 kg CO2/passenger-km: the order of the ICAO Carbon Emissions Calculator's economy
 *   results for domestic routes of 1,000–2,000 km (CO2 only, no radiative-forcing uplift).
 */

const IPCC_KG_PER_TJ = { naturalGas: 56_100, lpg: 63_100, petrol: 69_300, diesel: 74_100 } as const;
const NCV_GJ_PER_T = { lpg: 50.179, petrol: 43.07, diesel: 42.652 } as const; // GB/T 2589-2020
const DENSITY_KG_PER_L = { petrol: 0.74, diesel: 0.84 } as const;
const OXIDATION = { gas: 0.99, oil: 0.98 } as const;

const perLitre = (fuel: "petrol" | "diesel") =>
  ((IPCC_KG_PER_TJ[fuel] * NCV_GJ_PER_T[fuel]) / 1_000_000) * DENSITY_KG_PER_L[fuel] * OXIDATION.oil;

export const EMISSION_FACTORS = {
  electricityKgPerKwh: 0.5703,
  naturalGasKgPerM3: Math.round(IPCC_KG_PER_TJ.naturalGas * 0.038931 * OXIDATION.gas) / 1000,
  lpgKgPerKg: Math.round(((IPCC_KG_PER_TJ.lpg * NCV_GJ_PER_T.lpg) / 1000) * OXIDATION.oil) / 1000,
  petrolKgPerL: Math.round(perLitre("petrol") * 1000) / 1000,
  dieselKgPerL: Math.round(perLitre("diesel") * 1000) / 1000,
  busKgPerPkm: 0.045,
  metroKgPerPkm: 0.04,
  railKgPerPkm: 0.023,
  flightKgPerPkm: 0.095,
} as const;

export const CAR_DEFAULT_CONSUMPTION = { petrol: 7.0, diesel: 6.5, hybrid: 4.5, electric: 15 } as const;

/** kg CO2 per km of a car by fuel and consumption (L or kWh per 100 km). */
export function carKgPerKm(fuel: keyof typeof CAR_DEFAULT_CONSUMPTION, consumption: number = CAR_DEFAULT_CONSUMPTION[fuel]): number {
  if (fuel === "electric") return (consumption / 100) * EMISSION_FACTORS.electricityKgPerKwh;
  const perL = fuel === "diesel" ? EMISSION_FACTORS.dieselKgPerL : EMISSION_FACTORS.petrolKgPerL;
  return (consumption / 100) * perL;
}

export type Footprint = {
  totalKg: number;
  items: { key: string; label: string; kg: number; factor: string }[];
  /** trees needed to absorb it in a year, at ≈ 18 kg CO2 per mature tree per year (rule of thumb, for scale) */
  treesToAbsorb: number;
};

const r1 = (x: number) => Math.round(x * 10) / 10;

/** A household's yearly footprint from what it uses and travels. BAD_REQUEST with field errors for bad input. */
export function computeFootprint(raw: TFootprintInput): Footprint {
  const parsed = ZFootprint.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const i of parsed.error.issues) (fieldErrors[String(i.path[0] ?? "_")] ??= []).push(i.message);
    throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? "输入有误", fieldErrors);
  }
  const x = parsed.data;
  const F = EMISSION_FACTORS;
  const carFactor = carKgPerKm(x.carFuel, x.carConsumption);
  const items = [
    { key: "electricity", label: "家庭用电", kg: x.electricityKwh * F.electricityKgPerKwh, factor: `${F.electricityKgPerKwh} kg/kWh` },
    { key: "naturalGas", label: "天然气", kg: x.naturalGasM3 * F.naturalGasKgPerM3, factor: `${F.naturalGasKgPerM3} kg/m³` },
    { key: "lpg", label: "液化石油气", kg: x.lpgKg * F.lpgKgPerKg, factor: `${F.lpgKgPerKg} kg/kg` },
    { key: "car", label: "私家车", kg: x.carKm * carFactor, factor: `${r1(carFactor * 1000) / 1000} kg/km` },
    { key: "bus", label: "公交", kg: x.busKm * F.busKgPerPkm, factor: `${F.busKgPerPkm} kg/人·km` },
    { key: "metro", label: "地铁", kg: x.metroKm * F.metroKgPerPkm, factor: `${F.metroKgPerPkm} kg/人·km` },
    { key: "rail", label: "高铁", kg: x.railKm * F.railKgPerPkm, factor: `${F.railKgPerPkm} kg/人·km` },
    { key: "flight", label: "飞机", kg: x.flightKm * F.flightKgPerPkm, factor: `${F.flightKgPerPkm} kg/人·km` },
  ].map((i) => ({ ...i, kg: r1(i.kg) }));
  const totalKg = r1(items.reduce((a, b) => a + b.kg, 0));
  return { totalKg, items, treesToAbsorb: Math.ceil(totalKg / 18) };
}

/** grams of CO2 a green trip avoids compared with the same distance in a petrol car (default consumption). */
export function co2SavedGrams(kind: "walk" | "cycle" | "bus" | "metro", km: number): number {
  const car = carKgPerKm("petrol");
  const own = kind === "bus" ? EMISSION_FACTORS.busKgPerPkm : kind === "metro" ? EMISSION_FACTORS.metroKgPerPkm : 0;
  return Math.max(0, Math.round((car - own) * km * 1000));
}
