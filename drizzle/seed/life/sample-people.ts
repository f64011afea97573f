import { accountUser } from "@/drizzle/schema";
import type { DB } from "@/server/db";
import { encryptField, lookupHash } from "@/server/lib/crypto";
import { idCardCheckChar } from "@/server/lib/id-card";
import { idKeys } from "@/server/lib/secrets";
import type { SessionUser } from "@/server/modules/account/service";

/**
 * SAMPLE PEOPLE for tests and benchmarks: invented persons with ID numbers that pass the GB 11643 check digit
 * (division code 320681, birth dates from 1950 on, distinct sequence numbers). They belong to nobody.
 */
export function sampleIdNumber(i: number, region = "320681"): string {
  const birth = new Date(Date.UTC(1950, 0, 1 + Math.floor(i / 999)));
  const ymd = birth.toISOString().slice(0, 10).replaceAll("-", "");
  const first17 = `${region}${ymd}${String(1 + (i % 999)).padStart(3, "0")}`;
  return first17 + idCardCheckChar(first17);
}

const SURNAMES = "张王李赵陈刘杨黄吴周徐孙马朱胡郭何高林罗";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚";

/** A sample name for person i (two or three characters). */
export function sampleName(i: number): string {
  return (
    SURNAMES[i % SURNAMES.length]! +
    GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]! +
    (i % 3 === 0 ? "" : GIVEN[(i * 7) % GIVEN.length]!)
  );
}

/**
 * Inserts `n` real-name verified sample citizens (phones `${phonePrefix}` + a 4-digit index, no password) and
 * returns them as session users. `offset` shifts the ID numbers so several batches never share one.
 */
export async function createRealNameCitizens(db: DB, n: number, phonePrefix: string, offset = 0): Promise<SessionUser[]> {
  if (!/^1\d{6}$/.test(phonePrefix)) throw new Error("phonePrefix must be 7 digits starting with 1");
  if (n > 10_000) throw new Error("at most 10,000 per prefix");
  const keys = idKeys();
  const users: SessionUser[] = [];
  for (let start = 0; start < n; start += 500) {
    const rows = [];
    for (let i = start; i < Math.min(n, start + 500); i++) {
      const id = sampleIdNumber(offset + i);
      const name = sampleName(offset + i);
      rows.push({
        phone: `${phonePrefix}${String(i).padStart(4, "0")}`,
        nickname: name,
        role: "citizen",
        realName: name,
        idNumberEnc: encryptField(id, keys.enc),
        idNumberHash: lookupHash(id, keys.hmac),
        realNameVerifiedAt: new Date(),
      });
    }
    const inserted = await db.insert(accountUser).values(rows).returning({ id: accountUser.id, nickname: accountUser.nickname });
    for (const r of inserted) users.push({ id: r.id, role: "citizen", name: r.nickname });
  }
  return users;
}
