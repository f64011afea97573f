import { buildSearchIndex, searchIndex, type SearchDoc, type SearchIndex } from "@/server/lib/text-search";
export { MAX_QUERY_LENGTH, normalizeQuery } from "@/server/lib/text-search";

/**
 * The single registry of the portal's six sections (智慧经济 … 智慧生活) and their sub-services,
 * plus a small portal search over them. Plain data and functions: no React, no database, so the
 * public pages can render it statically and tests can check it directly.
 */

export type SectionSlug = "economy" | "culture" | "governance" | "transport" | "environment" | "life";

export type Audience = "personal" | "enterprise";

export type SubService = {
  id: string;
  name: string;
  summary: string;
  /** Only set when the route exists; unbuilt sub-services are listed without a link. */
  href?: string;
  audience: Audience[];
  keywords?: string[];
};

export type SectionFact = { label: string; value: string; source?: string };

export type Section = {
  slug: SectionSlug;
  /** e.g. 智慧经济 */
  name: string;
  /** e.g. 乐业南通 */
  brand: string;
  summary: string;
  subServices: SubService[];
  facts: SectionFact[];
};

const SOURCE_METRO = "南通轨道交通1号线开通资料";
const SOURCE_AIR = "南通市区国控空气监测站点";

export const SECTIONS: readonly Section[] = [
  {
    slug: "economy",
    name: "智慧经济",
    brand: "乐业南通",
    summary: "面向企业和求职者：查找惠企政策、申请中小企业云服务、查询企业信用，了解南通经济数据和就业机会。",
    subServices: [
      {
        id: "economy-policy",
        name: "惠企政策",
        summary: "回答几个关于企业规模、行业和所在地区的问题，即可找到企业可以申请的扶持政策及申请条件。",
        href: "/economy/policies",
        audience: ["enterprise"],
        keywords: ["政策", "补贴", "扶持", "奖励", "政策匹配"],
      },
      {
        id: "economy-cloud",
        name: "中小企业云服务",
        summary: "浏览面向中小企业的云计算、软件和信息化服务产品，在线提交使用申请并查看办理进度。",
        href: "/economy/cloud",
        audience: ["enterprise"],
        keywords: ["云计算", "信息化", "上云"],
      },
      {
        id: "economy-credit",
        name: "信用南通",
        summary: "按企业名称或统一社会信用代码查询企业信用信息，查看按类别公布的红黑榜及公布日期。",
        href: "/economy/credit",
        audience: ["enterprise", "personal"],
        keywords: ["信用查询", "红黑榜", "统一社会信用代码", "失信"],
      },
      {
        id: "economy-indicators",
        name: "宏观经济",
        summary: "查看南通历年地区生产总值等主要经济指标，每张图表都附有可供读屏软件阅读的数据表。",
        href: "/economy/macro",
        audience: ["enterprise", "personal"],
        keywords: ["GDP", "地区生产总值", "经济指标", "统计"],
      },
      {
        id: "economy-jobs",
        name: "就业",
        summary: "查找南通本地的招聘岗位和招聘会安排，了解用人单位和岗位要求。",
        href: "/economy/jobs",
        audience: ["personal", "enterprise"],
        keywords: ["招聘", "求职", "找工作", "招聘会", "乐业南通"],
      },
    ],
    // read from the modules' data by the section page (宏观经济, 惠企政策, 云服务, 就业)
    facts: [],
  },
  {
    slug: "culture",
    name: "智慧人文",
    brand: "学在南通 · 创新南通",
    summary: "终身学习、图书借阅、文化活动和创新空间：在南通随时学习、阅读和创造。",
    subServices: [
      {
        id: "culture-learning",
        name: "终身学习",
        summary: "浏览面向市民的学习资源和课程，报名学习并随时查看自己的学习进度。",
        href: "/culture/courses",
        audience: ["personal"],
        keywords: ["课程", "学习", "教育", "慧学南通"],
      },
      {
        id: "culture-library",
        name: "图书馆",
        summary: "检索图书馆馆藏，用市民卡查看自己借阅的图书并在线续借。",
        href: "/culture/library",
        audience: ["personal"],
        keywords: ["借书", "续借", "馆藏", "图书"],
      },
      {
        id: "culture-events",
        name: "文化活动",
        summary: "按日期查看全市展览、讲座和演出等文化活动，在名额内在线报名。",
        href: "/culture/events",
        audience: ["personal"],
        keywords: ["活动报名", "讲座", "展览", "演出"],
      },
      {
        id: "culture-makerspace",
        name: "创新空间",
        summary: "了解众创空间和 Fab Lab 创客实验室的设备与开放时间，在线预约使用时段。",
        href: "/culture/spaces",
        audience: ["personal", "enterprise"],
        keywords: ["众创空间", "创客", "Fab Lab", "预约"],
      },
    ],
    // read from the modules' data by the section page (课程, 馆藏, 活动, 创新空间)
    facts: [],
  },
  {
    slug: "governance",
    name: "智慧治理",
    brand: "慧治南通",
    summary: "网上办事、12345 热线、政务公开和数据开放，随手反映城市问题，参与城市治理。",
    subServices: [
      {
        id: "governance-services",
        name: "一网通办",
        summary: "查找 649 项政务及民生服务事项的办理条件、材料和时限，可在线办理的事项直接网上申请。",
        href: "/services",
        audience: ["personal", "enterprise"],
        keywords: ["办事", "事项", "网上办事", "政务服务", "在线申请"],
      },
      {
        id: "governance-12345",
        name: "12345 热线",
        summary: "咨询、求助、投诉、建议或举报，可以拨打 12345 或在线提交，并跟踪办理进度和答复。",
        href: "/12345",
        audience: ["personal", "enterprise"],
        keywords: ["12345", "热线", "投诉", "咨询", "求助", "建议", "举报", "市民热线"],
      },
      {
        id: "governance-open-gov",
        name: "政务公开",
        summary: "阅读政府新闻、通知公告和政策文件，以及相应的政策解读。",
        href: "/governance/open",
        audience: ["personal", "enterprise"],
        keywords: ["通知公告", "政策文件", "政策解读", "新闻"],
      },
      {
        id: "governance-open-data",
        name: "数据开放",
        summary: "浏览公共数据目录，数据集可下载为 CSV 和 JSON，也可以通过接口查询。",
        href: "/governance/data",
        audience: ["personal", "enterprise"],
        keywords: ["开放数据", "数据集", "API", "下载"],
      },
      {
        id: "governance-report",
        name: "随手拍",
        summary: "发现道路坑洼、路灯不亮、违章停车等问题，拍照并标出位置，即生成 12345 工单。",
        href: "/governance/snap",
        audience: ["personal"],
        keywords: ["城市问题", "路灯", "坑洼", "违停", "反映问题"],
      },
      {
        id: "governance-points",
        name: "智慧南通积分",
        summary: "反映问题被确认、低碳出行、参加志愿服务等文明行为可获得积分，可随时查看积分明细。",
        href: "/governance/points",
        audience: ["personal"],
        keywords: ["积分", "志愿服务", "文明积分"],
      },
    ],
    // read from the modules' data by the section page (政务公开, 数据开放, 一网通办)
    facts: [],
  },
  {
    slug: "transport",
    name: "智慧交通",
    brand: "畅行南通",
    summary: "公交地铁线路、站点和实时到站，停车场空位、路况和公共自行车，出行前看一看。",
    subServices: [
      {
        id: "transport-bus",
        name: "公交出行",
        summary: "查询公交线路、站点和时刻表，查看车辆实时到站信息和附近的公交站。",
        audience: ["personal"],
        keywords: ["公交", "公交车", "到站", "线路", "时刻表"],
      },
      {
        id: "transport-metro",
        name: "地铁1号线",
        summary: "查看南通轨道交通1号线（平潮—振兴路）各站、首末班时间和票价优惠。",
        audience: ["personal"],
        keywords: ["地铁", "轨道交通", "1号线", "票价"],
      },
      {
        id: "transport-parking",
        name: "停车",
        summary: "按区域查找停车场和实时空余车位，找到离您最近的停车场。",
        audience: ["personal"],
        keywords: ["停车场", "车位", "智能停车"],
      },
      {
        id: "transport-traffic",
        name: "路况",
        summary: "查看道路拥堵情况、交通事故和道路施工通告，提前规划路线。",
        audience: ["personal", "enterprise"],
        keywords: ["拥堵", "施工", "交通事故", "道路"],
      },
      {
        id: "transport-bike",
        name: "公共自行车",
        summary: "查找公共自行车站点，查看可借车辆和可还车位数量。",
        audience: ["personal"],
        keywords: ["自行车", "单车", "借车", "还车"],
      },
    ],
    facts: [
      { label: "地铁1号线开通", value: "2022年11月10日", source: SOURCE_METRO },
      { label: "线路", value: "平潮—振兴路，全长 39.18 公里，28 座车站", source: SOURCE_METRO },
      { label: "运营时间", value: "06:00–22:00", source: SOURCE_METRO },
      {
        label: "票价",
        value: "起步 2 元；60–64 周岁半价，65 周岁以上免费",
        source: SOURCE_METRO,
      },
    ],
  },
  {
    slug: "environment",
    name: "智慧环保",
    brand: "绿色南通",
    summary: "空气质量、水质和垃圾分类查询，环保知识与低碳生活，发现环境问题随时反映。",
    subServices: [
      {
        id: "environment-air",
        name: "空气质量",
        summary: "查看各监测站每小时的污染物浓度、按 HJ 633-2012 计算的空气质量指数（AQI）和首要污染物。",
        audience: ["personal"],
        keywords: ["AQI", "PM2.5", "空气", "雾霾", "监测站"],
      },
      {
        id: "environment-water",
        name: "地表水水质",
        summary: "查看河流、湖泊各监测断面的水质类别（Ⅰ～Ⅴ类）。",
        audience: ["personal", "enterprise"],
        keywords: ["水质", "河流", "断面"],
      },
      {
        id: "environment-wiki",
        name: "环保百科",
        summary: "阅读节能、减排、环境保护等方面的科普文章。",
        audience: ["personal"],
        keywords: ["环保知识", "科普"],
      },
      {
        id: "environment-waste",
        name: "垃圾分类",
        summary: "输入物品名称（支持拼音），查询它属于可回收物、有害垃圾、厨余垃圾还是其他垃圾。",
        audience: ["personal"],
        keywords: ["垃圾", "可回收物", "有害垃圾", "厨余垃圾", "其他垃圾"],
      },
      {
        id: "environment-low-carbon",
        name: "低碳生活",
        summary: "用碳足迹计算器估算日常排放，记录绿色出行等低碳行为并获得智慧南通积分。",
        audience: ["personal"],
        keywords: ["碳足迹", "绿色出行", "节能", "低碳"],
      },
      {
        id: "environment-report",
        name: "环境问题反映",
        summary: "发现污染、噪声、乱倒垃圾等环境问题，提交后生成 12345 环境保护类工单并由部门办理。",
        audience: ["personal", "enterprise"],
        keywords: ["污染", "噪声", "环境投诉", "举报"],
      },
    ],
    facts: [
      { label: "国控空气监测站", value: "市区 7 个", source: SOURCE_AIR },
      {
        label: "部分站点",
        value: "虹桥、环境教育馆、狼山镇街道、城中、星湖花园",
        source: SOURCE_AIR,
      },
      { label: "空气质量指数计算", value: "按 HJ 633-2012 由实测浓度计算", source: "HJ 633-2012" },
    ],
  },
  {
    slug: "life",
    name: "智慧生活",
    brand: "健康南通 · 安居南通 · 畅游南通",
    summary: "预约挂号、市民卡、社区和养老服务、景区门票和公积金，日常生活事一站办。",
    subServices: [
      {
        id: "life-hospital",
        name: "预约挂号",
        href: "/life/health",
        summary: "选择医院、科室和医生，实名预约就诊时段；就诊前规定时间内可以取消预约。",
        audience: ["personal"],
        keywords: ["挂号", "医院", "看病", "门诊", "健康南通"],
      },
      {
        id: "life-citizen-card",
        name: "市民卡",
        href: "/life/card",
        summary: "查看市民卡状态、余额和交易记录，卡片丢失可以立即在线挂失。",
        audience: ["personal"],
        keywords: ["挂失", "余额", "社保", "社保卡", "公交卡"],
      },
      {
        id: "life-community",
        name: "社区服务",
        href: "/life/community",
        summary: "查找社区服务中心，为家中老人申请居家养老服务，或制作只展示本人所选信息的老人二维码名片。",
        audience: ["personal"],
        keywords: ["养老", "居家养老", "老人", "二维码名片", "社区"],
      },
      {
        id: "life-tourism",
        name: "畅游南通",
        href: "/life/tourism",
        summary: "了解狼山、濠河、南通博物苑等景区，按每日限额在线预约门票。",
        audience: ["personal"],
        keywords: ["旅游", "景区", "门票", "狼山", "濠河"],
      },
      {
        id: "life-housing",
        name: "公积金与安居",
        href: "/life/housing",
        summary: "查询住房公积金账户和缴存记录，了解住房相关服务。",
        audience: ["personal"],
        keywords: ["公积金", "住房", "安居南通", "住房公积金"],
      },
      {
        id: "life-wifi",
        name: "免费 Wi-Fi",
        href: "/life/wifi",
        summary: "查找城市公共场所的免费无线网络热点。",
        audience: ["personal"],
        keywords: ["WiFi", "无线网络", "上网", "热点"],
      },
    ],
    facts: [
      {
        label: "部分医院",
        value:
          "南通大学附属医院（三甲，1911 年创建）、南通市第一人民医院、南通市第三人民医院、南通市肿瘤医院、南通市通州区人民医院、海门区中医院",
      },
      {
        label: "部分景区",
        value: "狼山（广教寺、支云塔）、濠河、南通博物苑、文峰塔、啬园、水绘园（如皋）、圆陀角（启东）、小洋口（如东）",
      },
      { label: "市民卡", value: "2015年12月31日起发放" },
    ],
  },
];

