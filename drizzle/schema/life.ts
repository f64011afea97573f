import { integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accountUser } from "./account";

/**
 * Where a staff user of the 智慧生活 services works: a hospital (day list, attendance), a scenic spot (ticket
 * check), a community centre (home-care requests), a 市民卡 service outlet (counter). Staff keep the `staff`
 * role; this binding says which unit's data they may see, as account_user.department_id does for bureaus.
 */
export const lifeStaffAssignment = pgTable(
  "life_staff_assignment",
  {
    userId: uuid()
      .notNull()
      .references(() => accountUser.id, { onDelete: "cascade" }),
    unitKind: text().notNull(), // hospital | scenic_spot | community_centre | citycard_outlet
    unitId: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.unitKind, t.unitId] })],
);
