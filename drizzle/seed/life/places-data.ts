/**
 * 畅游南通, community, 市民卡 outlets and free Wi-Fi seed data.
 *
 * SOURCED: the scenic spots (PRODUCT.md); 狼山 = five hills (狼山 highest), 广教寺 on the summit, 支云塔 built
 * 976–983, a AAAA scenic area, ticket 70 元 peak / 50 元 off-peak (visitor reports); 南通博物苑 founded 1905
 * by 张謇 as China's first public museum, 濠南路19号, free entry with two paid halls (10 元); 文峰塔 39 m,
 * five storeys, six sides; 啬园 = 张謇's tomb, now a botanical park; 水绘园 in 如皋's old town, 冒辟疆 and
 * 董小宛 (visitor reports and local news). The 2015 plan: free Wi-Fi at 20 public places in the city
 * (政务服务中心, 图书馆, 档案馆, 公园, 市民广场 …); 市民卡 issued since 2015-12-31 with 社保, 交通, 公共自行车,
 * 卫生, 旅游景点, 图书借阅, 公积金查询 functions (seeds 000 and 002).
 * SAMPLE DATA (示例): opening hours and prices not named above, daily capacities, addresses marked 示例,
 * transit directions and stop names, every community centre, outlet and Wi-Fi SSID, and which 20 places
 * make up the Wi-Fi list.
 */

export type SpotSeed = {
  code: string;
  name: string;
  district: string;
  address: string;
  rating: string | null;
  summary: string;
  highlights: string[];
  openTime: string;
  closeTime: string;
  lastEntryTime: string;
  hoursNote: string;
  dailyCapacity: number;
  transit: string;
  /** GTFS stop_ids (drizzle/seed/gtfs/stops.txt) near the entrance; empty where the sample bus lines do not reach. */
  nearbyStops: string[];
  dataNote: string;
  tickets: { code: string; name: string; priceFen: number; eligibility: string }[];
};

const CONCESSION = "60周岁及以上老人、全日制学生、现役军人、残疾人凭有效证件";
const FREE_GROUPS = "6周岁（含）以下或身高1.2米以下儿童、70周岁以上老人凭有效证件";

