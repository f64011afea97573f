import { eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { healthDepartment, healthHospital, tourismSpot, wifiPlace } from "@/drizzle/schema";

/** One searchable item for the global /search (a hospital, a clinic, a scenic spot, a Wi-Fi place). */
export type LifeSearchDocument = {
  kind: "hospital" | "department" | "scenic_spot" | "wifi_place";
  id: string;
  title: string;
  url: string;
  summary: string;
  keywords: string[];
};

/** The 智慧生活 URLs phase 2's pages will serve (one place, so search links and pages agree). */
export const LIFE_URLS = {
  hospital: (code: string) => `/life/health/${code}`,
  department: (hospitalCode: string, departmentCode: string) => `/life/health/${hospitalCode}/${departmentCode}`,
  spot: (code: string) => `/life/tourism/${code}`,
  wifi: (district: string) => `/life/wifi?district=${encodeURIComponent(district)}`,
} as const;

/** Every 智慧生活 document for the global search index. */
export async function lifeSearchDocuments(db: DB): Promise<LifeSearchDocument[]> {
  const [hospitals, departments, spots, places] = await Promise.all([
    db
      .select({
        code: healthHospital.code,
        name: healthHospital.name,
        shortName: healthHospital.shortName,
        level: healthHospital.level,
        district: healthHospital.district,
        address: healthHospital.address,
        summary: healthHospital.summary,
      })
      .from(healthHospital),
    db
      .select({
        code: healthDepartment.code,
        name: healthDepartment.name,
        category: healthDepartment.category,
        summary: healthDepartment.summary,
        hospitalCode: healthHospital.code,
        hospitalName: healthHospital.name,
      })
      .from(healthDepartment)
      .innerJoin(healthHospital, eq(healthHospital.id, healthDepartment.hospitalId)),
    db
      .select({
        code: tourismSpot.code,
        name: tourismSpot.name,
        district: tourismSpot.district,
        summary: tourismSpot.summary,
        highlights: tourismSpot.highlights,
      })
      .from(tourismSpot),
    db
      .select({
        code: wifiPlace.code,
        name: wifiPlace.name,
        category: wifiPlace.category,
        district: wifiPlace.district,
        address: wifiPlace.address,
      })
      .from(wifiPlace),
  ]);
  return [
    ...hospitals.map((h) => ({
      kind: "hospital" as const,
      id: `hospital:${h.code}`,
      title: h.name,
      url: LIFE_URLS.hospital(h.code),
      summary: `${h.level} · ${h.district} ${h.address}。${h.summary}`,
      keywords: [h.shortName, h.district, "医院", "预约挂号", "挂号"],
    })),
    ...departments.map((d) => ({
      kind: "department" as const,
      id: `department:${d.hospitalCode}:${d.code}`,
      title: `${d.hospitalName} ${d.name}`,
      url: LIFE_URLS.department(d.hospitalCode, d.code),
      summary: d.summary,
      keywords: [d.name, d.category, "科室", "挂号"],
    })),
    ...spots.map((s) => ({
      kind: "scenic_spot" as const,
      id: `spot:${s.code}`,
      title: s.name,
      url: LIFE_URLS.spot(s.code),
      summary: s.summary,
      keywords: [...s.highlights, s.district, "景区", "门票", "旅游"],
    })),
    ...places.map((p) => ({
      kind: "wifi_place" as const,
      id: `wifi:${p.code}`,
      title: `${p.name}（免费WiFi）`,
      url: LIFE_URLS.wifi(p.district),
      summary: `${p.district} ${p.address}`,
      keywords: [p.category, p.district, "WiFi", "无线网络", "免费上网"],
    })),
  ];
}
