import { date, index, integer, pgTable, text } from "drizzle-orm/pg-core";

/** Municipal bureaus and the seven district/county governments. */
export const orgDepartment = pgTable("org_department", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  code: text().notNull().unique(),
  name: text().notNull(),
  shortName: text().notNull(),
  kind: text().notNull(), // "bureau" | "district"
  phone: text(),
  address: text(),
});

/** National holidays and make-up workdays; working-day deadlines are computed from this table. */
export const calendarDay = pgTable(
  "calendar_day",
  {
    date: date().primaryKey(),
    kind: text().notNull(), // "holiday" | "workday"
    name: text().notNull(),
  },
  (t) => [index("calendar_day_kind_idx").on(t.kind)],
);