const SECTION_BY_SLUG = new Map<string, Section>(SECTIONS.map((s) => [s.slug, s]));

/** Looks a section up by its URL slug; undefined for anything else. */
export function getSection(slug: string): Section | undefined {
  return SECTION_BY_SLUG.get(slug);
}

// ---------------------------------------------------------------------------
// Portal search
// ---------------------------------------------------------------------------

export type SearchHit = {
  kind: "section" | "subService";
  title: string;
  summary: string;
  href?: string;
  sectionName: string;
  sectionSlug: SectionSlug;
  /**
   * Where the query matched, as UTF-16 offsets into `title` or `summary`, so the results page can
   * highlight Chinese text matched by pinyin (e.g. "xinyong" → 信用).
   */
  match?: { field: "title" | "summary"; start: number; end: number };
};

// Built once at module load: the registry is static.
const INDEX: SearchIndex<SearchHit> = buildSearchIndex(
  SECTIONS.flatMap((section): SearchDoc<SearchHit>[] => {
    const title = `${section.name} · ${section.brand}`;
    return [
      {
        payload: {
          kind: "section",
          title,
          summary: section.summary,
          href: `/${section.slug}`,
          sectionName: section.name,
          sectionSlug: section.slug,
        },
        title,
        names: [section.name, ...section.brand.split(/\s*·\s*/)],
        summary: section.summary,
      },
      ...section.subServices.map((sub) => ({
        payload: {
          kind: "subService" as const,
          title: sub.name,
          summary: sub.summary,
          href: sub.href,
          sectionName: section.name,
          sectionSlug: section.slug,
        },
        title: sub.name,
        names: [sub.name],
        keywords: sub.keywords ?? [],
        summary: sub.summary,
      })),
    ];
  }),
);

/**
 * Searches the six sections and their sub-services by Chinese text, full pinyin without tones
 * ("xinyong" → 信用南通) and pinyin initials ("hqzc" → 惠企政策).
 * Ranking: exact name > name prefix > name contains > keyword > pinyin/initials > summary contains;
 * ties keep registry order. An empty or whitespace-only query returns [].
 */
export function searchPortal(query: string, limit = 20): SearchHit[] {
  return searchIndex(INDEX, query, { limit }).map((r) => (r.match ? { ...r.payload, match: r.match } : { ...r.payload }));
}
