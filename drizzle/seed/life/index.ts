import { and, eq, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import {
  accountUser,
  citycardCard,
  citycardOutlet,
  citycardTransaction,
  communityCentre,
  communityElderCard,
  familyMember,
  healthHospital,
  housingFundAccount,
  housingFundEntry,
  tourismSpot,
  tourismTicketType,
  wifiPlace,
} from "@/drizzle/schema";
import { encryptField, lookupHash } from "@/server/lib/crypto";
import { idCardCheckChar } from "@/server/lib/id-card";
import { idKeys } from "@/server/lib/secrets";
import { assignStaff } from "@/server/modules/life/staff";
import { addDays, atShanghai, shanghaiDate } from "@/server/modules/life/time";
import { newToken } from "@/server/modules/life/tokens";
import { generateTicketSlots } from "@/server/modules/tourism/service";
import { SAMPLE_ID_NUMBER } from "../demo-accounts";
import { seedHealth } from "./health";
import { CENTRES, OUTLETS, SPOTS, WIFI_HOURS, WIFI_PLACES, WIFI_SSID } from "./places-data";

/**
 * 智慧生活 reference and demo data; idempotent (reference rows upserted by code, demo rows created once).
 * `now` fixes "today" for the generated slots and the sample ledgers.
 */
export async function seedLife(db: DB, now = new Date()): Promise<void> {
  await seedHealth(db, now);
  await seedTourism(db, now);
  await db
    .insert(communityCentre)
    .values(CENTRES)
    .onConflictDoUpdate({
      target: communityCentre.code,
      set: {
        name: sql`excluded.name`,
        district: sql`excluded.district`,
        street: sql`excluded.street`,
        address: sql`excluded.address`,
        hours: sql`excluded.hours`,
        services: sql`excluded.services`,
      },
    });
  await db
    .insert(citycardOutlet)
    .values(OUTLETS)
    .onConflictDoUpdate({
      target: citycardOutlet.code,
      set: { name: sql`excluded.name`, district: sql`excluded.district`, address: sql`excluded.address`, hours: sql`excluded.hours` },
    });
  await db
    .insert(wifiPlace)
    .values(WIFI_PLACES.map((p, i) => ({ ...p, ssid: WIFI_SSID, hours: WIFI_HOURS, sortOrder: i })))
    .onConflictDoUpdate({
      target: wifiPlace.code,
      set: {
        name: sql`excluded.name`,
        category: sql`excluded.category`,
        district: sql`excluded.district`,
        address: sql`excluded.address`,
        sortOrder: sql`excluded.sort_order`,
      },
    });
  await seedStaff(db);
  await seedDemoCitizen(db, now);
}

async function seedTourism(db: DB, now: Date) {
  for (const [i, s] of SPOTS.entries()) {
    const { tickets, ...spot } = s;
    const [row] = await db
      .insert(tourismSpot)
      .values({ ...spot, sortOrder: i })
      .onConflictDoUpdate({
        target: tourismSpot.code,
        set: {
          name: sql`excluded.name`,
          district: sql`excluded.district`,
          address: sql`excluded.address`,
          rating: sql`excluded.rating`,
          summary: sql`excluded.summary`,
          highlights: sql`excluded.highlights`,
          hoursNote: sql`excluded.hours_note`,
          transit: sql`excluded.transit`,
          nearbyStops: sql`excluded.nearby_stops`,
          dataNote: sql`excluded.data_note`,
          sortOrder: sql`excluded.sort_order`,
        },
      })
      .returning({ id: tourismSpot.id });
    await db
      .insert(tourismTicketType)
      .values(tickets.map((t, k) => ({ ...t, spotId: row!.id, sortOrder: k })))
      .onConflictDoNothing();
  }
  await generateTicketSlots(db, now);
}

async function userId(db: DB, phone: string) {
  const [u] = await db.select({ id: accountUser.id }).from(accountUser).where(eq(accountUser.phone, phone)).limit(1);
  return u?.id;
}

async function seedStaff(db: DB) {
  const hospitalStaff = await userId(db, "13800000007");
  const [hospital] = await db.select({ id: healthHospital.id }).from(healthHospital).where(eq(healthHospital.code, "ntdxfy"));
  if (hospitalStaff && hospital) await assignStaff(db, hospitalStaff, "hospital", hospital.id);
  const communityStaff = await userId(db, "13800000008");
  const [centre] = await db.select({ id: communityCentre.id }).from(communityCentre).where(eq(communityCentre.code, "cc-chongchuan-1"));
  const [outlet] = await db.select({ id: citycardOutlet.id }).from(citycardOutlet).where(eq(citycardOutlet.code, "outlet-chongchuan"));
  if (communityStaff && centre) await assignStaff(db, communityStaff, "community_centre", centre.id);
  if (communityStaff && outlet) await assignStaff(db, communityStaff, "citycard_outlet", outlet.id);
  const gateStaff = await userId(db, "13800000009");
  const [spot] = await db.select({ id: tourismSpot.id }).from(tourismSpot).where(eq(tourismSpot.code, "langshan"));
  if (gateStaff && spot) await assignStaff(db, gateStaff, "scenic_spot", spot.id);
}

// SAMPLE: the demo citizen 周晓彤's mother (invented person; valid check digit, 崇川区 code, born 1958).
const MOTHER_17 = "32061319580612002";
export const SAMPLE_MOTHER_ID = MOTHER_17 + idCardCheckChar(MOTHER_17);

/** Deterministic pseudo-random numbers so the sample ledgers are the same on every seed. */
function rng(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x / 2_147_483_648;
  };
}