export const SPOTS: SpotSeed[] = [
  {
    code: "langshan",
    name: "狼山风景名胜区",
    district: "崇川区",
    address: "崇川区狼山镇街道（示例）",
    rating: "国家AAAA级旅游景区",
    summary: "由狼山、军山、剑山、马鞍山、黄泥山五山组成，狼山为五山之首，号称“江海第一山”；山顶广教寺为大势至菩萨道场，支云塔建于北宋。",
    highlights: ["广教寺", "支云塔", "骆宾王墓", "望江亭"],
    openTime: "07:00",
    closeTime: "17:30",
    lastEntryTime: "16:30",
    hoursNote: "开放时间为示例，以景区公告为准。",
    dailyCapacity: 3000,
    transit: "市区乘公交至“狼山风景区”站，步行约5分钟到北门（示例）。东门有索道直通山上。",
    nearbyStops: ["bus-langshanfengjingqu"],
    dataNote: "景区构成、寺塔年代、旺季70元/淡季50元门票据公开资料；开放时间、每日容量、交通为示例。",
    tickets: [
      { code: "adult", name: "成人票（旺季）", priceFen: 7000, eligibility: "18–59周岁游客" },
      { code: "concession", name: "优惠票", priceFen: 3500, eligibility: CONCESSION },
      { code: "free", name: "免票预约", priceFen: 0, eligibility: FREE_GROUPS },
    ],
  },
  {
    code: "haohe",
    name: "濠河风景区",
    district: "崇川区",
    address: "崇川区环濠河一带（示例）",
    rating: "国家AAAAA级旅游景区（待核实）",
    summary: "南通古城护城河，已有千余年历史，环绕老城，两岸绿地与名人故居相连；乘船夜游濠河是南通名片。",
    highlights: ["夜游濠河", "濠河博物馆群", "文峰塔（沿岸）"],
    openTime: "18:30",
    closeTime: "21:30",
    lastEntryTime: "21:00",
    hoursNote: "沿岸绿地全天开放；预约的是夜游游船，班次时间为示例。",
    dailyCapacity: 800,
    transit: "乘公交至“濠河风景区”或“南大街”站，步行至濠河游船码头（示例）。",
    nearbyStops: ["bus-haohefengjingqu", "bus-nandajie"],
    dataNote: "护城河历史据公开资料；游船票价、班次与容量为示例。",
    tickets: [
      { code: "boat", name: "夜游游船票", priceFen: 8000, eligibility: "所有游客（示例票价）" },
      { code: "boat-child", name: "儿童游船票", priceFen: 4000, eligibility: "1.2–1.5米儿童（示例票价）" },
    ],
  },
  {
    code: "nantong-museum",
    name: "南通博物苑",
    district: "崇川区",
    address: "崇川区濠南路19号",
    rating: "国家AAAA级旅游景区",
    summary: "1905年由张謇创办，是中国人独立创办的第一座公共博物馆，馆园结合，南馆、中馆、北馆为近代建筑，全国重点文物保护单位。",
    highlights: ["南馆（苑史陈列）", "濠南别业", "江海之光陈列"],
    openTime: "09:00",
    closeTime: "17:00",
    lastEntryTime: "16:00",
    hoursNote: "周一闭馆（法定节假日除外）；时间为示例，以博物苑公告为准。",
    dailyCapacity: 5000,
    transit: "乘公交至“南通博物苑”站（示例），或沿濠河步行。",
    nearbyStops: ["bus-nantongbowuyuan", "bus-haohefengjingqu"],
    dataNote: "创办年份、地址、免费参观与南馆/濠南别业10元据公开资料；开放时间与容量为示例。",
    tickets: [
      { code: "free", name: "免费参观预约", priceFen: 0, eligibility: "所有游客，实名预约" },
      { code: "halls", name: "南馆、濠南别业参观票", priceFen: 1000, eligibility: "所有游客" },
    ],
  },
  {
    code: "wenfeng-pagoda",
    name: "文峰塔（文峰公园）",
    district: "崇川区",
    address: "崇川区文峰路（示例）",
    rating: null,
    summary: "文峰塔高39米，五层六面，青铜瓦、白墙红柱，雄立城东南，是南通崇文兴业的象征。",
    highlights: ["文峰塔", "文峰塔院"],
    openTime: "08:00",
    closeTime: "17:00",
    lastEntryTime: "16:30",
    hoursNote: "时间为示例，以公园公告为准。",
    dailyCapacity: 1500,
    transit: "乘公交至“文峰塔”或“文峰公园”站（示例），或乘地铁2号线至文峰站，步行约15分钟。",
    nearbyStops: ["bus-wenfengta", "bus-wenfenggongyuan", "metro-wenfeng"],
    dataNote: "塔高与形制据公开资料；开放时间、票价与容量为示例。",
    tickets: [{ code: "free", name: "免费入园预约", priceFen: 0, eligibility: "所有游客（示例）" }],
  },
  {
    code: "seyuan",
    name: "啬园",
    district: "崇川区",
    address: "崇川区啬园路（示例）",
    rating: null,
    summary: "清末状元、实业家张謇的墓园，现为植物观赏园，古树参天，珍稀树种逾200种。",
    highlights: ["张謇墓", "植物观赏园"],
    openTime: "07:30",
    closeTime: "17:30",
    lastEntryTime: "17:00",
    hoursNote: "时间为示例，以景区公告为准。",
    dailyCapacity: 2000,
    transit: "乘公交至“南通大学啬园校区”站（示例），步行约5分钟。",
    nearbyStops: ["bus-nantongdaxueseyuanxiaoqu"],
    dataNote: "张謇墓园与植物园据公开资料；开放时间、票价与容量为示例。",
    tickets: [{ code: "free", name: "免费入园预约", priceFen: 0, eligibility: "所有游客（示例）" }],
  },
  {
    code: "shuihuiyuan",
    name: "水绘园",
    district: "如皋市",
    address: "如皋市如城街道（示例）",
    rating: "国家AAAA级旅游景区",
    summary: "位于如皋古城东北隅，始建于明万历年间，以水绘园，冒辟疆与董小宛曾栖隐于此，被誉为“天下名园”。",
    highlights: ["水明楼", "洗钵池", "冒家大院"],
    openTime: "08:00",
    closeTime: "17:30",
    lastEntryTime: "17:00",
    hoursNote: "时间为示例，以景区公告为准。",
    dailyCapacity: 2500,
    transit: "如皋城区乘公交至“水绘园”站（示例）。",
    nearbyStops: [],
    dataNote: "园林历史据公开资料；开放时间、票价与容量为示例。",
    tickets: [
      { code: "adult", name: "成人票", priceFen: 6000, eligibility: "18–59周岁游客（示例票价）" },
      { code: "concession", name: "优惠票", priceFen: 3000, eligibility: CONCESSION },
      { code: "free", name: "免票预约", priceFen: 0, eligibility: FREE_GROUPS },
    ],
  },
  {
    code: "yuantuojiao",
    name: "圆陀角风景区",
    district: "启东市",
    address: "启东市寅阳镇（示例）",
    rating: null,
    summary: "长江入海口北岸，江、海、陆三相交汇之地，可看江海日出。",
    highlights: ["江海日出", "入海口观景"],
    openTime: "06:00",
    closeTime: "18:00",
    lastEntryTime: "17:00",
    hoursNote: "时间为示例，以景区公告为准。",
    dailyCapacity: 2000,
    transit: "启东城区乘公交至“圆陀角”站（示例）。",
    nearbyStops: [],
    dataNote: "地理位置据公开资料；开放时间、票价与容量为示例。",
    tickets: [
      { code: "adult", name: "成人票", priceFen: 5000, eligibility: "18–59周岁游客（示例票价）" },
      { code: "concession", name: "优惠票", priceFen: 2500, eligibility: CONCESSION },
    ],
  },
  {
    code: "xiaoyangkou",
    name: "小洋口旅游度假区",
    district: "如东县",
    address: "如东县长沙镇（示例）",
    rating: null,
    summary: "黄海之滨的滨海度假区，以海滩、湿地与温泉著称。",
    highlights: ["黄海滩涂", "湿地观鸟", "温泉"],
    openTime: "08:00",
    closeTime: "17:30",
    lastEntryTime: "16:30",
    hoursNote: "时间为示例，以景区公告为准。",
    dailyCapacity: 1500,
    transit: "如东县城乘公交至“小洋口”站（示例）。",
    nearbyStops: [],
    dataNote: "开放时间、票价与容量为示例。",
    tickets: [
      { code: "adult", name: "景区门票", priceFen: 4000, eligibility: "18–59周岁游客（示例票价）" },
      { code: "concession", name: "优惠票", priceFen: 2000, eligibility: CONCESSION },
    ],
  },
];

