/**
 * 健康南通 seed data.
 *
 * SOURCED: the hospital names (PRODUCT.md; the 2015 planning paper lists 附院、一院、三院、四院、肿瘤、中医院、
 * 六院、妇幼 as city hospitals on the appointment system); 南通大学附属医院 三级甲等, 西寺路20号, founded 1911 by
 * 张謇 (PRODUCT.md; national stroke-centre register); 南通市通州区人民医院 founded August 1950, a 三级综合医院
 * since January 2016 (通州市志 and hospital profile); 海门区中医院 moved to 海门区河海路1号 on 2024-12-07
 * (the hospital's relocation notice).
 * SAMPLE DATA (示例): every other address and level marked so in `dataNote`, all departments' locations,
 * every doctor (invented names), their clinic sessions, slot capacities and fees.
 */

export type DepartmentSeed = { code: string; name: string; category: string; summary: string; location: string };
export type HospitalSeed = {
  code: string;
  name: string;
  shortName: string;
  level: string;
  type: string;
  district: string;
  address: string;
  foundedYear: number | null;
  summary: string;
  dataNote: string;
  departments: DepartmentSeed[];
};

const d = (code: string, name: string, category: string, summary: string, location: string): DepartmentSeed => ({
  code,
  name,
  category,
  summary,
  location,
});

const GENERAL: DepartmentSeed[] = [
  d("cardio", "心血管内科", "内科", "冠心病、高血压、心律失常、心力衰竭的诊治。", "门诊楼2楼（示例）"),
  d("resp", "呼吸内科", "内科", "慢性咳嗽、哮喘、慢阻肺、肺部感染的诊治。", "门诊楼2楼（示例）"),
  d("gastro", "消化内科", "内科", "胃炎、溃疡、肝胆胰疾病，胃肠镜检查预约。", "门诊楼3楼（示例）"),
  d("neuro", "神经内科", "内科", "头痛、眩晕、脑血管病、帕金森病的诊治。", "门诊楼3楼（示例）"),
  d("surgery", "普通外科", "外科", "甲状腺、乳腺、胃肠、肝胆疾病的外科治疗。", "门诊楼4楼（示例）"),
  d("ortho", "骨科", "外科", "骨折、关节、脊柱疾病与运动损伤。", "门诊楼4楼（示例）"),
  d("gyn", "妇产科", "妇儿", "妇科疾病、产前检查与计划生育。", "门诊楼5楼（示例）"),
  d("peds", "儿科", "妇儿", "儿童常见病、多发病，儿童保健。", "门诊楼1楼（示例）"),
  d("eye", "眼科", "五官", "白内障、青光眼、屈光不正、眼底病。", "门诊楼6楼（示例）"),
  d("ent", "耳鼻咽喉科", "五官", "鼻炎、咽喉炎、听力下降与耳鸣。", "门诊楼6楼（示例）"),
];

const SAMPLE_ADDRESS_NOTE = "医院名称与等级据公开资料；地址为示例，以医院公布为准。科室、医生、号源均为示例数据。";

