import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { auditLog, booking, bookingResource, bookingSlot, citycardCard, communityCentre, tourismSpot } from "@/drizzle/schema";
import { findBookingByToken } from "@/server/modules/booking/service";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { demoUser, DEMO } from "../helpers/fixtures";
import { createRealNameCitizens, sampleIdNumber } from "@/drizzle/seed/life/sample-people";
import { SAMPLE_ID_NUMBER } from "@/drizzle/seed/demo-accounts";
import {
  getMyCard,
  listMyCardTransactions,
  recordCardTransaction,
  reportCardLoss,
  restoreCardAtCounter,
} from "@/server/modules/citycard/service";
import { getMyFundAccount, listMyFundEntries } from "@/server/modules/housing/service";
import { listWifiPlaces, wifiDistricts } from "@/server/modules/wifi/service";
import {
  cancelMyCareRequest,
  centreCareQueue,
  elderCardQr,
  getMyCareRequest,
  listCentres,
  listMyElderCards,
  publicElderCard,
  regenerateElderCardToken,
  revokeElderCard,
  saveElderCard,
  submitCareRequest,
  transitionCareRequest,
} from "@/server/modules/community/service";
import { addFamilyMember, listFamilyMembers, removeFamilyMember } from "@/server/modules/family/service";
import { bookTicket, cancelTicket, checkTicket, getMyTicket, getSpot, listSpots, SPOT_KIND } from "@/server/modules/tourism/service";
import { lifeSearchDocuments } from "@/server/modules/life/search-feed";
import { generateLifeSlots } from "@/server/modules/life/slots";
import { shanghaiDate } from "@/server/modules/life/time";
import type { SessionUser } from "@/server/modules/account/service";

let keySeq = 0;
const key = () => `life-test-${process.pid}-${++keySeq}`;

