/**
 * SAMPLE DATA: item names follow the Jiangsu 政务服务事项 catalogue style for Nantong's departments; codes, time limits and form definitions are invented for the demo and must be replaced by the official catalogue.
 *
 * The 649 items of the 一网通办 service catalogue. Codes follow our own scheme NT-<DEPT CODE UPPER>-<4 digits>,
 * numbered per department in the order the items appear below (append new items at the end of a department's
 * list to keep existing codes stable).
 */
import { DEPARTMENTS } from "../departments";
import { DISTRICT_ITEMS } from "./districts";
import { EDUCATION_CULTURE } from "./education-culture";
import { ENVIRONMENT } from "./environment";
import { HEALTH_CIVIL } from "./health-civil";
import type { Draft } from "./helpers";
import { HOUSING_LAND } from "./housing-land";
import { MARKET } from "./market";
import { PUBLIC_SECURITY } from "./public-security";
import { SOCIAL } from "./social";
import { TRANSPORT } from "./transport";
import type { CatalogueItemSeed } from "./types";

const DRAFTS: Draft[] = [
  ...SOCIAL,
  ...PUBLIC_SECURITY,
  ...HEALTH_CIVIL,
  ...EDUCATION_CULTURE,
  ...TRANSPORT,
  ...ENVIRONMENT,
  ...HOUSING_LAND,
  ...MARKET,
  ...DISTRICT_ITEMS,
];

function withCodes(drafts: Draft[]): CatalogueItemSeed[] {
  const known = new Set(DEPARTMENTS.map((d) => d.code));
  const next = new Map<string, number>();
  return drafts.map((d) => {
    if (!known.has(d.departmentCode)) throw new Error(`${d.name}: unknown department ${d.departmentCode}`);
    const n = (next.get(d.departmentCode) ?? 0) + 1;
    next.set(d.departmentCode, n);
    return { code: `NT-${d.departmentCode.toUpperCase()}-${String(n).padStart(4, "0")}`, ...d };
  });
}

export const CATALOGUE_ITEMS: CatalogueItemSeed[] = withCodes(DRAFTS);
