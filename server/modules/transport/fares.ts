/**
 * 南通轨道交通 fares (money in fen).
 *
 * Source: 南通市发改委《南通市轨道交通票价》(issued 2022-08-29, announced at the press conference of
 * 2022-09-19): distance-based fares — 2 元 for the first 6 km; above 6 km each further 1 元 buys
 * 5, 5, 7, 7 and 15 km in turn (so 3 元 ≤ 11 km, 4 元 ≤ 16 km, 5 元 ≤ 23 km, 6 元 ≤ 30 km,
 * 7 元 ≤ 45 km); above 45 km each further 1 元 buys 20 km. Concessions (刷卡): 65 and over free,
 * 60–64 half fare, children up to 1.3 m free, city primary and secondary pupils half fare, adults with
 * the 市民卡 5 % off, 优抚对象 free; a transfer between metro and bus within 60 minutes of the first
 * tap takes 1 元 off the base fare first, then the rider's concession applies.
 */

export const METRO_BASE_FEN = 200;
export const METRO_BASE_KM = 6;
/** The km that each further 1 元 buys, in turn, up to 45 km. */
export const METRO_STEPS_KM = [5, 5, 7, 7, 15] as const;
/** Above 45 km, each further 1 元 buys this many km. */
export const METRO_LONG_STEP_KM = 20;
export const TRANSFER_DISCOUNT_FEN = 100;

export const RIDER_CATEGORIES = {
  adult: "成人",
  citizenCard: "成人（持市民卡）",
  senior60: "60—64周岁老人",
  senior65: "65周岁及以上老人",
  child: "身高1.3米及以下儿童",
  student: "市区中小学生",
  veteran: "优抚对象（持“通通优”卡）",
} as const;
export type RiderCategory = keyof typeof RIDER_CATEGORIES;

/** The share of the fare each category pays (1 = full fare). */
export const CONCESSION_RATE: Record<RiderCategory, number> = {
  adult: 1,
  citizenCard: 0.95,
  senior60: 0.5,
  senior65: 0,
  child: 0,
  student: 0.5,
  veteran: 0,
};

/** Base (full) metro fare in fen for a trip of `distanceM` metres along the track. */
export function metroBaseFareFen(distanceM: number): number {
  if (!Number.isFinite(distanceM) || distanceM < 0) throw new RangeError("distance must be a non-negative number");
  const km = distanceM / 1000;
  let fare = METRO_BASE_FEN;
  let covered = METRO_BASE_KM;
  for (const step of METRO_STEPS_KM) {
    if (km <= covered) return fare;
    fare += 100;
    covered += step;
  }
  if (km <= covered) return fare;
  return fare + Math.ceil((km - covered) / METRO_LONG_STEP_KM) * 100;
}

/**
 * The rider category for an age in whole years (PRODUCT.md: 60–64 half fare, 65+ free); younger
 * riders are adults unless they say otherwise (child by height, student by card).
 */
export function categoryForAge(age: number): RiderCategory {
  if (!Number.isInteger(age) || age < 0 || age > 150) throw new RangeError("age must be a whole number of years");
  if (age >= 65) return "senior65";
  if (age >= 60) return "senior60";
  return "adult";
}

export type FareQuote = { baseFen: number; payFen: number; category: RiderCategory; label: string };

/**
 * What a rider pays: the base fare for the distance, less 1 元 after a bus transfer within 60
 * minutes, then the category's concession, rounded to the nearest fen (half up).
 */
export function metroFare(distanceM: number, opts: { category?: RiderCategory; age?: number; transferFromBus?: boolean } = {}): FareQuote {
  const category = opts.category ?? (opts.age !== undefined ? categoryForAge(opts.age) : "adult");
  const baseFen = metroBaseFareFen(distanceM);
  const afterTransfer = Math.max(0, baseFen - (opts.transferFromBus ? TRANSFER_DISCOUNT_FEN : 0));
  const payFen = Math.round(afterTransfer * CONCESSION_RATE[category]);
  return { baseFen, payFen, category, label: RIDER_CATEGORIES[category] };
}

/** "¥2.00", "¥1.50", "免费". */
export function formatFen(fen: number): string {
  return fen === 0 ? "免费" : `¥${(fen / 100).toFixed(2)}`;
}

/** The distance bands of the fare table: [from km, to km (null = open), fare in fen], for the metro page. */
export function metroFareBands(maxKm = 65): { fromKm: number; toKm: number | null; fareFen: number }[] {
  const bands: { fromKm: number; toKm: number | null; fareFen: number }[] = [{ fromKm: 0, toKm: METRO_BASE_KM, fareFen: METRO_BASE_FEN }];
  let covered = METRO_BASE_KM;
  let fare = METRO_BASE_FEN;
  for (const step of METRO_STEPS_KM) {
    fare += 100;
    bands.push({ fromKm: covered, toKm: covered + step, fareFen: fare });
    covered += step;
  }
  while (covered < maxKm) {
    fare += 100;
    bands.push({ fromKm: covered, toKm: covered + METRO_LONG_STEP_KM, fareFen: fare });
    covered += METRO_LONG_STEP_KM;
  }
  return bands;
}

export type MetroNetwork = {
  /** each line's stations in order with their distance along the line in metres */
  lines: { routeId: string; stations: { stopId: string; distM: number }[] }[];
};

/**
 * Shortest track distance in metres between two metro stations, changing lines where they share a
 * station (Dijkstra over the station graph; the network is small). null if either is unknown.
 */
export function networkDistanceM(network: MetroNetwork, fromStopId: string, toStopId: string): number | null {
  const edges = new Map<string, { to: string; m: number }[]>();
  const add = (a: string, b: string, m: number) => {
    let list = edges.get(a);
    if (!list) edges.set(a, (list = []));
    list.push({ to: b, m });
  };
  for (const line of network.lines)
    for (let i = 1; i < line.stations.length; i++) {
      const a = line.stations[i - 1]!;
      const b = line.stations[i]!;
      const m = Math.abs(b.distM - a.distM);
      add(a.stopId, b.stopId, m);
      add(b.stopId, a.stopId, m);
    }
  if (!edges.has(fromStopId) || !edges.has(toStopId)) return null;
  const dist = new Map<string, number>([[fromStopId, 0]]);
  const done = new Set<string>();
  for (;;) {
    let current: string | null = null;
    for (const [k, d] of dist) if (!done.has(k) && (current === null || d < dist.get(current)!)) current = k;
    if (current === null) return null;
    if (current === toStopId) return dist.get(current)!;
    done.add(current);
    for (const e of edges.get(current) ?? []) {
      const d = dist.get(current)! + e.m;
      if (d < (dist.get(e.to) ?? Infinity)) dist.set(e.to, d);
    }
  }
}
