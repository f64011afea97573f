import { eq, sql } from "drizzle-orm";
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
    await db
      .insert(healthDepartment)
      .values(departments.map((dept, di) => ({ hospitalId, ...dept, sortOrder: di })))
      .onConflictDoNothing();
    const rows = await db
      .select({ id: healthDepartment.id, code: healthDepartment.code })
      .from(healthDepartment)
      .where(eq(healthDepartment.hospitalId, hospitalId));
    const idOf = new Map(rows.map((r) => [r.code, r.id]));
    const doctors = departments.flatMap((dept, di) =>
      sampleDoctors(hi, di, dept).map((doc, k) => ({ hospitalId, departmentId: idOf.get(dept.code)!, ...doc, sortOrder: k })),
    );
    await db.insert(healthDoctor).values(doctors).onConflictDoNothing();
  }
  await generateHospitalSlots(db, now);
}