export const HOSPITALS: HospitalSeed[] = [
  {
    code: "ntdxfy",
    name: "南通大学附属医院",
    shortName: "通大附院",
    level: "三级甲等",
    type: "综合医院",
    district: "崇川区",
    address: "崇川区西寺路20号",
    foundedYear: 1911,
    summary: "由张謇创建于1911年，1994年首批评定为三级甲等综合医院，集医疗、教学、科研于一体。",
    dataNote: "名称、等级、地址、建院年份据公开资料；科室、医生、号源为示例数据。",
    departments: [...GENERAL, d("derm", "皮肤科", "其他", "湿疹、皮炎、痤疮与皮肤过敏。", "门诊楼5楼（示例）")],
  },
  {
    code: "ntsyy",
    name: "南通市第一人民医院",
    shortName: "市一院",
    level: "三级甲等",
    type: "综合医院",
    district: "崇川区",
    address: "崇川区孩儿巷北路6号（示例）",
    foundedYear: null,
    summary: "南通市属综合性医院，设有新院区（示例说明）。",
    dataNote: SAMPLE_ADDRESS_NOTE,
    departments: GENERAL.slice(0, 8),
  },
  {
    code: "ntsy3",
    name: "南通市第三人民医院",
    shortName: "市三院",
    level: "三级综合医院（示例）",
    type: "综合医院",
    district: "崇川区",
    address: "崇川区青年中路99号（示例）",
    foundedYear: null,
    summary: "南通市属综合性医院（示例说明）。",
    dataNote: SAMPLE_ADDRESS_NOTE,
    departments: [GENERAL[0]!, GENERAL[2]!, GENERAL[3]!, GENERAL[4]!, GENERAL[5]!, GENERAL[8]!],
  },
  {
    code: "ntzlyy",
    name: "南通市肿瘤医院",
    shortName: "市肿瘤医院",
    level: "三级专科医院（示例）",
    type: "专科医院",
    district: "崇川区",
    address: "崇川区青年西路48号（示例）",
    foundedYear: null,
    summary: "以肿瘤预防、诊断、治疗与康复为主的专科医院（示例说明）。",
    dataNote: SAMPLE_ADDRESS_NOTE,
    departments: [
      d("med-onc", "肿瘤内科", "内科", "化疗、靶向与免疫治疗方案制定。", "门诊楼2楼（示例）"),
      d("radio", "放疗科", "其他", "放射治疗评估与随访。", "放疗中心（示例）"),
      d("thoracic", "胸外科", "外科", "肺癌、食管癌的外科治疗。", "门诊楼3楼（示例）"),
      d("breast", "乳腺外科", "外科", "乳腺肿块、乳腺癌筛查与治疗。", "门诊楼3楼（示例）"),
      d("gyn-onc", "妇科肿瘤科", "妇儿", "宫颈、卵巢、子宫肿瘤的诊治。", "门诊楼4楼（示例）"),
    ],
  },
  {
    code: "tzqrmyy",
    name: "南通市通州区人民医院",
    shortName: "通州区人民医院",
    level: "三级综合医院",
    type: "综合医院",
    district: "通州区",
    address: "通州区金沙街道（示例）",
    foundedYear: 1950,
    summary: "始建于1950年8月，2016年1月晋升为三级综合医院，是通州区医疗、教学、科研和预防保健中心。",
    dataNote: "名称、建院年份、等级据公开资料；地址为示例；科室、医生、号源为示例数据。",
    departments: GENERAL.slice(0, 8),
  },
  {
    code: "hmqzyy",
    name: "海门区中医院",
    shortName: "海门中医院",
    level: "中医医院（等级以医院公布为准）",
    type: "中医医院",
    district: "海门区",
    address: "海门区河海路1号",
    foundedYear: null,
    summary: "2024年12月7日整体搬迁至河海路新院区（瑞江路与河海路交叉口）。",
    dataNote: "名称、新院地址与搬迁日期据医院公告；科室、医生、号源为示例数据。",
    departments: [
      d("tcm-med", "中医内科", "中医", "脾胃病、失眠、慢性病的中医调理。", "门诊楼2楼（示例）"),
      d("acu", "针灸科", "中医", "针灸、拔罐治疗颈肩腰腿痛。", "门诊楼3楼（示例）"),
      d("tuina", "推拿科", "中医", "推拿理疗、小儿推拿。", "门诊楼3楼（示例）"),
      d("bone", "骨伤科", "外科", "骨折、筋伤的中西医结合治疗。", "门诊楼4楼（示例）"),
    ],
  },
  {
    code: "ntszyy",
    name: "南通市中医院",
    shortName: "市中医院",
    level: "三级甲等（示例）",
    type: "中医医院",
    district: "崇川区",
    address: "崇川区建设路41号（示例）",
    foundedYear: null,
    summary: "南通市属中医医院（示例说明）。",
    dataNote: SAMPLE_ADDRESS_NOTE,
    departments: [
      d("tcm-med", "中医内科", "中医", "脾胃病、失眠、慢性病的中医调理。", "门诊楼2楼（示例）"),
      d("tcm-gyn", "中医妇科", "中医", "月经不调、不孕症与产后调理。", "门诊楼3楼（示例）"),
      d("tcm-peds", "中医儿科", "中医", "小儿咳嗽、厌食、体质调理。", "门诊楼1楼（示例）"),
      d("acu", "针灸科", "中医", "针灸、拔罐治疗颈肩腰腿痛。", "门诊楼4楼（示例）"),
      d("bone", "骨伤科", "外科", "骨折、筋伤的中西医结合治疗。", "门诊楼4楼（示例）"),
    ],
  },
  {
    code: "ntsy6",
    name: "南通市第六人民医院",
    shortName: "市六院",
    level: "二级甲等（示例）",
    type: "综合医院",
    district: "崇川区",
    address: "崇川区（地址示例）",
    foundedYear: null,
    summary: "南通市属综合性医院（示例说明）。",
    dataNote: SAMPLE_ADDRESS_NOTE,
    departments: [GENERAL[0]!, GENERAL[1]!, GENERAL[4]!, GENERAL[5]!, GENERAL[9]!],
  },
  {
    code: "ntsfybjy",
    name: "南通市妇幼保健院",
    shortName: "市妇幼",
    level: "三级妇幼保健院（示例）",
    type: "妇幼保健院",
    district: "崇川区",
    address: "崇川区世纪大道（地址示例）",
    foundedYear: null,
    summary: "面向妇女儿童的保健与医疗机构（示例说明）。",
    dataNote: SAMPLE_ADDRESS_NOTE,
    departments: [
      d("obst", "产科", "妇儿", "产前检查、高危妊娠管理。", "门诊楼2楼（示例）"),
      d("gyn", "妇科", "妇儿", "妇科炎症、肌瘤与内分泌疾病。", "门诊楼3楼（示例）"),
      d("peds", "儿科", "妇儿", "儿童常见病、多发病。", "门诊楼1楼（示例）"),
      d("child-care", "儿童保健科", "妇儿", "生长发育评估、营养与预防接种咨询。", "门诊楼1楼（示例）"),
    ],
  },
];

