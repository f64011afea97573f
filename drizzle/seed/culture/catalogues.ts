/**
 * 学在南通 courses, cultural events and innovation spaces — SAMPLE DATA (示例数据). Course
 * providers, texts and chapters are written for the demo. Event venues are real Nantong venues
 * (南通博物苑 founded 1905, 南通市图书馆, 更俗剧院, 南通纺织博物馆, 南通城市博物馆); the events,
 * times, capacities and the innovation spaces are invented. Event days are relative to the seeding
 * day so the calendar always has upcoming events.
 */

export type SeedCourse = {
  code: string;
  title: string;
  provider: string;
  category: string;
  level: string;
  summary: string;
  description: string;
  chapters: { title: string; minutes: number; content: string }[];
};

const chapter = (title: string, minutes: number, ...paragraphs: string[]) => ({
  title,
  minutes,
  content: [...paragraphs, "（示例课程内容）"].join("\n\n"),
});

export const SEED_COURSES: SeedCourse[] = [
  {
    code: "C-001",
    title: "智能手机应用入门（长者课堂）",
    provider: "南通老年大学（示例）",
    category: "数字生活",
    level: "入门",
    summary: "教长辈用好智能手机：打电话视频、扫码支付、挂号就医、防范电信诈骗。",
    description: "面向60岁以上的长辈，每章10–15分钟，跟着步骤一步一步操作。学完可以独立完成视频通话、扫码乘车、网上挂号和识别常见诈骗。",
    chapters: [
      chapter("认识智能手机", 12, "开机、关机、调大字体和音量。", "在“设置—显示”中把字体调到最大，看得更清楚。"),
      chapter("微信视频通话", 15, "添加家人为好友，发起视频通话。", "信号不好时可以改为语音通话。"),
      chapter("扫码乘车和支付", 15, "打开乘车码，上车时对准扫码器。", "付款前核对金额和收款方。"),
      chapter("网上预约挂号", 15, "在智慧南通“健康南通”中选择医院、科室和医生。", "预约成功会收到短信，按时到院取号。"),
      chapter("识别电信诈骗", 12, "“公检法”不会通过电话要求转账。", "遇到可疑电话，挂断后拨打110或96110核实。"),
    ],
  },
  {
    code: "C-002",
    title: "南通历史文化十讲",
    provider: "南通市图书馆（示例）",
    category: "地方文化",
    level: "通识",
    summary: "从江海平原的形成到近代张謇兴办实业，了解南通这座“近代第一城”。",
    description: "十讲串起南通的自然、历史与人物：狼山、濠河、南通博物苑、大生纱厂与张謇的“村落主义”。每讲配有延伸阅读书目。",
    chapters: [
      chapter("江海平原的形成", 20, "长江泥沙冲积形成了南通的陆地。"),
      chapter("狼山与广教寺", 18, "狼山是南通的标志，支云塔立于山顶。"),
      chapter("濠河：城市的翡翠项链", 18, "环绕老城的濠河是国内保存较为完整的古护城河之一。"),
      chapter("张謇与大生纱厂", 25, "1895年起张謇筹办大生纱厂，开启南通近代工业。"),
      chapter("南通博物苑：中国第一座公共博物馆", 20, "1905年张謇创办南通博物苑。"),
      chapter("近代教育的先声", 20, "通州师范学校等一批新式学校在南通创办。"),
      chapter("南通的戏剧与更俗剧场", 18, "更俗剧场见证了近代南通的戏剧繁荣。"),
      chapter("江海文化与方言", 15, "南通话、启海话、如皋话并存，是江海文化的缩影。"),
    ],
  },
  {
    code: "C-003",
    title: "Python 编程零基础",
    provider: "南通开放大学（示例）",
    category: "职业技能",
    level: "入门",
    summary: "从安装环境到写出第一个数据分析小程序。",
    description: "适合没有编程经验的学习者：变量、条件、循环、函数、文件读写，最后用 Python 统计一份 Excel 表格。",
    chapters: [
      chapter("安装 Python 与编辑器", 20, "下载安装 Python 3，并安装一个代码编辑器。"),
      chapter("变量与数据类型", 25, "数字、字符串、列表和字典。"),
      chapter("条件与循环", 25, "if 语句和 for 循环。"),
      chapter("函数", 25, "把重复的代码写成函数。"),
      chapter("读写文件", 20, "读取文本和 CSV 文件。"),
      chapter("小项目：统计表格数据", 30, "用 Python 统计每月的支出。"),
    ],
  },
  {
    code: "C-004",
    title: "家庭急救常识",
    provider: "南通市红十字会（示例）",
    category: "健康生活",
    level: "通识",
    summary: "心肺复苏、海姆立克急救法、烫伤与外伤处理。",
    description: "学习在专业救援到达之前能做什么、该怎么做。课程内容不能代替线下实操培训和急救员证书考试。",
    chapters: [
      chapter("遇到意外先做什么", 10, "确认环境安全，拨打120。"),
      chapter("心肺复苏（CPR）", 20, "胸外按压每分钟100–120次，深度5–6厘米。"),
      chapter("海姆立克急救法", 12, "异物卡喉时的急救方法。"),
      chapter("烫伤与外伤处理", 15, "烫伤用流动冷水冲洗15–30分钟。"),
    ],
  },
  {
    code: "C-005",
    title: "电商直播运营实务",
    provider: "南通市公共就业服务中心（示例）",
    category: "职业技能",
    level: "进阶",
    summary: "面向家纺等本地产业的直播带货：选品、脚本、投流与数据复盘。",
    description: "结合通州、海门家纺产业带的案例，讲解一场直播从筹备到复盘的全过程，完成课程可参加线下技能评价。",
    chapters: [
      chapter("直播电商的基本规则", 20, "平台规则与广告法要求。"),
      chapter("选品与定价", 20, "根据目标人群选品。"),
      chapter("直播脚本", 25, "开场、讲解、促单、答疑的节奏。"),
      chapter("数据复盘", 20, "观看时长、转化率和退货率。"),
    ],
  },
  {
    code: "C-006",
    title: "垃圾分类与低碳生活",
    provider: "南通市城市管理局（示例）",
    category: "数字生活",
    level: "通识",
    summary: "四分类标准、常见物品怎么分，以及家庭节能小窍门。",
    description: "讲解可回收物、有害垃圾、厨余垃圾和其他垃圾的分类标准与投放要求。",
    chapters: [
      chapter("为什么要分类", 10, "分类能减少填埋和焚烧的压力。"),
      chapter("四分类标准", 15, "可回收物、有害垃圾、厨余垃圾、其他垃圾。"),
      chapter("常见物品怎么分", 15, "用过的纸巾是其他垃圾，过期药品是有害垃圾。"),
      chapter("家庭低碳小窍门", 12, "空调夏季设在26℃以上。"),
    ],
  },
  {
    code: "C-007",
    title: "书法入门：楷书基本笔画",
    provider: "南通市文化馆（示例）",
    category: "艺术修养",
    level: "入门",
    summary: "从执笔到八种基本笔画，临写《九成宫醴泉铭》。",
    description: "毛笔楷书入门课程，适合各年龄段。准备毛笔、墨汁和毛边纸即可开始。",
    chapters: [
      chapter("文房四宝与执笔", 15, "五指执笔法。"),
      chapter("点与横", 15, "藏锋起笔，回锋收笔。"),
      chapter("竖、撇、捺", 18, "悬针竖与垂露竖。"),
      chapter("折与钩", 18, "横折与竖钩的写法。"),
      chapter("临写单字", 20, "选字临写并对照修改。"),
    ],
  },
  {
    code: "C-008",
    title: "创业政策与公司注册实务",
    provider: "南通市人力资源和社会保障局（示例）",
    category: "创新创业",
    level: "通识",
    summary: "创业担保贷款、一次性创业补贴，以及在“一网通办”上注册公司的步骤。",
    description: "面向准备创业的高校毕业生和返乡人员，讲解常用扶持政策和企业开办“一件事”办理流程。",
    chapters: [
      chapter("创业前的准备", 15, "商业计划与市场调研。"),
      chapter("创业扶持政策", 20, "创业担保贷款与一次性创业补贴。"),
      chapter("企业开办一件事", 20, "在线完成设立登记、刻章、领票和社保登记。"),
    ],
  },
];

