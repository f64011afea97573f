/**
 * 中小企业云服务 offerings and 乐业南通 jobs — SAMPLE DATA (示例数据). Providers and employers are
 * invented (their names end in “（示例）”); prices, subsidies, salaries and fairs are illustrative.
 * Job and fair dates are relative to the day the database is seeded so the demo always has open
 * postings and upcoming fairs.
 */

export const SEED_CLOUD_OFFERINGS = [
  {
    code: "CS-001",
    name: "云主机（通用型）",
    category: "基础设施",
    provider: "江海云数据科技有限公司（示例）",
    summary: "2核4G起的弹性云服务器，部署在南通本地数据中心，按月计费。",
    description: "提供通用型、计算型、内存型多种规格，支持按需扩容、自动快照和异地备份。适合企业官网、ERP、OA等业务系统上云。",
    monthlyPriceFen: 19_900,
    priceNote: "2核4G、100GB云盘，每月199元起",
    subsidyNote: "可使用“上云用云”服务券抵扣50%",
  },
  {
    code: "CS-002",
    name: "企业云存储与备份",
    category: "基础设施",
    provider: "江海云数据科技有限公司（示例）",
    summary: "文件存储、数据库定时备份，一键恢复。",
    description: "对象存储、文件存储和数据库备份服务，数据三副本存放，支持按天、按周的备份策略和7×24小时恢复。",
    monthlyPriceFen: 9_900,
    priceNote: "1TB每月99元起",
    subsidyNote: "可使用“上云用云”服务券抵扣50%",
  },
  {
    code: "CS-003",
    name: "云上财务与进销存（SaaS）",
    category: "企业管理",
    provider: "濠河软件股份有限公司（示例）",
    summary: "面向小微企业的在线记账、开票、进销存一体化软件。",
    description: "支持全电发票开具与查验、进销存管理、财务报表自动生成，手机和电脑同步使用，5个账号起。",
    monthlyPriceFen: 29_900,
    priceNote: "5个账号每月299元",
    subsidyNote: "首年可使用服务券抵扣50%",
  },
  {
    code: "CS-004",
    name: "协同办公平台",
    category: "企业管理",
    provider: "紫琅信息技术有限公司（示例）",
    summary: "即时通讯、审批、考勤、文档协同。",
    description: "提供组织通讯录、移动审批、考勤打卡、在线文档和视频会议，可对接企业现有的财务和人事系统。",
    monthlyPriceFen: null,
    priceNote: "按用户数报价，50人以下免费试用3个月",
    subsidyNote: null,
  },
  {
    code: "CS-005",
    name: "工业互联网设备上云",
    category: "工业互联网",
    provider: "通吕工业互联网有限公司（示例）",
    summary: "数控机床、注塑机等设备联网，实时采集产量、能耗和故障。",
    description: "提供工业网关、设备数据采集、OEE统计、能耗看板和故障报警，帮助中小制造企业实现车间数字化。可按产线分期实施。",
    monthlyPriceFen: 80_000,
    priceNote: "10台设备以内每月800元，网关设备另计",
    subsidyNote: "可申报“智改数转”项目奖补",
  },
  {
    code: "CS-006",
    name: "MES制造执行系统（轻量版）",
    category: "工业互联网",
    provider: "通吕工业互联网有限公司（示例）",
    summary: "生产计划、工单、质量追溯的云端MES。",
    description: "覆盖生产计划排程、工单下发、报工、质量检验和产品追溯，适合离散制造的中小企业，4–8周上线。",
    monthlyPriceFen: null,
    priceNote: "按模块和工位数报价",
    subsidyNote: "可申报“智改数转”项目奖补",
  },
  {
    code: "CS-007",
    name: "网站安全防护（WAF+DDoS）",
    category: "网络安全",
    provider: "星湖网络安全技术有限公司（示例）",
    summary: "Web应用防火墙和抗DDoS攻击防护。",
    description: "防护SQL注入、跨站脚本等常见攻击，提供网页防篡改、攻击日志和月度安全报告，支持等保测评整改。",
    monthlyPriceFen: 49_900,
    priceNote: "单域名每月499元",
    subsidyNote: "可使用“上云用云”服务券抵扣50%",
  },
  {
    code: "CS-008",
    name: "等保2.0合规咨询与测评辅导",
    category: "网络安全",
    provider: "星湖网络安全技术有限公司（示例）",
    summary: "网络安全等级保护定级、整改和测评辅导。",
    description: "协助企业完成等级保护定级备案、差距分析、整改方案和测评辅导，输出整改报告和管理制度模板。",
    monthlyPriceFen: null,
    priceNote: "按系统数量报价",
    subsidyNote: null,
  },
  {
    code: "CS-009",
    name: "跨境电商独立站建站",
    category: "数字营销",
    provider: "滨江数字商务有限公司（示例）",
    summary: "多语言独立站、海外支付和物流对接。",
    description: "提供多语言网站模板、海外支付通道、物流轨迹对接和搜索引擎优化，帮助外贸企业开拓线上渠道。",
    monthlyPriceFen: 39_900,
    priceNote: "基础版每月399元",
    subsidyNote: "可申报跨境电商发展扶持",
  },
  {
    code: "CS-010",
    name: "数据分析与可视化（BI）",
    category: "数据服务",
    provider: "濠河软件股份有限公司（示例）",
    summary: "销售、生产、财务数据的自助分析报表。",
    description: "连接企业的财务、ERP、电商后台等数据源，拖拽生成报表和大屏，支持手机查看和定时推送。",
    monthlyPriceFen: 59_900,
    priceNote: "10个用户每月599元",
    subsidyNote: "可使用“上云用云”服务券抵扣50%",
  },
];