async function seedDemoCitizen(db: DB, now: Date) {
  const citizen = await userId(db, "13800000001");
  if (!citizen) return;
  const keys = idKeys();
  const holderHash = lookupHash(SAMPLE_ID_NUMBER, keys.hmac);

  // 市民卡: a sample card with six months of transactions (balance kept consistent).
  const [card] = await db
    .insert(citycardCard)
    .values({
      cardNo: "3206001603180027",
      holderIdHash: holderHash,
      holderName: "周晓彤",
      status: "active",
      balanceFen: 0,
      issuedOn: "2016-03-18",
      functions: ["social_security", "bus", "bike", "medical", "library", "tourism", "housing_fund"],
    })
    .onConflictDoNothing()
    .returning({ id: citycardCard.id });
  if (card) {
    const rand = rng(20151231);
    const today = shanghaiDate(now);
    let balance = 5000;
    const rows: (typeof citycardTransaction.$inferInsert)[] = [];
    for (let day = 180; day >= 1; day--) {
      const date = addDays(today, -day);
      if (balance < 1500) {
        balance += 10000;
        rows.push({
          cardId: card.id,
          occurredAt: atShanghai(date, "07:40"),
          type: "topup",
          amountFen: 10000,
          balanceAfterFen: balance,
          place: "支付宝充值（示例）",
        });
      }
      const trips = rand() < 0.7 ? 2 : 0;
      for (let k = 0; k < trips; k++) {
        const metro = rand() < 0.4;
        const fare = metro ? 300 : 160; // sample fares
        balance -= fare;
        rows.push({
          cardId: card.id,
          occurredAt: atShanghai(date, k === 0 ? "08:05" : "17:45"),
          type: metro ? "metro" : "bus",
          amountFen: -fare,
          balanceAfterFen: balance,
          place: metro ? "地铁1号线（示例）" : `${[5, 8, 12, 31][Math.floor(rand() * 4)]}路公交（示例）`,
        });
      }
      if (rand() < 0.08) {
        balance -= 100;
        rows.push({
          cardId: card.id,
          occurredAt: atShanghai(date, "12:20"),
          type: "bike",
          amountFen: -100,
          balanceAfterFen: balance,
          place: "公共自行车（示例）",
        });
      }
      if (rand() < 0.03) {
        balance -= 1250;
        rows.push({
          cardId: card.id,
          occurredAt: atShanghai(date, "10:10"),
          type: "medical",
          amountFen: -1250,
          balanceAfterFen: balance,
          place: "社区卫生服务中心（示例）",
        });
      }
    }
    await db.insert(citycardTransaction).values(rows);
    await db.update(citycardCard).set({ balanceFen: balance }).where(eq(citycardCard.id, card.id));
  }

  // 公积金: a sample account with 24 months of deposits, yearly interest and one rent withdrawal.
  const [fund] = await db
    .insert(housingFundAccount)
    .values({
      accountNo: "3206010012345678",
      holderIdHash: holderHash,
      holderName: "周晓彤",
      employer: "南通江海智造科技有限公司（示例）",
      status: "normal",
      balanceFen: 0,
      depositBaseFen: 800_000,
      personalRateBp: 1000,
      employerRateBp: 1000,
      openedOn: "2019-07-01",
    })
    .onConflictDoNothing()
    .returning({ id: housingFundAccount.id });
  if (fund) {
    let balance = 3_200_000;
    const rows: (typeof housingFundEntry.$inferInsert)[] = [];
    const thisMonth = shanghaiDate(now).slice(0, 7);
    for (let m = 24; m >= 1; m--) {
      const d = new Date(`${thisMonth}-01T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() - m);
      const period = d.toISOString().slice(0, 7);
      balance += 160_000;
      rows.push({
        accountId: fund.id,
        occurredOn: `${period}-15`,
        period,
        type: "deposit",
        amountFen: 160_000,
        balanceAfterFen: balance,
        note: `${period} 汇缴（单位、个人各10%）`,
      });
      if (period.endsWith("-06")) {
        const interest = Math.round(balance * 0.015);
        balance += interest;
        rows.push({
          accountId: fund.id,
          occurredOn: `${period}-30`,
          period: null,
          type: "interest",
          amountFen: interest,
          balanceAfterFen: balance,
          note: "年度结息（示例利率1.5%）",
        });
      }
      if (m === 10) {
        balance -= 600_000;
        rows.push({
          accountId: fund.id,
          occurredOn: `${period}-20`,
          period: null,
          type: "withdrawal",
          amountFen: -600_000,
          balanceAfterFen: balance,
          note: "租房提取（示例）",
        });
      }
    }
    await db.insert(housingFundEntry).values(rows);
    await db.update(housingFundAccount).set({ balanceFen: balance }).where(eq(housingFundAccount.id, fund.id));
  }

  // A family member (the citizen's mother) and her 老人二维码名片.
  await db
    .insert(familyMember)
    .values({
      ownerUserId: citizen,
      relation: "parent",
      name: "周秀英",
      idNumberEnc: encryptField(SAMPLE_MOTHER_ID, keys.enc),
      idNumberHash: lookupHash(SAMPLE_MOTHER_ID, keys.hmac),
      birthDate: "1958-06-12",
      gender: "female",
      phone: null,
    })
    .onConflictDoNothing();
  const [mother] = await db
    .select({ id: familyMember.id })
    .from(familyMember)
    .where(and(eq(familyMember.ownerUserId, citizen), eq(familyMember.idNumberHash, lookupHash(SAMPLE_MOTHER_ID, keys.hmac))));
  if (mother) {
    await db
      .insert(communityElderCard)
      .values({
        ownerUserId: citizen,
        familyMemberId: mother.id,
        subjectKey: `family:${mother.id}`,
        token: newToken(),
        tokenIssuedAt: now,
        visibleFields: ["name", "emergencyContacts", "bloodType", "community"],
        displayName: "周秀英",
        emergencyContacts: [{ name: "周晓彤", relation: "女儿", phone: "13800000001" }],
        bloodType: "A",
        allergies: "青霉素过敏（示例，未选择公开）",
        communityName: "和平桥街道（示例）",
      })
      .onConflictDoNothing();
  }
}