export type SeedCultureEvent = {
  code: string;
  title: string;
  category: string;
  venue: string;
  address: string;
  district: string;
  day: number;
  start: string;
  end: string;
  capacity: number;
  priceYuan: number;
  organiser: string;
  description: string;
  audience?: string;
};

export const SEED_CULTURE_EVENTS: SeedCultureEvent[] = [
  {
    code: "E-01",
    title: "南通博物苑专题讲座：张謇与中国博物馆事业（示例）",
    category: "讲座",
    venue: "南通博物苑",
    address: "崇川区濠南路19号",
    district: "崇川区",
    day: 3,
    start: "14:30",
    end: "16:00",
    capacity: 120,
    priceYuan: 0,
    organiser: "南通博物苑（示例）",
    description: "从1905年南通博物苑的创办讲起，介绍张謇“设为庠序学校以教之，设为博物苑以识之”的理念。",
  },
  {
    code: "E-02",
    title: "濠河文化周末导览（示例）",
    category: "导览",
    venue: "濠河风景区",
    address: "崇川区濠河风景区游客中心集合",
    district: "崇川区",
    day: 5,
    start: "09:30",
    end: "11:30",
    capacity: 30,
    priceYuan: 0,
    organiser: "南通市文化广电和旅游局（示例）",
    description: "沿濠河步行导览，讲解沿岸的博物馆群和近代建筑。",
    audience: "适合10岁以上",
  },
  {
    code: "E-03",
    title: "少儿绘本故事会（示例）",
    category: "阅读",
    venue: "南通市图书馆",
    address: "崇川区工农路",
    district: "崇川区",
    day: 4,
    start: "10:00",
    end: "11:00",
    capacity: 40,
    priceYuan: 0,
    organiser: "南通市图书馆（示例）",
    description: "馆员带领小朋友共读绘本并做手工。",
    audience: "4–8岁儿童及家长",
  },
  {
    code: "E-04",
    title: "更俗剧院：南通童子戏展演（示例）",
    category: "演出",
    venue: "更俗剧院",
    address: "崇川区",
    district: "崇川区",
    day: 10,
    start: "19:30",
    end: "21:30",
    capacity: 600,
    priceYuan: 80,
    organiser: "南通市文化馆（示例）",
    description: "国家级非物质文化遗产南通童子戏专场展演。",
  },
  {
    code: "E-05",
    title: "蓝印花布印染体验（示例）",
    category: "非遗体验",
    venue: "南通纺织博物馆",
    address: "崇川区",
    district: "崇川区",
    day: 7,
    start: "14:00",
    end: "16:00",
    capacity: 20,
    priceYuan: 30,
    organiser: "南通纺织博物馆（示例）",
    description: "学习南通蓝印花布的刻版、刮浆和染色，完成一块小方巾（材料费30元）。",
    audience: "适合8岁以上",
  },
  {
    code: "E-06",
    title: "南通城市博物馆：江海文明特展（示例）",
    category: "展览",
    venue: "南通城市博物馆",
    address: "崇川区",
    district: "崇川区",
    day: 1,
    start: "09:00",
    end: "17:00",
    capacity: 500,
    priceYuan: 0,
    organiser: "南通城市博物馆（示例）",
    description: "展示南通从江海沙洲到现代城市的变迁。需预约入馆。",
  },
  {
    code: "E-07",
    title: "市民读书会：《乡土中国》（示例）",
    category: "阅读",
    venue: "南通市图书馆",
    address: "崇川区工农路",
    district: "崇川区",
    day: 12,
    start: "19:00",
    end: "20:30",
    capacity: 35,
    priceYuan: 0,
    organiser: "南通市图书馆（示例）",
    description: "共读费孝通《乡土中国》，讨论“差序格局”。",
  },
  {
    code: "E-08",
    title: "如皋水绘园古琴雅集（示例）",
    category: "演出",
    venue: "水绘园",
    address: "如皋市",
    district: "如皋市",
    day: 14,
    start: "15:00",
    end: "16:30",
    capacity: 80,
    priceYuan: 0,
    organiser: "如皋市文化馆（示例）",
    description: "在水绘园聆听古琴演奏。",
  },
  {
    code: "E-09",
    title: "启东圆陀角观日出摄影活动（示例）",
    category: "导览",
    venue: "圆陀角旅游度假区",
    address: "启东市",
    district: "启东市",
    day: 18,
    start: "04:30",
    end: "07:30",
    capacity: 50,
    priceYuan: 0,
    organiser: "启东市文体广电和旅游局（示例）",
    description: "在长江入海口观日出，摄影师现场指导。",
  },
  {
    code: "E-10",
    title: "青少年科普讲座：从三体到真实的宇宙（示例）",
    category: "讲座",
    venue: "南通市图书馆",
    address: "崇川区工农路",
    district: "崇川区",
    day: 9,
    start: "14:00",
    end: "15:30",
    capacity: 150,
    priceYuan: 0,
    organiser: "南通市科学技术协会（示例）",
    description: "天文学者讲解黑洞、引力波和系外行星。",
    audience: "适合10岁以上",
  },
  {
    code: "E-11",
    title: "扎染与蓝印：非遗市集（示例）",
    category: "非遗体验",
    venue: "南通博物苑",
    address: "崇川区濠南路19号",
    district: "崇川区",
    day: 20,
    start: "10:00",
    end: "16:00",
    capacity: 300,
    priceYuan: 0,
    organiser: "南通博物苑（示例）",
    description: "非遗传承人现场展示，市民可参与体验。",
  },
  {
    code: "E-12",
    title: "海安花鼓专场演出（示例）",
    category: "演出",
    venue: "海安市文化艺术中心",
    address: "海安市",
    district: "海安市",
    day: 16,
    start: "19:00",
    end: "21:00",
    capacity: 400,
    priceYuan: 50,
    organiser: "海安市文化馆（示例）",
    description: "国家级非遗海安花鼓专场。",
  },
];