describe.each(BACKENDS)("智慧生活 services (%s)", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let citizen: SessionUser;
  let people: SessionUser[];
  const now = new Date();
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    citizen = await demoUser(db, DEMO.citizen);
    people = await createRealNameCitizens(db, 40, "1390400", 5000);
  });
  afterAll(async () => cleanup?.());

  describe("市民卡", () => {
    it("shows the holder's card masked, with functions and a consistent ledger; filters by date and type", async () => {
      const card = await getMyCard(db, citizen);
      expect(card).toMatchObject({ status: "active", statusName: "正常", issuedOn: "2016-03-18" });
      expect(card!.cardNoMasked).toMatch(/^3206 \*{4} \*{4} \d{4}$/);
      expect(card!.functions.map((f) => f.name)).toEqual(expect.arrayContaining(["社保", "公交", "公共自行车", "图书借阅"]));
      const all = await listMyCardTransactions(db, citizen);
      expect(all.total).toBeGreaterThan(50);
      expect(all.items[0]!.balanceAfterFen).toBe(card!.balanceFen);
      const buses = await listMyCardTransactions(db, citizen, { type: "bus" });
      expect(buses.items.every((t) => t.type === "bus" && t.typeName === "公交")).toBe(true);
      const day = shanghaiDate(all.items[0]!.occurredAt);
      const oneDay = await listMyCardTransactions(db, citizen, { from: day, to: day });
      expect(oneDay.items.length).toBeGreaterThan(0);
      expect(oneDay.items.every((t) => shanghaiDate(t.occurredAt) === day)).toBe(true);
      await expect(listMyCardTransactions(db, citizen, { from: "2026-12-01", to: "2026-11-01" })).rejects.toThrow(
        "开始日期不能晚于结束日期",
      );
      // a citizen without a card sees none; they cannot see another's
      expect(await getMyCard(db, people[0]!)).toBeNull();
    });

    it("report loss takes effect at once (payments refused), is audited, and only a counter can undo it", async () => {
      const [row] = await db.select({ cardNo: citycardCard.cardNo }).from(citycardCard).limit(1);
      const pay = (ref: string) =>
        recordCardTransaction(db, {
          cardNo: row!.cardNo,
          type: "bus",
          amountFen: -200,
          place: "测试公交",
          externalRef: ref,
          occurredAt: new Date(),
        });
      expect((await pay("bus-before-loss")).created).toBe(true);
      expect((await pay("bus-before-loss")).created).toBe(false); // idempotent retry
      const lost = await reportCardLoss({ db }, citizen, now);
      expect(lost).toMatchObject({ status: "lost", changed: true });
      await expect(pay("bus-after-loss")).rejects.toThrow("已挂失");
      expect((await reportCardLoss({ db }, citizen, now)).changed).toBe(false);
      const [entry] = await db.select({ actorId: auditLog.actorId }).from(auditLog).where(eq(auditLog.action, "citycard.report_loss"));
      expect(entry?.actorId).toBe(citizen.id);

      const counter = await demoUser(db, "13800000008");
      const hospitalStaff = await demoUser(db, "13800000007");
      // the citizen cannot restore it, nor staff of another unit, nor with a wrong ID number
      await expect(restoreCardAtCounter({ db }, citizen, { cardNo: row!.cardNo, idNumber: SAMPLE_ID_NUMBER })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(restoreCardAtCounter({ db }, hospitalStaff, { cardNo: row!.cardNo, idNumber: SAMPLE_ID_NUMBER })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(restoreCardAtCounter({ db }, counter, { cardNo: row!.cardNo, idNumber: sampleIdNumber(1) })).rejects.toThrow("不符");
      expect((await getMyCard(db, citizen))!.status).toBe("lost");
      expect(
        await restoreCardAtCounter({ db }, counter, { cardNo: row!.cardNo, idNumber: SAMPLE_ID_NUMBER, note: "本人持证解挂" }),
      ).toEqual({
        status: "active",
      });
      expect((await pay("bus-after-restore")).created).toBe(true);
    });

    it("公积金: balance equals the last entry; history filters by year", async () => {
      const fund = await getMyFundAccount(db, citizen);
      expect(fund).toMatchObject({ statusName: "正常缴存", monthlyDepositFen: 160_000 });
      const entries = await listMyFundEntries(db, citizen);
      expect(entries.items[0]!.balanceAfterFen).toBe(fund!.balanceFen);
      const year = Number(entries.items[0]!.occurredOn.slice(0, 4));
      const thatYear = await listMyFundEntries(db, citizen, { year });
      expect(thatYear.items.every((e) => e.occurredOn.startsWith(String(year)))).toBe(true);
      expect(await getMyFundAccount(db, people[0]!)).toBeNull();
    });
  });

  describe("family members", () => {
    it("adds with real-name data, refuses duplicates and one's own ID, and only the owner removes", async () => {
      const owner = people[6]!;
      const id = sampleIdNumber(77, "320613");
      const added = await addFamilyMember({ db }, owner, { relation: "child", name: "赵小雨", idNumber: id });
      expect(added).toMatchObject({ nameMasked: "赵**" });
      await expect(addFamilyMember({ db }, owner, { relation: "child", name: "赵小雨", idNumber: id })).rejects.toMatchObject({
        code: "CONFLICT",
      });
      await expect(addFamilyMember({ db }, owner, { relation: "child", name: "赵小雨", idNumber: sampleIdNumber(5006) })).rejects.toThrow(
        "本人的身份证号",
      );
      await expect(addFamilyMember({ db }, owner, { relation: "child", name: "x", idNumber: id })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      await expect(removeFamilyMember({ db }, people[7]!, added.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await removeFamilyMember({ db }, owner, added.id);
      expect(await listFamilyMembers(db, owner)).toEqual([]);
    });
  });

  describe("slot generation", () => {
    it("is idempotent today and adds the next day's slots tomorrow without touching bookings", async () => {
      expect(await generateLifeSlots(db, now)).toEqual({ hospitalSlots: 0, ticketDays: 0 });
      const tomorrow = new Date(now.getTime() + 86_400_000);
      const next = await generateLifeSlots(db, tomorrow);
      expect(next.ticketDays).toBe(8); // one new day for each of the 8 spots
      expect(next.hospitalSlots).toBeGreaterThan(0);
      expect(await generateLifeSlots(db, tomorrow)).toEqual({ hospitalSlots: 0, ticketDays: 0 });
    });
  });

  describe("Wi-Fi, search feed", () => {
    it("lists the 20 free Wi-Fi places and filters by district", async () => {
      expect(await listWifiPlaces(db)).toHaveLength(20);
      const tz = await listWifiPlaces(db, { district: "通州区" });
      expect(tz.length).toBeGreaterThan(0);
      expect(tz.every((p) => p.district === "通州区")).toBe(true);
      expect((await wifiDistricts(db)).reduce((n, d) => n + d.count, 0)).toBe(20);
    });

    it("feeds hospitals, clinics, scenic spots and Wi-Fi places to the global search", async () => {
      const docs = await lifeSearchDocuments(db);
      expect(docs.find((d) => d.title === "南通大学附属医院")?.url).toBe("/life/health/ntdxfy");
      expect(docs.some((d) => d.kind === "department")).toBe(true);
      expect(docs.find((d) => d.title === "南通博物苑")?.url).toBe("/life/tourism/nantong-museum");
      expect(docs.filter((d) => d.kind === "wifi_place")).toHaveLength(20);
    });
  });

  describe("community and elder care", () => {
    it("home-care requests: for elders only; the family follows the timeline; centre staff move it on", async () => {
      const centres = await listCentres(db);
      expect(new Set(centres.map((c) => c.district)).size).toBe(7);
      const [centre] = await db.select({ id: communityCentre.id }).from(communityCentre).where(eq(communityCentre.code, "cc-chongchuan-1"));
      const when = new Date(now.getTime() + 2 * 86_400_000);
      const base = {
        centreId: centre!.id,
        serviceType: "meals" as const,
        scheduledAt: when,
        address: "崇川区示例路1号1幢101室",
        contactPhone: "13800000001",
      };
      // the demo citizen (born 1990) is not an elder
      await expect(submitCareRequest({ db }, citizen, { ...base, idempotencyKey: key() }, now)).rejects.toThrow("60周岁及以上");
      const [mother] = await listFamilyMembers(db, citizen);
      const k = key();
      const made = await submitCareRequest({ db }, citizen, { ...base, familyMemberId: mother!.id, idempotencyKey: k }, now);
      expect(made.requestNo).toMatch(/^YL\d{14}$/);
      expect((await submitCareRequest({ db }, citizen, { ...base, familyMemberId: mother!.id, idempotencyKey: k }, now)).id).toBe(made.id);

      const staff = await demoUser(db, "13800000008");
      const queue = await centreCareQueue(db, staff);
      expect(queue.map((r) => r.id)).toContain(made.id);
      await expect(centreCareQueue(db, await demoUser(db, "13800000007"))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(transitionCareRequest({ db }, staff, made.id, "declined", "  ", now)).rejects.toThrow("原因");
      await transitionCareRequest({ db }, staff, made.id, "accepted", null, now);
      await transitionCareRequest({ db }, staff, made.id, "in_service", null, now);
      await expect(cancelMyCareRequest({ db }, citizen, made.id, now)).rejects.toThrow("不能取消");
      await transitionCareRequest({ db }, staff, made.id, "completed", "已送餐", now);
      const followed = await getMyCareRequest(db, citizen, made.id);
      expect(followed.events.map((e) => e.statusName)).toEqual(["已提交", "已受理", "服务中", "已完成"]);
      expect(followed.elderNameMasked).toBe("周**");
      await expect(getMyCareRequest(db, people[1]!, made.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it("老人二维码名片 never shows an unchosen field; revoked and replaced tokens are NOT_FOUND", async () => {
      const owner = people[2]!;
      await addFamilyMember({ db }, owner, { relation: "parent", name: "王桂兰", idNumber: sampleIdNumber(40, "320613") });
      const [grandma] = await listFamilyMembers(db, owner);
      const card = await saveElderCard(
        { db },
        owner,
        {
          familyMemberId: grandma!.id,
          visibleFields: ["name", "emergencyContacts"],
          emergencyContacts: [{ name: "王小明", relation: "儿子", phone: "13900001111" }],
          bloodType: "B",
          allergies: "青霉素",
          communityName: "和平桥社区",
        },
        now,
      );
      expect(card.token!.length).toBeGreaterThanOrEqual(22);
      const shown = await publicElderCard(db, card.token!);
      expect(shown).toEqual({ name: "王桂兰", emergencyContacts: [{ name: "王小明", relation: "儿子", phone: "13900001111" }] });
      expect(JSON.stringify(shown)).not.toMatch(/青霉素|和平桥|"B"/);

      // choosing fewer fields later hides them at once
      await saveElderCard(
        { db },
        owner,
        { familyMemberId: grandma!.id, visibleFields: ["bloodType"], bloodType: "B", allergies: "青霉素" },
        now,
      );
      expect(await publicElderCard(db, card.token!)).toEqual({ bloodType: "B" });
      // a chosen field must have a value
      await expect(saveElderCard({ db }, owner, { familyMemberId: grandma!.id, visibleFields: ["allergies"] }, now)).rejects.toThrow(
        "过敏史",
      );

      const qr = await elderCardQr(db, owner, card.id, "https://www.example.gov.cn");
      expect(qr.url).toBe(`https://www.example.gov.cn/card/${card.token}`);
      expect(qr.svg).toContain("<svg");

      // someone else cannot revoke it
      await expect(revokeElderCard({ db }, people[3]!, card.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
      const regenerated = await regenerateElderCardToken({ db }, owner, card.id, now);
      expect(regenerated.token).not.toBe(card.token);
      await expect(publicElderCard(db, card.token!)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await publicElderCard(db, regenerated.token!)).toEqual({ bloodType: "B" });
      await revokeElderCard({ db }, owner, card.id, now);
      await expect(publicElderCard(db, regenerated.token!)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(publicElderCard(db, "not a token")).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await listMyElderCards(db, owner))[0]!.token).toBeNull();
    });

    it("the seeded sample card shows only its chosen fields", async () => {
      const [card] = await listMyElderCards(db, citizen);
      const shown = await publicElderCard(db, card!.token!);
      expect(Object.keys(shown).sort()).toEqual(["bloodType", "community", "emergencyContacts", "name"]);
      expect(JSON.stringify(shown)).not.toContain("青霉素");
    });
  });

  describe("畅游南通 tickets", () => {
    it("lists the PRODUCT.md spots with hours, tickets and transit; books a ticket type with visitor real name", async () => {
      const spots = await listSpots(db);
      expect(spots.map((s) => s.name).join()).toMatch(/狼山.*濠河.*南通博物苑.*文峰塔.*啬园.*水绘园.*圆陀角.*小洋口/);
      const langshan = await getSpot(db, "langshan", now);
      expect(langshan.ticketTypes.map((t) => t.name)).toContain("成人票（旺季）");
      expect(langshan.stops).toEqual([{ id: "bus-langshanfengjingqu", name: "狼山风景区" }]);
      expect((await getSpot(db, "xiaoyangkou", now)).stops).toEqual([]);
      const tomorrow = langshan.days.find((d) => d.state === "open" && d.date > shanghaiDate(now))!;
      const visitor = people[4]!;
      await expect(bookTicket({ db }, visitor, { slotId: tomorrow.slotId, idempotencyKey: key() }, now)).rejects.toThrow("请选择票种");
      const t = await bookTicket({ db }, visitor, { slotId: tomorrow.slotId, optionCode: "adult", idempotencyKey: key() }, now);
      expect(t).toMatchObject({ status: "active", feeFen: 7000, ticketType: "成人票（旺季）", spotName: "狼山风景名胜区" });
      expect(t.confirmationNo).toMatch(/^MP/);
      expect(t.qrSvg).toContain("<svg");
      await expect(
        bookTicket({ db }, visitor, { slotId: tomorrow.slotId, optionCode: "concession", idempotencyKey: key() }, now),
      ).rejects.toThrow("当天已预约过该景区");
      await expect(getMyTicket(db, people[5]!, t.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(cancelTicket({ db }, people[5]!, t.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it("daily capacity holds under parallel booking; the gate checks a ticket once, only at its own spot, only on its day", async () => {
      const [spot] = await db.select({ id: tourismSpot.id }).from(tourismSpot).where(eq(tourismSpot.code, "langshan"));
      const [today] = await db
        .select({ id: bookingSlot.id, closesAt: bookingSlot.closesAt })
        .from(bookingSlot)
        .innerJoin(
          bookingResource,
          and(eq(bookingResource.id, bookingSlot.resourceId), eq(bookingResource.kind, SPOT_KIND), eq(bookingResource.ownerId, spot!.id)),
        )
        .where(eq(bookingSlot.serviceDate, shanghaiDate(now)))
        .orderBy(asc(bookingSlot.id));
      // a small capacity for the test
      await db.update(bookingSlot).set({ capacity: 5 }).where(eq(bookingSlot.id, today!.id));
      const at = new Date(Math.min(now.getTime(), today!.closesAt.getTime() - 60_000));
      const results = await Promise.allSettled(
        people.slice(10, 40).map((u) => bookTicket({ db }, u, { slotId: today!.id, optionCode: "free", idempotencyKey: key() }, at)),
      );
      const ok = results.filter((r) => r.status === "fulfilled");
      expect(ok).toHaveLength(5);
      const [slot] = await db.select({ booked: bookingSlot.booked }).from(bookingSlot).where(eq(bookingSlot.id, today!.id));
      expect(slot!.booked).toBe(5);

      const ticket = ok[0]!.status === "fulfilled" ? ok[0]!.value : null;
      const [row] = await db.select({ token: booking.ticketToken }).from(booking).where(eq(booking.id, ticket!.id));
      expect(await findBookingByToken(db, SPOT_KIND, row!.token)).not.toBeNull();
      const gate = await demoUser(db, "13800000009");
      const wrongGate = await demoUser(db, "13800000007");
      await expect(checkTicket({ db }, wrongGate, row!.token, at)).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await checkTicket({ db }, gate, row!.token, at)).toMatchObject({ status: "used" });
      await expect(checkTicket({ db }, gate, row!.token, at)).rejects.toThrow("已于");
      await expect(checkTicket({ db }, gate, "AAAAAAAAAAAAAAAAAAAAAA", at)).rejects.toMatchObject({ code: "NOT_FOUND" });
    });
  });
});