export const DOCTOR_TITLES = ["主任医师", "副主任医师", "主治医师", "医师"] as const;

const SURNAMES = "顾陆曹季缪姜施瞿葛钱范冯陈沈吴朱黄徐王张";
const GIVEN = ["海燕", "建国", "晓东", "丽华", "志强", "敏", "卫东", "雪梅", "春华", "文杰", "立新", "红霞", "永平", "静", "明辉"];
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

export type DoctorSeed = { code: string; name: string; title: (typeof DOCTOR_TITLES)[number]; specialty: string; sessions: string[] };

/**
 * SAMPLE doctors: two per department (invented names with （示例）), three clinic sessions a week each,
 * spread over the week (weekends included, as Nantong's hospitals hold weekend clinics).
 */
export function sampleDoctors(hospitalIndex: number, departmentIndex: number, department: DepartmentSeed): DoctorSeed[] {
  return [0, 1].map((k) => {
    const n = hospitalIndex * 31 + departmentIndex * 7 + k * 3;
    const title = DOCTOR_TITLES[(departmentIndex + k * 2) % DOCTOR_TITLES.length]!;
    const day = (n + k) % 7;
    const sessions = [`${WEEKDAYS[day]}-am`, `${WEEKDAYS[(day + 2) % 7]}-pm`, `${WEEKDAYS[(day + 4) % 7]}-am`];
    return {
      code: `${department.code}-${k + 1}`,
      name: `${SURNAMES[n % SURNAMES.length]}${GIVEN[n % GIVEN.length]}（示例）`,
      title,
      specialty: `${department.name}常见病（示例）`,
      sessions,
    };
  });
}
