import { and, eq, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { healthDepartment, healthDoctor, healthHospital } from "@/drizzle/schema";
import { generateHospitalSlots } from "@/server/modules/health/service";
import { HOSPITALS, sampleDoctors } from "./health-data";

/** Hospitals (facts refreshed), clinics and sample doctors (inserted once), then the coming days' slots. */
export async function seedHealth(db: DB, now = new Date()): Promise<void> {
  for (const [hi, h] of HOSPITALS.entries()) {
    const { departments, ...facts } = h;
    const [hospital] = await db
      .insert(healthHospital)
      .values({ ...facts, sortOrder: hi })
      .onConflictDoUpdate({
        target: healthHospital.code,
        set: {
          name: sql`excluded.name`,
          shortName: sql`excluded.short_name`,
          level: sql`excluded.level`,
          type: sql`excluded.type`,
          district: sql`excluded.district`,
          address: sql`excluded.address`,
          foundedYear: sql`excluded.founded_year`,
          summary: sql`excluded.summary`,
          dataNote: sql`excluded.data_note`,
          sortOrder: sql`excluded.sort_order`,
        },
      })
      .returning({ id: healthHospital.id });
    const hospitalId = hospital!.id;
    for (const [di, dept] of departments.entries()) {
      await db
        .insert(healthDepartment)
        .values({ hospitalId, ...dept, sortOrder: di })
        .onConflictDoNothing();
      const [row] = await db
        .select({ id: healthDepartment.id })
        .from(healthDepartment)
        .where(and(eq(healthDepartment.hospitalId, hospitalId), eq(healthDepartment.code, dept.code)));
      const doctors = sampleDoctors(hi, di, dept).map((doc, k) => ({ hospitalId, departmentId: row!.id, ...doc, sortOrder: k }));
      await db.insert(healthDoctor).values(doctors).onConflictDoNothing();
    }
  }
  await generateHospitalSlots(db, now);
}
