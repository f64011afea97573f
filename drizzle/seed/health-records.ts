import { eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import {
  accountUser,
  familyMember,
  healthCheckup,
  healthCheckupItem,
  healthFamilyDoctor,
  healthFollowUp,
  healthRecordPerson,
  healthVaccination,
} from "@/drizzle/schema";
import { encryptField, lookupHash } from "@/server/lib/crypto";
import { idCardCheckChar } from "@/server/lib/id-card";
import { idKeys } from "@/server/lib/secrets";
import { shanghaiDate } from "@/server/lib/working-days";
import { sendHealthReminders } from "@/server/modules/health-records/service";
import { SAMPLE_ID_NUMBER } from "./demo-accounts";

// SAMPLE DATA (issue 17): every record below is invented for the demo — the people, the results, the doctors
// and the teams. Reference ranges are the usual adult/child ranges printed on Chinese laboratory reports
// (WS/T 405-2012 血细胞分析参考区间, WS/T 404 临床常用生化检验项目参考区间), given for realism only.
// The child's vaccine doses follow the 国家免疫规划疫苗儿童免疫程序（2021年版） ages; dates are invented.

const CHILD_17 = "32061320180520004";
/** The demo citizen's son (sample person; valid GB 11643 check digit, not a real person). */
export const SAMPLE_CHILD_ID = CHILD_17 + idCardCheckChar(CHILD_17);
const CHILD_BIRTH = "2018-05-20";

type Item = { section: string; name: string; value: string; unit?: string; low?: number; high?: number; text?: string };

const ADULT_ITEMS: Item[] = [
  { section: "一般检查", name: "身高", value: "163", unit: "cm" },
  { section: "一般检查", name: "体重", value: "61.5", unit: "kg" },
  { section: "一般检查", name: "体重指数（BMI）", value: "23.1", unit: "kg/m²", low: 18.5, high: 23.9 },
  { section: "一般检查", name: "收缩压", value: "146", unit: "mmHg", low: 90, high: 139 },
  { section: "一般检查", name: "舒张压", value: "92", unit: "mmHg", low: 60, high: 89 },
  { section: "血常规", name: "白细胞计数", value: "6.2", unit: "×10⁹/L", low: 3.5, high: 9.5 },
  { section: "血常规", name: "血红蛋白", value: "108", unit: "g/L", low: 115, high: 150 },
  { section: "血常规", name: "血小板计数", value: "235", unit: "×10⁹/L", low: 125, high: 350 },
  { section: "生化", name: "空腹血糖", value: "5.4", unit: "mmol/L", low: 3.9, high: 6.1 },
  { section: "生化", name: "总胆固醇", value: "5.9", unit: "mmol/L", high: 5.2 },
  { section: "生化", name: "甘油三酯", value: "1.3", unit: "mmol/L", high: 1.7 },
  { section: "生化", name: "丙氨酸氨基转移酶（ALT）", value: "22", unit: "U/L", low: 7, high: 40 },
  { section: "生化", name: "肌酐", value: "62", unit: "μmol/L", low: 41, high: 73 },
  { section: "尿常规", name: "尿蛋白", value: "阴性", text: "阴性" },
  { section: "尿常规", name: "尿潜血", value: "弱阳性（±）", text: "阴性" },
];

const EARLIER_VALUES: Record<string, string> = { 收缩压: "134", 舒张压: "86", 血红蛋白: "118", 总胆固醇: "5.1", 尿潜血: "阴性" };
const ADULT_EARLIER: Item[] = ADULT_ITEMS.map((i) => (EARLIER_VALUES[i.name] ? { ...i, value: EARLIER_VALUES[i.name]! } : i));

const CHILD_ITEMS: Item[] = [
  { section: "生长发育", name: "身高", value: "128.4", unit: "cm" },
  { section: "生长发育", name: "体重", value: "26.0", unit: "kg" },
  { section: "视力", name: "裸眼视力（右眼）", value: "5.0", low: 5.0 },
  { section: "视力", name: "裸眼视力（左眼）", value: "4.8", low: 5.0 },
  { section: "血常规", name: "血红蛋白", value: "126", unit: "g/L", low: 110, high: 160 },
  { section: "口腔", name: "龋齿", value: "无", text: "无" },
];

/**
 * 健康档案 sample records for the demo citizen (周晓彤) and her son (周小满, 8, added as a family member):
 * 体检报告 with indicators, vaccinations, 家庭医生签约, 高血压 follow-ups, and the reminders they make in
 * the message centre. Created once (the person row is the marker); dates are relative to `now`.
 */
export async function seedHealthRecords(db: DB, now = new Date()): Promise<void> {
  const [citizen] = await db.select({ id: accountUser.id }).from(accountUser).where(eq(accountUser.phone, "13800000001")).limit(1);
  if (!citizen) return;
  const keys = idKeys();
  const selfHash = lookupHash(SAMPLE_ID_NUMBER, keys.hmac);
  const childHash = lookupHash(SAMPLE_CHILD_ID, keys.hmac);
  const today = shanghaiDate(now);
  const day = (offset: number) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + offset);
    return d.toISOString().slice(0, 10);
  };

  await db
    .insert(familyMember)
    .values({
      ownerUserId: citizen.id,
      relation: "child",
      name: "周小满",
      idNumberEnc: encryptField(SAMPLE_CHILD_ID, keys.enc),
      idNumberHash: childHash,
      birthDate: CHILD_BIRTH,
      gender: "male",
    })
    .onConflictDoNothing();

  const [self] = await db
    .insert(healthRecordPerson)
    .values({ idNumberHash: selfHash, name: "周晓彤", birthDate: "1990-03-15" })
    .onConflictDoNothing()
    .returning({ id: healthRecordPerson.id });
  if (!self) return; // already seeded
  const [child] = await db
    .insert(healthRecordPerson)
    .values({ idNumberHash: childHash, name: "周小满", birthDate: CHILD_BIRTH })
    .onConflictDoNothing()
    .returning({ id: healthRecordPerson.id });

  const addCheckup = async (personId: number, c: Omit<typeof healthCheckup.$inferInsert, "personId">, items: Item[]) => {
    const [row] = await db
      .insert(healthCheckup)
      .values({ ...c, personId })
      .returning({ id: healthCheckup.id });
    await db.insert(healthCheckupItem).values(
      items.map((i, n) => ({
        checkupId: row!.id,
        section: i.section,
        name: i.name,
        value: i.value,
        unit: i.unit ?? null,
        refLow: i.low ?? null,
        refHigh: i.high ?? null,
        refText: i.text ?? null,
        sortOrder: n,
      })),
    );
  };

  await addCheckup(
    self.id,
    {
      examinedOn: day(-350),
      institution: "南通市第一人民医院 健康管理中心（示例）",
      kind: "年度健康体检",
      doctorName: "陆文静（示例）",
      summary:
        "1. 血压偏高（146/92 mmHg），已纳入高血压管理，请按家庭医生要求监测血压；2. 血红蛋白偏低，提示轻度贫血，建议全科门诊复查血常规和铁蛋白；3. 总胆固醇偏高，建议低脂饮食、规律运动，3至6个月后复查血脂；4. 尿潜血弱阳性，建议避开经期复查尿常规。其余项目未见明显异常。（示例报告）",
    },
    ADULT_ITEMS,
  );
  await addCheckup(
    self.id,
    {
      examinedOn: day(-715),
      institution: "南通市第一人民医院 健康管理中心（示例）",
      kind: "年度健康体检",
      doctorName: "陆文静（示例）",
      summary: "血压处于正常高值（134/86 mmHg），建议减少食盐摄入、规律运动，每年复查。其余项目未见明显异常。（示例报告）",
    },
    ADULT_EARLIER,
  );
  await db.insert(healthVaccination).values([
    {
      personId: self.id,
      vaccine: "流感疫苗（四价）",
      dose: "第1剂",
      vaccinatedOn: day(-60),
      institution: "和平桥街道社区卫生服务中心接种门诊（示例）",
      batchNo: "SAMPLE-2026-1011",
    },
    {
      personId: self.id,
      vaccine: "新冠病毒疫苗",
      dose: "加强针",
      vaccinatedOn: "2022-01-08",
      institution: "崇川区人民医院接种点（示例）",
      batchNo: "SAMPLE-2022-0107",
    },
  ]);
  await db.insert(healthFamilyDoctor).values({
    personId: self.id,
    doctorName: "王立新（示例）",
    team: "和平桥街道家庭医生第三团队（示例）",
    centre: "崇川区和平桥街道社区卫生服务中心（示例）",
    phone: "0513-00000000",
    signedOn: day(-200),
    validUntil: day(165),
  });
  await db.insert(healthFollowUp).values([
    {
      personId: self.id,
      condition: "高血压",
      followedOn: day(-170),
      method: "门诊",
      findings: "血压 142/90 mmHg，无头晕头痛；已开始低盐饮食。",
      advice: "每周自测血压2次并记录；减少食盐，每天不超过5克。",
      doctorName: "王立新（示例）",
      nextOn: day(-80),
    },
    {
      personId: self.id,
      condition: "高血压",
      followedOn: day(-80),
      method: "电话",
      findings: "自测血压 132/86 mmHg 左右，规律运动每周3次。",
      advice: "继续非药物治疗；下次随访时带上血压记录。",
      doctorName: "王立新（示例）",
      nextOn: day(10),
    },
  ]);

  if (child) {
    await addCheckup(
      child.id,
      {
        examinedOn: day(-120),
        institution: "崇川区和平桥街道社区卫生服务中心 儿童保健门诊（示例）",
        kind: "儿童健康检查",
        doctorName: "顾晓燕（示例）",
        summary: "生长发育正常。左眼裸眼视力4.8，低于同龄儿童标准，建议到眼科进一步检查，注意用眼卫生、每天户外活动2小时。（示例报告）",
      },
      CHILD_ITEMS,
    );
    const clinic = "崇川区和平桥街道社区卫生服务中心接种门诊（示例）";
    const b = (months: number) => {
      const d = new Date(`${CHILD_BIRTH}T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + months);
      return d.toISOString().slice(0, 10);
    };
    const doses: [string, string, number][] = [
      ["乙肝疫苗", "第1剂", 0],
      ["卡介苗", "第1剂", 0],
      ["乙肝疫苗", "第2剂", 1],
      ["脊灰灭活疫苗", "第1剂", 2],
      ["脊灰灭活疫苗", "第2剂", 3],
      ["百白破疫苗", "第1剂", 3],
      ["百白破疫苗", "第2剂", 4],
      ["百白破疫苗", "第3剂", 5],
      ["乙肝疫苗", "第3剂", 6],
      ["A群流脑多糖疫苗", "第1剂", 6],
      ["麻腮风疫苗", "第1剂", 8],
      ["乙脑减毒活疫苗", "第1剂", 8],
      ["A群流脑多糖疫苗", "第2剂", 9],
      ["百白破疫苗", "第4剂", 18],
      ["麻腮风疫苗", "第2剂", 18],
      ["甲肝减毒活疫苗", "第1剂", 18],
      ["乙脑减毒活疫苗", "第2剂", 24],
      ["A群C群流脑多糖疫苗", "第1剂", 36],
      ["脊灰减毒活疫苗", "第3剂", 48],
      ["白破疫苗", "第1剂", 72],
      ["A群C群流脑多糖疫苗", "第2剂", 72],
    ];
    await db.insert(healthVaccination).values([
      ...doses.map(([vaccine, dose, m], n) => ({
        personId: child.id,
        vaccine,
        dose,
        vaccinatedOn: b(m),
        institution: m === 0 ? "南通市妇幼保健院产科接种室（示例）" : clinic,
        batchNo: `SAMPLE-${b(m).slice(0, 4)}-${String(n + 1).padStart(3, "0")}`,
      })),
      // Not in the national programme: a first flu season needs two doses four weeks apart.
      {
        personId: child.id,
        vaccine: "流感疫苗（儿童）",
        dose: "第1剂",
        vaccinatedOn: day(-20),
        institution: clinic,
        batchNo: "SAMPLE-2026-2001",
        nextDueOn: day(8),
      },
    ]);
  }

  // Reminders in the message centre: the same job the server runs (server/modules/health-records/jobs.ts).
  await sendHealthReminders(db, now);
}
