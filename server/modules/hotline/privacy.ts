/**
 * Personal data never leaves the hotline on public surfaces (the public answered-requests page,
 * hot topics, Open311 GET). Free text written by citizens and departments often carries phone
 * numbers, ID numbers, e-mail addresses or plate numbers; these are masked before display.
 * Contact names and phones are separate columns and are simply never selected for public output.
 */
const PATTERNS: [RegExp, (m: string, ...groups: string[]) => string][] = [
  // 18-digit resident ID (last may be X) — before phones so the digits are not half-masked.
  [
    /(?<!\d)\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)/g,
    (m) => `${m.slice(0, 3)}***********${m.slice(-4, -3)}***`,
  ],
  // Mainland mobile numbers, also written with spaces or dashes (138 0000 0001, 138-0000-0001).
  [/(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g, (m) => `${m.replace(/[\s-]/g, "").slice(0, 3)}****${m.replace(/[\s-]/g, "").slice(-4)}`],
  // Landlines with area code (0513-85123456, 051385123456) and 7–8 digit local numbers after 电话/座机.
  [/(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g, (m) => `${m.slice(0, m.indexOf("-") > 0 ? m.indexOf("-") + 1 : 4)}********`],
  [/(电话|座机|手机|联系方式)([:：\s]*)(\d{7,8})(?!\d)/g, (_m, a: string, b: string) => `${a}${b}********`],
  // E-mail addresses.
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, (m) => `${m[0]}***@${m.split("@")[1]}`],
  // Vehicle plates (苏F·12345, 苏FD12345).
  [
    /([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼])([A-Z])[·\s]?[A-Z0-9]{5,6}/g,
    (_m, p: string, c: string) => `${p}${c}·*****`,
  ],
];

export function maskPersonalData(text: string): string;
export function maskPersonalData(text: string | null): string | null;
export function maskPersonalData(text: string | null): string | null {
  if (text === null) return null;
  let out = text;
  for (const [re, fn] of PATTERNS) out = out.replace(re, fn);
  return out;
}

/**
 * The one public location rule for citizens' requests (Open311 GET in JSON and XML, the /12345/public
 * pages, the suggestion step's distance): the street, never the house number, building or landmark, and
 * coordinates rounded to 0.001° (about 111 m north–south, 94 m east–west in Nantong).
 */
export const PUBLIC_COORD_DECIMALS = 3;

/** A coordinate rounded to about 100 m (null stays null). */
export function publicCoordinate(x: number | null): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  const f = 10 ** PUBLIC_COORD_DECIMALS;
  return Math.round(x * f) / f;
}

// A road name ends in 路/大道/街 (not 街道, the sub-district)/巷/弄/胡同; the first one found is the street.
const STREET = /^(.*?(?:大道|路|街(?!道)|巷|弄|胡同))/;
// Without a road: the town or sub-district (镇/乡/街道) is the finest public level.
const TOWN = /^(.*?(?:街道|镇|乡))/;

/**
 * The street-level place of a request: "崇川区濠河北路88号对面" → "崇川区濠河北路"; without a road name the
 * sub-district or town ("海门区三厂街道"), else only the district. Personal data in what is left is masked.
 */
export function publicAddress(district: string | null, address: string | null): string | null {
  const full = (
    district && address && !address.replace(/\s+/g, "").startsWith(district) ? `${district}${address}` : (address ?? district ?? "")
  ).replace(/\s+/g, "");
  if (!full) return null;
  // A match that runs past a number or a building ("3栋近路口") is not a street name: it would give the house away.
  const clean = (m: string | undefined) => (m && !/[0-9０-９号栋幢座楼室单元]/.test(m) ? m : undefined);
  const street = clean(STREET.exec(full)?.[1]) ?? clean(TOWN.exec(full)?.[1]) ?? district;
  return street ? maskPersonalData(street) : null;
}