export type SeedCultureSpace = {
  code: string;
  name: string;
  kind: "fablab" | "makerspace" | "incubator";
  address: string;
  district: string;
  description: string;
  equipment: string[];
  openingHours: string;
  slotMinutes: number;
  capacityPerSlot: number;
  rules: string;
};

export const SEED_CULTURE_SPACES: SeedCultureSpace[] = [
  {
    code: "S-01",
    name: "南通市民 Fab Lab 数字制造实验室（示例）",
    kind: "fablab",
    address: "崇川区工农路南通市图书馆三楼（示例地址）",
    district: "崇川区",
    description: "向市民开放的数字制造实验室：3D打印、激光切割、开源硬件，每周有入门培训。",
    equipment: ["3D打印机 ×6", "激光切割机 ×2", "数控雕刻机 ×1", "电子焊接工位 ×8", "Arduino/树莓派套件"],
    openingHours: "周二至周日 9:00–17:00（周一闭馆）",
    slotMinutes: 120,
    capacityPerSlot: 8,
    rules: "首次使用激光切割机须参加安全培训；未成年人须家长陪同；材料自备或按成本价购买。",
  },
  {
    code: "S-02",
    name: "紫琅科技城众创空间（示例）",
    kind: "makerspace",
    address: "崇川区紫琅科技城（示例地址）",
    district: "崇川区",
    description: "为初创团队提供共享工位、会议室和路演厅，定期举办创业沙龙。",
    equipment: ["共享工位 ×60", "会议室 ×4", "路演厅（80座）"],
    openingHours: "周一至周五 8:30–21:00",
    slotMinutes: 60,
    capacityPerSlot: 12,
    rules: "会议室每次最多预约2小时；路演厅需提前3个工作日预约。",
  },
  {
    code: "S-03",
    name: "海门青年创客工坊（示例）",
    kind: "fablab",
    address: "海门区（示例地址）",
    district: "海门区",
    description: "面向青少年的创客教育空间，开设机器人、无人机和木工课程。",
    equipment: ["3D打印机 ×4", "木工工具台 ×6", "机器人套件"],
    openingHours: "周三至周日 13:00–20:00",
    slotMinutes: 90,
    capacityPerSlot: 10,
    rules: "14岁以下须家长陪同。",
  },
  {
    code: "S-04",
    name: "南通高校科技成果孵化器（示例）",
    kind: "incubator",
    address: "崇川区（示例地址）",
    district: "崇川区",
    description: "为高校科研团队提供实验场地、中试平台和投融资对接。",
    equipment: ["公共实验室", "中试车间", "洽谈室 ×3"],
    openingHours: "周一至周五 9:00–17:30",
    slotMinutes: 60,
    capacityPerSlot: 6,
    rules: "使用公共实验室须通过安全考核。",
  },
];

/** The demo citizen's loans (by title), borrowed `borrowedDaysAgo` days before seeding. */
export const DEMO_LOANS: { title: string; borrowedDaysAgo: number; renewals: number; reservedByOther?: boolean }[] = [
  { title: "红楼梦", borrowedDaysAgo: 12, renewals: 0 }, // renewable
  { title: "三体", borrowedDaysAgo: 35, renewals: 0 }, // overdue
  { title: "活着", borrowedDaysAgo: 40, renewals: 1 }, // renewed once already
  { title: "乡土中国", borrowedDaysAgo: 20, renewals: 0, reservedByOther: true }, // another reader is waiting
];