const DAY = 86_400_000;

export type SeedJobFair = {
  code: string;
  title: string;
  kind: "onsite" | "online";
  venue: string;
  district: string;
  startDays: number;
  hours: [number, number];
  organiser: string;
  description: string;
  boothCount: number;
};

/** Fairs, `startDays` from the seeding day (China time), from `hours[0]` to `hours[1]` o'clock. */
export const SEED_JOB_FAIRS: SeedJobFair[] = [
  {
    code: "JF-01",
    title: "乐业南通·春风行动大型招聘会（示例）",
    kind: "onsite",
    venue: "南通市人力资源市场（示例场馆）",
    district: "崇川区",
    startDays: 9,
    hours: [9, 12],
    organiser: "南通市公共就业服务中心（示例）",
    description: "面向高校毕业生、农村转移劳动力和就业困难人员，百余家企业现场招聘，提供政策咨询和职业指导。",
    boothCount: 120,
  },
  {
    code: "JF-02",
    title: "高校毕业生专场网络招聘会（示例）",
    kind: "online",
    venue: "智慧南通“乐业南通”线上展厅",
    district: "崇川区",
    startDays: 2,
    hours: [9, 21],
    organiser: "南通市人力资源和社会保障局（示例）",
    description: "线上投递简历，企业在线面试；持续一周，每天9点至21点在线答疑。",
    boothCount: 200,
  },
  {
    code: "JF-03",
    title: "海门区先进制造业专场招聘会（示例）",
    kind: "onsite",
    venue: "海门区人力资源市场（示例场馆）",
    district: "海门区",
    startDays: 16,
    hours: [8, 12],
    organiser: "海门区人力资源和社会保障局（示例）",
    description: "纺织、电子、装备制造企业专场，现场可办理就业登记。",
    boothCount: 60,
  },
  {
    code: "JF-04",
    title: "秋季退役军人专场招聘会（示例）",
    kind: "onsite",
    venue: "南通市退役军人服务中心（示例场馆）",
    district: "崇川区",
    startDays: -40,
    hours: [9, 11],
    organiser: "南通市退役军人事务局（示例）",
    description: "为退役军人提供专场岗位和就业创业政策咨询。",
    boothCount: 45,
  },
];