/** SAMPLE community service centres: one or two per division (names and addresses invented). */
export const CENTRES = [
  {
    code: "cc-chongchuan-1",
    name: "和平桥街道社区综合服务中心（示例）",
    district: "崇川区",
    street: "和平桥街道",
    address: "崇川区和平桥街道（示例地址）",
  },
  {
    code: "cc-chongchuan-2",
    name: "新城桥街道社区综合服务中心（示例）",
    district: "崇川区",
    street: "新城桥街道",
    address: "崇川区新城桥街道（示例地址）",
  },
  {
    code: "cc-tongzhou",
    name: "金沙街道社区综合服务中心（示例）",
    district: "通州区",
    street: "金沙街道",
    address: "通州区金沙街道（示例地址）",
  },
  {
    code: "cc-haimen",
    name: "海门街道社区综合服务中心（示例）",
    district: "海门区",
    street: "海门街道",
    address: "海门区海门街道（示例地址）",
  },
  {
    code: "cc-rugao",
    name: "如城街道社区综合服务中心（示例）",
    district: "如皋市",
    street: "如城街道",
    address: "如皋市如城街道（示例地址）",
  },
  { code: "cc-qidong", name: "汇龙镇社区综合服务中心（示例）", district: "启东市", street: "汇龙镇", address: "启东市汇龙镇（示例地址）" },
  {
    code: "cc-haian",
    name: "海安街道社区综合服务中心（示例）",
    district: "海安市",
    street: "海安街道",
    address: "海安市海安街道（示例地址）",
  },
  {
    code: "cc-rudong",
    name: "掘港街道社区综合服务中心（示例）",
    district: "如东县",
    street: "掘港街道",
    address: "如东县掘港街道（示例地址）",
  },
].map((c, i) => ({
  ...c,
  phone: null,
  hours: "周一至周五 8:30–17:00（示例）",
  services: i % 3 === 2 ? ["cleaning", "meals"] : ["cleaning", "meals", "escort"],
}));

