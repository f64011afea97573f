import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accountUser } from "./account";

/**
 * People a citizen books or acts for (就诊人/出行人/家中老人): a child, a parent, a spouse. Each has their own
 * real-name data, kept like the account's: the ID number AES-256-GCM encrypted with an HMAC lookup hash
 * (the same key as account_user.id_number_hash, so one person is one hash whoever added them).
 */
export const familyMember = pgTable(
  "family_member",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    ownerUserId: uuid()
      .notNull()
      .references(() => accountUser.id, { onDelete: "cascade" }),
    relation: text().notNull(), // child | parent | spouse | grandparent | other
    name: text().notNull(),
    idNumberEnc: text().notNull(),
    idNumberHash: text().notNull(),
    birthDate: date().notNull(),
    gender: text().notNull(), // male | female (from the ID number)
    phone: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("family_member_owner_person_key").on(t.ownerUserId, t.idNumberHash),
    index("family_member_owner_idx").on(t.ownerUserId, t.id),
  ],
);