export type SeedJobPosting = {
  code: string;
  title: string;
  employer: string;
  industryCode: string;
  district: string;
  address: string;
  salary: [number, number];
  education: string;
  experience: string;
  headcount: number;
  description: string;
  requirements: string;
  benefits: string[];
  publishedDaysAgo: number;
  openDays: number;
  fair?: string;
  closed?: boolean;
};

const EMPLOYERS = [
  { name: "南通江海智造科技有限公司（示例）", industry: "C39", district: "崇川区", address: "崇川区崇川路58号（示例地址）" },
  { name: "通州濠滨家纺有限公司（示例）", industry: "C17", district: "通州区", address: "通州区川姜镇家纺城（示例地址）" },
  { name: "启东海晟船舶配套有限公司（示例）", industry: "C37", district: "启东市", address: "启东市滨江精细化工园区（示例地址）" },
  { name: "紫琅信息技术有限公司（示例）", industry: "I65", district: "崇川区", address: "崇川区紫琅科技城（示例地址）" },
  { name: "如皋锦程物流有限公司（示例）", industry: "G", district: "如皋市", address: "如皋市港城物流园（示例地址）" },
  { name: "海安瑞丰精密机械有限公司（示例）", industry: "C34", district: "海安市", address: "海安市开发区（示例地址）" },
  { name: "如东长风新能源科技有限公司（示例）", industry: "C38", district: "如东县", address: "如东县洋口港经济开发区（示例地址）" },
  { name: "海门银杏生物医药有限公司（示例）", industry: "C27", district: "海门区", address: "海门区临江新区（示例地址）" },
  { name: "南通星湖建设工程有限公司（示例）", industry: "E", district: "崇川区", address: "崇川区工农路（示例地址）" },
  { name: "南通五山文旅发展有限公司（示例）", industry: "R", district: "崇川区", address: "崇川区狼山风景区（示例地址）" },
];