/** SAMPLE 市民卡服务网点. */
export const OUTLETS = [
  {
    code: "outlet-chongchuan",
    name: "市民卡崇川服务网点（示例）",
    district: "崇川区",
    address: "崇川区（示例地址）",
    hours: "周一至周日 9:00–17:00（示例）",
  },
  {
    code: "outlet-tongzhou",
    name: "市民卡通州服务网点（示例）",
    district: "通州区",
    address: "通州区（示例地址）",
    hours: "周一至周五 9:00–17:00（示例）",
  },
  {
    code: "outlet-haimen",
    name: "市民卡海门服务网点（示例）",
    district: "海门区",
    address: "海门区（示例地址）",
    hours: "周一至周五 9:00–17:00（示例）",
  },
];

/**
 * The 20 free Wi-Fi places of the 2015 plan. The plan names the kinds (政务服务中心, 图书馆, 档案馆, 公园,
 * 市民广场 and other busy public places) but not the list: which 20 places, their addresses and the SSID are
 * SAMPLE DATA, chosen from Nantong's well-known public places in the city districts.
 */
export const WIFI_PLACES: { code: string; name: string; category: string; district: string; address: string }[] = [
  { code: "gov-centre", name: "南通市政务服务中心", category: "政务服务", district: "崇川区", address: "崇川区（示例地址）" },
  { code: "library", name: "南通市图书馆", category: "文化场馆", district: "崇川区", address: "崇川区（示例地址）" },
  { code: "archives", name: "南通市档案馆", category: "文化场馆", district: "崇川区", address: "崇川区（示例地址）" },
  { code: "museum", name: "南通博物苑", category: "文化场馆", district: "崇川区", address: "崇川区濠南路19号" },
  { code: "citizen-square", name: "南通市民广场", category: "公园广场", district: "崇川区", address: "崇川区（示例地址）" },
  { code: "haohe-park", name: "濠河风景区沿岸绿地", category: "公园广场", district: "崇川区", address: "崇川区环濠河（示例地址）" },
  { code: "langshan-park", name: "狼山风景名胜区游客中心", category: "公园广场", district: "崇川区", address: "崇川区（示例地址）" },
  { code: "wenfeng-park", name: "文峰公园", category: "公园广场", district: "崇川区", address: "崇川区（示例地址）" },
  { code: "seyuan", name: "啬园", category: "公园广场", district: "崇川区", address: "崇川区（示例地址）" },
  { code: "zhongchuang-park", name: "中央森林公园（示例）", category: "公园广场", district: "崇川区", address: "崇川区（示例地址）" },
  { code: "rail-station", name: "南通火车站站前广场", category: "交通枢纽", district: "崇川区", address: "崇川区（示例地址）" },
  { code: "west-station", name: "南通西站", category: "交通枢纽", district: "通州区", address: "通州区（示例地址）" },
  { code: "bus-terminal", name: "南通汽车客运站（示例）", category: "交通枢纽", district: "崇川区", address: "崇川区（示例地址）" },
  { code: "sports-centre", name: "南通体育会展中心", category: "体育场馆", district: "崇川区", address: "崇川区（示例地址）" },
  { code: "grand-theatre", name: "南通大剧院", category: "文化场馆", district: "崇川区", address: "崇川区（示例地址）" },
  { code: "science-museum", name: "南通科技馆（示例）", category: "文化场馆", district: "崇川区", address: "崇川区（示例地址）" },
  { code: "tongzhou-gov", name: "通州区政务服务中心", category: "政务服务", district: "通州区", address: "通州区（示例地址）" },
  { code: "tongzhou-library", name: "通州区图书馆", category: "文化场馆", district: "通州区", address: "通州区（示例地址）" },
  {
    code: "kfq-gov",
    name: "南通经济技术开发区政务服务中心",
    category: "政务服务",
    district: "南通经济技术开发区",
    address: "开发区（示例地址）",
  },
  { code: "kfq-park", name: "开发区能达公园（示例）", category: "公园广场", district: "南通经济技术开发区", address: "开发区（示例地址）" },
].map((p) => ({ ...p }));

export const WIFI_SSID = "i-NanTong（示例）";
export const WIFI_HOURS = "随场所开放时间";
