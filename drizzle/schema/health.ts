import { index, integer, pgTable, smallint, text, uniqueIndex } from "drizzle-orm/pg-core";

/** 健康南通: hospitals (sourced where the seed says so), their clinics (科室) and doctors (sample). */
export const healthHospital = pgTable("health_hospital", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  code: text().notNull().unique(),
  name: text().notNull(),
  shortName: text().notNull(),
  level: text().notNull(), // 三级甲等 …
  type: text().notNull(), // 综合医院 | 中医医院 | 专科医院 | 妇幼保健院
  district: text().notNull(),
  address: text().notNull(),
  phone: text(),
  foundedYear: smallint(),
  summary: text().notNull(),
  /** Which facts are sourced and which are sample data. */
  dataNote: text().notNull(),
  sortOrder: smallint().notNull().default(0),
});

export const healthDepartment = pgTable(
  "health_department",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    hospitalId: integer()
      .notNull()
      .references(() => healthHospital.id),
    code: text().notNull(),
    name: text().notNull(),
    category: text().notNull(), // 内科 | 外科 | 妇儿 | 五官 | 中医 | 其他
    summary: text().notNull(),
    location: text(),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [uniqueIndex("health_department_code_key").on(t.hospitalId, t.code)],
);

/** Doctors are sample people (invented names); each has a booking_resource of kind `hospital_doctor`. */
export const healthDoctor = pgTable(
  "health_doctor",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    hospitalId: integer()
      .notNull()
      .references(() => healthHospital.id),
    departmentId: integer()
      .notNull()
      .references(() => healthDepartment.id),
    code: text().notNull(),
    name: text().notNull(),
    title: text().notNull(), // 主任医师 | 副主任医师 | 主治医师 | 医师
    specialty: text().notNull(),
    /** Weekly clinic sessions, e.g. ["mon-am", "thu-pm"]: the slot generator reads them. */
    sessions: text().array().notNull(),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [uniqueIndex("health_doctor_code_key").on(t.hospitalId, t.code), index("health_doctor_department_idx").on(t.departmentId)],
);