const JOBS: {
  title: string;
  salary: [number, number];
  education: string;
  experience: string;
  description: string;
  requirements: string;
}[] = [
  {
    title: "数控车工",
    salary: [6000, 9000],
    education: "高中/中专/技校",
    experience: "1–3年",
    description: "操作数控车床完成零件加工，做好首件检验和设备日常保养。",
    requirements: "能看懂机械图纸，持车工中级及以上证书优先。",
  },
  {
    title: "电气工程师",
    salary: [9000, 15000],
    education: "本科",
    experience: "3–5年",
    description: "负责自动化产线电气设计、PLC编程和现场调试。",
    requirements: "电气自动化相关专业，熟悉西门子或三菱PLC。",
  },
  {
    title: "家纺设计师",
    salary: [7000, 12000],
    education: "大专",
    experience: "1–3年",
    description: "根据流行趋势设计床品图案和款式，跟进打样。",
    requirements: "熟练使用PS、AI等设计软件，有家纺行业经验优先。",
  },
  {
    title: "质量检验员",
    salary: [5000, 7000],
    education: "高中/中专/技校",
    experience: "不限",
    description: "按检验标准对来料、半成品和成品进行检验并记录。",
    requirements: "责任心强，能适应倒班。",
  },
  {
    title: "Java开发工程师",
    salary: [10000, 18000],
    education: "本科",
    experience: "3–5年",
    description: "参与政务和企业信息系统的后端开发与维护。",
    requirements: "熟悉Spring Boot、PostgreSQL，有政务项目经验优先。",
  },
  {
    title: "前端开发工程师",
    salary: [9000, 16000],
    education: "本科",
    experience: "1–3年",
    description: "负责网站和小程序前端开发，关注无障碍和适老化体验。",
    requirements: "熟悉React或Vue，了解WCAG无障碍规范优先。",
  },
  {
    title: "仓储主管",
    salary: [7000, 10000],
    education: "大专",
    experience: "3–5年",
    description: "负责仓库日常管理、库存盘点和人员排班。",
    requirements: "熟悉WMS系统，有第三方物流仓储管理经验。",
  },
  {
    title: "货车司机（A2）",
    salary: [8000, 12000],
    education: "初中及以下",
    experience: "3–5年",
    description: "负责长三角区域干线运输。",
    requirements: "持A2驾驶证和从业资格证，无重大事故记录。",
  },
  {
    title: "焊工",
    salary: [7000, 11000],
    education: "初中及以下",
    experience: "1–3年",
    description: "船舶分段焊接作业。",
    requirements: "持焊工证，能进行CO2气体保护焊。",
  },
  {
    title: "风电运维技术员",
    salary: [8000, 13000],
    education: "大专",
    experience: "1–3年",
    description: "海上风电机组的巡检、维护和故障处理。",
    requirements: "电气、机电相关专业，能适应出海作业，持高处作业证优先。",
  },
  {
    title: "药物分析研究员",
    salary: [10000, 16000],
    education: "硕士",
    experience: "1–3年",
    description: "负责药品质量研究、方法开发与验证。",
    requirements: "药物分析、药学相关专业，熟悉HPLC、GC等仪器。",
  },
  {
    title: "施工员",
    salary: [7000, 11000],
    education: "大专",
    experience: "1–3年",
    description: "负责施工现场进度、质量和安全管理。",
    requirements: "土木工程相关专业，持施工员证。",
  },
  {
    title: "会计",
    salary: [6000, 9000],
    education: "本科",
    experience: "3–5年",
    description: "负责总账、税务申报和财务报表编制。",
    requirements: "持初级会计职称以上，熟悉全电发票。",
  },
  {
    title: "景区讲解员",
    salary: [4500, 6500],
    education: "大专",
    experience: "不限",
    description: "为游客提供狼山景区讲解服务。",
    requirements: "普通话二级甲等以上，热爱南通历史文化。",
  },
  {
    title: "人力资源专员",
    salary: [5500, 8000],
    education: "本科",
    experience: "1–3年",
    description: "负责招聘、入离职手续和社保公积金办理。",
    requirements: "人力资源管理相关专业，熟悉劳动法规。",
  },
  {
    title: "电商运营",
    salary: [6000, 10000],
    education: "大专",
    experience: "1–3年",
    description: "负责家纺产品在电商平台的店铺运营和直播策划。",
    requirements: "有直播电商运营经验优先。",
  },
];

const BENEFITS = [
  ["五险一金", "包住", "年终奖"],
  ["五险一金", "餐补", "带薪年假"],
  ["五险一金", "交通补贴", "节日福利"],
  ["五险一金", "技能培训", "免费班车"],
];

/** 40 postings: each job type at a fitting employer; a few at fairs, one closed. */
export const SEED_JOB_POSTINGS: SeedJobPosting[] = Array.from({ length: 40 }, (_, i) => {
  const job = JOBS[i % JOBS.length]!;
  const employer = EMPLOYERS[(i * 3) % EMPLOYERS.length]!;
  const bump = (i % 3) * 500;
  return {
    code: `JP-${String(i + 1).padStart(3, "0")}`,
    title: job.title,
    employer: employer.name,
    industryCode: employer.industry,
    district: employer.district,
    address: employer.address,
    salary: [job.salary[0] + bump, job.salary[1] + bump],
    education: job.education,
    experience: job.experience,
    headcount: 1 + (i % 5),
    description: job.description,
    requirements: job.requirements,
    benefits: BENEFITS[i % BENEFITS.length]!,
    publishedDaysAgo: i % 20,
    openDays: 30 + (i % 4) * 15,
    fair: i % 8 === 0 ? "JF-01" : i % 8 === 3 ? "JF-02" : i % 11 === 5 ? "JF-03" : undefined,
    closed: i === 39,
  };
});

export { DAY };
